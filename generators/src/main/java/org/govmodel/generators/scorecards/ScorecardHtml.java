package org.govmodel.generators.scorecards;

import org.govmodel.dsl.scoring.AssessmentScore;
import org.govmodel.dsl.scoring.ItemScore;
import org.govmodel.dsl.scoring.Progress;
import org.govmodel.dsl.scoring.ScoreFormat;
import org.govmodel.generators.output.XmlWriter;

/**
 * A scorecard as one self-contained HTML page (inline style, no scripts, no
 * external resources): the guide's table with area and component cells
 * spanning their rows, the gaps and what moved. Printable in grey.
 */
public class ScorecardHtml {

	public static final String STYLE = """
			body{font-family:Helvetica,Arial,sans-serif;margin:2em;color:#111;max-width:1100px}
			table{border-collapse:collapse;margin:1em 0;font-size:14px}
			th,td{border:1px solid #999;padding:4px 8px;vertical-align:top}
			th{background:#e8e8e8;text-align:left}
			td.num{text-align:right;font-variant-numeric:tabular-nums}
			td.mean{font-weight:bold;text-align:right}
			.meta{color:#444}
			img{max-width:100%;height:auto}
			@media print{body{margin:0}}""";

	public String render(ScorecardContent content, String title, String radarFile) {
		AssessmentScore score = content.score();
		XmlWriter html = XmlWriter.htmlPage("en", title, STYLE);
		html.text("h1", title);
		html.text("p", "Framework: " + score.framework().getTitle() + " · year " + score.year()
				+ (score.assessment().getAssessor() == null ? "" : " · assessed by " + score.assessment().getAssessor())
				+ " · overall mean " + ScoreFormat.format(score.mean()), "class", "meta");
		html.empty("img", "src", radarFile, "alt", "Radar chart of the component means of " + title);
		html.text("h2", "Scores");
		scoreTable(html, content);
		html.text("p", "Gap: distance to the target set in the assessment, else to the top of the scale.", "class", "meta");
		html.text("h2", "Gaps, largest first");
		gapTable(html, content);
		html.text("h2", "Since the previous assessment");
		progress(html, content);
		html.close();
		html.close();
		return html.finish();
	}

	private static void scoreTable(XmlWriter html, ScorecardContent content) {
		html.open("table");
		html.open("thead").open("tr");
		for (String header : new String[] { "Area", "Component", "Code", "Variable", "Score", "Level", "Component mean", "Area mean", "Gap", "Evidence" }) {
			html.text("th", header, "scope", "col");
		}
		html.close().close();
		html.open("tbody");
		for (ScorecardContent.Row row : content.rows()) {
			html.open("tr");
			if (row.firstOfArea()) {
				html.text("th", row.area().code() + " " + row.area().title(), "scope", "rowgroup", "rowspan", String.valueOf(row.areaRows()));
			}
			if (row.firstOfComponent()) {
				html.text("th", row.component().code() + " " + row.component().title(), "scope", "rowgroup", "rowspan", String.valueOf(row.componentRows()));
			}
			html.text("td", row.variable().code());
			html.text("td", row.variable().title());
			html.text("td", row.value(), "class", "num");
			html.text("td", row.level());
			if (row.firstOfComponent()) {
				html.text("td", ScoreFormat.format(row.component().value()), "class", "mean", "rowspan", String.valueOf(row.componentRows()));
			}
			if (row.firstOfArea()) {
				html.text("td", ScoreFormat.format(row.area().value()), "class", "mean", "rowspan", String.valueOf(row.areaRows()));
			}
			html.text("td", ScoreFormat.format(row.variable().gap()), "class", "num");
			html.text("td", row.variable().note());
			html.close();
		}
		html.close();
		html.close();
	}

	private static void gapTable(XmlWriter html, ScorecardContent content) {
		html.open("table");
		html.open("thead").open("tr");
		for (String header : new String[] { "Component", "Mean", "Target", "Gap", "Variables by gap" }) {
			html.text("th", header, "scope", "col");
		}
		html.close().close();
		html.open("tbody");
		for (ItemScore component : content.componentsByGap()) {
			String variables = ScorecardContent.variablesWithGap(component);
			html.open("tr");
			html.text("th", component.code() + " " + component.title(), "scope", "row");
			html.text("td", ScoreFormat.format(component.value()), "class", "num");
			html.text("td", ScorecardContent.target(component));
			html.text("td", ScoreFormat.format(component.gap()), "class", "num");
			html.text("td", variables);
			html.close();
		}
		html.close();
		html.close();
	}

	private static void progress(XmlWriter html, ScorecardContent content) {
		if (content.progress().isEmpty()) {
			html.text("p", "This is the first assessment of this framework in the model.");
			return;
		}
		Progress progress = content.progress().get();
		html.text("p", "Compared with " + progress.previous().assessment().getName() + " (" + progress.previous().year() + ").");
		html.open("table");
		html.open("thead").open("tr");
		for (String header : new String[] { "Code", "Item", "Before", "Now", "Change", "Direction" }) {
			html.text("th", header, "scope", "col");
		}
		html.close().close();
		html.open("tbody");
		for (Progress.Change change : progress.changes()) {
			html.open("tr");
			html.text("td", change.code());
			html.text("td", change.title());
			html.text("td", ScoreFormat.format(change.before()), "class", "num");
			html.text("td", ScoreFormat.format(change.after()), "class", "num");
			html.text("td", change.delta() == null ? "–" : (change.delta().signum() > 0 ? "+" : "") + ScoreFormat.format(change.delta()), "class", "num");
			html.text("td", ScorecardContent.direction(change));
			html.close();
		}
		html.close();
		html.close();
	}
}
