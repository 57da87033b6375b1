package org.govmodel.generators.diff;

import java.util.LinkedHashSet;
import java.util.Set;

import org.govmodel.dsl.comparison.ModelDiff;
import org.govmodel.dsl.comparison.ModelDiff.AssessmentChange;
import org.govmodel.dsl.comparison.ModelDiff.ElementChange;
import org.govmodel.dsl.comparison.ModelDiff.FindingChange;
import org.govmodel.dsl.comparison.ModelDiff.Kind;
import org.govmodel.dsl.comparison.ModelDiff.LineChange;
import org.govmodel.dsl.comparison.ModelDiff.MeanChange;
import org.govmodel.dsl.comparison.ModelDiff.ScoreChange;
import org.govmodel.dsl.loading.TerminalText;

/**
 * The diff for a terminal (and for git's diff driver): grouped by
 * jurisdiction, one change a line. ANSI colours only when asked for (the
 * command asks when it writes to a terminal).
 */
public class DiffText {

	private static final String GREEN = "\u001b[32m";
	private static final String RED = "\u001b[31m";
	private static final String YELLOW = "\u001b[33m";
	private static final String BOLD = "\u001b[1m";
	private static final String RESET = "\u001b[0m";

	public String render(ModelDiff diff, boolean colour) {
		Painter paint = new Painter(colour);
		StringBuilder out = new StringBuilder();
		out.append(paint.with(BOLD, DiffWords.headline(diff))).append('\n');
		Set<String> jurisdictions = new LinkedHashSet<>();
		diff.elements().forEach(e -> jurisdictions.add(e.jurisdiction()));
		diff.lines().forEach(l -> jurisdictions.add(l.jurisdiction()));
		diff.assessments().forEach(a -> jurisdictions.add(a.jurisdiction()));
		for (String jurisdiction : jurisdictions) {
			out.append('\n').append(paint.with(BOLD, jurisdiction.isEmpty() ? "Models without a jurisdiction" : "Jurisdiction " + TerminalText.escape(jurisdiction))).append('\n');
			for (ElementChange change : diff.elements()) {
				if (change.jurisdiction().equals(jurisdiction)) {
					String colourOf = change.kind() == Kind.ADDED ? GREEN : change.kind() == Kind.REMOVED ? RED : YELLOW;
					out.append("  ").append(paint.with(colourOf, TerminalText.escape(DiffWords.element(change))));
					if (change.title() != null) {
						out.append(" \"").append(TerminalText.escape(change.title())).append('"');
					}
					out.append("  (").append(change.location()).append(")\n");
					change.attributes().forEach(a -> out.append("      ").append(TerminalText.escape(DiffWords.attribute(a))).append('\n'));
				}
			}
			for (LineChange line : diff.lines()) {
				if (line.jurisdiction().equals(jurisdiction)) {
					out.append("  line: ").append(TerminalText.escape(DiffWords.line(line))).append('\n');
				}
			}
			for (AssessmentChange assessment : diff.assessments()) {
				if (assessment.jurisdiction().equals(jurisdiction)) {
					assessment(out, assessment, paint);
				}
			}
		}
		if (!diff.findings().isEmpty()) {
			out.append('\n').append(paint.with(BOLD, "Findings")).append('\n');
			for (FindingChange finding : diff.findings()) {
				out.append("  ").append(finding.introduced() ? paint.with(RED, "+ introduced ") : paint.with(GREEN, "- resolved   "))
						.append(finding.diagnostic().toLine()).append('\n');
			}
		}
		return out.toString();
	}

	private static void assessment(StringBuilder out, AssessmentChange assessment, Painter paint) {
		out.append("  scores of ").append(assessment.name()).append(" (").append(assessment.framework()).append(", ").append(assessment.year())
				.append("): mean ").append(DiffWords.number(assessment.meanBefore())).append(" → ").append(DiffWords.number(assessment.meanAfter()))
				.append(" (").append(DiffWords.delta(assessment.meanBefore(), assessment.meanAfter())).append(")\n");
		if (assessment.historyRewrite()) {
			out.append("    ").append(paint.with(RED, "history rewrite: a later assessment of this framework exists; past scores usually stay as assessed"))
					.append('\n');
		}
		for (ScoreChange score : assessment.variables()) {
			out.append("    ").append(score.code()).append(' ').append(DiffWords.value(score.before())).append(" → ").append(DiffWords.value(score.after()));
			if (score.delta() != null) {
				out.append(" (").append(DiffWords.delta(java.math.BigDecimal.ZERO, score.delta())).append(')');
			}
			out.append("  gap ").append(DiffWords.number(score.gapBefore())).append(" → ").append(DiffWords.number(score.gapAfter())).append('\n');
		}
		for (MeanChange mean : assessment.means()) {
			out.append("    ").append(mean.level()).append(' ').append(mean.code()).append(" mean ").append(DiffWords.number(mean.before())).append(" → ")
					.append(DiffWords.number(mean.after())).append(" (").append(DiffWords.delta(mean.before(), mean.after())).append("), gap ")
					.append(DiffWords.number(mean.gapBefore())).append(" → ").append(DiffWords.number(mean.gapAfter())).append('\n');
		}
		assessment.targets().forEach(t -> out.append("    ").append(DiffWords.target(t)).append('\n'));
	}

	private record Painter(boolean colour) {
		String with(String code, String text) {
			return colour ? code + text + RESET : text;
		}
	}
}
