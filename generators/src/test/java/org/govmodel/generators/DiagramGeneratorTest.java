package org.govmodel.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.govmodel.dsl.i18n.Language;
import org.govmodel.generators.diagrams.DiagramGenerator;
import org.govmodel.generators.diagrams.DiagramSvg;
import org.govmodel.generators.diagrams.DiagramText;
import org.govmodel.generators.diagrams.OrgChart;
import org.govmodel.generators.output.DisplayText;
import org.govmodel.generators.readers.HostileText;
import org.govmodel.generators.readers.NodeReaders;
import org.govmodel.generators.readers.PlantUmlReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Org diagrams: what they show, that the tiers are stacked, and that the real
 * readers accept the examples' exports: Graphviz (WebAssembly) and mermaid.js
 * from npm, PlantUML's jar from Maven Central. How hostile model text fares in
 * every format: {@link ExportInjectionTest}.
 */
class DiagramGeneratorTest {

	@TempDir
	Path dir;

	private static Map<String, String> generate(Path... paths) {
		Artifacts artifacts = new Artifacts();
		Fixtures.get(DiagramGenerator.class).generate(Fixtures.load(paths), artifacts);
		return artifacts.files();
	}

	private static Document xml(String text) throws Exception {
		return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void cordobasDiagramStacksTheTiersWithTheirAuthoritiesSolutionsAndUsers() throws Exception {
		Map<String, String> files = generate(Path.of("../examples/cordoba-2023.govmodel"));
		assertEquals(List.of("diagrams/cordoba-governance.dot", "diagrams/cordoba-governance.mmd", "diagrams/cordoba-governance.puml",
				"diagrams/cordoba-governance.svg", "diagrams/cordoba-units-agencia.dot", "diagrams/cordoba-units-agencia.mmd",
				"diagrams/cordoba-units-agencia.puml", "diagrams/cordoba-units-agencia.svg"), List.copyOf(files.keySet()));
		String svgText = files.get("diagrams/cordoba-governance.svg");
		Document svg = xml(svgText);
		Map<String, Double> y = boxTops(svg);
		double member = y.get("n_camTic");
		double strategic = y.get("n_comision");
		double directive = y.get("n_secGD");
		double cio = y.get("n_secGD_0cio");
		double operational = y.get("n_agencia");
		double solution = y.get("n_cidi");
		double users = y.get("g_services");
		assertTrue(member < strategic && strategic < directive && directive < cio && cio < operational && operational < solution && solution < users,
				y.toString());
		assertTrue(y.containsKey("n_agencia_0cto"), "the CTO is a box of its own");
		assertTrue(y.containsKey("n_agencia_0board"), "the board is a box of its own");
		assertTrue(svgText.contains(">Directorio de la Agencia</text>"));
		assertTrue(svg.getElementsByTagName("title").item(0).getTextContent().contains("Provincia de Córdoba"));
		assertTrue(svg.getElementsByTagName("desc").item(0).getTextContent().startsWith("Members of the strategic body:"), "alt text for readers");
		String units = files.get("diagrams/cordoba-units-agencia.dot");
		assertTrue(units.contains("Dirección de Identidad Digital"));
	}

	/** The top of each box, by its id. */
	private static Map<String, Double> boxTops(Document svg) {
		Map<String, Double> tops = new HashMap<>();
		NodeList groups = svg.getElementsByTagName("g");
		for (int i = 0; i < groups.getLength(); i++) {
			Element group = (Element) groups.item(i);
			if (group.getAttribute("class").matches("box( .*)?")) {
				Element rect = (Element) group.getElementsByTagName("rect").item(0);
				tops.put(group.getAttribute("id"), Double.parseDouble(rect.getAttribute("y")));
			}
		}
		return tops;
	}

	@Test
	void graphvizAcceptsTheDotExports() throws Exception {
		Map<String, String> dots = exports(generate(Path.of("../examples")), ".dot");
		assertFalse(dots.isEmpty());
		NodeReaders.read(dots, dir).forEach((file, graphviz) -> {
			assertFalse(graphviz.has("error"), () -> file + ": " + graphviz.get("error"));
			assertTrue(graphviz.get("svg").getAsString().contains("<svg"), file);
		});
	}

	@Test
	void plantUmlAcceptsThePumlExports() throws Exception {
		Map<String, String> pumls = exports(generate(Path.of("../examples")), ".puml");
		assertFalse(pumls.isEmpty());
		for (Map.Entry<String, String> file : pumls.entrySet()) {
			PlantUmlReader.Reading reading = PlantUmlReader.read(file.getValue());
			assertNull(reading.error(), () -> file.getKey() + ":\n" + reading.error());
			assertTrue(reading.svg().contains("Agencia") || reading.svg().contains("<svg"), file.getKey());
		}
	}

	@Test
	void mermaidParsesTheExamplesMmdExports() throws Exception {
		Map<String, String> mmds = exports(generate(Path.of("../examples")), ".mmd");
		assertFalse(mmds.isEmpty());
		NodeReaders.read(mmds, dir).forEach((file, mermaid) -> {
			assertFalse(mermaid.has("error"), () -> file + ": " + mermaid.get("error") + "\n" + mmds.get(file));
			assertFalse(mermaid.get("title").getAsString().isEmpty(), file);
		});
	}

	@Test
	void mermaidExportsAreFlowchartsWithEveryBoxAndLine() {
		String mmd = generate(Path.of("../examples/cordoba-2023.govmodel")).get("diagrams/cordoba-governance.mmd");
		assertTrue(mmd.contains("\nflowchart TB\n"));
		assertTrue(mmd.contains("n_agencia_0cto[\"Director de Tecnología<br/>CTO\"]"), mmd);
		assertTrue(mmd.contains("n_agencia -->|\"owns\"| n_cidi"), mmd);
		assertTrue(mmd.contains("n_cidi[\"Ciudadano Digital (CiDi)<br/>Digital identity and authentication<br/>Operational since 2015<br/>Run by: Dirección de Identidad Digital\"]"), mmd);
		assertEquals(mmd.lines().filter(l -> l.contains("subgraph")).count(), mmd.lines().filter(l -> l.strip().equals("end")).count());
	}

	@Test
	void unshowableTextAndAwkwardIdsGiveExportsEveryReaderAccepts() throws Exception {
		Map<String, String> forNode = new TreeMap<>();
		List<String> texts = HostileText.unprintable();
		for (int i = 0; i < texts.size(); i++) {
			String text = texts.get(i);
			OrgChart chart = new OrgChart.Builder(text).node("n_a", text, List.of(text), OrgChart.Layer.DIRECTIVE)
					.node("n_b", "B", List.of(), OrgChart.Layer.OPERATIONAL).edge("n_a", "n_b", text).build();
			String svg = Fixtures.get(DiagramSvg.class).render(chart);
			xml(svg);
			Map<String, String> exports = Map.of("svg", svg, "dot", DiagramText.dot(chart), "puml", DiagramText.plantUml(chart), "mmd",
					DiagramText.mermaid(chart));
			exports.forEach((format, export) -> assertTrue(StandardCharsets.UTF_8.newEncoder().canEncode(export), format + " cannot be written as UTF-8"));
			assertTrue(svg.contains(DisplayText.of(text).lines().findFirst().orElseThrow().strip()), svg);
			assertNull(PlantUmlReader.read(exports.get("puml")).error());
			forNode.put(i + ".dot", exports.get("dot"));
			forNode.put(i + ".mmd", exports.get("mmd"));
		}
		// ids are words by the chart's contract; should one not be, or be a keyword of the format, it is still written safely
		OrgChart awkward = new OrgChart.Builder("Ids").node("end", "End", List.of(), OrgChart.Layer.DIRECTIVE)
				.node("graph", "Graph", List.of(), OrgChart.Layer.DIRECTIVE).node("a-b \"c\"", "Dash", List.of(), OrgChart.Layer.OPERATIONAL)
				.node("1st", "First", List.of(), OrgChart.Layer.OPERATIONAL).edge("end", "a-b \"c\"", "x").edge("graph", "1st", "y").build();
		assertNull(PlantUmlReader.read(DiagramText.plantUml(awkward)).error(), DiagramText.plantUml(awkward));
		forNode.put("ids.dot", DiagramText.dot(awkward));
		forNode.put("ids.mmd", DiagramText.mermaid(awkward));
		NodeReaders.read(forNode, dir).forEach((name, read) -> assertFalse(read.has("error"), () -> name + ": " + read.get("error")));
	}

	/**
	 * Regression (found by fuzzing the print exports): a jurisdiction whose only body takes no part in its governance
	 * gives a governance chart without boxes, and drawing it as SVG failed with an internal error. It is drawn with
	 * its title and, where the boxes would be, a sentence in the reader's language saying why it is empty and how to
	 * add a body; every reader accepts every format of it and shows that sentence.
	 */
	@Test
	void aJurisdictionWithNothingToDrawSaysHowToAddABodyInEveryFormat() throws Exception {
		assertEmptyChartSays(Language.EN, "No body takes part in this jurisdiction");
		assertEmptyChartSays(Language.ES, "Ningún órgano participa aún");
		assertEmptyChartSays(Language.PT, "Nenhum órgão participa ainda");
	}

	private void assertEmptyChartSays(Language language, String sentence) throws Exception {
		Path model = Fixtures.write(dir, "m.govmodel", "jurisdiction cr \"Costa Rica\" country\ninstitution presidencia \"Presidencia\" presidency\n");
		Artifacts artifacts = new Artifacts();
		Fixtures.get(DiagramGenerator.class).generate(Fixtures.load(model), ReportOptions.defaults().withLanguage(language), false, artifacts);
		Map<String, String> files = artifacts.files();
		assertEquals(List.of("diagrams/cr-governance.dot", "diagrams/cr-governance.mmd", "diagrams/cr-governance.puml", "diagrams/cr-governance.svg"),
				List.copyOf(files.keySet()));
		Document svg = xml(files.get("diagrams/cr-governance.svg"));
		assertTrue(svg.getDocumentElement().getTextContent().contains("Costa Rica"));
		NodeList lines = svg.getElementsByTagName("text");
		StringBuilder shown = new StringBuilder();
		for (int i = 0; i < lines.getLength(); i++) {
			if ("placeholder".equals(((Element) lines.item(i)).getAttribute("class"))) {
				shown.append(lines.item(i).getTextContent().strip()).append(' ');
			}
		}
		assertTrue(shown.toString().startsWith(sentence), shown::toString);
		assertTrue(shown.toString().contains("directive institution"), shown::toString);

		PlantUmlReader.Reading plantUml = PlantUmlReader.read(files.get("diagrams/cr-governance.puml"));
		assertNull(plantUml.error());
		assertTrue(plantUml.svg().contains(sentence.substring(0, sentence.indexOf(' ', 10))), plantUml::svg);

		Map<String, String> texts = new TreeMap<>(Map.of("cr.dot", files.get("diagrams/cr-governance.dot"), "cr.mmd", files.get("diagrams/cr-governance.mmd")));
		Map<String, com.google.gson.JsonObject> read = NodeReaders.read(texts, dir);
		read.forEach((name, reading) -> assertFalse(reading.has("error"), () -> name + ": " + reading.get("error")));
		assertTrue(read.get("cr.dot").get("svg").getAsString().contains(sentence.substring(0, sentence.indexOf(' ', 10))), () -> read.get("cr.dot").toString());
		assertTrue(read.get("cr.mmd").get("labels").toString().replace("\\n", " ").contains(sentence), () -> read.get("cr.mmd").toString());
	}

	@Test
	void theSameModelGivesTheSameDiagrams() {
		assertEquals(generate(Path.of("../examples")), generate(Path.of("../examples")));
	}

	private static Map<String, String> exports(Map<String, String> files, String suffix) {
		Map<String, String> exports = new TreeMap<>();
		files.forEach((name, text) -> {
			if (name.endsWith(suffix)) {
				exports.put(name, text);
			}
		});
		return exports;
	}
}
