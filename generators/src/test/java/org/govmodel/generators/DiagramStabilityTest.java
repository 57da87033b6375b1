package org.govmodel.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.govmodel.dsl.govModel.Body;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.generators.ReportSubjects.Subject;
import org.govmodel.generators.diagrams.DiagramGenerator;
import org.govmodel.generators.diagrams.DiagramSvg;
import org.govmodel.generators.diagrams.OrgChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated SVG diffs cleanly: when one box is added to Córdoba's diagrams, the boxes it does not concern keep
 * their coordinates, so a reviewer's diff of the regenerated SVG shows the new box and little else. The counts
 * are recorded in docs/output-files.md ("Diagrams that diff cleanly"); the bounds fail on the layout before its
 * coordinates were anchored to a box and ELK kept the model's order.
 */
class DiagramStabilityTest {

	private static final String CORDOBA_TEXT = read(Path.of("../examples/cordoba-2023.govmodel"));

	@TempDir
	Path folder;

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	@Test
	void aUnitAddedToTheAgencyMovesNoOtherUnitAndLeavesTheGovernanceDiagramAlone() throws Exception {
		String changed = CORDOBA_TEXT.replace("    unit pmo \"Oficina de gestión de proyectos\"\n",
				"    unit pmo \"Oficina de gestión de proyectos\"\n    unit datos \"Dirección de Datos Abiertos\"\n");
		Moved units = compare(CORDOBA_TEXT, changed, "units");
		// the agency's box re-centres over its five units; its four units stay where they were
		assertTrue(units.boxes() <= 1, "only the agency's box moves: " + units);
		assertEquals(0, compare(CORDOBA_TEXT, changed, "governance").lines(), "the governance diagram does not show units");
	}

	@Test
	void aMemberAddedToTheCommissionMovesLessThanHalfOfTheBoxes() throws Exception {
		String changed = CORDOBA_TEXT.replace("members minCoord, minFin, minCyT, camTic, unc\n", "members minCoord, minFin, minCyT, camTic, unc, redCiudadana\n");
		Moved moved = compare(CORDOBA_TEXT, changed, "governance");
		// measured: 8 of 20 boxes, 118 of 386 lines (before the anchored coordinates and the forced model order:
		// all 20 boxes, 203 lines)
		assertTrue(moved.boxes() * 2 <= moved.total(), "at most half of the boxes move: " + moved);
		assertTrue(moved.lines() * 100 <= 35 * moved.of(), "at most 35% of the SVG's lines change: " + moved);
	}

	@Test
	void aSolutionAddedAtTheEndKeepsAQuarterOfTheBoxesInPlace() throws Exception {
		int at = CORDOBA_TEXT.indexOf("\n// ----", CORDOBA_TEXT.indexOf("solution csirt")) + 1;
		String changed = CORDOBA_TEXT.substring(0, at) + "solution expediente personal-files \"Expediente digital\" {\n    owner agencia\n    status pilot\n}\n\n"
				+ CORDOBA_TEXT.substring(at);
		Moved moved = compare(CORDOBA_TEXT, changed, "governance");
		// measured: 14 of 21 boxes, 171 of 393 lines (before: all 21 boxes, 201 lines); a new line from the agency
		// to the new solution re-routes the agency's other lines, which ELK then balances
		assertTrue(moved.boxes() * 4 <= moved.total() * 3, "at most three quarters of the boxes move: " + moved);
		assertTrue(moved.lines() * 100 <= 45 * moved.of(), "at most 45% of the SVG's lines change: " + moved);
	}

	/**
	 * What a reviewer's diff of the regenerated SVG shows: how many of the boxes both drawings have moved, and how
	 * many of the new SVG's lines (one element a line, as git compares them) the old one did not have.
	 */
	record Moved(int boxes, int total, int lines, int of) {
	}

	private Moved compare(String before, String after, String diagram) throws Exception {
		DiagramSvg.Drawing old = drawing(before, "old", diagram);
		DiagramSvg.Drawing now = drawing(after, "new", diagram);
		Map<String, DiagramSvg.Box> oldBoxes = old.boxes().stream().collect(Collectors.toMap(DiagramSvg.Box::id, Function.identity()));
		int moved = 0;
		int common = 0;
		for (DiagramSvg.Box box : now.boxes()) {
			DiagramSvg.Box was = oldBoxes.get(box.id());
			if (was != null) {
				common++;
				moved += was.x() != box.x() || was.y() != box.y() ? 1 : 0;
			}
		}
		Map<String, Integer> oldLines = new HashMap<>();
		lines(old.svg()).forEach(line -> oldLines.merge(line, 1, Integer::sum));
		List<String> newLines = lines(now.svg());
		int changed = 0;
		for (String line : newLines) {
			if (oldLines.merge(line, -1, Integer::sum) < 0) {
				changed++;
			}
		}
		Moved result = new Moved(moved, common, changed, newLines.size());
		System.out.println(diagram + ": " + result);
		return result;
	}

	private static List<String> lines(String svg) {
		return List.of(svg.replace("><", ">\n<").split("\n"));
	}

	private DiagramSvg.Drawing drawing(String text, String name, String diagram) throws Exception {
		Path file = folder.resolve(name).resolve("cordoba-2023.govmodel");
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
		List<Model> models = Fixtures.load(file);
		Subject subject = Fixtures.get(ReportSubjects.class).of(models).stream().filter(s -> s.fileName().equals("cordoba")).findFirst().orElseThrow();
		DiagramGenerator generator = Fixtures.get(DiagramGenerator.class);
		OrgChart chart;
		if (diagram.equals("units")) {
			Body agency = subject.view().bodies().stream().filter(b -> b.getName().equals("agencia")).findFirst().orElseThrow();
			chart = generator.units(subject, agency, ReportOptions.defaults()).orElseThrow();
		} else {
			chart = generator.governance(subject, ReportOptions.defaults());
		}
		return Fixtures.get(DiagramSvg.class).draw(chart, id -> null, page -> null);
	}
}
