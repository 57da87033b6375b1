package org.govmodel.generators.docs;

import java.util.List;
import java.util.Map;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Document;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.generators.output.XmlWriter;

/**
 * Renders the documentation's pages as a static HTML site with the CommonMark
 * library, from the nodes each {@link Page} was built as: links between
 * pages point to the .html files, each page declares its language and title,
 * and the pages hold their style inline (no scripts, nothing fetched from the
 * network). The site is a folder: pages link to each other and embed the
 * diagrams beside them, so it works from file:// when the output folder is
 * copied as a whole.
 */
final class HtmlSite {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
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

	/** Where the title goes in {@link #HEAD}: a word that escaping leaves as it is. */
	private static final String TITLE_SLOT = "GOVMODELPAGETITLE";

	/** The head of every page, split where the page's title goes: the same for all pages but the title. */
	private static final String[] HEAD = head(TITLE_SLOT).split(TITLE_SLOT);

	private HtmlSite() {
	}

	private static String head(String title) {
		XmlWriter head = new XmlWriter();
		head.open("head");
		head.empty("meta", "charset", "utf-8");
		head.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
		head.text("title", title);
		head.text("style", STYLE);
		head.close();
		return head.finish().strip();
	}

	/** A page's navigation bar as HTML: made once for the many pages that share it. */
	static Navigation navigation(Inline links) {
		if (links.isEmpty()) {
			return new Navigation("");
		}
		Document navigation = new Document();
		navigation.appendChild(Page.paragraphOf(links));
		return new Navigation("<nav>\n" + RENDERER.render(navigation) + "</nav>\n");
	}

	/** A navigation bar rendered by {@link HtmlSite#navigation(Inline)}. */
	record Navigation(String html) {
	}

	/**
	 * The page in HTML, from the nodes it was built as (never from its Markdown, which would only be parsed back).
	 *
	 * @param siteTitle what the page belongs to (the jurisdiction), added to the page's title for browser
	 *                  tabs and bookmarks; null for a page that stands for the whole run
	 */
	static String page(Page page, Navigation navigation, Language language, String siteTitle) {
		String heading = page.title();
		String title = siteTitle == null || heading.equals(siteTitle) || heading.startsWith(siteTitle + ":") ? heading : heading + " · " + siteTitle;
		return "<!DOCTYPE html>\n<html lang=\"" + language.tag() + "\">\n" + HEAD[0] + XmlWriter.escaped(title) + HEAD[1] + "\n<body>\n"
				+ navigation.html() + "<main>\n"
				+ RENDERER.render(page.document()) + "</main>\n</body>\n</html>\n";
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
}
