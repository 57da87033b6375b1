package org.govmodel.generators.diagrams;

import static org.govmodel.generators.output.XmlWriter.num;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.govmodel.generators.output.XmlWriter;

/**
 * Draws an {@link OrgChart} as SVG, laid out by the Eclipse Layout Kernel's
 * layered algorithm: tiers pinned to stacked layers, orthogonal lines, boxes
 * sized to their text. Needs no external program at run time.
 */
public class DiagramSvg {

	private static final double LINE = 15;
	private static final double CHAR = 6.4;
	private static final int WRAP = 34;
	private static final double MARGIN = 40;
	private static final double BAND_LABEL = 150;

	static {
		LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
	}

	public String render(OrgChart chart) {
		return render(chart, id -> null);
	}

	/**
	 * Draws the chart with a CSS class on some boxes' groups (the diff page marks
	 * added, removed and changed boxes so).
	 *
	 * @param classOf a box's class by its node id, or null for none
	 */
	public String render(OrgChart chart, java.util.function.Function<String, String> classOf) {
		ElkNode root = ElkGraphUtil.createGraph();
		root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
		root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE, 24.0);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 46.0);
		Map<String, ElkNode> nodes = new HashMap<>();
		Map<ElkNode, List<String>> text = new HashMap<>();
		List<OrgChart.Layer> used = chart.nodes().stream().map(OrgChart.Node::layer).distinct().sorted().toList();
		for (OrgChart.Node node : chart.nodes()) {
			List<String> lines = new ArrayList<>(wrap(node.label()));
			node.notes().stream().filter(n -> !n.isBlank()).forEach(n -> lines.addAll(wrap(n)));
			ElkNode box = ElkGraphUtil.createNode(root);
			box.setIdentifier(node.id());
			int longest = lines.stream().mapToInt(String::length).max().orElse(8);
			box.setDimensions(Math.max(90, longest * CHAR + 20), lines.size() * LINE + 14);
			nodes.put(node.id(), box);
			text.put(box, lines);
		}
		Map<ElkEdge, OrgChart.Edge> edges = new HashMap<>();
		for (OrgChart.Edge edge : chart.edges()) {
			ElkNode from = nodes.get(edge.from());
			ElkNode to = nodes.get(edge.to());
			boolean downward = used.indexOf(layer(chart, edge.from())) <= used.indexOf(layer(chart, edge.to()));
			edges.put(ElkGraphUtil.createSimpleEdge(downward ? from : to, downward ? to : from), edge);
		}
		stackLayers(chart, nodes, used);
		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

		double width = root.getWidth() + 2 * MARGIN + BAND_LABEL;
		double height = root.getHeight() + 2 * MARGIN + 70;
		XmlWriter svg = new XmlWriter();
		svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", num(width), "height", num(height), "viewBox", "0 0 " + num(width) + " " + num(height),
				"role", "img", "font-family", "Helvetica, Arial, sans-serif", "font-size", "11");
		svg.text("title", chart.title());
		svg.text("desc", description(chart));
		svg.empty("rect", "width", "100%", "height", "100%", "fill", "#ffffff");
		svg.text("text", chart.title(), "x", num(MARGIN), "y", "26", "font-size", "15", "font-weight", "bold");
		double dx = MARGIN + BAND_LABEL;
		double dy = MARGIN;
		bands(svg, chart, nodes, used, dx, dy, width);
		svg.open("g", "fill", "none", "stroke", "#444444", "stroke-width", "1.2");
		for (ElkEdge edge : root.getContainedEdges()) {
			if (!edges.containsKey(edge)) {
				continue; // a stacking edge
			}
			for (ElkEdgeSection section : edge.getSections()) {
				StringBuilder points = new StringBuilder();
				points.append(num(section.getStartX() + dx)).append(',').append(num(section.getStartY() + dy));
				for (ElkBendPoint bend : section.getBendPoints()) {
					points.append(' ').append(num(bend.getX() + dx)).append(',').append(num(bend.getY() + dy));
				}
				points.append(' ').append(num(section.getEndX() + dx)).append(',').append(num(section.getEndY() + dy));
				svg.empty("polyline", "points", points.toString(), "stroke-dasharray", dash(edges.get(edge).label()));
			}
		}
		svg.close();
		for (OrgChart.Node node : chart.nodes()) {
			ElkNode box = nodes.get(node.id());
			String marked = classOf.apply(node.id());
			if (marked == null) {
				svg.open("g");
			} else {
				svg.open("g", "class", marked);
			}
			svg.empty("rect", "x", num(box.getX() + dx), "y", num(box.getY() + dy), "width", num(box.getWidth()), "height", num(box.getHeight()), "rx", "6",
					"fill", "#ffffff", "stroke", "#222222", "stroke-width", node.layer().ordinal() <= OrgChart.Layer.OPERATIONAL.ordinal() ? "1.8" : "1");
			List<String> lines = text.get(box);
			for (int i = 0; i < lines.size(); i++) {
				svg.text("text", lines.get(i), "x", num(box.getX() + dx + 10), "y", num(box.getY() + dy + 19 + i * LINE), "font-weight", i == 0 ? "bold" : "normal",
						"fill", i == 0 ? "#000000" : "#333333");
			}
			svg.close();
		}
		legend(svg, height);
		svg.close();
		return svg.finish();
	}

	/**
	 * Invisible edges from each layer's first box to the next layer's, so that
	 * the layered algorithm stacks the tiers in order even where the model
	 * draws no line between them. They are laid out but not drawn.
	 */
	private static void stackLayers(OrgChart chart, Map<String, ElkNode> nodes, List<OrgChart.Layer> used) {
		for (int i = 0; i + 1 < used.size(); i++) {
			OrgChart.Layer upper = used.get(i);
			OrgChart.Layer lower = used.get(i + 1);
			OrgChart.Node from = chart.nodes().stream().filter(n -> n.layer() == upper).findFirst().orElseThrow();
			OrgChart.Node to = chart.nodes().stream().filter(n -> n.layer() == lower).findFirst().orElseThrow();
			ElkGraphUtil.createSimpleEdge(nodes.get(from.id()), nodes.get(to.id()));
		}
	}

	/** A light band per layer, named at the left, so that the tiers read as stacked. */
	private static void bands(XmlWriter svg, OrgChart chart, Map<String, ElkNode> nodes, List<OrgChart.Layer> used, double dx, double dy, double width) {
		svg.open("g");
		for (int i = 0; i < used.size(); i++) {
			OrgChart.Layer layer = used.get(i);
			double top = Double.MAX_VALUE;
			double bottom = 0;
			for (OrgChart.Node node : chart.nodes()) {
				if (node.layer() == layer) {
					ElkNode box = nodes.get(node.id());
					top = Math.min(top, box.getY());
					bottom = Math.max(bottom, box.getY() + box.getHeight());
				}
			}
			svg.empty("rect", "x", num(MARGIN / 2), "y", num(top + dy - 10), "width", num(width - MARGIN), "height", num(bottom - top + 20), "fill",
					i % 2 == 0 ? "#f2f2f2" : "#fafafa", "stroke", "none");
			svg.text("text", layer.title, "x", num(MARGIN / 2 + 8), "y", num(top + dy + 8), "font-size", "11", "font-style", "italic", "fill", "#555555");
		}
		svg.close();
	}

	private static void legend(XmlWriter svg, double height) {
		double y = height - 30;
		svg.open("g", "font-size", "10", "fill", "#333333");
		String[][] items = { { "", "authority (directs, oversees) and ownership" }, { "5 3", "membership" }, { "2 3", "use of a solution" } };
		double x = MARGIN;
		for (String[] item : items) {
			svg.empty("line", "x1", num(x), "y1", num(y), "x2", num(x + 30), "y2", num(y), "stroke", "#444444", "stroke-width", "1.2", "stroke-dasharray", item[0]);
			svg.text("text", item[1], "x", num(x + 36), "y", num(y + 4));
			x += 36 + item[1].length() * 5.6 + 24;
		}
		svg.close();
	}

	private static String dash(String label) {
		if (label.equals("member") || label.equals("chairs")) {
			return "5 3";
		}
		return label.equals("used by") ? "2 3" : "";
	}

	private static OrgChart.Layer layer(OrgChart chart, String id) {
		return chart.nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow().layer();
	}

	private static String description(OrgChart chart) {
		StringBuilder text = new StringBuilder();
		for (OrgChart.Layer layer : OrgChart.Layer.values()) {
			List<String> names = chart.nodes().stream().filter(n -> n.layer() == layer).map(OrgChart.Node::label).toList();
			if (!names.isEmpty()) {
				text.append(layer.title).append(": ").append(String.join("; ", names)).append(". ");
			}
		}
		return text.toString().strip();
	}

	/** Splits long text into lines of about {@value #WRAP} characters at spaces. */
	static List<String> wrap(String text) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			if (line.length() > 0 && line.length() + word.length() + 1 > WRAP) {
				lines.add(line.toString());
				line.setLength(0);
			}
			line.append(line.length() == 0 ? "" : " ").append(word);
		}
		if (line.length() > 0) {
			lines.add(line.toString());
		}
		return lines.isEmpty() ? List.of("") : lines;
	}
}
