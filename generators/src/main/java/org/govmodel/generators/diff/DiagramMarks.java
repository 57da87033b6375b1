package org.govmodel.generators.diff;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.govmodel.dsl.comparison.ModelDiff;
import org.govmodel.dsl.comparison.ModelDiff.ElementChange;
import org.govmodel.dsl.comparison.ModelDiff.Kind;
import org.govmodel.dsl.comparison.ModelDiff.LineChange;
import org.govmodel.generators.diagrams.OrgChart;
import org.govmodel.generators.diagrams.OrgChartBuilder;

/**
 * Which boxes and lines of one side's governance diagram the diff page marks as added, removed or changed. A
 * box is an element's; a line is the drawing of a {@link LineChange} between its party and the other end:
 * "reports to" a reporting line (or, when the party reports to the body it is under, the line by which that body
 * directs it, as {@link OrgChartBuilder} draws it), "under" a directing line, "answers to" an authority's line.
 * A line that moved
 * is marked changed on both sides; one that appeared is added after, one that went is removed before.
 * <p>
 * The diff names both versions' ends in the new version's names; the diagram before the change is drawn
 * with the old names, so the before side translates them back through the renames.
 */
final class DiagramMarks {

	/** The kinds of diagram line that can draw each kind of {@link LineChange}. */
	private static final Map<String, List<OrgChart.Kind>> DRAWN = Map.of("reports to", List.of(OrgChart.Kind.REPORTS_TO, OrgChart.Kind.DIRECTS),
			"answers to", List.of(OrgChart.Kind.ANSWERS_TO), "under", List.of(OrgChart.Kind.DIRECTS));

	/** A line of the diagram by its two boxes, whichever way it points, and its kind. */
	private record Key(String one, String other, OrgChart.Kind kind) {
		static Key of(String a, String b, OrgChart.Kind kind) {
			return a.compareTo(b) <= 0 ? new Key(a, b, kind) : new Key(b, a, kind);
		}
	}

	private final Map<String, String> boxes = new HashMap<>();
	private final Map<Key, String> lines = new HashMap<>();
	private final Map<String, String> oldNames;
	private final boolean before;

	private DiagramMarks(boolean before, Map<String, String> oldNames) {
		this.before = before;
		this.oldNames = oldNames;
	}

	/** The marks of the diagram before the change. */
	static DiagramMarks before(ModelDiff diff) {
		DiagramMarks marks = new DiagramMarks(true, renames(diff));
		for (ElementChange change : diff.elements()) {
			if (change.oldName() != null) {
				marks.boxes.put(OrgChartBuilder.nodeId(change.oldName()), change.kind() == Kind.REMOVED ? "removed" : "changed");
			}
		}
		for (LineChange line : diff.lines()) {
			if (line.before() != null) {
				marks.line(line, line.before(), line.after() == null ? "removed" : "changed");
			}
		}
		return marks;
	}

	/** The marks of the diagram after the change. */
	static DiagramMarks after(ModelDiff diff) {
		DiagramMarks marks = new DiagramMarks(false, Map.of());
		for (ElementChange change : diff.elements()) {
			if (change.newName() != null) {
				marks.boxes.put(OrgChartBuilder.nodeId(change.newName()), change.kind() == Kind.ADDED ? "added" : "changed");
			}
		}
		for (LineChange line : diff.lines()) {
			marks.boxes.putIfAbsent(OrgChartBuilder.nodeId(line.party()), "changed");
			if (line.after() != null) {
				marks.line(line, line.after(), line.before() == null ? "added" : "changed");
			}
		}
		return marks;
	}

	/** Whether a jurisdiction's diagram has a line this diff marks (its legend then explains the lines' marks). */
	static boolean drawsLines(ModelDiff diff, String jurisdiction) {
		return diff.lines().stream().anyMatch(l -> l.jurisdiction().equals(jurisdiction) && DRAWN.containsKey(l.line()));
	}

	/** A box's mark by its node id, or null. */
	String box(String id) {
		return boxes.get(id);
	}

	/** A line's mark, or null. */
	String line(OrgChart.Edge edge) {
		return lines.get(Key.of(edge.from(), edge.to(), edge.kind()));
	}

	private void line(LineChange change, String otherEnd, String mark) {
		// "within" (a host ministry) is not drawn in the governance diagram
		String party = OrgChartBuilder.nodeId(name(change.party()));
		String other = OrgChartBuilder.nodeId(name(otherEnd));
		DRAWN.getOrDefault(change.line(), List.of()).forEach(kind -> lines.put(Key.of(party, other, kind), mark));
	}

	/** The name as the diagram of this side knows it: before the change, a renamed element (or a part of one) by its old name. */
	private String name(String newName) {
		if (!before) {
			return newName;
		}
		return oldNames.entrySet().stream().filter(e -> newName.equals(e.getKey()) || newName.startsWith(e.getKey() + "."))
				.max(Comparator.comparingInt(e -> e.getKey().length()))
				.map(e -> e.getValue() + newName.substring(e.getKey().length())).orElse(newName);
	}

	/** New qualified name → old, for every renamed element. */
	private static Map<String, String> renames(ModelDiff diff) {
		Map<String, String> renames = new HashMap<>();
		diff.elements().stream().filter(e -> e.kind() == Kind.RENAMED).forEach(e -> renames.put(e.newName(), e.oldName()));
		return renames;
	}
}
