package org.govmodel.generators.scorecards;

import static org.govmodel.generators.output.MarkdownText.escape;

import org.govmodel.dsl.scoring.ItemScore;
import org.govmodel.dsl.scoring.Progress;

/** A scorecard as Markdown: the key to the levels, the guide's table with statements, the gaps, what moved, the source; the radar embedded. */
public class ScorecardMarkdown {

	public String render(ScorecardContent content, String radarFile, String indexFile) {
		ScorecardText text = content.text();
		StringBuilder md = new StringBuilder();
		md.append("[").append(escape(text.text("link.index"))).append("](").append(indexFile).append(")\n\n");
		md.append("# ").append(escape(content.title())).append("\n\n");
		md.append(escape(content.meta())).append("\n\n");
		md.append("![").append(escape(text.text("scorecard.radarAlt", "title", content.title()))).append("](").append(radarFile).append(")\n\n");
		md.append("## ").append(escape(text.text("heading.levels"))).append("\n\n");
		header(md, text, "col.score", "col.level");
		md.append("| ---: | --- |\n");
		for (ScorecardContent.LevelKey level : content.levels()) {
			md.append("| ").append(level.value()).append(" | ").append(escape(level.name())).append(" |\n");
		}
		md.append("\n## ").append(escape(text.text("heading.scores"))).append("\n\n");
		boolean evidence = content.hasEvidence();
		if (evidence) {
			header(md, text, "col.area", "col.component", "col.code", "col.variable", "col.score", "col.level", "col.componentMean", "col.areaMean",
					"col.target", "col.gap", "col.evidence");
			md.append("| --- | --- | --- | --- | ---: | --- | ---: | ---: | ---: | ---: | --- |\n");
		} else {
			header(md, text, "col.area", "col.component", "col.code", "col.variable", "col.score", "col.level", "col.componentMean", "col.areaMean",
					"col.target", "col.gap");
			md.append("| --- | --- | --- | --- | ---: | --- | ---: | ---: | ---: | ---: |\n");
		}
		for (ScorecardContent.Row row : content.rows()) {
			String variable = "**" + escape(text.title(row.variable())) + "**" + text.statement(row.variable()).map(s -> "<br>" + escape(s)).orElse("");
			md.append("| ").append(row.firstOfArea() ? escape(text.codeAndTitle(row.area())) : "")
					.append(" | ").append(row.firstOfComponent() ? escape(text.codeAndTitle(row.component())) : "")
					.append(" | ").append(row.variable().code())
					.append(" | ").append(variable)
					.append(" | ").append(row.value())
					.append(" | ").append(escape(row.level()))
					.append(" | ").append(row.firstOfComponent() ? text.mean(row.component().value()) : "")
					.append(" | ").append(row.firstOfArea() ? text.mean(row.area().value()) : "")
					.append(" | ").append(escape(text.targetCell(row.variable())))
					.append(" | ").append(row.variable().gap() == null ? "–" : text.plain(row.variable().gap()));
			if (evidence) {
				md.append(" | ").append(escape(row.variable().note() == null ? "" : row.variable().note()));
			}
			md.append(" |\n");
		}
		md.append('\n').append(escape(content.gapNote())).append("\n\n");
		md.append(escape(content.source())).append("\n\n");
		md.append("## ").append(escape(text.text("heading.gaps"))).append("\n\n");
		header(md, text, "col.component", "col.mean", "col.target", "col.gap", "col.variablesByGap");
		md.append("| --- | ---: | ---: | ---: | --- |\n");
		for (ItemScore component : content.componentsByGap()) {
			md.append("| ").append(escape(text.codeAndTitle(component)))
					.append(" | ").append(text.mean(component.value()))
					.append(" | ").append(escape(text.target(component)))
					.append(" | ").append(text.mean(component.gap()))
					.append(" | ").append(content.variablesWithGap(component))
					.append(" |\n");
		}
		md.append("\n## ").append(escape(text.text("heading.progress"))).append("\n\n");
		if (content.progress().isEmpty()) {
			md.append(escape(text.text("progress.first"))).append('\n');
		} else {
			Progress progress = content.progress().get();
			md.append(escape(text.text("progress.compared", "year", progress.previous().year()))).append("\n\n");
			header(md, text, "col.code", "col.item", "col.before", "col.now", "col.change", "col.direction");
			md.append("| --- | --- | ---: | ---: | ---: | --- |\n");
			for (Progress.Change change : progress.changes()) {
				md.append("| ").append(change.code()).append(" | ").append(escape(content.title(change)))
						.append(" | ").append(content.progressValue(change, change.before()))
						.append(" | ").append(content.progressValue(change, change.after()))
						.append(" | ").append(text.delta(change.delta(), !content.isVariable(change)))
						.append(" | ").append(escape(content.direction(change)))
						.append(" |\n");
			}
		}
		return md.toString();
	}

	private static void header(StringBuilder md, ScorecardText text, String... keys) {
		md.append('|');
		for (String key : keys) {
			md.append(' ').append(escape(text.text(key))).append(" |");
		}
		md.append('\n');
	}
}
