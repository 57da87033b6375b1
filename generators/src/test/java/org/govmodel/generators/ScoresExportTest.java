package org.govmodel.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.govmodel.dsl.govModel.Assessment;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.scoring.AssessmentScore;
import org.govmodel.dsl.scoring.ScoringEngine;
import org.govmodel.generators.scores.ScoresCsv;
import org.govmodel.generators.scores.ScoresJson;
import org.govmodel.generators.scorecards.ScorecardText;
import org.govmodel.dsl.i18n.Language;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The machine-readable score outputs: the JSON contract and the CSV for spreadsheets. */
class ScoresExportTest {

	private static List<AssessmentScore> cordoba() {
		List<Model> models = Fixtures.load(Path.of("../examples/cordoba-2023.govmodel"));
		ScoringEngine engine = Fixtures.get(ScoringEngine.class);
		return models.get(0).getElements().stream().filter(Assessment.class::isInstance).map(a -> engine.score((Assessment) a)).toList();
	}

	@Test
	void jsonFollowsTheDocumentedContract() {
		JsonObject root = JsonParser.parseString(Fixtures.get(ScoresJson.class).render(cordoba())).getAsJsonObject();
		JsonObject assessment = root.getAsJsonArray("assessments").get(0).getAsJsonObject();
		assertEquals("y2023", assessment.get("name").getAsString());
		assertEquals("eclac.maturity", assessment.get("framework").getAsString());
		assertEquals(2023, assessment.get("year").getAsInt());
		assertEquals("cordoba", assessment.get("jurisdiction").getAsString());
		JsonArray areas = assessment.getAsJsonArray("areas");
		assertEquals(3, areas.size());
		JsonObject area1 = areas.get(0).getAsJsonObject();
		assertEquals("1", area1.get("code").getAsString());
		assertEquals("Governance and institutionality", area1.get("title").getAsString());
		assertEquals(2.5833333333, area1.get("mean").getAsDouble(), 1e-10);
		JsonObject component = area1.getAsJsonArray("components").get(0).getAsJsonObject();
		assertEquals(1.5, component.get("mean").getAsDouble());
		JsonObject variable = component.getAsJsonArray("variables").get(0).getAsJsonObject();
		assertEquals("1.1.1", variable.get("code").getAsString());
		assertEquals(2, variable.get("score").getAsInt());
		assertEquals("Emerging", variable.get("level").getAsString());
		double[] expected = { 1.5, 3.0, 3.25, 2.75, 3.0, 10.0 / 3, 2.25, 2.0, 2.25 };
		int i = 0;
		for (var a : areas) {
			for (var c : a.getAsJsonObject().getAsJsonArray("components")) {
				assertEquals(expected[i++], c.getAsJsonObject().get("mean").getAsDouble(), 1e-9);
			}
		}
	}

	@Test
	void notApplicableScoresAreNullInJson() {
		List<Model> models = Fixtures.load(Path.of("../examples/costa-rica.govmodel"));
		ScoringEngine engine = Fixtures.get(ScoringEngine.class);
		List<AssessmentScore> scores = models.get(0).getElements().stream().filter(Assessment.class::isInstance).map(a -> engine.score((Assessment) a)).toList();
		String json = Fixtures.get(ScoresJson.class).render(scores);
		JsonObject variable = JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("assessments").get(0).getAsJsonObject()
				.getAsJsonArray("areas").get(1).getAsJsonObject().getAsJsonArray("components").get(1).getAsJsonObject()
				.getAsJsonArray("variables").get(3).getAsJsonObject();
		assertEquals("2.2.4", variable.get("code").getAsString());
		assertTrue(variable.get("score").isJsonNull());
		assertTrue(variable.get("notApplicable").getAsBoolean());
	}

	@Test
	void csvRoundTripsWithOneRowPerAssessmentAndVariable() throws IOException {
		String csv = Fixtures.get(ScoresCsv.class).render(cordoba());
		List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
		assertEquals(35, records.size());
		CSVRecord first = records.get(0);
		assertEquals("y2023", first.get("assessment"));
		assertEquals("1.1.1", first.get("variable"));
		assertEquals("2", first.get("score"));
		assertEquals("A commission exists but meets irregularly.", first.get("note"));
		assertEquals("cordoba", first.get("jurisdiction"));
		assertEquals("Provincia de Córdoba", first.get("jurisdiction_title"));
		assertEquals("eclac.maturity", first.get("framework"));
		assertEquals("ECLAC technical-assistance mission", first.get("assessor"));
		assertEquals("3", first.get("target"), "a variable is measured to its component's 2025 target");
		assertEquals("1", first.get("gap"));
		assertEquals(ScoresCsv.HEADER, records.get(0).getParser().getHeaderNames());
		assertFalse(ScoresCsv.HEADER.stream().anyMatch(h -> h.endsWith("_mean")), "means are in their own file, not repeated on every row");
	}

	@Test
	void meansHaveTheirOwnRowsOnePerFrameworkAreaAndComponent() throws IOException {
		String csv = Fixtures.get(ScoresCsv.class).means(cordoba(), ScoresCsv.Dialect.DATA, Fixtures.get(ScorecardText.Factory.class).of(Language.EN));
		List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
		assertEquals(1 + 3 + 9, records.size());
		assertEquals(List.of("framework", "area", "component"), records.stream().map(r -> r.get("item_kind")).distinct().toList());
		assertEquals("2.5925925926", records.get(0).get("mean"));
		CSVRecord strategic = records.stream().filter(r -> r.get("code").equals("1.1")).findFirst().orElseThrow();
		assertEquals("1.5", strategic.get("mean"));
		assertEquals("2025", strategic.get("target_year"));
		assertEquals(ScoresCsv.MEANS_HEADER, records.get(0).getParser().getHeaderNames());
	}

	@Test
	void theSpreadsheetVariantHasSemicolonsAByteOrderMarkAndDecimalCommas() throws IOException {
		String csv = Fixtures.get(ScoresCsv.class).means(cordoba(), ScoresCsv.Dialect.EXCEL, Fixtures.get(ScorecardText.Factory.class).of(Language.ES));
		assertTrue(csv.startsWith("\uFEFF"), "a byte-order mark, so spreadsheets read UTF-8");
		List<CSVRecord> records = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
				.parse(new StringReader(csv.substring(1))).getRecords();
		assertEquals("2,5925925926", records.get(0).get("Promedio"));
		assertEquals("Marco", records.get(0).get("Tipo"));
		assertEquals("Jurisdicción", records.get(0).getParser().getHeaderNames().get(0));
	}
}
