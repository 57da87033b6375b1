package org.govmodel.generators.scorecards;

import static org.govmodel.generators.output.MarkdownText.escape;

import org.govmodel.dsl.scoring.ItemScore;
import org.govmodel.dsl.scoring.Progress;
import org.govmodel.dsl.scoring.ScoreFormat;
import org.govmodel.generators.output.MarkdownText;

/** A scorecard as Markdown: the guide's table, the gaps, what moved; the radar embedded as an image. */
public class ScorecardMarkdown {

	public String render(ScorecardContent content, String title, String radarFile) {
		StringBuilder md = new StringBuilder();
		var score = content.score();
		md.append("# ").append(escape(title)).append("\n\n");
		md.append("Framework: ").append(escape(score.framework().getTitle())).append(" · year ").append(score.year());
		if (score.assessment().getAssessor() != null) {
			md.append(" · assessed by ").append(escape(score.assessment().getAssessor()));
		}
		md.append(" · overall mean **").append(ScoreFormat.format(score.mean())).append("**\n\n");
		md.append("![Radar of the component means](").append(radarFile).append(")\n\n");
		md.append("## Scores\n\n");
		md.append("| Area | Component | Code | Variable | Score | Level | Component mean | Area mean | Gap | Evidence |\n");
		md.append("| --- | --- | --- | --- | ---: | --- | ---: | ---: | ---: | --- |\n");
		for (ScorecardContent.Row row : content.rows()) {
			md.append("| ").append(row.firstOfArea() ? row.area().code() + " " + escape(row.area().title()) : "")
					.append(" | ").append(row.firstOfComponent() ? row.component().code() + " " + escape(row.component().title()) : "")
					.append(" | ").append(row.variable().code())
					.append(" | ").append(escape(row.variable().title()))
					.append(" | ").append(row.value())
					.append(" | ").append(escape(row.level()))
					.append(" | ").append(row.firstOfComponent() ? ScoreFormat.format(row.component().value()) : "")
					.append(" | ").append(row.firstOfArea() ? ScoreFormat.format(row.area().value()) : "")
					.append(" | ").append(ScoreFormat.format(row.variable().gap()))
					.append(" | ").append(escape(row.variable().note()))
					.append(" |\n");
		}
		md.append("\nGap: distance to the target set in the assessment, else to the top of the scale.\n\n");
		md.append("## Gaps, largest first\n\n");
		md.append("| Component | Mean | Target | Gap | Variables by gap |\n| --- | ---: | --- | ---: | --- |\n");
		for (ItemScore component : content.componentsByGap()) {
			String variables = ScorecardContent.variablesWithGap(component);
			md.append("| ").append(component.code()).append(' ').append(escape(component.title()))
					.append(" | ").append(ScoreFormat.format(component.value()))
					.append(" | ").append(ScorecardContent.target(component))
					.append(" | ").append(ScoreFormat.format(component.gap()))
					.append(" | ").append(variables)
					.append(" |\n");
		}
		md.append("\n## Since the previous assessment\n\n");
		if (content.progress().isEmpty()) {
			md.append("This is the first assessment of this framework in the model.\n");
		} else {
			Progress progress = content.progress().get();
			md.append("Compared with ").append(escape(progress.previous().assessment().getName())).append(" (").append(progress.previous().year()).append(").\n\n");
			md.append("| Code | Item | Before | Now | Change | Direction |\n| --- | --- | ---: | ---: | ---: | --- |\n");
			for (Progress.Change change : progress.changes()) {
				md.append("| ").append(change.code()).append(" | ").append(escape(change.title()))
						.append(" | ").append(ScoreFormat.format(change.before()))
						.append(" | ").append(ScoreFormat.format(change.after()))
						.append(" | ").append(change.delta() == null ? "–" : (change.delta().signum() > 0 ? "+" : "") + ScoreFormat.format(change.delta()))
						.append(" | ").append(ScorecardContent.direction(change))
						.append(" |\n");
			}
		}
		return md.toString();
	}
}
