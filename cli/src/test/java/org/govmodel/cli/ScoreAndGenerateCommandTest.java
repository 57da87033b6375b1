package org.govmodel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** govmodel score and govmodel generate: outputs, exit codes, refusal on invalid models. */
class ScoreAndGenerateCommandTest {

	@TempDir
	Path dir;

	@Test
	void scoreJsonGivesTheGuidesNumbersForCordoba() {
		CliRun run = CliRun.of("score", "../examples/cordoba-2023.govmodel", "--format", "json");
		assertEquals(0, run.exit(), run.err());
		JsonObject assessment = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("assessments").get(0).getAsJsonObject();
		JsonArray areas = assessment.getAsJsonArray("areas");
		assertEquals(List.of("2.6", "3.0", "2.2"), Stream.of(0, 1, 2)
				.map(i -> String.format(java.util.Locale.ROOT, "%.1f", areas.get(i).getAsJsonObject().get("mean").getAsDouble())).toList());
	}

	@Test
	void scoreTextAndCsvAndTheAssessmentFilter() {
		CliRun text = CliRun.of("score", "../examples/costa-rica.govmodel", "--assessment", "egdi2024");
		assertEquals(0, text.exit(), text.err());
		assertTrue(text.out().startsWith("costarica.egdi2024 — UN E-Government Development Index, 2024: mean 0.77"), text.out());
		assertFalse(text.out().contains("y2024"));
		CliRun csv = CliRun.of("score", "../examples/costa-rica.govmodel", "--assessment", "costarica.y2024", "--format", "csv");
		assertEquals(1 + 35, csv.out().lines().count());
		assertEquals(2, CliRun.of("score", "../examples/costa-rica.govmodel", "--assessment", "nosuch").exit());
	}

	/** Issue 15: a note that starts a formula is written as text by score --format csv, as in scores.csv (OWASP CSV injection). */
	@ParameterizedTest
	@ValueSource(strings = { "=1+2", "+1+1", "-2+3", "@SUM(A1)" })
	void scoreCsvWritesANoteThatStartsAFormulaAsText(String note) throws IOException {
		Path model = Files.writeString(dir.resolve("m.govmodel"), """
				jurisdiction x "X" country
				operational institution agency "Agency" agency public
				assessment y2023 of maturity year 2023 {
				    1.1.1 = 2 "%s"
				}
				""".formatted(note));
		CliRun csv = CliRun.of("score", model.toString(), "--format", "csv");
		assertEquals(0, csv.exit(), csv.err());
		assertTrue(csv.out().contains(",'" + note), "the note with a leading apostrophe: " + csv.out());
		for (String line : csv.out().lines().toList()) {
			for (String cell : line.split(",")) {
				assertFalse(!cell.isEmpty() && "=+@".indexOf(cell.charAt(0)) >= 0, "a cell starts a formula: " + line);
			}
		}
	}

	/** --lang reaches what people read: titles, level names and decimals; JSON keys and CSV column ids stay as documented. */
	@Test
	void scoreInSpanishAndPortuguese() {
		CliRun text = CliRun.of("score", "../examples/cordoba-2023.govmodel", "--lang", "es");
		assertEquals(0, text.exit(), text.err());
		assertTrue(text.out().startsWith("y2023 — Modelo de madurez del gobierno digital de la CEPAL, 2023: promedio 2,59\n"), text.out());
		assertTrue(text.out().contains("1.1.2  Atribuciones estratégicas"), text.out());
		assertFalse(text.out().contains("Strategic powers"), text.out());
		CliRun json = CliRun.of("score", "../examples/cordoba-2023.govmodel", "--lang", "pt", "--format", "json");
		assertTrue(json.out().contains("\"title\": \"Atribuições estratégicas\""), json.out());
		assertTrue(json.out().contains("\"mean\": 2.5"), "numbers stay JSON numbers: " + json.out());
		CliRun csv = CliRun.of("score", "../examples/cordoba-2023.govmodel", "--lang", "es", "--format", "csv");
		assertTrue(csv.out().startsWith("jurisdiction,jurisdiction_title,framework,"), csv.out());
		assertTrue(csv.out().contains("Atribuciones estratégicas"), csv.out());
		CliRun missing = CliRun.of("score", "../examples/cordoba-2023.govmodel", "--lang", "es", "--assessment", "nosuch");
		assertEquals("govmodel score: no hay ninguna evaluación llamada 'nosuch'\n", missing.err());
	}

	@Test
	void aModelWithErrorsIsNotScored() throws IOException {
		Path broken = Files.writeString(dir.resolve("b.govmodel"), "assessment y of maturity year 2023 {\n    1.1.1 = 9\n}\n");
		CliRun run = CliRun.of("score", broken.toString());
		assertEquals(1, run.exit());
		assertEquals("", run.out());
		assertTrue(run.err().contains(":2:13: error: Score 9 for 1.1.1 is outside the scale"), run.err());
	}

	@Test
	void generateWritesTheScorecardsAndIsRepeatable() throws IOException {
		Path out = dir.resolve("out");
		CliRun first = CliRun.of("generate", "../examples", "-o", out.toString());
		assertEquals(0, first.exit(), first.err());
		assertTrue(first.out().contains("wrote " + out.resolve("scorecards/y2023.html")), first.out());
		String html = Files.readString(out.resolve("scorecards/y2023.html"));
		CliRun second = CliRun.of("generate", "../examples", "-o", out.toString(), "--only", "scorecards");
		assertEquals(0, second.exit());
		assertEquals(html, Files.readString(out.resolve("scorecards/y2023.html")), "same model, same bytes");
	}

	@Test
	void generateOnlyPrintWritesThePngAndPdfExportsWhichTheDefaultLeavesOut() throws IOException {
		Path out = dir.resolve("out");
		CliRun print = CliRun.of("generate", "../examples/cordoba-2023.govmodel", "-o", out.toString(), "--only", "print");
		assertEquals(0, print.exit(), print.err());
		byte[] pdf = Files.readAllBytes(out.resolve("print/cordoba-y2023.pdf"));
		assertEquals("%PDF-", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
		assertTrue(javax.imageio.ImageIO.read(out.resolve("print/diagrams/cordoba-governance.png").toFile()) != null, "the PNG decodes");
		assertTrue(print.out().contains("wrote " + out.resolve("print/cordoba-y2023.pdf")), print.out());
		assertFalse(Files.exists(out.resolve("docs")), "only what was asked");
		CliRun all = CliRun.of("generate", "../examples/cordoba-2023.govmodel", "-o", out.toString());
		assertEquals(0, all.exit(), all.err());
		assertFalse(Files.exists(out.resolve("print")), "print is not part of the default outputs");
		assertEquals(2, CliRun.of("generate", "../examples", "-o", out.toString(), "--only", "pdf").exit(), "an unknown family is a usage error");
	}

	@Test
	void generateRefusesInvalidModelsAndForeignFolders() throws IOException {
		Path broken = Files.writeString(dir.resolve("b.govmodel"), "institution a \"A\" ministry within nowhere\n");
		Path out = dir.resolve("out");
		CliRun run = CliRun.of("generate", broken.toString(), "-o", out.toString());
		assertEquals(1, run.exit());
		assertFalse(Files.exists(out), "nothing is written from an invalid model");
		Path foreign = Files.createDirectories(dir.resolve("documents"));
		Files.writeString(foreign.resolve("report.docx"), "mine");
		CliRun refused = CliRun.of("generate", "../examples", "-o", foreign.toString());
		assertEquals(2, refused.exit());
		assertTrue(refused.err().contains("was not written by govmodel"), refused.err());
		assertEquals("mine", Files.readString(foreign.resolve("report.docx")));
		assertEquals(2, CliRun.of("generate", "../examples").exit(), "the output folder is required");
	}

	/** Regression: `generate out/m.govmodel -o out`, where out was an earlier output folder, deleted the model with exit 0. */
	@Test
	void generateRefusesAnOutputFolderHoldingTheModel() throws IOException {
		Path out = dir.resolve("out");
		assertEquals(0, CliRun.of("generate", "../examples/starter.govmodel", "-o", out.toString()).exit());
		Path model = Files.copy(Path.of("../examples/starter.govmodel"), out.resolve("m.govmodel"));
		CliRun run = CliRun.of("generate", model.toString(), "-o", out.toString());
		assertEquals(2, run.exit(), run.err());
		assertTrue(run.err().contains("holds the input"), run.err());
		assertTrue(Files.exists(model), "the model is kept");
		assertEquals(2, CliRun.of("generate", "../examples/starter.govmodel", "-o", "..").exit(), "a folder around the models");
	}
}
