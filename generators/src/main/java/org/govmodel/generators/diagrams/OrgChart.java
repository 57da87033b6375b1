package org.govmodel.generators.diagrams;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A governance diagram independent of its drawing: boxes in layers (the tiers
 * of Diagram IV.1 stacked top to bottom) and the lines between them. Built by
 * {@link OrgChartBuilder}; drawn by the SVG, DOT, PlantUML and Mermaid writers.
 *
 * @param title the diagram's title (model text)
 * @param nodes the boxes, in a stable order
 * @param edges the lines, in a stable order
 */
public record OrgChart(String title, List<Node> nodes, List<Edge> edges) {

	/** The bands of the diagram, top to bottom. */
	public enum Layer {
		MEMBERS("Members of the strategic body"), STRATEGIC("Strategic governance"), DIRECTIVE("Directive governance"),
		OPERATIONAL("Operational governance"), UNITS("Units"), SOLUTIONS("Cross-cutting solutions"), USERS("Institutions and sectors using them");

		public final String title;

		Layer(String title) {
			this.title = title;
		}
	}

	/**
	 * A box.
	 *
	 * @param id    a diagram-safe identifier ([A-Za-z0-9_]), unique in the chart
	 * @param label the first line (the element's title)
	 * @param notes further lines (CIO, CTO, board, type, status)
	 * @param layer the band it sits in
	 */
	public record Node(String id, String label, List<String> notes, Layer layer) {
	}

	/** A line, labelled by what it means ("member", "under", "owns", "uses", "reports to"). */
	public record Edge(String from, String to, String label) {
	}

	public static final class Builder {
		private final String title;
		private final List<Node> nodes = new ArrayList<>();
		private final List<Edge> edges = new ArrayList<>();
		private final Map<Object, String> ids = new HashMap<>();
		private final Set<String> takenIds = new HashSet<>();

		public Builder(String title) {
			this.title = title;
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

		public Builder node(String id, String label, List<String> notes, Layer layer) {
			if (!has(id)) {
				nodes.add(new Node(id, label, List.copyOf(notes), layer));
			}
			return this;
		}

		public Builder edge(String from, String to, String label) {
			Edge edge = new Edge(from, to, label);
			if (!from.equals(to) && !edges.contains(edge)) {
				edges.add(edge);
			}
			return this;
		}

		public OrgChart build() {
			List<Edge> valid = edges.stream().filter(e -> has(e.from()) && has(e.to())).toList();
			return new OrgChart(title, List.copyOf(nodes), valid);
		}
	}
}
