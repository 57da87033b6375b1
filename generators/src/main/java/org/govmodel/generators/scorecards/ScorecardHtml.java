package org.govmodel.generators.scorecards;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.govmodel.dsl.scoring.ItemScore;
import org.govmodel.dsl.scoring.Progress;
import org.govmodel.generators.output.XmlWriter;

/**
 * A scorecard as one self-contained HTML page (inline style, no scripts; the radar next to it): the key to the
 * levels, the guide's table with each variable's statement and area and component cells spanning their rows,
 * score cells shaded by level in grey steps that print, the gaps, what moved and the source.
 */
public class ScorecardHtml {

	public static final String STYLE = """
			body{font-family:Arial,Helvetica,'Liberation Sans','DejaVu Sans',sans-serif;margin:2em;color:#111;max-width:1280px}
			table{border-collapse:collapse;margin:1em 0;font-size:14px}
			table.scores{width:100%}
			.wide{overflow-x:auto}
			table.scores td.variable{min-width:16em;width:30%}
			caption{text-align:left;font-weight:bold;padding:4px 0;white-space:nowrap}
			th,td{border:1px solid #999;padding:4px 8px;vertical-align:top}
			th{background:#e8e8e8;text-align:left}
			th.num,td.num,td.mean{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
			th.num{white-space:normal}
			td.mean{font-weight:bold}
			td.code{white-space:nowrap}
			td.level,td.num{-webkit-print-color-adjust:exact;print-color-adjust:exact}
			.statement{display:block;color:#333;font-size:13px;margin-top:2px}
			.meta,.source{color:#333}
			figure{margin:1em 0}
			img{max-width:100%;height:auto}
			nav{margin-bottom:1em}
			@media print{body{margin:0}nav{display:none}}""";

	public String render(ScorecardContent content, String radarFile, String indexFile) {
		ScorecardText text = content.text();
		String title = content.title();
		XmlWriter html = XmlWriter.htmlPage(text.language().tag(), title, STYLE);
		html.open("nav");
		html.text("a", text.text("link.index"), "href", indexFile);
		html.close();
		html.text("h1", title);
		html.text("p", content.meta(), "class", "meta");
		html.open("figure");
		html.empty("img", "src", radarFile, "alt", text.text("scorecard.radarAlt", "title", title));
		html.text("figcaption", text.text("scorecard.radarCaption", "year", content.score().year()));
		html.close();
		html.text("h2", text.text("heading.levels"));
		levels(html, content);
		html.text("h2", text.text("heading.scores"));
		scoreTable(html, content);
		html.text("p", content.gapNote(), "class", "meta");
		html.text("p", content.source(), "class", "source");
		html.text("h2", text.text("heading.gaps"));
		gapTable(html, content);
		html.text("h2", text.text("heading.progress"));
		progress(html, content);
		html.close();
		html.close();
		return html.finish();
	}

	/** The columns of numbers: their headings stand right-aligned over their right-aligned figures. */
	private static final Set<String> NUMERIC_COLUMNS = Set.of("col.score", "col.componentMean", "col.areaMean", "col.gap", "col.mean", "col.year",
			"col.before", "col.now", "col.change", "col.target");

	static void header(XmlWriter html, ScorecardText text, String... keys) {
		html.open("thead").open("tr");
		for (String key : keys) {
			if (NUMERIC_COLUMNS.contains(key)) {
				html.text("th", text.text(key), "scope", "col", "class", "num");
			} else {
				html.text("th", text.text(key), "scope", "col");
			}
		}
		html.close().close();
	}

	private static void levels(XmlWriter html, ScorecardContent content) {
		ScorecardText text = content.text();
		html.open("table", "class", "levels");
		html.text("caption", text.text("levels.caption"));
		header(html, text, "col.score", "col.level");
		html.open("tbody");
		for (ScorecardContent.LevelKey level : content.levels()) {
			String shade = "background:" + ScorecardContent.shade(level.rank(), content.levelCount());
			html.open("tr");
			html.text("td", level.value(), "class", "num", "style", shade);
			html.text("td", level.name(), "class", "level", "style", shade);
			html.close();
		}
		html.close();
		html.close();
	}

	private static void scoreTable(XmlWriter html, ScorecardContent content) {
		ScorecardText text = content.text();
		boolean evidence = content.hasEvidence();
		// eleven columns: on a narrow window the table scrolls inside the page rather than spilling over its edge
		html.open("div", "class", "wide");
		html.open("table", "class", "scores");
		List<String> columns = new ArrayList<>(List.of("col.area", "col.component", "col.code", "col.variable", "col.score", "col.level", "col.componentMean",
				"col.areaMean", "col.target", "col.gap"));
		if (evidence) {
			columns.add("col.evidence");
		}
		header(html, text, columns.toArray(String[]::new));
		html.open("tbody");
		for (ScorecardContent.Row row : content.rows()) {
			html.open("tr");
			if (row.firstOfArea()) {
				html.text("th", text.codeAndTitle(row.area()), "scope", "rowgroup", "rowspan", String.valueOf(row.areaRows()));
			}
			if (row.firstOfComponent()) {
				html.text("th", text.codeAndTitle(row.component()), "scope", "rowgroup", "rowspan", String.valueOf(row.componentRows()));
			}
			html.text("td", row.variable().code(), "class", "code");
			html.open("td", "class", "variable");
			html.text("strong", text.title(row.variable()));
			text.statement(row.variable()).ifPresent(statement -> html.text("span", statement, "class", "statement"));
			html.close();
			String shade = "background:" + ScorecardContent.shade(row.levelRank(), content.levelCount());
			html.text("td", row.value(), "class", "num", "style", shade);
			html.text("td", row.level(), "class", "level", "style", shade);
			if (row.firstOfComponent()) {
				html.text("td", text.mean(row.component().value()), "class", "mean", "rowspan", String.valueOf(row.componentRows()));
			}
			if (row.firstOfArea()) {
				html.text("td", text.mean(row.area().value()), "class", "mean", "rowspan", String.valueOf(row.areaRows()));
			}
			html.text("td", text.targetCell(row.variable()), "class", "num target");
			html.text("td", row.variable().gap() == null ? "–" : text.plain(row.variable().gap()), "class", "num");
			if (evidence) {
				html.text("td", row.variable().note() == null ? "" : row.variable().note());
			}
			html.close();
		}
		html.close();
		html.close();
		html.close();
	}

	private static void gapTable(XmlWriter html, ScorecardContent content) {
		ScorecardText text = content.text();
		html.open("table", "class", "gaps");
		header(html, text, "col.component", "col.mean", "col.target", "col.gap", "col.variablesByGap");
		html.open("tbody");
		for (ItemScore component : content.componentsByGap()) {
			html.open("tr");
			html.text("th", text.codeAndTitle(component), "scope", "row");
			html.text("td", text.mean(component.value()), "class", "num");
			html.text("td", text.target(component), "class", "num target");
			html.text("td", text.mean(component.gap()), "class", "num");
			html.text("td", content.variablesWithGap(component));
			html.close();
		}
		html.close();
		html.close();
	}

	private static void progress(XmlWriter html, ScorecardContent content) {
		ScorecardText text = content.text();
		if (content.progress().isEmpty()) {
			html.text("p", text.text("progress.first"));
			return;
		}
		Progress progress = content.progress().get();
		html.text("p", text.text("progress.compared", "year", progress.previous().year()));
		html.open("table", "class", "progress");
		header(html, text, "col.code", "col.item", "col.before", "col.now", "col.change", "col.direction");
		html.open("tbody");
		for (Progress.Change change : progress.changes()) {
			html.open("tr");
			html.text("td", change.code(), "class", "code");
			html.text("td", content.title(change));
			html.text("td", content.progressValue(change, change.before()), "class", "num");
			html.text("td", content.progressValue(change, change.after()), "class", "num");
			html.text("td", text.delta(change.delta(), !content.isVariable(change)), "class", "num");
			html.text("td", content.direction(change));
			html.close();
		}
		html.close();
		html.close();
	}
}
