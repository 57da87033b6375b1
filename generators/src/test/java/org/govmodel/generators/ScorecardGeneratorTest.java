package org.govmodel.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.govmodel.dsl.govModel.Model;
import org.govmodel.generators.scorecards.ScorecardGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** Scorecards, radar, trend and CSV as files: content, well-formedness, escaping, determinism, safe output. */
class ScorecardGeneratorTest {

	@TempDir
	Path dir;

	private static Map<String, String> generate(List<Model> models) {
		Artifacts artifacts = new Artifacts();
		Fixtures.get(ScorecardGenerator.class).generate(models, artifacts);
		return artifacts.files();
	}

	private static Document xml(String text) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void cordobaGetsScorecardsRadarTrendAndCsv() throws Exception {
		Map<String, String> files = generate(Fixtures.load(Path.of("../examples/cordoba-2023.govmodel")));
		assertEquals(List.of("scorecards/cordoba.eclac.maturity-radar.svg", "scorecards/cordoba.eclac.maturity-trend.html",
				"scorecards/cordoba.eclac.maturity-trend.md", "scorecards/index.html", "scorecards/index.md", "scorecards/means.csv",
				"scorecards/scores.csv", "scorecards/y2023-radar.svg", "scorecards/y2023.html", "scorecards/y2023.md"), List.copyOf(files.keySet()),
				"one year: a trend table, no trend chart");
		String md = files.get("scorecards/y2023.md");
		assertTrue(md.contains("| 2.3 Digital identity, digital signature and cybersecurity | 2.3.1 | **Digital identity**<br>Digital identity and authentication of people. | 3 | Intermediate | 3.33 |"), md);
		assertTrue(md.contains("| 1.1 Strategic governance | 1.50 | 3 \\(2025\\) | 1.50 |"), "gap table with the 2025 target:\n" + md);
		Document html = xml(files.get("scorecards/y2023.html"));
		assertEquals(35, ((org.w3c.dom.Element) html.getElementsByTagName("table").item(1)).getElementsByTagName("tbody").item(0).getChildNodes().getLength() / 2,
				"35 variable rows (text nodes between)");
		assertTrue(files.get("scorecards/y2023.html").contains("rowspan=\"11\""), "area 2 spans its 11 variables");
		Document radar = xml(files.get("scorecards/cordoba.eclac.maturity-radar.svg"));
		assertEquals("svg", radar.getDocumentElement().getTagName());
		assertTrue(radar.getElementsByTagName("desc").item(0).getTextContent().contains("2023: 1.1 Strategic governance: 1.50; 1.2 Directive governance: 3.00;"),
				radar.getElementsByTagName("desc").item(0).getTextContent());
	}

	@Test
	void severalYearsAreOverlaidAndProgressIsReported(@TempDir Path models) throws Exception {
		String framework = "framework f \"F\" {\n scale 1 to 4 {\n 1 low \"Low\"\n 4 high \"High\"\n }\n area 1 \"A\" {\n component 1.1 \"C1\" {\n variable 1.1.1 \"V1\"\n }\n component 1.2 \"C2\" {\n variable 1.2.1 \"V2\"\n }\n component 1.3 \"C3\" {\n variable 1.3.1 \"V3\"\n }\n }\n}\n";
		Fixtures.write(models, "m.govmodel", "jurisdiction land \"Land\" country\n" + framework
				+ "assessment a of f year 2022 {\n 1.1.1 = 1\n 1.2.1 = 2\n 1.3.1 = 3\n}\nassessment b of f year 2023 {\n 1.1.1 = 2\n 1.2.1 = 2\n 1.3.1 = 1\n target 2025 {\n 1 >= 3\n }\n}\n");
		Map<String, String> files = generate(Fixtures.load(models));
		Document radar = xml(files.get("scorecards/land.f-radar.svg"));
		assertEquals(1 + 2 + 1, radar.getElementsByTagName("polygon").getLength(), "the ring of level 4, two assessments and the target (area 1 covers every axis)");
		Document bRadar = xml(files.get("scorecards/b-radar.svg"));
		assertEquals(1 + 1 + 1, bRadar.getElementsByTagName("polygon").getLength(), "the scorecard of 2023 shows 2023 and its targets only");
		String b = files.get("scorecards/b.md");
		assertTrue(b.contains("| 1.1.1 | V1 | 1 | 2 | +1 | up |"), b);
		assertTrue(b.contains("| 1.3.1 | V3 | 3 | 1 | \u22122 | down |"), b);
		assertTrue(b.contains("| 1.2 | C2 | 2.00 | 2.00 | 0.00 | unchanged |"), b);
		assertTrue(files.get("scorecards/land.f-trend.md").contains("| 1.1 C1 | 1.00 | 2.00 |"));
		assertTrue(files.containsKey("scorecards/land.f-trend.svg"), "two years: a trend chart");
	}

	@Test
	void modelTextIsEscapedEverywhere(@TempDir Path models) throws Exception {
		Fixtures.write(models, "evil.govmodel", "jurisdiction x \"<script>alert('x')</script> & co\" country\n"
				+ "framework f \"F <b>bold</b> | pipe\" {\n scale 1 to 4\n area 1 \"A\" {\n component 1.1 \"C\" {\n variable 1.1.1 \"V <img src=x onerror=1>\"\n }\n }\n}\n"
				+ "assessment y of f year 2023 by \"\\\"quoted\\\" ../../etc\" {\n 1.1.1 = 2 \"note with <script> and ](link)\"\n}\n");
		Map<String, String> files = generate(Fixtures.load(models));
		for (Map.Entry<String, String> file : files.entrySet()) {
			if (file.getKey().endsWith(".csv")) {
				continue; // data, not markup: checked for formula injection below
			}
			// in Markdown an escaped \< is a literal character; only an unescaped < would be markup
			String markup = file.getKey().endsWith(".md") ? file.getValue().replace("\\<", "") : file.getValue();
			assertFalse(markup.contains("<script"), file.getKey() + " lets a script tag through");
			assertFalse(markup.contains("<img src=x"), file.getKey());
			assertFalse(markup.contains("<b>"), file.getKey());
			if (file.getKey().endsWith(".svg") || file.getKey().endsWith(".html")) {
				xml(file.getValue());
			}
		}
		assertTrue(files.get("scorecards/y.html").contains("&lt;script&gt;"));
		assertTrue(files.get("scorecards/y.md").contains("note with \\<script\\> and \\]\\(link\\)"));
		assertTrue(files.get("scorecards/scores.csv").contains("note with <script> and ](link)"), "CSV keeps the text as data");
	}

	@Test
	void spreadsheetFormulasInModelTextAreNeutralized(@TempDir Path models) throws Exception {
		Fixtures.write(models, "f.govmodel", "assessment y of maturity year 2023 {\n 1.1.1 = 2 \"=HYPERLINK(\\\"http://x\\\")\"\n}\n");
		String csv = generate(Fixtures.load(models)).get("scorecards/scores.csv");
		assertTrue(csv.contains("'=HYPERLINK"), csv);
	}

	@Test
	void theSameModelGivesByteIdenticalFiles() {
		List<Model> first = Fixtures.load(Path.of("../examples"));
		List<Model> second = Fixtures.load(Path.of("../examples"));
		assertEquals(generate(first), generate(second));
	}
}
