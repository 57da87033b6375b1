package org.govmodel.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govmodel.dsl.comparison.ModelComparison;
import org.govmodel.dsl.comparison.ModelDiff;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.loading.ModelFiles;
import org.govmodel.dsl.loading.ModelLoader;
import org.govmodel.generators.diff.DiffHtml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The diff page's diagrams mark the reporting and authority lines that changed, not only the boxes: on Córdoba,
 * the agency now reports to the commission instead of the secretariat (renamed in the same change, so the
 * diagram before must find the line under the old name), and its CTO no longer answers to the secretariat's CIO.
 */
class DiffDiagramMarksTest {

	private static final Path CORDOBA = Path.of("../examples/cordoba-2023.govmodel");

	@TempDir
	Path folder;

	@Test
	void changedAndRemovedLinesAreMarkedOnTheirSideAndExplainedInTheLegend() throws Exception {
		String cordoba = Files.readString(CORDOBA, StandardCharsets.UTF_8);
		String changed = cordoba.replace("    under secGD\n    reports to secGD\n", "    under secGD\n    reports to comision\n")
				.replace(" answers to secGD.cio\n", "\n").replaceAll("\\bsecGD\\b", "secretariaGD");
		assertTrue(!changed.equals(cordoba) && changed.contains("reports to comision") && !changed.contains("answers to"), "the edits apply");
		ModelLoader.Checked before = check("old", cordoba);
		ModelLoader.Checked after = check("new", changed);
		ModelDiff diff = Fixtures.get(ModelComparison.class).compare(before, after);
		assertEquals(2, diff.lines().size(), diff.lines().toString());

		String page = Fixtures.get(DiffHtml.class).render(diff, before.models(), after.models(), "Cambios", Language.ES);
		String old = figure(page, "before");
		String now = figure(page, "after");
		// before: the agency's line to the secretariat (drawn as the secretariat directing it) moved; the CTO's line went
		assertEquals(List.of("directs changed", "answers-to removed"), markedLines(old), old);
		// after: the agency's new reporting line to the commission; the removed line is not drawn any more
		assertEquals(List.of("reports-to changed"), markedLines(now), now);
		assertTrue(page.contains("línea modificada") && page.contains("línea eliminada") && page.contains("línea nueva"), "the legend names the lines' marks");
		assertTrue(page.contains("g.line.changed polyline"), "a marked line has a stroke of its own");
	}

	@Test
	void aChangeWithoutLineChangesMarksNoLineAndShowsNoLineLegend() throws Exception {
		String cordoba = Files.readString(CORDOBA, StandardCharsets.UTF_8);
		String changed = cordoba.replaceAll("\\bsecGD\\b", "secretariaGD");
		ModelLoader.Checked before = check("old", cordoba);
		ModelLoader.Checked after = check("new", changed);
		ModelDiff diff = Fixtures.get(ModelComparison.class).compare(before, after);
		String page = Fixtures.get(DiffHtml.class).render(diff, before.models(), after.models(), "Changes", Language.EN);
		assertEquals(List.of(), markedLines(figure(page, "before")));
		assertEquals(List.of(), markedLines(figure(page, "after")));
		assertTrue(!page.contains("line removed"), "no legend for marks the diagrams do not use");
		assertTrue(figure(page, "after").contains("class=\"box changed\""), "the renamed body's box is still marked");
	}

	/** The classes after "line " of every marked line group, in drawing order. */
	private static List<String> markedLines(String svg) {
		List<String> marked = new ArrayList<>();
		Matcher m = Pattern.compile("<g class=\"line ([a-z-]+) (added|removed|changed)\"").matcher(svg);
		while (m.find()) {
			marked.add(m.group(1) + " " + m.group(2));
		}
		return marked;
	}

	private static String figure(String page, String side) {
		Matcher m = Pattern.compile("(?s)<figure class=\"" + side + "\">(.*?)</figure>").matcher(page);
		assertTrue(m.find(), "the page has the diagram " + side);
		return m.group(1);
	}

	private ModelLoader.Checked check(String name, String text) throws Exception {
		Path file = folder.resolve(name).resolve("cordoba-2023.govmodel");
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return Fixtures.get(ModelLoader.class).check(ModelFiles.collect(List.of(file)), List.of(), null, Language.EN);
	}
}
