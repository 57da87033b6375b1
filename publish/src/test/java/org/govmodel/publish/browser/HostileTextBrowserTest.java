package org.govmodel.publish.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.govmodel.generators.ReportOptions;
import org.govmodel.generators.output.DisplayText;
import org.govmodel.generators.readers.HostileText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The shared corpus of hostile model text ({@link HostileText}) in the browser, the reader of the site and the
 * scorecards: each string is the title of one element of a model (the jurisdiction, bodies, an authority, a unit,
 * a solution, a score's note; control characters included), every report is generated, and every HTML page and SVG drawing is opened in
 * Chromium. No script of the model's may run (the corpus's scripts, event handlers and {@code javascript:} links
 * would set {@value HostileText#INJECTED}), no page may hold a script, frame, form or event handler, nor a link or
 * image that leaves the output folder, and every drawing is well-formed; and every string is shown as written, as text, on some page (Markdown or
 * HTML in a title that was read as markup would lose its characters).
 * <p>
 * Needs {@value Chromium#PACKAGES}; without them skipped with that reason, or failed under
 * {@code govmodel.requireAllTests} (CI).
 */
class HostileTextBrowserTest {

	private static final Path FOLDER = Path.of("target/browser/hostile");

	@RegisterExtension
	static final ChromiumSession CHROMIUM = new ChromiumSession("the hostile-text browser test");

	/** What a page holds that model text could have put there, and its text as a reader sees it. */
	private static final String INSPECT = """
			const found = [];
			if (window.%1$s !== undefined) found.push('a script of the model ran: ' + window.%1$s);
			// a drawing that is not well-formed XML is shown as Chromium's error page
			document.querySelectorAll('parsererror').forEach(e => found.push('not well-formed: ' + e.textContent.slice(0, 160)));
			document.querySelectorAll('script, iframe, frame, object, embed, form, base, meta[http-equiv], foreignObject')
			    .forEach(e => found.push('element: ' + e.outerHTML.slice(0, 160)));
			for (const e of document.querySelectorAll('*')) {
			  for (const a of e.attributes) {
			    if (/^on/i.test(a.name)) found.push('event handler: ' + a.name + ' on <' + e.tagName + '>');
			    if (/^(href|src|xlink:href|action|formaction|srcset)$/i.test(a.name)
			        && (/^\\s*[a-z][a-z0-9+.-]*:/i.test(a.value) || /^\\s*\\/\\//.test(a.value)))
			      found.push('leaves the folder: ' + a.name + '="' + a.value.slice(0, 160) + '" on <' + e.tagName + '>');
			  }
			}
			return { found: found, text: document.body ? document.body.innerText : '' };
			""".formatted(HostileText.INJECTED);

	private static List<String> corpus;
	/** page → what it holds that it must not */
	private static final Map<String, List<String>> FINDINGS = new TreeMap<>();
	/** page → its text as the browser shows it */
	private static final Map<String, String> TEXTS = new TreeMap<>();

	@BeforeAll
	static void generate() throws Exception {
		corpus = new ArrayList<>(HostileText.corpus(FOLDER.resolve("secret.txt").toAbsolutePath().toString()));
		// control characters too (written as escapes in the model); not half a surrogate pair, which validation refuses
		HostileText.unprintable().stream().filter(text -> text.chars().noneMatch(c -> Character.isSurrogate((char) c))).forEach(corpus::add);
		Path models = Files.createDirectories(FOLDER.resolve("model"));
		Files.writeString(models.resolve("hostile.govmodel"), model(corpus), StandardCharsets.UTF_8);
		Path output = FOLDER.resolve("output");
		List<Path> pages = GeneratedPages.generate(models, output, ReportOptions.defaults());
		assertTrue(pages.size() > 10, "the reports have pages: " + pages);
		for (Path page : pages) {
			@SuppressWarnings("unchecked")
			Map<String, Object> result = (Map<String, Object>) CHROMIUM.browser().open(page.toAbsolutePath(), INSPECT);
			@SuppressWarnings("unchecked")
			List<String> found = (List<String>) result.get("found");
			TEXTS.put(output.relativize(page).toString(), (String) result.get("text"));
			FINDINGS.put(output.relativize(page).toString(), found);
		}
	}

	/** One element per string of the corpus, each string its title (or, for the score, its note). */
	private static String model(List<String> texts) {
		List<String> t = texts.stream().map(HostileText::literal).toList();
		StringBuilder model = new StringBuilder("""
				jurisdiction x %s country
				strategic group council %s {
				    members ngo
				}
				organization ngo %s ngo civil-society
				directive institution sec %s secretariat public {
				    cio %s rank undersecretary
				}
				operational institution agency %s agency public {
				    under sec
				    unit team %s
				}
				solution eid digital-identity %s {
				    owner agency.team
				}
				assessment y2023 of maturity year 2023 {
				    1.1.1 = 2 %s
				}
				""".formatted(t.get(0), t.get(1), t.get(2), t.get(3), t.get(4), t.get(5), t.get(6), t.get(7), t.get(8)));
		for (int i = 9; i < t.size(); i++) {
			model.append("operational institution o").append(i).append(' ').append(t.get(i)).append(" agency public {\n    under sec\n}\n");
		}
		return model.toString();
	}

	@TestFactory
	Stream<DynamicTest> noPageHoldsWhatTheModelsTextWouldRunOrLinkTo() {
		return FINDINGS.entrySet().stream()
				.map(page -> DynamicTest.dynamicTest(page.getKey(), () -> assertEquals(List.of(), page.getValue(), page.getKey())));
	}

	@Test
	void everyStringIsShownAsWrittenOnSomePage() {
		String shown = seen(String.join("\n", TEXTS.values()));
		List<String> missing = new ArrayList<>();
		for (String text : corpus) {
			if (!shown.contains(seen(DisplayText.of(text)))) {
				missing.add(text);
			}
		}
		assertEquals(List.of(), missing, "strings of the corpus no HTML page shows as written");
	}

	/** Text as the browser lays it out: any run of white space is one space. */
	private static String seen(String text) {
		return text.replaceAll("[\\s\\u00a0]+", " ").strip();
	}
}
