package org.govmodel.generators.diff;

import static org.govmodel.generators.output.MarkdownText.escape;

import java.math.BigDecimal;
import java.util.List;

import org.govmodel.dsl.comparison.ModelDiff;
import org.govmodel.dsl.comparison.ModelDiff.AssessmentChange;
import org.govmodel.dsl.comparison.ModelDiff.ElementChange;
import org.govmodel.dsl.comparison.ModelDiff.FindingChange;
import org.govmodel.dsl.comparison.ModelDiff.LineChange;
import org.govmodel.dsl.comparison.ModelDiff.MeanChange;
import org.govmodel.dsl.comparison.ModelDiff.ScoreChange;
import org.govmodel.dsl.i18n.Language;

import com.google.inject.Inject;

/**
 * The diff as a pull-request comment: a headline, history rewrites called out,
 * one table of score changes per assessment with their component and area
 * effect, then bullet lists of structural changes and findings. Plain
 * CommonMark + GFM tables, so it reads the same on GitHub and GitLab; model
 * text is escaped. Words in the reader's language.
 */
public class DiffMarkdown {

	@Inject
	private DiffWords.Factory words;

	public String render(ModelDiff diff, Language language) {
		DiffWords say = words.of(language);
		StringBuilder md = new StringBuilder();
		md.append("### GovModel: ").append(escape(say.headline(diff))).append("\n");
		if (!diff.hasChanges()) {
			return md.toString();
		}
		if (!diff.historyRewrites().isEmpty()) {
			List<String> rewritten = diff.historyRewrites().stream().map(a -> "`" + a.name() + "` (" + a.year() + ")").toList();
			md.append("\n> ").append(say.text("md.historyRewrite", "count", rewritten.size(), "assessments", say.list(rewritten))).append('\n');
		}
		for (AssessmentChange assessment : diff.assessments()) {
			scores(md, assessment, say);
		}
		if (!diff.elements().isEmpty() || !diff.lines().isEmpty()) {
			md.append("\n**").append(say.text("heading.structure")).append("**\n\n");
			for (ElementChange change : diff.elements()) {
				md.append("- ").append(escape(say.element(change)));
				if (change.title() != null) {
					md.append(" — ").append(escape(change.title()));
				}
				if (change.historyRewrite()) {
					md.append(" **(").append(say.text("md.historyRewriteMark")).append(")**");
				}
				md.append('\n');
				change.attributes().forEach(a -> md.append("  - ").append(escape(say.attribute(a))).append('\n'));
			}
			for (LineChange line : diff.lines()) {
				md.append("- ").append(escape(say.line(line))).append('\n');
			}
		}
		if (!diff.findings().isEmpty()) {
			md.append("\n**").append(say.text("heading.findings")).append("**\n\n");
			for (FindingChange finding : diff.findings()) {
				var d = finding.diagnostic();
				md.append("- ").append(finding.introduced() ? "🔴 " + say.text("finding.introduced") : "✅ " + say.text("finding.resolved")).append(' ')
						.append(say.severity(d)).append(" `").append(d.ruleId()).append("` ").append(escape(d.path() + ":" + d.line())).append(": ")
						.append(escape(d.message())).append('\n');
			}
		}
		return md.toString();
	}

	private static void scores(StringBuilder md, AssessmentChange assessment, DiffWords say) {
		md.append('\n').append(say.text("md.assessment", "name", escape(assessment.name()), "framework", escape(say.framework(assessment)), "year",
				String.valueOf(assessment.year()), "before", say.number(assessment.meanBefore()), "after", say.number(assessment.meanAfter()), "delta",
				say.delta(assessment.meanBefore(), assessment.meanAfter()))).append('\n');
		if (!assessment.variables().isEmpty()) {
			md.append("\n| ").append(String.join(" | ", List.of(say.text("column.variable"), say.text("column.before"), say.text("column.after"), "Δ",
					say.text("column.componentMean"), say.text("column.areaMean"), say.text("column.gap"))))
					.append(" |\n| --- | ---: | ---: | ---: | --- | --- | --- |\n");
			for (ScoreChange score : assessment.variables()) {
				md.append("| ").append(escape(score.code() + " " + say.title(score))).append(" | ").append(say.score(score.before())).append(" | ")
						.append(say.score(score.after())).append(" | ")
						.append(score.delta() == null ? "–" : say.delta(BigDecimal.ZERO, score.delta())).append(" | ")
						.append(mean(assessment, score.component(), say)).append(" | ").append(mean(assessment, score.area(), say)).append(" | ")
						.append(say.number(score.gapBefore())).append(" → ").append(say.number(score.gapAfter())).append(" |\n");
			}
		}
		if (!assessment.targets().isEmpty()) {
			md.append('\n');
			assessment.targets().forEach(t -> md.append("- ").append(escape(say.target(t))).append('\n'));
		}
	}

	/** "1.1: 1.50 → 2.00 (+0.50)", or "1.1: unchanged" in the language when its mean did not move. */
	private static String mean(AssessmentChange assessment, String code, DiffWords say) {
		return assessment.means().stream().filter(m -> m.code().equals(code)).findFirst().map(m -> mean(m, say))
				.orElse(say.text("md.unchanged", "code", escape(code)));
	}

	private static String mean(MeanChange mean, DiffWords say) {
		return escape(mean.code()) + ": " + say.number(mean.before()) + " → " + say.number(mean.after()) + " (" + say.delta(mean.before(), mean.after()) + ")";
	}
}
