package org.govmodel.generators.scorecards;

import static org.govmodel.generators.output.MarkdownText.escape;

import java.util.List;

import org.govmodel.generators.output.XmlWriter;

/** The list of every scorecard of a run, by jurisdiction, framework and year, with the charts and data files: as Markdown and as HTML. */
public class ScorecardIndex {

	/** One scorecard of the index; {@code series} is the stem of its jurisdiction and framework's radar and trend. */
	public record Entry(String jurisdiction, String framework, int year, String mean, String scorecard, String series) {
	}

	/** A data file offered at the end of the index: its link text and file name. */
	public record DataFile(String label, String file) {
	}

	public String markdown(List<Entry> entries, List<DataFile> files, ScorecardText text) {
		StringBuilder md = new StringBuilder("# ").append(escape(text.text("index.title"))).append("\n\n");
		md.append(escape(count(entries, text))).append("\n\n");
		md.append("| ").append(escape(text.text("col.jurisdiction"))).append(" | ").append(escape(text.text("col.framework"))).append(" | ")
				.append(escape(text.text("col.year"))).append(" | ").append(escape(text.text("col.mean"))).append(" | ")
				.append(escape(text.text("col.scorecard"))).append(" | ").append(escape(text.text("col.charts"))).append(" |\n");
		md.append("| --- | --- | ---: | ---: | --- | --- |\n");
		for (Entry entry : entries) {
			md.append("| ").append(escape(entry.jurisdiction())).append(" | ").append(escape(entry.framework())).append(" | ").append(entry.year())
					.append(" | ").append(entry.mean()).append(" | [HTML](").append(entry.scorecard()).append(".html) · [Markdown](").append(entry.scorecard())
					.append(".md) | [").append(escape(text.text("link.radar"))).append("](").append(entry.scorecard()).append("-radar.svg) · [")
					.append(escape(text.text("link.trend"))).append("](").append(entry.series()).append("-trend.md) |\n");
		}
		md.append("\n## ").append(escape(text.text("index.data"))).append("\n\n");
		for (DataFile file : files) {
			md.append("- [").append(escape(file.label())).append("](").append(file.file()).append(")\n");
		}
		return md.toString();
	}

	private static String count(List<Entry> entries, ScorecardText text) {
		return text.text("index.count", "count", entries.size(), "jurisdictions", entries.stream().map(Entry::jurisdiction).distinct().count());
	}

	public String html(List<Entry> entries, List<DataFile> files, ScorecardText text) {
		XmlWriter html = XmlWriter.htmlPage(text.language().tag(), text.text("index.title"), ScorecardHtml.STYLE);
		html.text("h1", text.text("index.title"));
		html.text("p", count(entries, text), "class", "meta");
		html.open("table", "class", "index");
		ScorecardHtml.header(html, text, "col.jurisdiction", "col.framework", "col.year", "col.mean", "col.scorecard", "col.charts");
		html.open("tbody");
		for (Entry entry : entries) {
			html.open("tr");
			html.text("td", entry.jurisdiction());
			html.text("td", entry.framework());
			html.text("td", String.valueOf(entry.year()), "class", "num");
			html.text("td", entry.mean(), "class", "mean");
			html.open("td");
			html.text("a", "HTML", "href", entry.scorecard() + ".html");
			html.characters(" · ");
			html.text("a", "Markdown", "href", entry.scorecard() + ".md");
			html.close();
			html.open("td");
			html.text("a", text.text("link.radar"), "href", entry.scorecard() + "-radar.svg");
			html.characters(" · ");
			html.text("a", text.text("link.trend"), "href", entry.series() + "-trend.html");
			html.close();
			html.close();
		}
		html.close();
		html.close();
		html.text("h2", text.text("index.data"));
		html.open("ul");
		for (DataFile file : files) {
			html.open("li");
			html.text("a", file.label(), "href", file.file());
			html.close();
		}
		html.close();
		html.close();
		html.close();
		return html.finish();
	}
}
