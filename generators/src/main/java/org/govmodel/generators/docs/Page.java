package org.govmodel.generators.docs;

import static org.govmodel.generators.output.MarkdownText.escape;

import java.util.List;
import java.util.stream.IntStream;

/** A Markdown page under construction; every model text passes through {@link #text}, which escapes it. */
final class Page {

	private final StringBuilder md = new StringBuilder();
	/** What an empty table says, in the readers' language. */
	private final String none;

	Page(String none) {
		this.none = none;
	}

	Page heading(int level, String title) {
		md.append("#".repeat(level)).append(' ').append(escape(title)).append("\n\n");
		return this;
	}

	/** A paragraph of already-safe Markdown (built with {@link #text} and {@link #link}). */
	Page paragraph(String markdown) {
		if (markdown != null && !markdown.isBlank()) {
			md.append(markdown).append("\n\n");
		}
		return this;
	}

	Page bullets(List<String> markdownItems) {
		if (markdownItems.isEmpty()) {
			return this;
		}
		markdownItems.forEach(item -> md.append("- ").append(item).append('\n'));
		md.append('\n');
		return this;
	}

	/** A bullet with sub-bullets (facts of one item), each already-safe Markdown. */
	Page nested(String markdownItem, List<String> markdownDetails) {
		md.append("- ").append(markdownItem).append('\n');
		markdownDetails.forEach(detail -> md.append("  - ").append(detail).append('\n'));
		return this;
	}

	/** Ends a list made of {@link #nested} items. */
	Page endList() {
		md.append('\n');
		return this;
	}

	/**
	 * A table of already-safe Markdown cells.
	 *
	 * @param numericColumns the columns of numbers (amounts, counts, values, years), aligned to the right so
	 *                       their digits line up; the site draws them in tabular figures
	 */
	Page table(List<String> headers, List<List<String>> rows, int... numericColumns) {
		if (rows.isEmpty()) {
			return paragraph(text(none));
		}
		md.append("| ").append(String.join(" | ", headers.stream().map(Page::text).toList())).append(" |\n|");
		for (int column = 0; column < headers.size(); column++) {
			int c = column;
			md.append(IntStream.of(numericColumns).anyMatch(n -> n == c) ? " ---: |" : " --- |");
		}
		md.append('\n');
		for (List<String> row : rows) {
			md.append("| ").append(String.join(" | ", row.stream().map(c -> c == null || c.isEmpty() ? " " : c).toList())).append(" |\n");
		}
		md.append('\n');
		return this;
	}

	static String text(String modelText) {
		return escape(modelText);
	}

	/** Stands for already-safe Markdown inside a text to escape; Markdown escaping leaves it as it is. */
	static final String MARKER = "GOVMODELMARKDOWNVALUE";

	/** The text escaped, with {@link #MARKER} replaced by the already-safe Markdown. */
	static String withMarkdown(String textWithMarker, String markdown) {
		return escape(textWithMarker).replace(MARKER, markdown);
	}

	static String link(String modelText, String target) {
		return "[" + escape(modelText) + "](" + target + ")";
	}

	String markdown() {
		return md.toString();
	}
}
