package org.govmodel.generators.docs;

import static org.govmodel.generators.output.MarkdownText.escapeWithinLine;

import java.util.List;
import java.util.stream.IntStream;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * A page under construction, written twice as it is built: as Markdown (the {@code .md} file) and as
 * a CommonMark document (rendered to the {@code .html} page by {@link HtmlSite}), so that the site
 * never parses the Markdown it has just written. Every text passes through {@link Inline}, which
 * escapes it in the Markdown.
 */
final class Page {

	private final StringBuilder md = new StringBuilder();
	private final Document document = new Document();
	/** What an empty table says, in the readers' language. */
	private final String none;
	/** The text of the first heading that has one: the page's title; null until then. */
	private String title;

	Page(String none) {
		this.none = none;
	}

	Page heading(int level, String text) {
		String stripped = Inline.strip(text);
		md.append("#".repeat(level)).append(' ').append(escapeWithinLine(stripped)).append("\n\n");
		String literal = Inline.literal(stripped);
		Heading heading = new Heading();
		heading.setLevel(level);
		heading.appendChild(new Text(literal));
		document.appendChild(heading);
		if (title == null && !literal.isEmpty()) {
			title = literal;
		}
		return this;
	}

	/** A paragraph; none for a run that is empty or only spaces. */
	Page paragraph(Inline text) {
		Inline run = text.stripped();
		if (!run.isEmpty()) {
			md.append(run.markdown()).append("\n\n");
			document.appendChild(paragraphOf(run));
		}
		return this;
	}

	Page bullets(List<Inline> items) {
		return outline(items.stream().map(item -> new Entry(item, List.of())).toList());
	}

	/** An item of a list, with the items under it (the facts of an authority, the units within a unit). */
	record Entry(Inline item, List<Entry> children) {
	}

	/** A list whose items may have lists under them, indented one level per list. */
	Page outline(List<Entry> entries) {
		if (entries.isEmpty()) {
			return this;
		}
		document.appendChild(list(entries, 0));
		md.append('\n');
		return this;
	}

	private BulletList list(List<Entry> entries, int depth) {
		BulletList list = new BulletList();
		list.setTight(true);
		list.setMarker("-");
		for (Entry entry : entries) {
			Inline run = entry.item().stripped();
			md.append("  ".repeat(depth)).append("- ").append(run.markdown()).append('\n');
			ListItem item = new ListItem();
			if (!run.isEmpty()) {
				item.appendChild(paragraphOf(run));
			}
			if (!entry.children().isEmpty()) {
				item.appendChild(list(entry.children(), depth + 1));
			}
			list.appendChild(item);
		}
		return list;
	}

	/**
	 * A table; a paragraph that says there is nothing when there are no rows.
	 *
	 * @param numericColumns the columns of numbers (amounts, counts, values, years), aligned to the right so
	 *                       their digits line up; the site draws them in tabular figures
	 */
	Page table(List<String> headers, List<List<Inline>> rows, int... numericColumns) {
		if (rows.isEmpty()) {
			return paragraph(Inline.text(none));
		}
		TableBlock table = new TableBlock();
		TableHead head = new TableHead();
		List<Inline> headerCells = headers.stream().map(Inline::text).map(Inline::stripped).toList();
		head.appendChild(row(headerCells, true, numericColumns));
		table.appendChild(head);
		md.append("| ").append(String.join(" | ", headerCells.stream().map(Inline::markdownWithinLine).toList())).append(" |\n|");
		for (int column = 0; column < headers.size(); column++) {
			md.append(isNumeric(column, numericColumns) ? " ---: |" : " --- |");
		}
		md.append('\n');
		TableBody body = new TableBody();
		for (List<Inline> row : rows) {
			List<Inline> cells = row.stream().map(Inline::stripped).toList();
			md.append("| ").append(String.join(" | ", cells.stream().map(cell -> cell.isEmpty() ? " " : cell.markdownWithinLine()).toList())).append(" |\n");
			body.appendChild(row(cells, false, numericColumns));
		}
		table.appendChild(body);
		document.appendChild(table);
		md.append('\n');
		return this;
	}

	private static TableRow row(List<Inline> cells, boolean header, int... numericColumns) {
		TableRow row = new TableRow();
		for (int column = 0; column < cells.size(); column++) {
			TableCell cell = new TableCell();
			cell.setHeader(header);
			cell.setAlignment(isNumeric(column, numericColumns) ? TableCell.Alignment.RIGHT : null);
			cells.get(column).appendTo(cell);
			row.appendChild(cell);
		}
		return row;
	}

	private static boolean isNumeric(int column, int... numericColumns) {
		return IntStream.of(numericColumns).anyMatch(n -> n == column);
	}

	static Paragraph paragraphOf(Inline run) {
		Paragraph paragraph = new Paragraph();
		run.appendTo(paragraph);
		return paragraph;
	}

	String markdown() {
		return md.toString();
	}

	/** The page as CommonMark nodes, page links to the HTML pages; for {@link HtmlSite}. */
	Node document() {
		return document;
	}

	/** The first heading's text; "GovModel" for a page without a heading. */
	String title() {
		return title == null ? "GovModel" : title;
	}
}
