package org.govmodel.publish.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.govmodel.dsl.comparison.ModelComparison;
import org.govmodel.dsl.comparison.ModelDiff;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.loading.ModelLoader;
import org.govmodel.generators.diff.DiffHtml;
import org.govmodel.publish.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The reviewer's page of {@code govmodel diff --format html --lang es}, opened in Chromium: a change a pull request
 * typically holds (two scores, a new member organization, a renamed secretariat, the agency reporting to the
 * commission instead) drawn as before/after
 * diagrams and a radar with both polygons, with the same layout checks as every generated page
 * ({@code checks.js}: no overlapping or escaping text, links that resolve, a title and a language).
 */
class DiffPageBrowserTest {

	private static final Path FOLDER = Path.of("target/browser/diff");

	@RegisterExtension
	static final ChromiumSession CHROMIUM = new ChromiumSession("the diff page's browser test");


	@Test
	@SuppressWarnings("unchecked")
	void aReviewersChangeReadsInTheBrowser() throws Exception {
		String cordoba = Files.readString(TestModels.EXAMPLES.resolve("cordoba-2023.govmodel"), StandardCharsets.UTF_8);
		String changed = cordoba.replace("1.1.1 = 2 \"A commission exists but meets irregularly.\"", "1.1.1 = 3 \"The commission now meets every quarter.\"")
				.replace("    1.2.3 = 2\n", "    1.2.3 = 3\n")
				.replace("members minCoord, minFin, minCyT, camTic, unc\n", "members minCoord, minFin, minCyT, camTic, unc, redCiudadana\n")
				.replace("    under secGD\n    reports to secGD\n", "    under secGD\n    reports to comision\n")
				.replaceAll("\\bsecGD\\b", "secretariaGD");
		assertTrue(!changed.equals(cordoba) && changed.contains("redCiudadana\n") && changed.contains("1.2.3 = 3")
				&& changed.contains("reports to comision"), "the test's edits apply to the example");
		ModelLoader.Checked before = side("before", cordoba);
		ModelLoader.Checked after = side("after", changed);
		ModelDiff diff = TestModels.get(ModelComparison.class).compare(before, after);
		String page = TestModels.get(DiffHtml.class).render(diff, before.models(), after.models(), "Cambios del modelo: antes → después", Language.ES);
		Path file = FOLDER.resolve("cordoba-review.html");
		Files.writeString(file, page, StandardCharsets.UTF_8);

		Map<String, Object> result = (Map<String, Object>) CHROMIUM.browser().open(file.toAbsolutePath(), Chromium.checks());
		Path screenshot = Path.of("target/browser-screenshots/diff/cordoba-review.html.png");
		Files.createDirectories(screenshot.getParent());
		Files.write(screenshot, CHROMIUM.browser().screenshot());
		assertEquals(List.of(), result.get("findings"), "layout of the diff page (screenshot: " + screenshot + ")");

		// what the reviewer must see, read from the rendered page
		Map<String, Object> seen = (Map<String, Object>) CHROMIUM.browser().run("""
				const after = document.querySelector('figure.after');
				const visible = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
				// a straight line's box is zero wide or zero high
				const drawn = e => { const r = e.getBoundingClientRect(); return r.width > 0 || r.height > 0; };
				return {
				  changedBoxesAfter: after ? [...after.querySelectorAll('g.changed, g.added')].filter(visible).length : -1,
				  // the moved reporting line, as the reader sees it: its stroke beside an unmarked line's, and the legend's sample
				  changedLines: after ? [...after.querySelectorAll('g.line.changed polyline')].filter(drawn)
				      .map(p => getComputedStyle(p).stroke + ' ' + getComputedStyle(p).strokeWidth) : [],
				  plainLine: after ? [...after.querySelectorAll('g.line:not(.changed):not(.added) polyline')]
				      .map(p => getComputedStyle(p).stroke + ' ' + getComputedStyle(p).strokeWidth)[0] : null,
				  legendLine: [...document.querySelectorAll('.legend .line-mark.changed line')].filter(drawn)
				      .map(p => getComputedStyle(p).stroke)[0] || null,
				  radarPolygons: [...document.querySelectorAll('svg polygon')].filter(visible).length,
				  text: document.body.innerText
				};""");
		assertTrue(((Number) seen.get("changedBoxesAfter")).intValue() >= 1, "the renamed secretariat is marked in the diagram after the change: " + seen);
		List<String> changedLines = (List<String>) seen.get("changedLines");
		assertEquals(1, changedLines.size(), "the agency's new reporting line is marked in the diagram after the change: " + seen);
		assertTrue(!changedLines.get(0).equals(seen.get("plainLine")), "a marked line is drawn unlike an unmarked one: " + seen);
		String stroke = changedLines.get(0).substring(0, changedLines.get(0).lastIndexOf(' '));
		assertEquals(stroke, seen.get("legendLine"), "the legend shows the marked line's colour");
		assertTrue(((Number) seen.get("radarPolygons")).intValue() >= 2, "the radar draws the scores before and after");
		String text = (String) seen.get("text");
		assertTrue(text.contains("secretariaGD") && text.contains("secGD"), "the rename names the old and the new name");
		assertTrue(text.contains("1.1.1") && text.contains("1.2.3"), "both changed scores are listed");
		assertTrue(text.contains("redCiudadana") || text.contains("Red de organizaciones ciudadanas"), "the new member is listed");
	}

	private static ModelLoader.Checked side(String name, String text) throws IOException, Exception {
		Path folder = FOLDER.resolve(name);
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("cordoba-2023.govmodel"), text, StandardCharsets.UTF_8);
		return TestModels.check(folder);
	}
}
