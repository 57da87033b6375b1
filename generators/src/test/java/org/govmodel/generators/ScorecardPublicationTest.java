package org.govmodel.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.generators.scorecards.ChartFont;
import org.govmodel.generators.scorecards.ScorecardGenerator;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What makes the scorecards, radar and trend publishable (issue 14), checked on the examples' real outputs:
 * statements, key to the levels, source lines, one gap, shading, deltas, index, charts that name what they show
 * and whose labels are whole and inside the picture.
 */
class ScorecardPublicationTest {

	private static final List<Model> CORDOBA = Fixtures.load(Path.of("../examples/cordoba-2023.govmodel"));
	private static final List<Model> COSTA_RICA = Fixtures.load(Path.of("../examples/costa-rica.govmodel"));

	static Map<String, String> generate(List<Model> models, Language language) {
		Artifacts artifacts = new Artifacts();
		Fixtures.get(ScorecardGenerator.class).generate(models, artifacts, ReportOptions.defaults().withLanguage(language));
		return artifacts.files();
	}

	static Document xml(String text) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

	private static List<Element> elements(Document document, String tag) {
		List<Element> result = new ArrayList<>();
		NodeList nodes = document.getElementsByTagName(tag);
		for (int i = 0; i < nodes.getLength(); i++) {
			result.add((Element) nodes.item(i));
		}
		return result;
	}

	private static List<String> texts(Document svg) {
		return elements(svg, "text").stream().map(Element::getTextContent).toList();
	}

	@Test
	void everyVariableStatesWhatItMeasuresAndTheLevelsHaveAKey() throws Exception {
		String html = generate(CORDOBA, Language.EN).get("scorecards/y2023.html");
		assertTrue(html.contains("<span class=\"statement\">A group or entity has been named to steer the digital strategy, and it actually meets and acts on it.</span>"), html);
		Document page = xml(html);
		Element key = elements(page, "table").stream().filter(t -> "levels".equals(t.getAttribute("class"))).findFirst().orElseThrow();
		assertEquals(List.of("1", "Not present", "2", "Emerging", "3", "Intermediate", "4", "Advanced"),
				elements(page, "td").stream().filter(td -> td.getParentNode().getParentNode().getParentNode() == key).map(Element::getTextContent).toList());
		assertTrue(html.contains("Source: ECLAC technical-assistance mission (2023). Means computed by GovModel."), "a source line");
	}

	/** Córdoba's scores give evidence; the same assessment with every note taken out gets no column of empty cells. */
	@Test
	void theEvidenceColumnIsThereOnlyWhenAScoreGivesEvidence(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
		String withoutNotes = java.nio.file.Files.readString(Path.of("../examples/cordoba-2023.govmodel"), StandardCharsets.UTF_8)
				.replaceAll("(?m)^(\\s+\\d+\\.\\d+\\.\\d+ = (?:[\\d.]+|n/a)) \"[^\"]*\"$", "$1");
		List<Model> silent = Fixtures.load(Fixtures.write(folder, "cordoba-2023.govmodel", withoutNotes));
		for (Language language : Language.values()) {
			String evidence = org.govmodel.dsl.i18n.Messages.load("org.govmodel.generators.i18n.scorecards", org.govmodel.generators.scorecards.ScorecardText.class, language).text("col.evidence");
			Map<String, String> cordoba = generate(CORDOBA, language);
			assertTrue(cordoba.get("scorecards/y2023.html").contains(">" + evidence + "</th>"), language + ": Córdoba's evidence column");
			assertTrue(cordoba.get("scorecards/y2023.md").contains("| " + evidence + " |"), language + ": Córdoba's evidence column in Markdown");
			Map<String, String> noNotes = generate(silent, language);
			assertFalse(noNotes.get("scorecards/y2023.html").contains(">" + evidence + "</th>"), language + ": no empty evidence column");
			assertFalse(noNotes.get("scorecards/y2023.md").contains("| " + evidence + " |"), language + ": no empty evidence column in Markdown");
			assertTrue(noNotes.get("scorecards/y2023.html").replaceAll("\\s+", " ").contains("<div class=\"wide\"> <table class=\"scores\">"), "the wide table scrolls inside the page");
		}
	}

	@Test
	void aVariableIsMeasuredToItsComponentsTargetLikeTheComponent() throws Exception {
		String md = generate(CORDOBA, Language.EN).get("scorecards/y2023.md");
		// 1.1.1 scores 2 under component 1.1, whose 2025 goal is 3: gap 1, not 2 (to the top of the scale)
		assertTrue(md.contains("| 1.1.1 | **Lead strategic body**<br>A group or entity has been named to steer the digital strategy, and it actually meets and acts on it. | 2 | Emerging | 1.50 | 2.58 | 3 \\(2025\\) | 1 |"), md);
		// 2.1.1 has no goal above it: measured to the top of the scale
		assertTrue(md.contains("| 2.1.1 | **Legal interoperability**<br>A legal and regulatory framework for exchanging data between institutions. | 2 | Emerging | 2.75 | 3.03 | 4 | 2 |"), md);
	}

	@Test
	void scoreCellsAreShadedInGreyStepsByLevelWithTheNumberKept() throws Exception {
		Document page = xml(generate(CORDOBA, Language.EN).get("scorecards/y2023.html"));
		TreeSet<String> shades = new TreeSet<>();
		for (Element td : elements(page, "td")) {
			if (td.getAttribute("style").startsWith("background:#") && td.getAttribute("class").equals("num")) {
				String grey = td.getAttribute("style").substring("background:#".length());
				assertEquals(grey.substring(0, 2), grey.substring(4, 6), "a grey, so it prints the same");
				assertFalse(td.getTextContent().isBlank(), "the number stays in the shaded cell");
				shades.add(grey);
			}
		}
		assertEquals(4, shades.size(), "one lightness step per level: " + shades);
	}

	@Test
	void sincePreviousShowsScoresAsWrittenAndSignedChanges() throws Exception {
		String md = generate(COSTA_RICA, Language.EN).get("scorecards/costarica.y2024.md");
		assertTrue(md.contains("| 1.1.1 | Lead strategic body | 2 | 3 | +1 | up |"), md);
		assertTrue(md.contains("| 1.1 | Strategic governance | 2.25 | 2.75 | +0.50 | up |"), md);
		String progress = md.substring(md.indexOf("## Since the previous assessment"));
		assertTrue(progress.contains("| 1.2.2 | Directive powers | 3 | 3 | 0 | unchanged |"), "a variable's score is never shown as 3.00:\n" + progress);
	}

	@Test
	void theIndexIsAlsoHtmlAndNamesTheJurisdictions() throws Exception {
		Map<String, String> files = generate(COSTA_RICA, Language.EN);
		Document index = xml(files.get("scorecards/index.html"));
		assertEquals("Jurisdiction", elements(index, "th").get(0).getTextContent());
		assertTrue(elements(index, "td").stream().anyMatch(td -> td.getTextContent().equals("República de Costa Rica")));
		for (Element link : elements(index, "a")) {
			assertTrue(files.containsKey("scorecards/" + link.getAttribute("href")), "the index links to " + link.getAttribute("href"));
		}
		assertTrue(files.get("scorecards/index.md").startsWith("# Scorecards\n\n3 scorecards of 1 jurisdiction"));
	}

	@Test
	void theRadarNamesJurisdictionScaleAndSourceAndNeverAnInternalName() throws Exception {
		Document radar = xml(generate(CORDOBA, Language.EN).get("scorecards/y2023-radar.svg"));
		List<String> texts = texts(radar);
		assertEquals("Provincia de Córdoba: ECLAC digital-government maturity model", texts.get(0));
		assertTrue(texts.contains("Mean score of each component, 2023; scale: 1 Not present, 2 Emerging, 3 Intermediate, and 4 Advanced."), texts.toString());
		assertTrue(texts.contains("Source: ECLAC technical-assistance mission (2023). Means computed by GovModel."), texts.toString());
		assertTrue(texts.contains("2023: overall mean 2.59"), texts.toString());
		assertFalse(texts.stream().anyMatch(t -> t.contains("y2023")), "no internal name in the legend");
	}

	@Test
	void theRadarDrawsNoTargetsWhereNoneAreSetAndNamesTheTargetsYear() throws Exception {
		Map<String, String> files = generate(COSTA_RICA, Language.EN);
		Document egdi = xml(files.get("scorecards/costarica.egdi2024-radar.svg"));
		assertFalse(texts(egdi).stream().anyMatch(t -> t.startsWith("Targets")), "no target, no target legend");
		assertTrue(elements(egdi, "polygon").stream().noneMatch(p -> p.getAttribute("stroke-dasharray").equals("3 3")), "no target polygon");
		assertTrue(elements(egdi, "circle").stream().noneMatch(c -> c.getAttribute("r").equals("6")), "no target mark");
		Document maturity = xml(files.get("scorecards/costarica.y2024-radar.svg"));
		assertTrue(texts(maturity).contains("Targets for 2026, set for components 1.1, 2.1, and 3.2"), texts(maturity).toString());
		assertEquals(3 + 1, elements(maturity, "circle").stream().filter(c -> c.getAttribute("r").equals("6")).count(),
				"a mark on each targeted axis only, and one in the legend");
	}

	@Test
	void oneYearsRadarShowsThatYearOnly() throws Exception {
		Map<String, String> files = generate(COSTA_RICA, Language.EN);
		List<String> texts = texts(xml(files.get("scorecards/costarica.y2023-radar.svg")));
		assertTrue(texts.contains("2023: overall mean 2.25"), texts.toString());
		assertFalse(texts.stream().anyMatch(t -> t.startsWith("2024")), texts.toString());
		assertTrue(files.get("scorecards/costarica.y2023.html").contains("src=\"costarica.y2023-radar.svg\""));
		List<String> both = texts(xml(files.get("scorecards/cr.eclac.maturity-radar.svg")));
		assertTrue(both.contains("2023: overall mean 2.25") && both.contains("2024: overall mean 2.72"), both.toString());
	}

	@Test
	void trendTicksAreTheScaleLevelsWithTheirNames() throws Exception {
		Document trend = xml(generate(COSTA_RICA, Language.EN).get("scorecards/cr.eclac.maturity-trend.svg"));
		List<String> texts = texts(trend);
		for (String tick : List.of("1 Not present", "2 Emerging", "3 Intermediate", "4 Advanced")) {
			assertTrue(texts.contains(tick), tick + " in " + texts);
		}
		assertFalse(texts.stream().anyMatch(t -> t.matches("\\d\\.\\d+")), "no tick between levels (1.75, 2.5...)");
	}

	@Test
	void equalTrendLinesStayApartAndTheirLabelsDoNotStack() throws Exception {
		Document trend = xml(generate(COSTA_RICA, Language.EN).get("scorecards/cr.eclac.maturity-trend.svg"));
		List<String> lines = elements(trend, "polyline").stream().filter(p -> p.getAttribute("stroke-width").equals("2")).map(p -> p.getAttribute("points")).toList();
		assertEquals(9, lines.size());
		assertEquals(9, new TreeSet<>(lines).size(), "no line hides another: " + lines);
		List<Element> labels = elements(trend, "text").stream().filter(t -> t.getTextContent().matches("\\d\\.\\d .*")).toList();
		List<Double> ys = labels.stream().map(t -> Double.parseDouble(t.getAttribute("y"))).sorted().toList();
		for (int i = 1; i < ys.size(); i++) {
			assertTrue(ys.get(i) - ys.get(i - 1) >= 12.9, "labels at least a line apart: " + ys);
		}
		assertTrue(labels.stream().anyMatch(t -> t.getTextContent().equals("3.1 Innovation and government")), "long titles wrap");
	}

	@Test
	void aSingleYearIsATableNotAColumnOfDots() throws Exception {
		Map<String, String> files = generate(CORDOBA, Language.EN);
		assertFalse(files.containsKey("scorecards/cordoba.eclac.maturity-trend.svg"));
		Document page = xml(files.get("scorecards/cordoba.eclac.maturity-trend.html"));
		assertEquals(9 + 1, elements(page, "tbody").get(0).getElementsByTagName("tr").getLength(), "a row per component and the overall mean");
		assertTrue(page.getDocumentElement().getTextContent().contains("Only one assessment so far (2023)"));
	}

	@Test
	void noLabelIsCutAndEveryTextFitsInsideItsPicture() throws Exception {
		for (List<Model> models : List.of(CORDOBA, COSTA_RICA)) {
			for (Language language : Language.values()) {
				for (Map.Entry<String, String> file : generate(models, language).entrySet()) {
					assertFalse(file.getValue().contains("…"), file.getKey() + " cuts a label with an ellipsis");
					if (file.getKey().endsWith(".svg")) {
						assertTextInside(file.getKey(), xml(file.getValue()));
					}
				}
			}
		}
	}

	/** Each text's box, measured with the font the chart is laid out for, lies inside the viewBox. */
	private static void assertTextInside(String name, Document svg) {
		String[] viewBox = svg.getDocumentElement().getAttribute("viewBox").split(" ");
		double width = Double.parseDouble(viewBox[2]);
		double height = Double.parseDouble(viewBox[3]);
		for (Element text : elements(svg, "text")) {
			double size = Double.parseDouble(inherited(text, "font-size"));
			boolean bold = "bold".equals(inherited(text, "font-weight"));
			double w = ChartFont.width(text.getTextContent(), size, bold);
			double x = Double.parseDouble(text.getAttribute("x"));
			String anchor = inherited(text, "text-anchor");
			double left = "end".equals(anchor) ? x - w : "middle".equals(anchor) ? x - w / 2 : x;
			double y = Double.parseDouble(text.getAttribute("y"));
			assertTrue(left >= 0 && left + w <= width, name + ": '" + text.getTextContent() + "' runs out sideways (" + left + ", " + (left + w) + " of " + width + ")");
			assertTrue(y - size >= 0 && y + size * 0.25 <= height, name + ": '" + text.getTextContent() + "' runs out vertically");
		}
	}

	private static String inherited(Element element, String attribute) {
		for (org.w3c.dom.Node node = element; node instanceof Element e; node = node.getParentNode()) {
			if (e.hasAttribute(attribute)) {
				return e.getAttribute(attribute);
			}
		}
		return "";
	}
}
