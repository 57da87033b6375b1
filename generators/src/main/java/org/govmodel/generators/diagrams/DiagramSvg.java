package org.govmodel.generators.diagrams;

import static org.govmodel.generators.output.XmlWriter.num;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.Alignment;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.govmodel.generators.diagrams.OrgChart.Kind;
import org.govmodel.generators.diagrams.OrgChart.Layer;
import org.govmodel.generators.output.XmlWriter;

/**
 * Draws an {@link OrgChart} as SVG, laid out by the Eclipse Layout Kernel's
 * layered algorithm: each band an ELK partition (so no band can reach into
 * another), orthogonal lines labelled with their meaning and drawn with a
 * stroke of their own, boxes sized to their text as measured in the font the
 * SVG names ({@link DiagramFont}), every box a link to its page when the
 * caller gives the site. Needs no external program at run time.
 */
public class DiagramSvg {

	static final double TITLE_SIZE = 18;
	static final double NAME_SIZE = 13;
	static final double NOTE_SIZE = 11.5;
	static final double BAND_SIZE = 12.5;
	static final double EDGE_SIZE = 11;
	static final double LEGEND_SIZE = 12;
	/** Widest text in a box; longer names wrap. */
	static final double TEXT_WIDTH = 190;
	static final double PADDING = 10;
	static final double MARGIN = 24;
	static final double BAND_LABEL = 150;
	/** The longest line of a title over a drawing narrower than that. */
	static final double TITLE_LINE = 600;
	/** Most boxes of a band in one row: a band with more (40 members, 25 solutions) takes several rows. */
	static final int MAX_ROW = 8;
	private static final double NAME_LINE = 17;
	private static final double NOTE_LINE = 15;
	private static final double BAND_GAP = 14;

	static {
		LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
	}

	/** How each kind of line is drawn: colour, width, dashes; all tell apart in grey too. */
	private record Stroke(String color, double width, String dashes) {
	}

	private static final Map<Kind, Stroke> STROKES = new LinkedHashMap<>();

	static {
		STROKES.put(Kind.CHAIRS, new Stroke("#222222", 1.8, "7 3"));
		STROKES.put(Kind.MEMBER, new Stroke("#777777", 1.2, "5 4"));
		STROKES.put(Kind.REPORTS_TO, new Stroke("#1f4e79", 1.6, ""));
		STROKES.put(Kind.DIRECTS, new Stroke("#1f4e79", 2.4, ""));
		STROKES.put(Kind.AUTHORITY_OF, new Stroke("#555555", 1.4, "2 3"));
		STROKES.put(Kind.ANSWERS_TO, new Stroke("#1f4e79", 1.4, "9 3 2 3"));
		STROKES.put(Kind.GOVERNS, new Stroke("#8a4f00", 1.8, ""));
		STROKES.put(Kind.ADVISES, new Stroke("#8a4f00", 1.4, "4 3"));
		STROKES.put(Kind.PART_OF, new Stroke("#444444", 1.4, ""));
		STROKES.put(Kind.OWNS, new Stroke("#2e6b30", 1.8, ""));
		STROKES.put(Kind.USES, new Stroke("#2e6b30", 1.3, "3 3"));
		STROKES.put(Kind.PARTICIPATES, new Stroke("#6b2e6b", 1.4, "8 3"));
		STROKES.put(Kind.OTHER, new Stroke("#444444", 1.2, ""));
	}

	/** The measured text of a box. */
	record BoxText(List<String> name, List<OrgChart.Line> notes) {
		double height() {
			return 2 * PADDING + name.size() * NAME_LINE + notes.size() * NOTE_LINE - 3;
		}

		double width() {
			double widest = name.stream().mapToDouble(l -> DiagramFont.width(l, NAME_SIZE, true)).max().orElse(0);
			for (OrgChart.Line note : notes) {
				widest = Math.max(widest, DiagramFont.width(note.text(), NOTE_SIZE, false));
			}
			return Math.max(110, Math.ceil(widest) + 2 * PADDING);
		}
	}

	/** The computed position of a box, for tests. */
	public record Box(String id, double x, double y, double width, double height) {
	}

	/** The computed extent of a band, for tests. */
	public record Band(Layer layer, double top, double bottom) {
	}

	/**
	 * A drawing and the rectangles it placed, in the SVG's coordinates; the page spans {@code left}, {@code top},
	 * {@code width}, {@code height} (its viewBox).
	 */
	public record Drawing(String svg, List<Box> boxes, List<Band> bands, double left, double top, double width, double height) {
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
	public String render(OrgChart chart, Function<String, String> classOf) {
		return draw(chart, classOf, page -> null).svg();
	}

	/**
	 * Draws the chart with a CSS class on some boxes' groups and some lines' groups (the diff page marks the
	 * boxes and the lines that were added, removed or changed so).
	 *
	 * @param classOf     a box's class by its node id, or null for none
	 * @param lineClassOf a line's class, or null for none
	 */
	public String renderMarked(OrgChart chart, Function<String, String> classOf, Function<OrgChart.Edge, String> lineClassOf) {
		return new Layout(chart).draw(classOf, page -> null, lineClassOf).svg();
	}

	/**
	 * Draws the chart with links from its boxes to the site's pages.
	 *
	 * @param hrefOf the link to a page given relative to the output folder, as written where the SVG is read;
	 *               null for no link
	 */
	public String render(OrgChart chart, Function<String, String> classOf, Function<String, String> hrefOf) {
		return draw(chart, classOf, hrefOf).svg();
	}

	public Drawing draw(OrgChart chart, Function<String, String> classOf, Function<String, String> hrefOf) {
		return new Layout(chart).draw(classOf, hrefOf, edge -> null);
	}

	/** One chart laid out. */
	private static final class Layout {
		private final OrgChart chart;
		private final ElkNode root = ElkGraphUtil.createGraph();
		private final Map<String, ElkNode> nodes = new LinkedHashMap<>();
		private final Map<String, BoxText> texts = new LinkedHashMap<>();
		private final Map<ElkEdge, OrgChart.Edge> edges = new LinkedHashMap<>();
		private final List<Layer> used;
		/** Each box's ELK partition: its band's rows stacked, {@link #MAX_ROW} boxes a row in model order. */
		private final Map<String, Integer> partitions = new LinkedHashMap<>();

		Layout(OrgChart chart) {
			this.chart = chart;
			this.used = chart.nodes().stream().map(OrgChart.Node::layer).distinct().sorted().toList();
			int partition = 0;
			for (Layer layer : used) {
				List<OrgChart.Node> band = chart.nodes().stream().filter(n -> n.layer() == layer).toList();
				for (int i = 0; i < band.size(); i++) {
					partitions.put(band.get(i).id(), partition + i / MAX_ROW);
				}
				partition += (band.size() + MAX_ROW - 1) / MAX_ROW;
			}
			root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
			root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
			root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
			root.setProperty(CoreOptions.PARTITIONING_ACTIVATE, true);
			root.setProperty(LayeredOptions.SPACING_NODE_NODE, 26.0);
			root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 34.0);
			root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0);
			root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 10.0);
			root.setProperty(LayeredOptions.SPACING_EDGE_NODE, 14.0);
			root.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 10.0);
			root.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 4.0);
			root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.NETWORK_SIMPLEX);
			// the model's order is the reader's order (units, members, solutions as declared) and keeps the boxes
			// in place when one is added: a new box takes its place in that order instead of the crossing
			// minimiser reshuffling the band (docs/output-files.md, "Diagrams that diff cleanly")
			root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
			root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_FORCE_NODE_MODEL_ORDER, true);
			root.setProperty(LayeredOptions.THOROUGHNESS, 20);
			// an org chart's tree (units under their body) reads best with its lines joined; lines of different
			// kinds are never joined, or one could not tell where each goes
			root.setProperty(LayeredOptions.MERGE_EDGES, chart.edges().stream().allMatch(e -> e.kind() == Kind.PART_OF));
			root.setProperty(LayeredOptions.EDGE_LABELS_INLINE, true);
			root.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
			for (OrgChart.Node node : chart.nodes()) {
				List<String> name = DiagramFont.wrap(node.label(), TEXT_WIDTH, NAME_SIZE, true);
				List<OrgChart.Line> notes = new ArrayList<>();
				for (OrgChart.Line note : node.notes()) {
					if (!note.text().isBlank()) {
						DiagramFont.wrap(note.text(), TEXT_WIDTH, NOTE_SIZE, false).forEach(line -> notes.add(new OrgChart.Line(line, note.page())));
					}
				}
				BoxText text = new BoxText(name, notes);
				ElkNode box = ElkGraphUtil.createNode(root);
				box.setIdentifier(node.id());
				box.setDimensions(text.width(), text.height());
				box.setProperty(CoreOptions.PARTITIONING_PARTITION, partitions.get(node.id()));
				box.setProperty(CoreOptions.ALIGNMENT, Alignment.TOP);
				nodes.put(node.id(), box);
				texts.put(node.id(), text);
			}
			for (OrgChart.Edge edge : chart.edges()) {
				// ELK lays edges out top to bottom: one pointing up is given reversed and drawn with its arrow at the start
				boolean downward = isDownward(edge);
				ElkEdge elk = ElkGraphUtil.createSimpleEdge(nodes.get(downward ? edge.from() : edge.to()), nodes.get(downward ? edge.to() : edge.from()));
				// a unit's line to its parent is the org chart's tree: the legend names it, a label on each would be noise
				if (!edge.label().isBlank() && edge.kind() != Kind.PART_OF) {
					ElkLabel label = ElkGraphUtil.createLabel(edge.label(), elk);
					label.setDimensions(DiagramFont.width(edge.label(), EDGE_SIZE, false) + 4, EDGE_SIZE + 3);
				}
				edges.put(elk, edge);
			}
			anchorLoneBoxes();
			new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
		}

		/**
		 * ELK keeps a box without lines out of the partitions' order; an invisible line from the first box of the
		 * band above (or to the first of the band below) puts it in its band. Laid out, never drawn.
		 */
		private void anchorLoneBoxes() {
			for (OrgChart.Node node : chart.nodes()) {
				String id = node.id();
				if (chart.edges().stream().anyMatch(e -> e.from().equals(id) || e.to().equals(id))) {
					continue;
				}
				int row = partitions.get(id);
				if (row > 0) {
					ElkGraphUtil.createSimpleEdge(firstOf(row - 1), nodes.get(id));
				} else if (partitions.containsValue(1)) {
					ElkGraphUtil.createSimpleEdge(nodes.get(id), firstOf(1));
				}
			}
		}

		private ElkNode firstOf(int row) {
			return nodes.get(partitions.entrySet().stream().filter(e -> e.getValue() == row).findFirst().orElseThrow().getKey());
		}

		/** Whether the line points down the bands and their rows, or along a row as its kind reads best. */
		private boolean isDownward(OrgChart.Edge edge) {
			int from = partitions.get(edge.from());
			int to = partitions.get(edge.to());
			if (from != to) {
				return from < to;
			}
			// within a band: boards and authorities below their body, units below their parent
			return switch (edge.kind()) {
				case AUTHORITY_OF, PART_OF, ANSWERS_TO -> false;
				default -> true;
			};
		}

		Drawing draw(Function<String, String> classOf, Function<String, String> hrefOf, Function<OrgChart.Edge, String> lineClassOf) {
			List<Kind> kinds = STROKES.keySet().stream().filter(k -> chart.edges().stream().anyMatch(e -> e.kind() == k)).toList();
			// the title wraps at the drawing's width, or at a comfortable line for a small drawing, which then
			// widens to its title: a title is never cut
			double drawingWidth = Math.max(root.getWidth() + BAND_LABEL, legendWidth(kinds));
			List<String> title = DiagramFont.wrap(chart.title(), Math.max(drawingWidth, TITLE_LINE), TITLE_SIZE, true);
			double titleWidth = title.stream().mapToDouble(line -> DiagramFont.width(line, TITLE_SIZE, true)).max().orElse(0);
			// a chart without boxes says why, and how to add one, where its boxes would be
			List<String> placeholder = placeholderLines(chart);
			double placeholderWidth = placeholder.stream().mapToDouble(line -> DiagramFont.width(line, NAME_SIZE, false)).max().orElse(0);
			double contentWidth = Math.max(drawingWidth, Math.ceil(Math.max(titleWidth, placeholderWidth)));
			// The drawing's coordinates are the layout's, moved so that one box, the anchor, is at 0,0 (the page
			// around it starts where it must: viewBox). A box added elsewhere that shifts the whole layout then
			// changes the viewBox, not every coordinate of the file, and a reviewer's diff shows what moved.
			double dx = chart.nodes().isEmpty() ? 0 : -nodes.get(anchor()).getX();
			double dy = chart.nodes().isEmpty() ? 0 : -nodes.get(anchor()).getY();
			double left = dx - (MARGIN + BAND_LABEL);
			double top = dy - (MARGIN + title.size() * (TITLE_SIZE + 6) + 12);
			double width = contentWidth + 2 * MARGIN;
			List<Band> bands = bands(dy);
			double bottom = bands.isEmpty() ? dy + placeholder.size() * NAME_LINE : bands.get(bands.size() - 1).bottom();
			List<List<Kind>> legendRows = legendRows(kinds, contentWidth);
			double height = bottom + 16 + legendRows.size() * (LEGEND_SIZE + 10) + MARGIN - top;

			XmlWriter svg = new XmlWriter();
			svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", num(width), "height", num(height), "viewBox",
					num(left) + " " + num(top) + " " + num(width) + " " + num(height), "font-family", DiagramFont.FAMILY, "font-size", num(NOTE_SIZE),
					"lang", chart.language());
			svg.text("title", chart.title());
			svg.text("desc", description());
			markers(svg, kinds);
			svg.empty("rect", "x", num(left), "y", num(top), "width", num(width), "height", num(height), "fill", "#ffffff");
			for (int i = 0; i < title.size(); i++) {
				svg.text("text", title.get(i), "x", num(left + MARGIN), "y", num(top + MARGIN + TITLE_SIZE + i * (TITLE_SIZE + 6)), "font-size",
						num(TITLE_SIZE), "font-weight", "bold", "fill", "#111111");
			}
			for (int i = 0; i < placeholder.size(); i++) {
				svg.text("text", placeholder.get(i), "class", "placeholder", "x", num(left + MARGIN), "y", num(dy + NAME_SIZE + i * NAME_LINE), "font-size",
						num(NAME_SIZE), "fill", "#444444");
			}
			drawBands(svg, bands, left, width);
			drawEdges(svg, dx, dy, lineClassOf);
			List<Box> boxes = drawBoxes(svg, dx, dy, classOf, hrefOf);
			legend(svg, legendRows, left, bottom + 16);
			svg.close();
			return new Drawing(svg.finish(), boxes, bands, left, top, width, height);
		}

		/**
		 * The box the drawing's coordinates are measured from: the chart's first box (the strategic body of a
		 * governance diagram), unless units hang below it (a units diagram's body, centred over its units, moves
		 * whenever a unit is added): then the first box no unit hangs below.
		 */
		private String anchor() {
			return chart.nodes().stream().filter(n -> chart.edges().stream().noneMatch(e -> e.kind() == Kind.PART_OF && e.to().equals(n.id())))
					.findFirst().orElse(chart.nodes().get(0)).id();
		}

		/**
		 * Each band from a little above its highest box to a little below its lowest, meeting its neighbours halfway;
		 * none for a chart without boxes (a jurisdiction whose bodies take no part in its governance yet).
		 */
		private List<Band> bands(double dy) {
			if (used.isEmpty()) {
				return List.of();
			}
			List<double[]> extents = new ArrayList<>();
			for (Layer layer : used) {
				double top = Double.MAX_VALUE;
				double bottom = -Double.MAX_VALUE;
				for (OrgChart.Node node : chart.nodes()) {
					if (node.layer() == layer) {
						ElkNode box = nodes.get(node.id());
						top = Math.min(top, box.getY() + dy);
						bottom = Math.max(bottom, box.getY() + box.getHeight() + dy);
					}
				}
				// the band label must fit beside the boxes
				double labelHeight = DiagramFont.wrap(chart.layerTitle(layer), BAND_LABEL - 20, BAND_SIZE, true).size() * (BAND_SIZE + 4) + 8;
				extents.add(new double[] { top, Math.max(bottom, top + labelHeight) });
			}
			List<double[]> labels = lineLabels(dy);
			List<Band> bands = new ArrayList<>();
			double top = extents.get(0)[0] - BAND_GAP;
			for (int i = 0; i < used.size(); i++) {
				double bottom = i == used.size() - 1 ? extents.get(i)[1] + BAND_GAP : boundary(extents.get(i)[1], extents.get(i + 1)[0], labels);
				bands.add(new Band(used.get(i), top, bottom));
				top = bottom;
			}
			return bands;
		}

		/** The vertical extents of the lines' labels as drawn, with a little room. */
		private List<double[]> lineLabels(double dy) {
			List<double[]> extents = new ArrayList<>();
			for (ElkEdge edge : edges.keySet()) {
				for (ElkLabel label : edge.getLabels()) {
					extents.add(new double[] { label.getY() + dy - 2, label.getY() + dy + label.getHeight() + 2 });
				}
			}
			return extents;
		}

		/**
		 * Where two bands meet between the lowest box of one ({@code above}) and the highest of the next
		 * ({@code below}): halfway, unless a line's label lies there; then the free height nearest halfway, so no
		 * label straddles two bands.
		 */
		private static double boundary(double above, double below, List<double[]> labels) {
			double middle = (above + below) / 2;
			List<Double> candidates = new ArrayList<>(List.of(middle));
			for (double[] label : labels) {
				candidates.add(label[0]);
				candidates.add(label[1]);
			}
			double best = middle;
			double distance = Double.MAX_VALUE;
			for (double candidate : candidates) {
				boolean free = candidate >= above + 2 && candidate <= below - 2 && labels.stream().noneMatch(l -> candidate > l[0] && candidate < l[1]);
				if (free && Math.abs(candidate - middle) < distance) {
					best = candidate;
					distance = Math.abs(candidate - middle);
				}
			}
			return best;
		}

		private void drawBands(XmlWriter svg, List<Band> bands, double left, double width) {
			svg.open("g", "class", "bands");
			for (int i = 0; i < bands.size(); i++) {
				Band band = bands.get(i);
				svg.empty("rect", "x", num(left + MARGIN / 2), "y", num(band.top()), "width", num(width - MARGIN), "height", num(band.bottom() - band.top()), "fill",
						i % 2 == 0 ? "#eef2f6" : "#f8f9fb", "stroke", "#d5dce4", "stroke-width", "0.8");
				List<String> label = DiagramFont.wrap(chart.layerTitle(band.layer()), BAND_LABEL - 20, BAND_SIZE, true);
				for (int l = 0; l < label.size(); l++) {
					svg.text("text", label.get(l), "x", num(left + MARGIN / 2 + 10), "y", num(band.top() + BAND_GAP + BAND_SIZE + l * (BAND_SIZE + 4)), "font-size",
							num(BAND_SIZE), "font-weight", "bold", "fill", "#3b4a5a");
				}
			}
			svg.close();
		}

		private void drawEdges(XmlWriter svg, double dx, double dy, Function<OrgChart.Edge, String> classOf) {
			svg.open("g", "class", "lines", "fill", "none");
			for (Map.Entry<ElkEdge, OrgChart.Edge> entry : edges.entrySet()) { // the anchoring lines are not among them
				ElkEdge elk = entry.getKey();
				OrgChart.Edge edge = entry.getValue();
				Stroke stroke = STROKES.get(edge.kind());
				boolean reversed = !nodes.get(edge.from()).equals(elk.getSources().get(0));
				String marked = classOf.apply(edge);
				svg.open("g", "class", "line " + cssName(edge.kind()) + (marked == null ? "" : " " + marked));
				svg.text("title", edge.label());
				for (ElkEdgeSection section : elk.getSections()) {
					StringBuilder points = new StringBuilder();
					points.append(num(section.getStartX() + dx)).append(',').append(num(section.getStartY() + dy));
					for (ElkBendPoint bend : section.getBendPoints()) {
						points.append(' ').append(num(bend.getX() + dx)).append(',').append(num(bend.getY() + dy));
					}
					points.append(' ').append(num(section.getEndX() + dx)).append(',').append(num(section.getEndY() + dy));
					svg.empty("polyline", "points", points.toString(), "stroke", stroke.color(), "stroke-width", num(stroke.width()), "stroke-dasharray",
							stroke.dashes(), reversed ? "marker-start" : "marker-end",
							edge.kind() == Kind.PART_OF ? "" : "url(#arrow-" + cssName(edge.kind()) + (reversed ? "-start" : "") + ")");
				}
				for (ElkLabel label : elk.getLabels()) {
					// on a white plate the size ELK reserved for it, over the lines it crosses (a halo drawn with SVG 2's
					// paint-order is not read by Batik, which would paint the text white in the PNG and PDF exports)
					svg.empty("rect", "class", "label-plate", "x", num(label.getX() + dx - 1), "y", num(label.getY() + dy - 1), "width",
							num(label.getWidth() + 2), "height", num(label.getHeight() + 2), "fill", "#ffffff");
					svg.text("text", label.getText(), "x", num(label.getX() + dx + 2), "y", num(label.getY() + dy + EDGE_SIZE), "font-size", num(EDGE_SIZE),
							"fill", stroke.color());
				}
				svg.close();
			}
			svg.close();
		}

		private List<Box> drawBoxes(XmlWriter svg, double dx, double dy, Function<String, String> classOf, Function<String, String> hrefOf) {
			List<Box> boxes = new ArrayList<>();
			svg.open("g", "class", "boxes");
			for (OrgChart.Node node : chart.nodes()) {
				ElkNode box = nodes.get(node.id());
				BoxText text = texts.get(node.id());
				double x = box.getX() + dx;
				double y = box.getY() + dy;
				boxes.add(new Box(node.id(), x, y, box.getWidth(), box.getHeight()));
				String marked = classOf.apply(node.id());
				svg.open("g", "id", node.id(), "class", marked == null ? "box" : "box " + marked);
				String href = node.page() == null ? null : hrefOf.apply(node.page());
				if (href != null) {
					svg.open("a", "href", href);
				}
				boolean governance = node.layer().compareTo(Layer.OPERATIONAL) <= 0 && node.layer() != Layer.MEMBERS;
				svg.empty("rect", "x", num(x), "y", num(y), "width", num(box.getWidth()), "height", num(box.getHeight()), "rx", "5", "fill",
						node.layer() == Layer.SOLUTIONS ? "#f3f8f1" : "#ffffff", "stroke", "#2b2b2b", "stroke-width", governance ? "1.8" : "1");
				double line = y + PADDING + NAME_SIZE - 1;
				for (String name : text.name()) {
					svg.text("text", name, "x", num(x + PADDING), "y", num(line), "font-size", num(NAME_SIZE), "font-weight", "bold", "fill", "#111111");
					line += NAME_LINE;
				}
				if (href != null) {
					svg.close();
				}
				line += 2;
				for (OrgChart.Line note : text.notes()) {
					String noteHref = note.page() == null || note.page().equals(node.page()) ? null : hrefOf.apply(note.page());
					if (noteHref != null) {
						svg.open("a", "href", noteHref);
					}
					svg.text("text", note.text(), "x", num(x + PADDING), "y", num(line), "font-size", num(NOTE_SIZE), "fill", "#333333");
					if (noteHref != null) {
						svg.close();
					}
					line += NOTE_LINE;
				}
				svg.close();
			}
			svg.close();
			return boxes;
		}

		private void markers(XmlWriter svg, List<Kind> kinds) {
			svg.open("defs");
			for (Kind kind : kinds) {
				Stroke stroke = STROKES.get(kind);
				// Two markers per kind, both with SVG 1.1's orient="auto" (SVG 2's auto-start-reverse is not read
				// by Batik, which draws the PNG exports): one for a line's end, one pointing back into the box a
				// line leaves at its start.
				svg.open("marker", "id", "arrow-" + cssName(kind), "viewBox", "0 0 10 10", "refX", "9", "refY", "5", "markerWidth", "8", "markerHeight", "8",
						"orient", "auto", "markerUnits", "userSpaceOnUse");
				svg.empty("path", "d", "M 0 0 L 10 5 L 0 10 z", "fill", stroke.color());
				svg.close();
				svg.open("marker", "id", "arrow-" + cssName(kind) + "-start", "viewBox", "0 0 10 10", "refX", "1", "refY", "5", "markerWidth", "8",
						"markerHeight", "8", "orient", "auto", "markerUnits", "userSpaceOnUse");
				svg.empty("path", "d", "M 10 0 L 0 5 L 10 10 z", "fill", stroke.color());
				svg.close();
			}
			svg.close();
		}

		private double legendWidth(List<Kind> kinds) {
			double width = DiagramFont.width(chart.legend(), LEGEND_SIZE, true) + 14;
			for (Kind kind : kinds) {
				width += legendEntryWidth(kind);
			}
			return Math.min(width, 900);
		}

		private double legendEntryWidth(Kind kind) {
			return 34 + DiagramFont.width(label(kind), LEGEND_SIZE, false) + 22;
		}

		private List<List<Kind>> legendRows(List<Kind> kinds, double width) {
			List<List<Kind>> rows = new ArrayList<>();
			if (kinds.isEmpty()) {
				return rows;
			}
			double start = DiagramFont.width(chart.legend(), LEGEND_SIZE, true) + 14;
			List<Kind> row = new ArrayList<>();
			double x = start;
			for (Kind kind : kinds) {
				double entry = legendEntryWidth(kind);
				if (!row.isEmpty() && x + entry > width) {
					rows.add(row);
					row = new ArrayList<>();
					x = start;
				}
				row.add(kind);
				x += entry;
			}
			rows.add(row);
			return rows;
		}

		/** The legend: only the kinds of line this chart draws, each with its stroke and its words. */
		private void legend(XmlWriter svg, List<List<Kind>> rows, double left, double top) {
			if (rows.isEmpty()) {
				return;
			}
			svg.open("g", "class", "legend", "font-size", num(LEGEND_SIZE), "fill", "#222222");
			double start = left + MARGIN + DiagramFont.width(chart.legend(), LEGEND_SIZE, true) + 14;
			svg.text("text", chart.legend(), "x", num(left + MARGIN), "y", num(top + LEGEND_SIZE), "font-weight", "bold");
			for (int r = 0; r < rows.size(); r++) {
				double y = top + LEGEND_SIZE + r * (LEGEND_SIZE + 10);
				double x = start;
				for (Kind kind : rows.get(r)) {
					Stroke stroke = STROKES.get(kind);
					svg.empty("line", "x1", num(x), "y1", num(y - 4), "x2", num(x + 28), "y2", num(y - 4), "stroke", stroke.color(), "stroke-width",
							num(stroke.width()), "stroke-dasharray", stroke.dashes(), "marker-end", kind == Kind.PART_OF ? "" : "url(#arrow-" + cssName(kind) + ")");
					svg.text("text", label(kind), "x", num(x + 34), "y", num(y));
					x += legendEntryWidth(kind);
				}
			}
			svg.close();
		}

		/** A kind's words: those its lines carry in this chart. */
		private String label(Kind kind) {
			return chart.edges().stream().filter(e -> e.kind() == kind).map(OrgChart.Edge::label).findFirst().orElse(kind.name());
		}

		private String description() {
			if (chart.nodes().isEmpty()) {
				return chart.placeholder();
			}
			StringBuilder text = new StringBuilder();
			for (Layer layer : used) {
				List<String> names = chart.nodes().stream().filter(n -> n.layer() == layer).map(OrgChart.Node::label).toList();
				text.append(chart.layerTitle(layer)).append(": ").append(String.join("; ", names)).append(". ");
			}
			return text.toString().strip();
		}
	}

	/**
	 * The placeholder of a chart without boxes in lines, as every format draws it; a chart without boxes is never
	 * wider than a title line, so that is the width.
	 */
	static List<String> placeholderLines(OrgChart chart) {
		return chart.placeholder().isEmpty() ? List.of() : DiagramFont.wrap(chart.placeholder(), TITLE_LINE, NAME_SIZE, false);
	}

	static String cssName(Kind kind) {
		return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}
}
