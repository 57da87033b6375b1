package org.govmodel.generators.diagrams;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A governance diagram independent of its drawing: boxes in layers (the tiers
 * of Diagram IV.1 stacked top to bottom) and the lines between them, every
 * word already in the reader's language. Built by {@link OrgChartBuilder};
 * drawn by the SVG, DOT, PlantUML and Mermaid writers.
 *
 * @param title  the diagram's title
 * @param nodes  the boxes, in model order
 * @param edges  the lines, in model order
 * @param layers the band titles
 * @param legend   the legend's heading
 * @param language the language tag of its words ({@code es})
 * @param placeholder what the chart says in place of its boxes when it has none (why, and how to add one); empty
 *                    when it has boxes
 */
public record OrgChart(String title, List<Node> nodes, List<Edge> edges, Map<Layer, String> layers, String legend, String language,
		String placeholder) {

	/** The bands of the diagram, top to bottom. */
	public enum Layer {
		MEMBERS, STRATEGIC, DIRECTIVE, OPERATIONAL, UNITS, SOLUTIONS, USERS
	}

	/** What a line means; each is drawn with its own stroke and named in the legend. */
	public enum Kind {
		MEMBER, CHAIRS, REPORTS_TO, DIRECTS, AUTHORITY_OF, ANSWERS_TO, GOVERNS, ADVISES, PART_OF, OWNS, USES, PARTICIPATES, OTHER
	}

	/**
	 * A line of text in a box, with the site page it stands for.
	 *
	 * @param page the element's documentation page, relative to the output folder; null when it has none
	 */
	public record Line(String text, String page) {
	}

	/**
	 * A box.
	 *
	 * @param id    a diagram-safe identifier ([A-Za-z0-9_]), unique in the chart
	 * @param label the title (bold; wrapped as a whole)
	 * @param notes further lines (kind, status, chair, members of a group)
	 * @param layer the band it sits in
	 * @param page  the element's documentation page, relative to the output folder; null when it has none
	 */
	public record Node(String id, String label, List<Line> notes, Layer layer, String page) {

		/** The notes' texts. */
		public List<String> noteTexts() {
			return notes.stream().map(Line::text).filter(t -> !t.isBlank()).toList();
		}
	}

	/**
	 * A line from one box to another, pointing at {@code to}.
	 *
	 * @param label what it means in the reader's words ("reports to", "owns")
	 */
	public record Edge(String from, String to, Kind kind, String label) {
	}

	/** The band's title. */
	public String layerTitle(Layer layer) {
		return layers.getOrDefault(layer, layer.name());
	}

	public Node node(String id) {
		return nodes.stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
	}

	public static final class Builder {
		private final String title;
		private final List<Node> nodes = new ArrayList<>();
		private final List<Edge> edges = new ArrayList<>();
		private final Map<Object, String> ids = new HashMap<>();
		private final Set<String> takenIds = new HashSet<>();
		private final Map<Layer, String> layers = new EnumMap<>(Layer.class);
		private final String legend;
		private final String language;
		private String placeholder = "";

		/** A chart with the English words; {@link OrgChartBuilder} gives the reader's. */
		public Builder(String title) {
			this(title, DiagramWords.ENGLISH);
		}

		public Builder(String title, DiagramWords words) {
			this.title = title;
			for (Layer layer : Layer.values()) {
				layers.put(layer, words.layer(layer));
			}
			legend = words.legend();
			language = words.language().tag();
		}

		/**
		 * The id of an element's node: the candidate, or the candidate with {@code _2}, {@code _3}… when another
		 * element already has it, so that no two elements share a node.
		 */
		public String idOf(Object element, Supplier<String> candidate) {
			String known = ids.get(element);
			if (known != null) {
				return known;
			}
			String base = candidate.get();
			String id = base;
			for (int n = 2; takenIds.contains(id); n++) {
				id = base + "_" + n;
			}
			takenIds.add(id);
			ids.put(element, id);
			return id;
		}

		public boolean has(String id) {
			return nodes.stream().anyMatch(n -> n.id().equals(id));
		}

		/** The band of a box already added. */
		public Layer layer(String id) {
			return nodes.stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow().layer();
		}

		public Builder node(String id, String label, List<String> notes, Layer layer) {
			return node(id, label, notes.stream().map(n -> new Line(n, null)).toList(), layer, null);
		}

		public Builder node(String id, String label, List<Line> notes, Layer layer, String page) {
			if (!has(id)) {
				nodes.add(new Node(id, label, List.copyOf(notes), layer, page));
			}
			return this;
		}

		/** A line of no particular kind, labelled as given. */
		public Builder edge(String from, String to, String label) {
			return edge(from, to, Kind.OTHER, label);
		}

		public Builder edge(String from, String to, Kind kind, String label) {
			Edge edge = new Edge(from, to, kind, label);
			if (!from.equals(to) && !edges.contains(edge)) {
				edges.add(edge);
			}
			return this;
		}

		/** What the chart says in place of its boxes if it ends up with none. */
		public Builder whenEmpty(String text) {
			placeholder = text;
			return this;
		}

		public OrgChart build() {
			List<Edge> valid = edges.stream().filter(e -> has(e.from()) && has(e.to())).toList();
			return new OrgChart(title, List.copyOf(nodes), valid, Map.copyOf(layers), legend, language, nodes.isEmpty() ? placeholder : "");
		}
	}
}
