package org.govmodel.generators.site;

import org.govmodel.dsl.comparison.ElementMatcher.Snapshot;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.i18n.Messages;
import org.govmodel.generators.output.XmlWriter;

/**
 * The page kept at a gone page's address, in the run's language: for a renamed element, an immediate redirect
 * (a {@code refresh} for browsers, a canonical link for search engines and link checkers, and a visible link
 * for everything else); for a removed element, a page that says so and links the nearest overview. Neither is
 * indexed by search engines.
 */
final class RedirectPage {

	static final String BUNDLE = "org.govmodel.generators.i18n.redirects";

	private static final String STYLE = "body{font-family:Helvetica,Arial,sans-serif;margin:2em auto;max-width:800px;padding:0 1em;color:#111;"
			+ "line-height:1.45}.meta{color:#555}";

	private final Messages say;
	private final Language language;

	RedirectPage(Language language) {
		this.language = language;
		this.say = Messages.load(BUNDLE, RedirectPage.class, language);
	}

	/** @param href the new page, relative to the old address */
	String moved(Snapshot was, Snapshot now, String href) {
		String title = say.text("moved.title", "title", titleOf(was));
		XmlWriter html = head(title);
		html.empty("meta", "http-equiv", "refresh", "content", "0; url=" + href);
		html.empty("link", "rel", "canonical", "href", href);
		html.close().open("body");
		html.text("h1", title);
		html.text("p", say.text("moved.text", "name", was.name()));
		html.open("p").text("a", titleOf(now) + " (" + now.name() + ")", "href", href, "id", "new-page").close();
		html.text("p", say.text("moved.wait"), "class", "meta");
		return finish(html);
	}

	/** @param overview the nearest overview, relative to the old address; null when the run wrote none */
	String removed(Snapshot was, String overview) {
		String name = was == null ? "?" : was.name();
		String title = say.text("removed.title", "title", was == null ? name : titleOf(was));
		XmlWriter html = head(title);
		html.close().open("body");
		html.text("h1", title);
		html.text("p", say.text("removed.text", "name", name));
		if (overview != null) {
			html.open("p").text("a", say.text("removed.link"), "href", overview, "id", "overview").close();
		}
		return finish(html);
	}

	private XmlWriter head(String title) {
		XmlWriter html = new XmlWriter();
		html.raw("<!DOCTYPE html>");
		html.open("html", "lang", language.tag());
		html.open("head");
		html.empty("meta", "charset", "utf-8");
		html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
		html.empty("meta", "name", "robots", "content", "noindex");
		html.text("title", title);
		html.text("style", STYLE);
		return html;
	}

	private static String finish(XmlWriter html) {
		html.close().close();
		return html.finish();
	}

	private static String titleOf(Snapshot element) {
		return element.title() == null || element.title().isBlank() ? element.name() : element.title();
	}
}
