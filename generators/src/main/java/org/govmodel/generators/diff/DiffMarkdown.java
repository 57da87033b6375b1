package org.govmodel.generators.diff;

import static org.govmodel.generators.output.MarkdownText.escape;

import java.math.BigDecimal;

import org.govmodel.dsl.comparison.ModelDiff;
import org.govmodel.dsl.comparison.ModelDiff.AssessmentChange;
import org.govmodel.dsl.comparison.ModelDiff.ElementChange;
import org.govmodel.dsl.comparison.ModelDiff.FindingChange;
import org.govmodel.dsl.comparison.ModelDiff.LineChange;
import org.govmodel.dsl.comparison.ModelDiff.MeanChange;
import org.govmodel.dsl.comparison.ModelDiff.ScoreChange;

/**
 * The diff as a pull-request comment: a headline, history rewrites called out,
 * one table of score changes per assessment with their component and area
 * effect, then bullet lists of structural changes and findings. Plain
 * CommonMark + GFM tables, so it reads the same on GitHub and GitLab; model
 * text is escaped.
 */
public class DiffMarkdown {

	public String render(ModelDiff diff) {
		StringBuilder md = new StringBuilder();
		md.append("### GovModel: ").append(escape(DiffWords.headline(diff))).append("\n");
		if (!diff.hasChanges()) {
			return md.toString();
		}
		if (!diff.historyRewrites().isEmpty()) {
			md.append("\n> **History rewrite.** Scores or targets of an assessment that is not the latest of its framework changed: ");
			md.append(String.join(", ", diff.historyRewrites().stream().map(a -> "`" + a.name() + "` (" + a.year() + ")").toList()));
			md.append(". Past assessments usually stay as they were assessed.\n");
		}
		for (AssessmentChange assessment : diff.assessments()) {
			scores(md, assessment);
		}
		if (!diff.elements().isEmpty() || !diff.lines().isEmpty()) {
			md.append("\n**Structure**\n\n");
			for (ElementChange change : diff.elements()) {
				md.append("- ").append(escape(DiffWords.element(change)));
				if (change.title() != null) {
					md.append(" — ").append(escape(change.title()));
				}
				if (change.historyRewrite()) {
					md.append(" **(history rewrite)**");
				}
				md.append('\n');
				change.attributes().forEach(a -> md.append("  - ").append(escape(DiffWords.attribute(a))).append('\n'));
			}
			for (LineChange line : diff.lines()) {
				md.append("- ").append(escape(DiffWords.line(line))).append('\n');
			}
		}
		if (!diff.findings().isEmpty()) {
			md.append("\n**Findings**\n\n");
			for (FindingChange finding : diff.findings()) {
				var d = finding.diagnostic();
				md.append("- ").append(finding.introduced() ? "🔴 introduced " : "✅ resolved ").append(d.severityName()).append(" `").append(d.ruleId())
						.append("` ").append(escape(d.path() + ":" + d.line())).append(": ").append(escape(d.message())).append('\n');
			}
		}
		return md.toString();
	}

	private static void scores(StringBuilder md, AssessmentChange assessment) {
		md.append("\n**").append(escape(assessment.name())).append("** (").append(escape(assessment.framework())).append(", ").append(assessment.year())
				.append("): mean ").append(DiffWords.number(assessment.meanBefore())).append(" → ").append(DiffWords.number(assessment.meanAfter()))
				.append(" (").append(DiffWords.delta(assessment.meanBefore(), assessment.meanAfter())).append(")\n");
		if (!assessment.variables().isEmpty()) {
			md.append("\n| Variable | Before | After | Δ | Component mean | Area mean | Gap |\n| --- | ---: | ---: | ---: | --- | --- | --- |\n");
			for (ScoreChange score : assessment.variables()) {
				md.append("| ").append(escape(score.code() + " " + score.title())).append(" | ").append(DiffWords.value(score.before())).append(" | ")
						.append(DiffWords.value(score.after())).append(" | ")
						.append(score.delta() == null ? "–" : DiffWords.delta(BigDecimal.ZERO, score.delta())).append(" | ")
						.append(mean(assessment, score.component())).append(" | ").append(mean(assessment, score.area())).append(" | ")
						.append(DiffWords.number(score.gapBefore())).append(" → ").append(DiffWords.number(score.gapAfter())).append(" |\n");
			}
		}
		if (!assessment.targets().isEmpty()) {
			md.append('\n');
			assessment.targets().forEach(t -> md.append("- ").append(escape(DiffWords.target(t))).append('\n'));
		}
	}

	/** "1.1: 1.50 → 2.00 (+0.50)", or the code alone when its mean did not move. */
	private static String mean(AssessmentChange assessment, String code) {
		return assessment.means().stream().filter(m -> m.code().equals(code)).findFirst().map(DiffMarkdown::mean).orElse(escape(code) + ": unchanged");
	}

	private static String mean(MeanChange mean) {
		return escape(mean.code()) + ": " + DiffWords.number(mean.before()) + " → " + DiffWords.number(mean.after()) + " ("
				+ DiffWords.delta(mean.before(), mean.after()) + ")";
	}
}
