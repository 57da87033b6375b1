package org.govmodel.generators.docs;

import static org.govmodel.generators.output.MarkdownText.escape;

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
		for (Inline run : runs) {
			if (!joined.isEmpty()) {
				joined.add(new Plain(separator));
			}
			joined.addAll(run.parts);
		}
		return new Inline(joined);
	}

	/** Where the run of the given index goes in a text made with {@link #withRuns}: characters no bundle phrase holds. */
	static String marker(int index) {
		return MARKER_START + String.valueOf(index) + MARKER_END;
	}

	private static final char MARKER_START = '\uE000';
	private static final char MARKER_END = '\uE001';

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

	/** Nothing, or only spaces: a paragraph of it is left out. */
	boolean isBlank() {
		return parts.stream().allMatch(part -> part instanceof Plain plain && literal(plain.text()).isBlank());
	}

	boolean isEmpty() {
		return parts.isEmpty();
	}

	/** As Markdown: texts escaped, page links to the Markdown pages. */
	String markdown() {
		StringBuilder markdown = new StringBuilder();
		appendMarkdown(markdown);
		return markdown.toString();
	}

	private void appendMarkdown(StringBuilder markdown) {
		for (Part part : parts) {
			if (part instanceof Plain plain) {
				markdown.append(escape(plain.text()));
			} else if (part instanceof PageLink link) {
				markdown.append('[');
				link.label().appendMarkdown(markdown);
				markdown.append("](").append(link.target()).append(')');
			} else if (part instanceof Picture picture) {
				markdown.append("![").append(escape(picture.description())).append("](").append(picture.source()).append(')');
			} else if (part instanceof Strong strong) {
				markdown.append("**");
				strong.content().appendMarkdown(markdown);
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
