package org.govmodel.generators.docs;

import java.util.List;

import java.util.Map;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.generators.output.XmlWriter;

/**
 * Renders the documentation's Markdown pages as a static HTML site with the
 * CommonMark library: raw HTML in the Markdown is escaped, links between
 * pages point to the .html files, each page declares its language and title,
 * and the pages hold their style inline (no scripts, nothing fetched from the
 * network). The site is a folder: pages link to each other and embed the
 * diagrams beside them, so it works from file:// when the output folder is
 * copied as a whole.
 */
final class HtmlSite {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
	private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true)
			.attributeProviderFactory(context -> new SiteAttributes()).build();

	private static final String STYLE = """
			body{font-family:Helvetica,Arial,sans-serif;margin:2em auto;max-width:1100px;padding:0 1em;color:#111;line-height:1.45}
			table{border-collapse:collapse;margin:1em 0;font-size:14px}
			th,td{border:1px solid #999;padding:4px 8px;vertical-align:top;text-align:left}
			th{background:#e8e8e8}
			th.num,td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
			nav{font-size:14px;margin-bottom:1.5em;border-bottom:1px solid #ccc;padding-bottom:.5em}
			img{max-width:100%;height:auto;border:1px solid #ddd}
			.diagram{overflow:auto;max-height:85vh;border:1px solid #ddd;margin:1em 0}
			.diagram img{max-width:none;border:0;display:block}
			code{background:#f2f2f2;padding:0 3px}
			main ul ul{margin:.2em 0}""";

	private HtmlSite() {
	}

	/**
	 * @param siteTitle what the page belongs to (the jurisdiction), added to the page's title for browser
	 *                  tabs and bookmarks; null for a page that stands for the whole run
	 */
	static String page(String markdown, String navigationMarkdown, Language language, String siteTitle) {
		return page(markdown, navigation(navigationMarkdown), language, siteTitle);
	}

	/** A page's navigation bar as HTML, from its Markdown: made once for the many pages that share it. */
	static Navigation navigation(String navigationMarkdown) {
		if (navigationMarkdown.isEmpty()) {
			return new Navigation("");
		}
		Node navigation = PARSER.parse(navigationMarkdown);
		navigation.accept(new LinksToHtml());
		return new Navigation("<nav>\n" + RENDERER.render(navigation) + "</nav>\n");
	}

	/** A navigation bar rendered by {@link HtmlSite#navigation(String)}. */
	record Navigation(String html) {
	}

	/** {@link #page(String, String, Language, String)} with the navigation bar already rendered. */
	static String page(String markdown, Navigation navigation, Language language, String siteTitle) {
		Node document = PARSER.parse(markdown);
		document.accept(new LinksToHtml());
		String heading = firstHeading(document);
		String title = siteTitle == null || heading.equals(siteTitle) || heading.startsWith(siteTitle + ":") ? heading : heading + " · " + siteTitle;
		XmlWriter head = new XmlWriter();
		head.open("head");
		head.empty("meta", "charset", "utf-8");
		head.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
		head.text("title", title);
		head.text("style", STYLE);
		head.close();
		String headHtml = head.finish().strip();
		return "<!DOCTYPE html>\n<html lang=\"" + language.tag() + "\">\n" + headHtml + "\n<body>\n"
				+ navigation.html() + "<main>\n"
				+ RENDERER.render(document) + "</main>\n</body>\n</html>\n";
	}

	private static String firstHeading(Node document) {
		StringBuilder title = new StringBuilder();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Heading heading) {
				if (title.length() == 0) {
					heading.accept(new AbstractVisitor() {
						@Override
						public void visit(Text text) {
							title.append(text.getLiteral());
						}
					});
				}
			}
		});
		return title.length() == 0 ? "GovModel" : title.toString();
	}

	/**
	 * Links of the site are its own pages: CommonMark's URL sanitizing marks every link
	 * {@code rel="nofollow"}, which only links to other sites should carry. A paragraph that is
	 * only a linked diagram is shown at full size in a scrolling frame, so its text stays readable.
	 */
	private static final class SiteAttributes implements AttributeProvider {
		@Override
		public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
			if (node instanceof Link link && !link.getDestination().contains("://")) {
				attributes.remove("rel");
			}
			// a column of numbers (Markdown's "---:") lines its digits up: right-aligned, tabular figures
			if (node instanceof TableCell cell && cell.getAlignment() == TableCell.Alignment.RIGHT) {
				attributes.remove("align");
				attributes.put("class", "num");
			}
			if (node instanceof Paragraph && node.getFirstChild() instanceof Link link && link.getNext() == null && link.getFirstChild() instanceof Image) {
				attributes.put("class", "diagram");
			}
		}
	}

	/** Page links end in .md in the Markdown and .html in the site. */
	private static final class LinksToHtml extends AbstractVisitor {
		@Override
		public void visit(Link link) {
			String destination = link.getDestination();
			if (destination.endsWith(".md") && !destination.contains("://")) {
				link.setDestination(destination.substring(0, destination.length() - 3) + ".html");
			}
			visitChildren(link);
		}
	}
}
