package org.govmodel.generators.docs;

import static org.govmodel.generators.output.MarkdownText.escape;
import static org.govmodel.generators.output.MarkdownText.escapeWithinLine;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.govmodel.generators.output.DisplayText;

/**
 * A run of a page's text: model and site text, links, a linked image, strong emphasis. It is kept
 * as its parts rather than as Markdown, so that a page's Markdown file and its HTML page are both
 * written from it: the Markdown with every text escaped ({@link #markdown()}), the HTML as
 * CommonMark nodes ({@link #appendTo(Node)}) that the site renders without parsing its own
 * Markdown back. Immutable; the nodes are made anew for each page.
 */
final class Inline {

	static final Inline EMPTY = new Inline(List.of());

	/** Where a run goes in a phrase (see {@link #withRuns}): private-use characters, which no bundle phrase holds. */
	private static final char MARKER_START = '\uE000';
	private static final char MARKER_END = '\uE001';

	private sealed interface Part permits Plain, PageLink, Picture, Strong {
	}

	private record Plain(String text) implements Part {
	}

	private record PageLink(Inline label, String target) implements Part {
	}

	private record Picture(String description, String source) implements Part {
	}

	private record Strong(Inline content) implements Part {
	}

	private final List<Part> parts;

	private Inline(List<Part> parts) {
		this.parts = parts;
	}

	/** Text as written: in Markdown every character that could be read as markup is escaped. */
	static Inline text(String text) {
		return text == null || text.isEmpty() ? EMPTY : new Inline(List.of(new Plain(text)));
	}

	static Inline link(String text, String target) {
		return link(text(text), target);
	}

	/** A link to a page ({@code .md} in the Markdown, {@code .html} in the site) or to another file. */
	static Inline link(Inline label, String target) {
		return new Inline(List.of(new PageLink(label, target)));
	}

	/** An image (a diagram) with its description for readers who cannot see it. */
	static Inline image(String description, String source) {
		return new Inline(List.of(new Picture(description, source)));
	}

	static Inline strong(Inline content) {
		return new Inline(List.of(new Strong(content)));
	}

	/** The runs one after the other, with the separator between two. */
	static Inline join(List<Inline> runs, String separator) {
		List<Part> joined = new ArrayList<>();
		for (int i = 0; i < runs.size(); i++) {
			if (i > 0) {
				joined.add(new Plain(separator));
			}
			joined.addAll(runs.get(i).parts);
		}
		return new Inline(joined);
	}

	/** Where the run of the given index goes in a text made with {@link #withRuns}. */
	static String marker(int index) {
		return MARKER_START + String.valueOf(index) + MARKER_END;
	}

	/**
	 * A text with runs in the places of their {@link #marker markers}: a phrase of a bundle, formatted with
	 * markers for its arguments that are runs (model text among them), then each marker replaced by its run.
	 * The text between the markers is the bundle's own.
	 */
	static Inline withRuns(String text, List<Inline> runs) {
		List<Part> parts = new ArrayList<>();
		int from = 0;
		for (int start = text.indexOf(MARKER_START); start >= 0; start = text.indexOf(MARKER_START, start + 1)) {
			int end = text.indexOf(MARKER_END, start);
			if (end < 0) {
				break;
			}
			if (start > from) {
				parts.add(new Plain(text.substring(from, start)));
			}
			parts.addAll(runs.get(Integer.parseInt(text, start + 1, end, 10)).parts);
			from = end + 1;
		}
		if (from < text.length()) {
			parts.add(new Plain(text.substring(from)));
		}
		return new Inline(parts);
	}

	/**
	 * Without the spaces at its start and end: Markdown drops them from a paragraph, an item, a cell or a
	 * heading (and four at the start of a paragraph would make it code), so both renderings leave them out.
	 */
	Inline stripped() {
		List<Part> stripped = new ArrayList<>(parts);
		while (!stripped.isEmpty() && stripped.get(0) instanceof Plain plain) {
			String text = strip(plain.text(), true, false);
			if (!text.isEmpty()) {
				stripped.set(0, new Plain(text));
				break;
			}
			stripped.remove(0);
		}
		while (!stripped.isEmpty() && stripped.get(stripped.size() - 1) instanceof Plain plain) {
			String text = strip(plain.text(), false, true);
			if (!text.isEmpty()) {
				stripped.set(stripped.size() - 1, new Plain(text));
				break;
			}
			stripped.remove(stripped.size() - 1);
		}
		return new Inline(stripped);
	}

	/** The text without the spaces, tabs and line breaks at its start and at its end (as Markdown reads a line). */
	static String strip(String text) {
		return strip(text, true, true);
	}

	private static String strip(String text, boolean leading, boolean trailing) {
		int start = 0;
		int end = text.length();
		while (leading && start < end && isSpace(text.charAt(start))) {
			start++;
		}
		while (trailing && end > start && isSpace(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(start, end);
	}

	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\r' || c == '\n';
	}


	boolean isEmpty() {
		return parts.isEmpty();
	}

	/** The text a reader sees of the run: its texts, link texts and image descriptions. */
	String plainText() {
		StringBuilder text = new StringBuilder();
		for (Part part : parts) {
			if (part instanceof Plain plain) {
				text.append(literal(plain.text()));
			} else if (part instanceof PageLink link) {
				text.append(link.label().plainText());
			} else if (part instanceof Picture picture) {
				text.append(literal(picture.description()));
			} else if (part instanceof Strong strong) {
				text.append(strong.content().plainText());
			}
		}
		return text.toString();
	}

	/** As Markdown at the start of a line (a paragraph, a list item): texts escaped, page links to the Markdown pages. */
	String markdown() {
		return markdown(true);
	}

	/** As Markdown within a line (a table cell): what would start a block at the start of a line is left as it is. */
	String markdownWithinLine() {
		return markdown(false);
	}

	private String markdown(boolean startsLine) {
		StringBuilder markdown = new StringBuilder();
		appendMarkdown(markdown, startsLine);
		return markdown.toString();
	}

	private void appendMarkdown(StringBuilder markdown, boolean startsLine) {
		for (Part part : parts) {
			if (part instanceof Plain plain) {
				markdown.append(startsLine && markdown.isEmpty() ? escape(plain.text()) : escapeWithinLine(plain.text()));
			} else if (part instanceof PageLink link) {
				markdown.append('[');
				link.label().appendMarkdown(markdown, false);
				markdown.append("](").append(link.target()).append(')');
			} else if (part instanceof Picture picture) {
				markdown.append("![").append(escapeWithinLine(picture.description())).append("](").append(picture.source()).append(')');
			} else if (part instanceof Strong strong) {
				markdown.append("**");
				strong.content().appendMarkdown(markdown, false);
				markdown.append("**");
			}
		}
	}

	/** As CommonMark nodes under the parent, page links to the HTML pages: what parsing {@link #markdown()} gives. */
	void appendTo(Node parent) {
		for (Part part : parts) {
			if (part instanceof Plain plain) {
				parent.appendChild(new Text(literal(plain.text())));
			} else if (part instanceof PageLink link) {
				Link node = new Link(htmlTarget(link.target()), null);
				link.label().appendTo(node);
				parent.appendChild(node);
			} else if (part instanceof Picture picture) {
				Image node = new Image(picture.source(), null);
				node.appendChild(new Text(literal(picture.description())));
				parent.appendChild(node);
			} else if (part instanceof Strong strong) {
				StrongEmphasis node = new StrongEmphasis("**");
				strong.content().appendTo(node);
				parent.appendChild(node);
			}
		}
	}

	/** The text as the Markdown shows it: what no reader can show replaced, on one line. */
	static String literal(String text) {
		return DisplayText.of(text).replace('\n', ' ');
	}

	/** Links between pages end in .md in the Markdown and in .html in the site. */
	private static String htmlTarget(String target) {
		return target.endsWith(".md") && !target.contains("://") ? target.substring(0, target.length() - 3) + ".html" : target;
	}
}
