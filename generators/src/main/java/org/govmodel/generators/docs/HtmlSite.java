package org.govmodel.generators.docs;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.govmodel.generators.output.XmlWriter;

/**
 * Renders the documentation's Markdown pages as a static HTML site with the
 * CommonMark library: raw HTML in the Markdown is escaped, links between
 * pages point to the .html files, and every page is self-contained (inline
 * style, no scripts, nothing fetched), so the site works from file://.
 */
final class HtmlSite {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
	private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();

	private static final String STYLE = """
			body{font-family:Helvetica,Arial,sans-serif;margin:2em auto;max-width:1100px;padding:0 1em;color:#111;line-height:1.45}
			table{border-collapse:collapse;margin:1em 0;font-size:14px}
			th,td{border:1px solid #999;padding:4px 8px;vertical-align:top;text-align:left}
			th{background:#e8e8e8}
			nav{font-size:14px;margin-bottom:1.5em;border-bottom:1px solid #ccc;padding-bottom:.5em}
			img{max-width:100%;height:auto;border:1px solid #ddd}
			code{background:#f2f2f2;padding:0 3px}""";

	private HtmlSite() {
	}

	static String page(String markdown, String navigationMarkdown) {
		Node document = PARSER.parse(markdown);
		document.accept(new LinksToHtml());
		Node navigation = PARSER.parse(navigationMarkdown);
		navigation.accept(new LinksToHtml());
		String title = firstHeading(document);
		XmlWriter head = new XmlWriter();
		head.open("head");
		head.empty("meta", "charset", "utf-8");
		head.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
		head.text("title", title);
		head.text("style", STYLE);
		head.close();
		String headHtml = head.finish().strip();
		return "<!DOCTYPE html>\n<html lang=\"en\">\n" + headHtml + "\n<body>\n<nav>\n" + RENDERER.render(navigation) + "</nav>\n<main>\n"
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
