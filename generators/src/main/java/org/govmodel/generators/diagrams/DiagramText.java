package org.govmodel.generators.diagrams;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text exports of a diagram for users who embed it elsewhere: Graphviz
 * DOT, PlantUML and Mermaid. Model text is quoted and escaped for each
 * syntax; ids are diagram-safe by construction.
 */
public final class DiagramText {

	private DiagramText() {
	}

	public static String dot(OrgChart chart) {
		StringBuilder dot = new StringBuilder("digraph governance {\n");
		dot.append("  graph [rankdir=TB, label=").append(dotString(chart.title())).append(", labelloc=t, fontname=\"Helvetica\", newrank=true];\n");
		dot.append("  node [shape=box, style=\"rounded\", fontname=\"Helvetica\", fontsize=11];\n");
		dot.append("  edge [fontname=\"Helvetica\", fontsize=9, color=\"#555555\"];\n");
		for (OrgChart.Layer layer : OrgChart.Layer.values()) {
			List<OrgChart.Node> nodes = chart.nodes().stream().filter(n -> n.layer() == layer).toList();
			if (nodes.isEmpty()) {
				continue;
			}
			dot.append("  subgraph cluster_").append(layer.name().toLowerCase(Locale.ROOT)).append(" {\n");
			dot.append("    label=").append(dotString(layer.title)).append("; style=dashed; color=\"#999999\";\n");
			for (OrgChart.Node node : nodes) {
				dot.append("    ").append(node.id()).append(" [label=").append(dotString(lines(node))).append("];\n");
			}
			dot.append("  }\n");
		}
		for (OrgChart.Edge edge : chart.edges()) {
			dot.append("  ").append(edge.from()).append(" -> ").append(edge.to()).append(" [label=").append(dotString(edge.label())).append("];\n");
		}
		return dot.append("}\n").toString();
	}

	public static String plantUml(OrgChart chart) {
		StringBuilder puml = new StringBuilder("@startuml\n");
		puml.append("title ").append(plantText(chart.title())).append('\n');
		puml.append("skinparam shadowing false\nskinparam monochrome true\nskinparam defaultFontName Helvetica\n");
		for (OrgChart.Layer layer : OrgChart.Layer.values()) {
			List<OrgChart.Node> nodes = chart.nodes().stream().filter(n -> n.layer() == layer).toList();
			if (nodes.isEmpty()) {
				continue;
			}
			puml.append("rectangle \"").append(plantText(layer.title)).append("\" as ").append(layer.name().toLowerCase(Locale.ROOT)).append("_layer {\n");
			for (OrgChart.Node node : nodes) {
				puml.append("  rectangle \"").append(plantText(lines(node)).replace("\n", "\\n")).append("\" as ").append(node.id()).append('\n');
			}
			puml.append("}\n");
		}
		for (OrgChart.Edge edge : chart.edges()) {
			puml.append(edge.from()).append(" --> ").append(edge.to());
			if (!edge.label().isEmpty()) {
				puml.append(" : ").append(plantText(edge.label()));
			}
			puml.append('\n');
		}
		return puml.append("@enduml\n").toString();
	}

	public static String mermaid(OrgChart chart) {
		StringBuilder mmd = new StringBuilder("---\ntitle: ").append(mermaidText(chart.title())).append("\n---\nflowchart TB\n");
		for (OrgChart.Layer layer : OrgChart.Layer.values()) {
			List<OrgChart.Node> nodes = chart.nodes().stream().filter(n -> n.layer() == layer).toList();
			if (nodes.isEmpty()) {
				continue;
			}
			mmd.append("  subgraph ").append(layer.name().toLowerCase(Locale.ROOT)).append("_layer[\"").append(mermaidText(layer.title)).append("\"]\n");
			for (OrgChart.Node node : nodes) {
				mmd.append("    ").append(node.id()).append("[\"").append(mermaidText(lines(node)).replace("\n", "<br/>")).append("\"]\n");
			}
			mmd.append("  end\n");
		}
		for (OrgChart.Edge edge : chart.edges()) {
			mmd.append("  ").append(edge.from()).append(edge.label().isEmpty() ? " --> " : " -->|\"" + mermaidText(edge.label()) + "\"| ").append(edge.to()).append('\n');
		}
		return mmd.toString();
	}

	private static String lines(OrgChart.Node node) {
		List<String> lines = new ArrayList<>();
		lines.add(node.label());
		node.notes().stream().filter(n -> !n.isBlank()).forEach(lines::add);
		return String.join("\n", lines);
	}

	/** A DOT quoted string: backslashes and quotes escaped, newlines as \n. */
	static String dotString(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "").replace("\n", "\\n") + "\"";
	}

	/** PlantUML text inside quotes: quotes become typographic, backslashes doubled. */
	static String plantText(String text) {
		return text.replace("\\", "\\\\").replace("\"", "”").replace("\r", "");
	}

	/** Mermaid text inside quotes: quotes and markup characters as entity codes. */
	static String mermaidText(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("#quot;");
				case '<' -> out.append("#lt;");
				case '>' -> out.append("#gt;");
				case '&' -> out.append("#amp;");
				case '#' -> out.append("#35;");
				case '\r' -> {
				}
				default -> out.append(c);
			}
		}
		return out.toString();
	}
}
