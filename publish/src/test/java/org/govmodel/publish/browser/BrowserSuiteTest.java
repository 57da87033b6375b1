package org.govmodel.publish.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.loading.ModelFiles;
import org.govmodel.generators.ReportOptions;
import org.govmodel.generators.output.OutputFolder;
import org.govmodel.publish.TestModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every generated HTML page and SVG drawing of the examples (English) and of the stress model (Spanish),
 * opened in a real Chromium: no two texts overlap, no text leaves its box or the drawing, is painted over
 * or is cut with an ellipsis where it fits, every link and resource resolves to a file, every page has a
 * title and a language (the checks: {@code checks.js}). Screenshots of every page go to
 * {@code target/browser-screenshots/}. Every failure fails the suite (there is
 * no list of known defects to pass over).
 * <p>
 * Needs {@value Chromium#PACKAGES}; without them the suite is skipped with that reason, or fails when
 * {@code govmodel.requireAllTests} is set (CI).
 */
class BrowserSuiteTest {

	private static final Path OUTPUTS = Path.of("target/browser");
	private static final Path SCREENSHOTS = Path.of("target/browser-screenshots");

	@RegisterExtension
	static final ChromiumSession CHROMIUM = new ChromiumSession("the browser suite");
	private static String checks;

	@BeforeAll
	static void readChecks() {
		checks = Chromium.checks();
	}


	@TestFactory
	Stream<DynamicTest> everyPageOfTheExamples() {
		return pages("examples", TestModels.EXAMPLES, Language.EN);
	}

	@TestFactory
	Stream<DynamicTest> everyPageOfTheStressModel() {
		return pages("stress", TestModels.STRESS, Language.ES);
	}

	/** Generates the reports as `govmodel generate` does, then one test per page. */
	private static Stream<DynamicTest> pages(String name, Path models, Language language) {
		Path folder = OUTPUTS.resolve(name);
		List<Path> files;
		try {
			files = GeneratedPages.generate(models, folder, ReportOptions.defaults().withLanguage(language));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (OutputFolder.RefusedException | ModelFiles.UnreadablePathException e) {
			throw new IllegalStateException(e);
		}
		assertTrue(files.size() > 5, "the reports of " + models + " have pages");
		return files.stream().map(file -> DynamicTest.dynamicTest(OUTPUTS.relativize(file).toString(), () -> check(file)));
	}

	private static void check(Path file) throws IOException {
		String page = OUTPUTS.relativize(file).toString().replace('\\', '/');
		@SuppressWarnings("unchecked")
		Map<String, Object> result = (Map<String, Object>) CHROMIUM.browser().open(file.toAbsolutePath(), checks);
		Map<String, List<String>> failures = new TreeMap<>();
		@SuppressWarnings("unchecked")
		List<Map<String, String>> findings = (List<Map<String, String>>) result.get("findings");
		findings.forEach(f -> failures.computeIfAbsent(f.get("check"), k -> new ArrayList<>()).add(f.get("detail")));
		@SuppressWarnings("unchecked")
		Set<String> ids = new TreeSet<>((List<String>) result.get("ids"));
		@SuppressWarnings("unchecked")
		List<String> links = (List<String>) result.get("links");
		for (String link : links) {
			LinkTarget.problem(file, link, ids, OUTPUTS.resolve(page.substring(0, page.indexOf('/'))))
					.ifPresent(problem -> failures.computeIfAbsent("links", k -> new ArrayList<>()).add(problem));
		}
		Path screenshot = SCREENSHOTS.resolve(page + ".png");
		Files.createDirectories(screenshot.getParent());
		Files.write(screenshot, CHROMIUM.browser().screenshot());

		StringBuilder report = new StringBuilder();
		failures.forEach((check, details) -> {
			report.append("\n  ").append(check).append(':');
			details.stream().limit(8).forEach(d -> report.append("\n    ").append(d));
			if (details.size() > 8) {
				report.append("\n    … and ").append(details.size() - 8).append(" more");
			}
		});
		if (report.length() > 0) {
			fail(page + " (screenshot: " + screenshot + "):" + report);
		}
	}

	/** The decoded path of a link, without its fragment and query. */
	static String pathOf(String link) {
		String path = link;
		int cut = path.indexOf('#');
		if (cut >= 0) {
			path = path.substring(0, cut);
		}
		cut = path.indexOf('?');
		if (cut >= 0) {
			path = path.substring(0, cut);
		}
		return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
	}
}
