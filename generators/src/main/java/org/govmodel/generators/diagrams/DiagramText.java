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
		dot.append("  graph [rankdir=TB, label=").append(DotSyntax.string(chart.title())).append(", labelloc=t, fontname=\"Helvetica\", newrank=true];\n");
		dot.append("  node [shape=box, style=\"rounded\", fontname=\"Helvetica\", fontsize=11];\n");
		dot.append("  edge [fontname=\"Helvetica\", fontsize=9, color=\"#555555\"];\n");
		for (OrgChart.Layer layer : OrgChart.Layer.values()) {
			List<OrgChart.Node> nodes = chart.nodes().stream().filter(n -> n.layer() == layer).toList();
			if (nodes.isEmpty()) {
				continue;
			}
			dot.append("  subgraph ").append(DotSyntax.id("cluster_" + layerId(layer))).append(" {\n");
			dot.append("    label=").append(DotSyntax.string(chart.layerTitle(layer))).append("; style=dashed; color=\"#999999\";\n");
			for (OrgChart.Node node : nodes) {
				dot.append("    ").append(DotSyntax.id(node.id())).append(" [label=").append(DotSyntax.string(lines(node))).append("];\n");
			}
			dot.append("  }\n");
		}
		if (!chart.placeholder().isEmpty()) {
			dot.append("  placeholder [shape=plaintext, label=").append(DotSyntax.string(placeholder(chart))).append("];\n");
		}
		for (OrgChart.Edge edge : chart.edges()) {
			dot.append("  ").append(DotSyntax.id(edge.from())).append(" -> ").append(DotSyntax.id(edge.to())).append(" [label=")
					.append(DotSyntax.string(edge.label())).append("];\n");
		}
		return dot.append("}\n").toString();
	}

	public static String plantUml(OrgChart chart) {
		StringBuilder puml = new StringBuilder("@startuml\n");
		puml.append("title ").append(PlantUmlSyntax.text(chart.title())).append('\n');
		puml.append("skinparam shadowing false\nskinparam monochrome true\nskinparam defaultFontName Helvetica\n");
		for (OrgChart.Layer layer : OrgChart.Layer.values()) {
			List<OrgChart.Node> nodes = chart.nodes().stream().filter(n -> n.layer() == layer).toList();
			if (nodes.isEmpty()) {
				continue;
			}
			puml.append("rectangle \"").append(PlantUmlSyntax.text(chart.layerTitle(layer))).append("\" as ").append(PlantUmlSyntax.id(layerId(layer) + "_layer"))
					.append(" {\n");
			for (OrgChart.Node node : nodes) {
				puml.append("  rectangle \"").append(PlantUmlSyntax.text(lines(node))).append("\" as ").append(PlantUmlSyntax.id(node.id())).append('\n');
			}
			puml.append("}\n");
		}
		if (!chart.placeholder().isEmpty()) {
			puml.append("label \"").append(PlantUmlSyntax.text(placeholder(chart))).append("\" as placeholder\n");
		}
		for (OrgChart.Edge edge : chart.edges()) {
			puml.append(PlantUmlSyntax.id(edge.from())).append(" --> ").append(PlantUmlSyntax.id(edge.to()));
			if (!edge.label().isEmpty()) {
				puml.append(" : ").append(PlantUmlSyntax.text(edge.label()));
			}
			puml.append('\n');
		}
		return puml.append("@enduml\n").toString();
	}

	public static String mermaid(OrgChart chart) {
		StringBuilder mmd = new StringBuilder("---\ntitle: ").append(MermaidSyntax.frontMatterValue(chart.title())).append("\n---\nflowchart TB\n");
		for (OrgChart.Layer layer : OrgChart.Layer.values()) {
			List<OrgChart.Node> nodes = chart.nodes().stream().filter(n -> n.layer() == layer).toList();
			if (nodes.isEmpty()) {
				continue;
			}
			mmd.append("  subgraph ").append(MermaidSyntax.id(layerId(layer) + "_layer")).append('[').append(MermaidSyntax.label(chart.layerTitle(layer))).append("]\n");
			for (OrgChart.Node node : nodes) {
				mmd.append("    ").append(MermaidSyntax.id(node.id())).append('[').append(MermaidSyntax.label(lines(node))).append("]\n");
			}
			mmd.append("  end\n");
		}
		if (!chart.placeholder().isEmpty()) {
			mmd.append("  placeholder[").append(MermaidSyntax.label(placeholder(chart))).append("]\n");
			mmd.append("  style placeholder fill:none,stroke:none\n");
		}
		for (OrgChart.Edge edge : chart.edges()) {
			mmd.append("  ").append(MermaidSyntax.id(edge.from())).append(edge.label().isEmpty() ? " --> " : " -->|" + MermaidSyntax.label(edge.label()) + "| ")
					.append(MermaidSyntax.id(edge.to())).append('\n');
		}
		return mmd.toString();
	}

	private static String layerId(OrgChart.Layer layer) {
		return layer.name().toLowerCase(Locale.ROOT);
	}

	/** The placeholder in the SVG's lines, so that no export draws it as one long line. */
	private static String placeholder(OrgChart chart) {
		return String.join("\n", DiagramSvg.placeholderLines(chart));
	}

	private static String lines(OrgChart.Node node) {
		List<String> lines = new ArrayList<>();
		lines.add(node.label());
		lines.addAll(node.noteTexts());
		return String.join("\n", lines);
	}
}
