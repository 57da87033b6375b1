package org.govmodel.generators.diff;

import java.math.BigDecimal;
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
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.loading.TerminalText;

import com.google.inject.Inject;

/**
 * The diff for a terminal (and for git's diff driver): grouped by
 * jurisdiction, one change a line. ANSI colours only when asked for (the
 * command asks when it writes to a terminal). Words in the reader's language;
 * the findings keep the {@code path:line:col: severity} lines scripts parse.
 */
public class DiffText {

	private static final String GREEN = "\u001b[32m";
	private static final String RED = "\u001b[31m";
	private static final String YELLOW = "\u001b[33m";
	private static final String BOLD = "\u001b[1m";
	private static final String RESET = "\u001b[0m";

	@Inject
	private DiffWords.Factory words;

	public String render(ModelDiff diff, boolean colour, Language language) {
		DiffWords say = words.of(language);
		Painter paint = new Painter(colour);
		StringBuilder out = new StringBuilder();
		out.append(paint.with(BOLD, say.headline(diff))).append('\n');
		Set<String> jurisdictions = new LinkedHashSet<>();
		diff.elements().forEach(e -> jurisdictions.add(e.jurisdiction()));
		diff.lines().forEach(l -> jurisdictions.add(l.jurisdiction()));
		diff.assessments().forEach(a -> jurisdictions.add(a.jurisdiction()));
		for (String jurisdiction : jurisdictions) {
			out.append('\n').append(paint.with(BOLD, jurisdiction.isEmpty() ? say.text("text.noJurisdiction") : say.text("text.jurisdiction", "name", TerminalText.escape(jurisdiction)))).append('\n');
			for (ElementChange change : diff.elements()) {
				if (change.jurisdiction().equals(jurisdiction)) {
					String colourOf = change.kind() == Kind.ADDED ? GREEN : change.kind() == Kind.REMOVED ? RED : YELLOW;
					out.append("  ").append(paint.with(colourOf, TerminalText.escape(say.element(change))));
					if (change.title() != null) {
						out.append(" \"").append(TerminalText.escape(change.title())).append('"');
					}
					out.append("  (").append(change.location()).append(")\n");
					change.attributes().forEach(a -> out.append("      ").append(TerminalText.escape(say.attribute(a))).append('\n'));
				}
			}
			for (LineChange line : diff.lines()) {
				if (line.jurisdiction().equals(jurisdiction)) {
					out.append("  ").append(say.text("text.line", "change", TerminalText.escape(say.line(line)))).append('\n');
				}
			}
			for (AssessmentChange assessment : diff.assessments()) {
				if (assessment.jurisdiction().equals(jurisdiction)) {
					assessment(out, assessment, paint, say);
				}
			}
		}
		if (!diff.findings().isEmpty()) {
			out.append('\n').append(paint.with(BOLD, say.text("text.findings"))).append('\n');
			String introduced = "+ " + say.text("finding.introduced");
			String resolved = "- " + say.text("finding.resolved");
			int width = Math.max(introduced.length(), resolved.length()) + 1;
			for (FindingChange finding : diff.findings()) {
				String mark = finding.introduced() ? introduced : resolved;
				out.append("  ").append(paint.with(finding.introduced() ? RED : GREEN, mark + " ".repeat(width - mark.length())))
						.append(finding.diagnostic().toLine()).append('\n');
			}
		}
		return out.toString();
	}

	private static void assessment(StringBuilder out, AssessmentChange assessment, Painter paint, DiffWords say) {
		out.append("  ").append(say.text("text.assessment", "name", assessment.name(), "framework", TerminalText.escape(say.framework(assessment)), "year",
				String.valueOf(assessment.year()), "before", say.number(assessment.meanBefore()), "after", say.number(assessment.meanAfter()), "delta",
				say.delta(assessment.meanBefore(), assessment.meanAfter()))).append('\n');
		if (assessment.historyRewrite()) {
			out.append("    ").append(paint.with(RED, say.text("text.historyRewrite"))).append('\n');
		}
		for (ScoreChange score : assessment.variables()) {
			out.append("    ").append(say.text(score.delta() == null ? "text.scoreWithoutDelta" : "text.score", "code", score.code(), "before",
					say.score(score.before()), "after", say.score(score.after()), "delta",
					score.delta() == null ? "" : say.delta(BigDecimal.ZERO, score.delta()), "gapBefore", say.number(score.gapBefore()), "gapAfter",
					say.number(score.gapAfter()))).append('\n');
		}
		for (MeanChange mean : assessment.means()) {
			out.append("    ").append(say.text("text.mean", "level", mean.level(), "code", mean.code(), "before", say.number(mean.before()), "after",
					say.number(mean.after()), "delta", say.delta(mean.before(), mean.after()), "gapBefore", say.number(mean.gapBefore()), "gapAfter",
					say.number(mean.gapAfter()))).append('\n');
		}
		assessment.targets().forEach(t -> out.append("    ").append(TerminalText.escape(say.target(t))).append('\n'));
	}

	private record Painter(boolean colour) {
		String with(String code, String text) {
			return colour ? code + text + RESET : text;
		}
	}
}
