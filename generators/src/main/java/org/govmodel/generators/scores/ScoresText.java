package org.govmodel.generators.scores;

import java.util.List;
import java.util.Locale;

import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.govmodel.dsl.govModel.Level;
import org.govmodel.dsl.scoring.AssessmentScore;
import org.govmodel.dsl.scoring.ItemScore;
import org.govmodel.dsl.scoring.ScaleLevels;
import org.govmodel.dsl.scoring.ScoreFormat;

import com.google.inject.Inject;

/** Scores for the terminal: an indented table of areas, components and variables with means rounded to two decimals. */
public class ScoresText {

	@Inject
	private IQualifiedNameProvider names;

	public String render(List<AssessmentScore> assessments) {
		StringBuilder out = new StringBuilder();
		for (AssessmentScore assessment : assessments) {
			if (out.length() > 0) {
				out.append('\n');
			}
			out.append(names.getFullyQualifiedName(assessment.assessment())).append(" — ").append(assessment.framework().getTitle()).append(", ")
					.append(assessment.year()).append(": mean ").append(ScoreFormat.format(assessment.mean())).append('\n');
			for (ItemScore area : assessment.areas()) {
				line(out, 1, area.code(), area.title(), ScoreFormat.format(area.value()), "");
				for (ItemScore component : area.children()) {
					line(out, 2, component.code(), component.title(), ScoreFormat.format(component.value()), "");
					for (ItemScore variable : component.children()) {
						String level = ScaleLevels.levelOf(assessment.framework(), variable.value()).map(Level::getTitle).orElse("");
						line(out, 3, variable.code(), variable.title(), variable.notApplicable() ? "n/a" : ScoreFormat.plain(variable.value()), level);
					}
				}
			}
		}
		return out.toString();
	}

	private static void line(StringBuilder out, int depth, String code, String title, String value, String level) {
		String label = "  ".repeat(depth) + code + "  " + title;
		out.append(String.format(Locale.ROOT, "%-72s %6s", label.length() > 72 ? label.substring(0, 71) + "…" : label, value));
		if (!level.isEmpty()) {
			out.append("  ").append(level);
		}
		out.append('\n');
	}
}
