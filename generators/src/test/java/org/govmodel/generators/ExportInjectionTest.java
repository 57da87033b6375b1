package org.govmodel.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.govmodel.generators.diagrams.DiagramGenerator;
import org.govmodel.generators.output.DisplayText;
import org.govmodel.generators.output.SpreadsheetCell;
import org.govmodel.generators.readers.HostileText;
import org.govmodel.generators.readers.NodeReaders;
import org.govmodel.generators.readers.PlantUmlReader;
import org.govmodel.generators.scorecards.ScorecardGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * No model text can steer an export: every string of {@link HostileText} is
 * written as the title of a jurisdiction, bodies, an authority, a unit and a
 * solution and as a score's note, the model is generated, and each export is
 * read by its real reader — Graphviz, PlantUML (allowed to include local
 * files), mermaid.js, a CSV parser, an XML parser. Each must accept the file,
 * show the model's text exactly (as {@link DisplayText} defines it), and
 * include, link or configure nothing.
 */
class ExportInjectionTest {

	private static final String SECRET = "LEAKED-SECRET-7f3a";

	@TempDir
	static Path dir;

	private static Path secretFile;
	private static List<String> corpus;
	/** hostile text → the files generated from a model that uses it everywhere */
	private static final Map<String, Map<String, String>> GENERATED = new LinkedHashMap<>();

	@BeforeAll
	static void generate() throws Exception {
		secretFile = Files.writeString(dir.resolve("secret.puml"), "rectangle " + SECRET + "\n");
		corpus = HostileText.corpus(secretFile.toString());
		for (int i = 0; i < corpus.size(); i++) {
			Path folder = Files.createDirectories(dir.resolve("model" + i));
			Fixtures.write(folder, "hostile.govmodel", model(HostileText.literal(corpus.get(i))));
			Artifacts artifacts = new Artifacts();
			List<org.govmodel.dsl.govModel.Model> models = Fixtures.load(folder);
			Fixtures.get(DiagramGenerator.class).generate(models, artifacts);
			Fixtures.get(ScorecardGenerator.class).generate(models, artifacts);
			GENERATED.put(corpus.get(i), artifacts.files());
		}
	}

	private static String model(String text) {
		return """
				jurisdiction x %1$s country
				strategic group council %1$s {
				    members ngo
				}
				organization ngo %1$s ngo civil-society
				directive institution sec %1$s secretariat public {
				    cio %1$s rank undersecretary
				}
				operational institution agency %1$s agency public {
				    under sec
				    unit team %1$s
				}
				solution eid digital-identity %1$s {
				    owner agency.team
				}
				assessment y2023 of maturity year 2023 {
				    1.1.1 = 2 %1$s
				}
				""".formatted(text);
	}

	private static List<String> exports(String suffix) {
		List<String> files = new ArrayList<>();
		GENERATED.forEach((text, files1) -> files1.keySet().stream().filter(f -> f.endsWith(suffix)).forEach(f -> files.add(f)));
		return files;
	}

	private static Map<String, String> exportsOf(String suffix) {
		Map<String, String> exports = new LinkedHashMap<>();
		int i = 0;
		for (Map.Entry<String, Map<String, String>> model : GENERATED.entrySet()) {
			for (Map.Entry<String, String> file : model.getValue().entrySet()) {
				if (file.getKey().endsWith(suffix)) {
					exports.put(i + ":" + file.getKey(), file.getValue());
				}
			}
			i++;
		}
		return exports;
	}

	private static String hostile(String exportKey) {
		return corpus.get(Integer.parseInt(exportKey.substring(0, exportKey.indexOf(':'))));
	}

	/**
	 * Text as a reader sees it: drawing tools lay out spaces their own way
	 * (Graphviz writes a run of spaces as space and no-break space, PlantUML
	 * trims lines), so runs of blanks count as one space and lines are trimmed.
	 */
	private static String seen(String text) {
		return text.lines().map(line -> line.replace('\u00a0', ' ').replaceAll("[ \t]+", " ").strip()).collect(Collectors.joining("\n"));
	}

	private static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		// Graphviz names the SVG 1.1 DTD; reading it would need the network and adds nothing here
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * The elements and attributes of a drawing that link, embed or run something; a drawing of a model has none.
	 * Read from the parsed drawing, not its text: a title may say "href=" and be shown as text.
	 */
	private static List<String> linksAndEmbeds(String svg) throws Exception {
		List<String> found = new ArrayList<>();
		NodeList elements = parse(svg).getElementsByTagName("*");
		for (int i = 0; i < elements.getLength(); i++) {
			Element element = (Element) elements.item(i);
			String name = element.getTagName().replaceFirst("^.*:", "");
			if (List.of("a", "image", "script", "foreignObject", "iframe", "use").contains(name)) {
				found.add("<" + element.getTagName() + ">");
			}
			NamedNodeMap attributes = element.getAttributes();
			for (int j = 0; j < attributes.getLength(); j++) {
				String attribute = attributes.item(j).getNodeName();
				if (attribute.replaceFirst("^.*:", "").equals("href") || attribute.toLowerCase(java.util.Locale.ROOT).startsWith("on")) {
					found.add(attribute + " on <" + element.getTagName() + ">");
				}
			}
		}
		return found;
	}

	/** All text of an SVG's text elements, one element a line. */
	private static String svgText(String svg) throws Exception {
		Document document = parse(svg);
		NodeList texts = document.getElementsByTagNameNS("*", "text");
		List<String> lines = new ArrayList<>();
		if (texts.getLength() == 0) {
			texts = document.getElementsByTagName("text");
		}
		for (int i = 0; i < texts.getLength(); i++) {
			lines.add(texts.item(i).getTextContent());
		}
		return String.join("\n", lines);
	}

	@Test
	void graphvizDrawsEveryDotExportWithTheModelsTextAndNoLinks() throws Exception {
		Map<String, String> exports = exportsOf(".dot");
		assertEquals(corpus.size() * 2, exports.size(), "a governance and a units diagram per model");
		Map<String, JsonObject> read = NodeReaders.read(exports, dir);
		for (Map.Entry<String, JsonObject> result : read.entrySet()) {
			String text = DisplayText.of(hostile(result.getKey()));
			assertFalse(result.getValue().has("error"), () -> result.getKey() + ": " + result.getValue().get("error") + "\n" + exports.get(result.getKey()));
			String svg = result.getValue().get("svg").getAsString();
			assertTrue(seen(svgText(svg)).contains(seen(text)), () -> result.getKey() + " does not show " + text + ":\n" + svg);
			assertEquals(List.of(), linksAndEmbeds(svg), () -> result.getKey() + " links somewhere:\n" + svg);
		}
	}

	@Test
	void plantUmlDrawsEveryPumlExportWithTheModelsTextAndIncludesNothing() throws Exception {
		Map<String, String> exports = exportsOf(".puml");
		for (Map.Entry<String, String> export : exports.entrySet()) {
			String text = DisplayText.of(hostile(export.getKey()));
			PlantUmlReader.Reading reading = PlantUmlReader.read(export.getValue());
			assertNull(reading.error(), () -> export.getKey() + ":\n" + reading.error() + "\n" + export.getValue());
			assertEquals(List.of(), List.copyOf(reading.included()), export.getKey());
			assertFalse(reading.svg().contains(SECRET), export.getKey());
			assertEquals(List.of(), linksAndEmbeds(reading.svg()), () -> export.getKey() + " links or embeds:\n" + reading.svg());
			String shown = seen(svgText(reading.svg()));
			for (String line : seen(text).split("\n")) {
				assertTrue(shown.contains(line), () -> export.getKey() + " does not show [" + line + "]:\n" + shown + "\n" + export.getValue());
			}
		}
	}

	@Test
	void thePlantUmlReaderWouldShowAnInclude() throws Exception {
		PlantUmlReader.Reading reading = PlantUmlReader.read("@startuml\n!include " + secretFile + "\n@enduml\n");
		assertEquals(1, reading.included().size(), "the include would be seen");
		assertTrue(reading.svg().contains(SECRET), "and drawn");
	}

	@Test
	void mermaidParsesEveryMmdExportWithTheModelsTextAndNoConfigurationOrLinks() throws Exception {
		Map<String, String> exports = exportsOf(".mmd");
		Map<String, JsonObject> read = NodeReaders.read(exports, dir);
		for (Map.Entry<String, JsonObject> result : read.entrySet()) {
			String text = DisplayText.of(hostile(result.getKey()));
			JsonObject mermaid = result.getValue();
			String source = exports.get(result.getKey());
			assertFalse(mermaid.has("error"), () -> result.getKey() + ": " + mermaid.get("error") + "\n" + source);
			String title = mermaid.get("title").getAsString();
			assertTrue(title.startsWith(text + ": "), () -> "title [" + title + "] is not the model's:\n" + source);
			assertEquals("[\"title\"]", mermaid.get("keys").toString(), "no other front-matter key");
			assertEquals("{}", mermaid.get("config").toString(), "no configuration from model text");
			assertEquals("[]", mermaid.get("links").toString(), "no links or callbacks");
			List<String> labels = new ArrayList<>();
			mermaid.getAsJsonArray("labels").forEach((JsonElement label) -> labels.add(label.getAsString()));
			assertTrue(labels.stream().anyMatch(label -> label.startsWith(text + "\n") || label.equals(text)),
					() -> result.getKey() + " shows no label [" + text + "]: " + labels + "\n" + source);
		}
	}

	@Test
	void aCsvParserReadsEveryNoteAsWrittenAndNoCellStartsAFormula() throws Exception {
		for (Map.Entry<String, String> export : exportsOf("scores.csv").entrySet()) {
			String text = hostile(export.getKey());
			List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(export.getValue())).getRecords();
			List<String> notes = rows.stream().map(row -> row.get("note")).filter(n -> !n.isEmpty()).toList();
			assertEquals(List.of(SpreadsheetCell.text(text)), notes, export.getKey());
			for (CSVRecord row : rows) {
				for (String cell : row) {
					assertFalse(!cell.isEmpty() && "=+-@\t\r\n".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?[0-9.]+"),
							() -> export.getKey() + ": a cell starts a formula: " + cell);
				}
			}
			if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
				assertEquals("'" + DisplayText.of(text), notes.get(0), "OWASP: a leading apostrophe keeps it text");
			}
		}
	}

	@Test
	void everySvgIsWellFormedAndShowsTheModelsText() throws Exception {
		for (Map.Entry<String, String> export : exportsOf(".svg").entrySet()) {
			String text = DisplayText.of(hostile(export.getKey()));
			String shown = svgText(export.getValue()).replaceAll("\\s+", "");
			if (export.getKey().contains("diagrams/")) {
				assertTrue(shown.contains(text.replaceAll("\\s+", "")), () -> export.getKey() + " does not show " + text + ":\n" + export.getValue());
			}
			assertFalse(export.getValue().contains("<script") || export.getValue().contains("<image"), export.getKey());
		}
	}

	@Test
	void theCorpusWasWrittenEverywhere() {
		Map<String, Long> formats = GENERATED.values().stream().flatMap(files -> files.keySet().stream())
				.collect(Collectors.groupingBy(f -> f.substring(f.lastIndexOf('.')), Collectors.counting()));
		assertTrue(formats.keySet().containsAll(List.of(".dot", ".puml", ".mmd", ".svg", ".csv")), formats.toString());
		assertEquals(corpus.size(), exports("scores.csv").size());
	}
}
