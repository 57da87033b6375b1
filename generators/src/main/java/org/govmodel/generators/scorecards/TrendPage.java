package org.govmodel.generators.scorecards;

import static org.govmodel.generators.output.MarkdownText.escape;

import java.util.List;
import java.util.Optional;

import org.govmodel.dsl.govModel.Framework;
import org.govmodel.dsl.scoring.AssessmentScore;
import org.govmodel.dsl.scoring.ItemScore;
import org.govmodel.generators.output.XmlWriter;

/**
 * The trend of a jurisdiction's assessments of one framework as a page (Markdown and HTML): the chart when there
 * are two years or more, and always the table of component means by year (for a single assessment, the table is
 * the trend: a chart of one year would be a column of dots).
 */
public class TrendPage {

	/**
	 * @param chartFile the trend chart beside the page, empty for a single assessment
	 * @param radarFile the radar of every assessment beside the page
	 */
	public record Page(Framework framework, List<AssessmentScore> scores, String jurisdiction, Optional<String> chartFile, String radarFile,
			String indexFile, ScorecardText text) {

		String title() {
			String framework = text.framework(framework());
			return jurisdiction.isEmpty() ? text.text("trend.titleNoJurisdiction", "framework", framework)
					: text.text("trend.title", "jurisdiction", jurisdiction, "framework", framework);
		}

		String note() {
			return scores.size() == 1 ? text.text("trend.single", "year", scores.get(0).year())
					: text.text("trend.subtitle", "first", scores.get(0).year(), "last", scores.get(scores.size() - 1).year());
		}
	}

	public String markdown(Page page) {
		ScorecardText text = page.text();
		StringBuilder md = new StringBuilder();
		md.append("[").append(escape(text.text("link.index"))).append("](").append(page.indexFile()).append(")\n\n");
		md.append("# ").append(escape(page.title())).append("\n\n").append(escape(page.note())).append("\n\n");
		page.chartFile().ifPresent(chart -> md.append("![").append(escape(page.title())).append("](").append(chart).append(")\n\n"));
		md.append("![").append(escape(text.text("trend.radarAlt"))).append("](").append(page.radarFile()).append(")\n\n");
		md.append("| ").append(escape(text.text("col.component"))).append(" |");
		page.scores().forEach(s -> md.append(' ').append(s.year()).append(" |"));
		md.append("\n| --- |");
		page.scores().forEach(s -> md.append(" ---: |"));
		md.append('\n');
		for (ItemScore component : latest(page).components()) {
			md.append("| ").append(escape(text.codeAndTitle(component))).append(" |");
			for (AssessmentScore s : page.scores()) {
				md.append(' ').append(text.mean(s.byCode(component.code()).map(ItemScore::value).orElse(null))).append(" |");
			}
			md.append('\n');
		}
		md.append("| **").append(escape(text.text("trend.overall"))).append("** |");
		page.scores().forEach(s -> md.append(" **").append(text.mean(s.mean())).append("** |"));
		md.append("\n\n").append(escape(text.source(page.scores()))).append('\n');
		return md.toString();
	}

	public String html(Page page) {
		ScorecardText text = page.text();
		XmlWriter html = XmlWriter.htmlPage(text.language().tag(), page.title(), ScorecardHtml.STYLE);
		html.open("nav");
		html.text("a", text.text("link.index"), "href", page.indexFile());
		html.close();
		html.text("h1", page.title());
		html.text("p", page.note(), "class", "meta");
		page.chartFile().ifPresent(chart -> html.empty("img", "src", chart, "alt", page.title()));
		html.open("p");
		html.empty("img", "src", page.radarFile(), "alt", text.text("trend.radarAlt"));
		html.close();
		html.open("table", "class", "trend");
		html.open("thead").open("tr");
		html.text("th", text.text("col.component"), "scope", "col");
		page.scores().forEach(s -> html.text("th", String.valueOf(s.year()), "scope", "col", "class", "num"));
		html.close().close();
		html.open("tbody");
		for (ItemScore component : latest(page).components()) {
			html.open("tr");
			html.text("th", text.codeAndTitle(component), "scope", "row");
			for (AssessmentScore s : page.scores()) {
				html.text("td", text.mean(s.byCode(component.code()).map(ItemScore::value).orElse(null)), "class", "num");
			}
			html.close();
		}
		html.open("tr");
		html.text("th", text.text("trend.overall"), "scope", "row");
		page.scores().forEach(s -> html.text("td", text.mean(s.mean()), "class", "mean"));
		html.close();
		html.close();
		html.close();
		html.text("p", text.source(page.scores()), "class", "source");
		html.close();
		html.close();
		return html.finish();
	}

	private static AssessmentScore latest(Page page) {
		return page.scores().get(page.scores().size() - 1);
	}
}
