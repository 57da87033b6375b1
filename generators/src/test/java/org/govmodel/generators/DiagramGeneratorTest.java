package org.govmodel.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.DocumentBuilderFactory;

import org.govmodel.generators.diagrams.DiagramGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Org diagrams: what they show, that the tiers are stacked, that model text is
 * escaped, and that Graphviz and PlantUML (Debian's, installed by .ci/run)
 * accept the exports.
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

	/** The y of the first line of each box, by its bold title. */
	private static Map<String, Double> titleHeights(Document svg) {
		Map<String, Double> heights = new HashMap<>();
		NodeList texts = svg.getElementsByTagName("text");
		for (int i = 0; i < texts.getLength(); i++) {
			Element text = (Element) texts.item(i);
			if ("bold".equals(text.getAttribute("font-weight"))) {
				heights.put(text.getTextContent(), Double.parseDouble(text.getAttribute("y")));
			}
		}
		return heights;
	}

	@Test
	void cordobasDiagramStacksTheTiersWithTheirAuthoritiesSolutionsAndUsers() throws Exception {
		Map<String, String> files = generate(Path.of("../examples/cordoba-2023.govmodel"));
		assertEquals(List.of("diagrams/cordoba-governance.dot", "diagrams/cordoba-governance.mmd", "diagrams/cordoba-governance.puml",
				"diagrams/cordoba-governance.svg", "diagrams/cordoba-units-agencia.dot", "diagrams/cordoba-units-agencia.mmd",
				"diagrams/cordoba-units-agencia.puml", "diagrams/cordoba-units-agencia.svg"), List.copyOf(files.keySet()));
		String svgText = files.get("diagrams/cordoba-governance.svg");
		Document svg = xml(svgText);
		Map<String, Double> y = titleHeights(svg);
		double member = y.get("Cámara de Empresas TIC de Córdoba");
		double strategic = y.get("Comisión de Transformación Digital");
		double directive = y.get("Secretaría General de Gobierno");
		double operational = y.get("Agencia de Innovación Digital");
		double solution = y.get("Ciudadano Digital (CiDi)");
		double sector = y.get("Salud");
		assertTrue(member < strategic && strategic < directive && directive < operational && operational < solution && solution < sector, y.toString());
		assertTrue(svgText.contains("CIO: Secretario General de"), "the CIO is attached to the directive body");
		assertTrue(svgText.contains("CTO: Director de Tecnología"), "the CTO is attached to the operational body");
		assertTrue(svgText.contains("Directorio de la Agencia (4"), "the board is attached to the operational body");
		assertTrue(svg.getElementsByTagName("title").item(0).getTextContent().contains("Provincia de Córdoba"));
		assertTrue(svg.getElementsByTagName("desc").item(0).getTextContent().startsWith("Members of the strategic body:"), "alt text for readers");
		String units = files.get("diagrams/cordoba-units-agencia.dot");
		assertTrue(units.contains("Dirección de Identidad Digital"));
	}

	@Test
	void graphvizAcceptsTheDotExports() throws Exception {
		for (Map.Entry<String, String> file : generate(Path.of("../examples")).entrySet()) {
			if (file.getKey().endsWith(".dot")) {
				String svg = run(file.getValue(), "dot", "-Tsvg");
				assertTrue(svg.contains("<svg"), file.getKey());
			}
		}
	}

	@Test
	void plantUmlAcceptsThePumlExports() throws Exception {
		for (Map.Entry<String, String> file : generate(Path.of("../examples")).entrySet()) {
			if (file.getKey().endsWith(".puml")) {
				String svg = run(file.getValue(), "plantuml", "-tsvg", "-pipe", "-failfast2");
				assertTrue(svg.contains("<svg") && !svg.contains("Syntax Error"), file.getKey() + ":\n" + svg);
			}
		}
	}

	@Test
	void mermaidExportsAreFlowchartsWithEveryBoxAndLine() {
		String mmd = generate(Path.of("../examples/cordoba-2023.govmodel")).get("diagrams/cordoba-governance.mmd");
		assertTrue(mmd.contains("\nflowchart TB\n"));
		assertTrue(mmd.contains("n_agencia[\"Agencia de Innovación Digital<br/>CTO: Director de Tecnología"), mmd);
		assertTrue(mmd.contains("n_agencia -->|\"owns (Dirección de Identidad Digital)\"| n_cidi"), mmd);
		assertEquals(mmd.lines().filter(l -> l.contains("subgraph")).count(), mmd.lines().filter(l -> l.strip().equals("end")).count());
	}

	@Test
	void modelTextIsEscapedInEveryFormat() throws Exception {
		Fixtures.write(dir, "evil.govmodel", """
				jurisdiction x "Evil \\"quoted\\" <script>alert(1)</script> & co" country
				strategic group council "Council <b>\\\\n</b> #1" {
				    members ngo
				}
				organization ngo "NGO \\"}\\" ; digraph { a -> b }" ngo civil-society
				directive institution sec "Sec" secretariat
				""");
		Map<String, String> files = generate(dir);
		String svg = files.get("diagrams/x-governance.svg");
		xml(svg);
		assertFalse(svg.contains("<script") || svg.contains("<b>"), svg);
		assertTrue(run(files.get("diagrams/x-governance.dot"), "dot", "-Tsvg").contains("<svg"), "DOT stays valid");
		String plantSvg = run(files.get("diagrams/x-governance.puml"), "plantuml", "-tsvg", "-pipe", "-failfast2");
		assertFalse(plantSvg.contains("Syntax Error"), plantSvg);
		String mmd = files.get("diagrams/x-governance.mmd");
		assertFalse(mmd.contains("<script") || mmd.contains("\"quoted\""), mmd);
	}

	@Test
	void theSameModelGivesTheSameDiagrams() {
		assertEquals(generate(Path.of("../examples")), generate(Path.of("../examples")));
	}

	/** Runs a real tool with the text on stdin and returns its stdout; fails when the tool rejects it. */
	private static String run(String input, String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE).start();
		process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
		process.getOutputStream().close();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(120, TimeUnit.SECONDS), String.join(" ", command) + " timed out");
		assertEquals(0, process.exitValue(), String.join(" ", command) + " rejected the input:\n" + err + "\n" + input);
		return out;
	}
}
