package org.govmodel.generators.diff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.govmodel.dsl.comparison.ModelDiff;
import org.govmodel.dsl.comparison.ModelDiff.AttributeChange;
import org.govmodel.dsl.comparison.ModelDiff.ElementChange;
import org.govmodel.dsl.comparison.ModelDiff.Kind;
import org.govmodel.dsl.comparison.ModelDiff.LineChange;
import org.govmodel.dsl.comparison.ModelDiff.TargetChange;
import org.govmodel.dsl.scoring.ScoreFormat;

/** The sentences every diff format shares (text, Markdown, HTML), so they say the same thing. */
public final class DiffWords {

	public static final String NO_CHANGE = "no semantic change";

	private DiffWords() {
	}

	/** One line: what changed, counted; {@value #NO_CHANGE} when nothing did. */
	public static String headline(ModelDiff diff) {
		if (!diff.hasChanges()) {
			return NO_CHANGE;
		}
		List<String> parts = new ArrayList<>();
		for (Kind kind : Kind.values()) {
			long n = diff.elements().stream().filter(e -> e.kind() == kind).count();
			if (n > 0) {
				parts.add(n + " " + kind.word());
			}
		}
		if (!diff.lines().isEmpty()) {
			parts.add(count(diff.lines().size(), "line") + " changed");
		}
		long scores = diff.assessments().stream().mapToLong(a -> a.variables().size()).sum();
		if (scores > 0) {
			parts.add(count(scores, "score") + " changed in " + count(diff.assessments().size(), "assessment"));
		}
		long targets = diff.assessments().stream().mapToLong(a -> a.targets().size()).sum();
		if (targets > 0) {
			parts.add(count(targets, "target") + " changed");
		}
		long introduced = diff.findings().stream().filter(ModelDiff.FindingChange::introduced).count();
		if (introduced > 0) {
			parts.add(count(introduced, "finding") + " introduced");
		}
		if (diff.findings().size() > introduced) {
			parts.add(count(diff.findings().size() - introduced, "finding") + " resolved");
		}
		if (!diff.historyRewrites().isEmpty()) {
			parts.add(count(diff.historyRewrites().size(), "past assessment") + " rewritten");
		}
		return String.join(", ", parts);
	}

	static String count(long n, String word) {
		return n + " " + word + (n == 1 ? "" : "s");
	}

	/** "renamed institution minCyT → minCiencia", "added law ley2024". */
	public static String element(ElementChange change) {
		String name = change.kind() == Kind.RENAMED ? change.oldName() + " → " + change.newName() : change.name();
		return change.kind().word() + " " + change.elementKind() + " " + name;
	}

	public static String attribute(AttributeChange change) {
		return change.attribute() + ": " + value(change.before()) + " → " + value(change.after());
	}

	public static String attributes(ElementChange change) {
		return change.attributes().stream().map(DiffWords::attribute).collect(Collectors.joining("; "));
	}

	public static String line(LineChange change) {
		if (change.before() == null) {
			return change.party() + " now " + change.line() + " " + change.after();
		}
		if (change.after() == null) {
			return change.party() + " no longer " + change.line() + " " + change.before();
		}
		return change.party() + " " + change.line() + " " + change.after() + " (was " + change.before() + ")";
	}

	public static String target(TargetChange change) {
		return switch (change.kind()) {
			case ADDED -> "target added: " + change.item() + " " + change.after();
			case REMOVED -> "target removed: " + change.item() + " " + change.before();
			default -> "target moved: " + change.item() + " " + change.before() + " → " + change.after();
		};
	}

	static String value(String value) {
		return value == null ? "(not stated)" : value;
	}

	/** A mean or gap for display ("–" when there is none). */
	public static String number(BigDecimal value) {
		return value == null ? "–" : ScoreFormat.format(value);
	}

	/** A signed difference ("+0.25", "−0.50", "0.00"; "–" when one side has no value). */
	public static String delta(BigDecimal before, BigDecimal after) {
		if (before == null || after == null) {
			return "–";
		}
		BigDecimal delta = after.subtract(before);
		String text = ScoreFormat.format(delta.abs());
		return delta.signum() > 0 ? "+" + text : delta.signum() < 0 ? "−" + text : text;
	}
}
