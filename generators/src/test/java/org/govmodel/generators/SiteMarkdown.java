package org.govmodel.generators;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.govmodel.generators.docs.DocsGenerator;

/**
 * The site's pages whose HTML does not say what their Markdown file says. The site writes both
 * from the same page, never one from the other; this reads the Markdown as any Markdown reader
 * (GitHub, an editor's preview) would: parsed by CommonMark, with its links between pages led
 * to the HTML pages, rendered, and compared with the HTML page's main part. The site's own
 * attributes (right-aligned numbers, diagram frames, links without {@code nofollow}) are left out
 * of the comparison.
 */
final class SiteMarkdown {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
	private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();

	private SiteMarkdown() {
	}

	/** "page: line of the Markdown's rendering ≠ line of the HTML page" for each page that differs. */
	static List<String> disagreements(Map<String, String> files) {
		List<String> disagreements = new ArrayList<>();
		files.forEach((path, markdown) -> {
			if (!path.startsWith(DocsGenerator.FOLDER) || !path.endsWith(".md")) {
				return;
			}
			String htmlPath = path.substring(0, path.length() - 3) + ".html";
			String html = files.get(htmlPath);
			if (html == null) {
				disagreements.add(path + ": no " + htmlPath);
				return;
			}
			String main = html.substring(html.indexOf("<main>\n") + "<main>\n".length(), html.indexOf("</main>"));
			String expected = withoutSiteAttributes(rendered(markdown));
			String actual = withoutSiteAttributes(main);
			if (!expected.equals(actual)) {
				disagreements.add(path + ": " + firstDifference(expected, actual));
			}
		});
		return disagreements;
	}

	private static String rendered(String markdown) {
		var document = PARSER.parse(markdown);
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Link link) {
				String destination = link.getDestination();
				if (destination.endsWith(".md") && !destination.contains("://")) {
					link.setDestination(destination.substring(0, destination.length() - 3) + ".html");
				}
				visitChildren(link);
			}
		});
		return RENDERER.render(document);
	}

	private static String withoutSiteAttributes(String html) {
		return html.replace(" rel=\"nofollow\"", "").replace(" align=\"right\"", "").replace(" class=\"num\"", "").replace(" class=\"diagram\"", "");
	}

	private static String firstDifference(String expected, String actual) {
		String[] e = expected.split("\n", -1);
		String[] a = actual.split("\n", -1);
		for (int i = 0; i < Math.max(e.length, a.length); i++) {
			String el = i < e.length ? e[i] : "(end)";
			String al = i < a.length ? a[i] : "(end)";
			if (!el.equals(al)) {
				return "the Markdown shows «" + el + "», the HTML «" + al + "»";
			}
		}
		return "";
	}
}
