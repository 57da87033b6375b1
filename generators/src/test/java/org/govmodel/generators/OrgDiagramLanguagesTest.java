package org.govmodel.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.generators.diagrams.DiagramWords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The diagrams in English, Spanish and Portuguese: every word of the bundle
 * in every language, no English word of the bundle in a Spanish or Portuguese
 * diagram (SVG, DOT, PlantUML, Mermaid), plurals, the SVG's language, and the
 * same bytes for the same model in each language.
 */
class OrgDiagramLanguagesTest {

	private static final List<Model> EXAMPLES = Fixtures.load(Path.of("../examples"));

	private static Properties bundle(String suffix) throws IOException {
		Properties properties = new Properties();
		String path = "/" + DiagramWords.BUNDLE.replace('.', '/') + suffix + ".properties";
		try (InputStream in = DiagramWords.class.getResourceAsStream(path)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	private static Map<String, String> diagrams(Language language) {
		return Fixtures.get(Reports.class).generate(EXAMPLES, List.of(), EnumSet.of(Reports.Output.diagrams, Reports.Output.docs),
				ReportOptions.defaults().withLanguage(language)).files();
	}

	@Test
	void everyKeyExistsInEveryLanguage() throws IOException {
		TreeSet<String> english = new TreeSet<>(bundle("").stringPropertyNames());
		assertEquals(english, new TreeSet<>(bundle("_es").stringPropertyNames()));
		assertEquals(english, new TreeSet<>(bundle("_pt").stringPropertyNames()));
	}

	@ParameterizedTest
	@EnumSource(value = Language.class, names = { "ES", "PT" })
	void noEnglishWordOfTheBundleIsLeftInADiagram(Language language) throws IOException {
		Properties english = bundle("");
		Properties translated = bundle("_" + language.code());
		List<String> phrases = new ArrayList<>();
		for (String key : english.stringPropertyNames()) {
			// the fixed words of each message: the text between its arguments, where it differs from the translation
			for (String part : english.getProperty(key).split("\\{[^{}]*(\\{[^{}]*\\}[^{}]*)*\\}")) {
				String phrase = part.strip().replaceAll("^[(:.,]+|[):.,]+$", "").strip();
				if (phrase.length() > 3 && !translated.getProperty(key).contains(phrase)) {
					phrases.add(phrase);
				}
			}
		}
		assertFalse(phrases.isEmpty());
		diagrams(language).forEach((file, content) -> {
			if (file.startsWith("diagrams/")) {
				// what a reader sees of an SVG is its text, not its markup's names (class="line owns")
				String text = file.endsWith(".svg") ? content.replaceAll("<[^>]*>", " ") : content;
				for (String phrase : phrases) {
					assertFalse(text.contains(phrase), () -> file + " has the English \"" + phrase + "\"");
				}
			}
		});
	}

	@Test
	void spanishAndPortugueseDiagramsUseTheirWordsAndPlurals() {
		Map<String, String> spanish = diagrams(Language.ES);
		String cordoba = spanish.get("diagrams/cordoba-governance.svg");
		assertTrue(cordoba.contains("lang=\"es\""));
		assertTrue(cordoba.contains(">Gobernanza estratégica</text>") || cordoba.contains(">Gobernanza</text>"), cordoba);
		assertTrue(cordoba.contains(">4 integrantes</text>"), "plural");
		assertTrue(cordoba.contains(">rinde cuentas a</text>"), "line label");
		assertTrue(cordoba.contains(">Sociedad civil y</text>"), "group of the users row");
		assertTrue(spanish.get("diagrams/cordoba-governance.dot").contains("label=\"Gobernanza directiva\""));
		assertTrue(spanish.get("diagrams/cordoba-governance.mmd").contains("|\"gestiona\"|"));
		assertTrue(spanish.get("diagrams/cordoba-governance.puml").contains(": dirige"));
		String portuguese = diagrams(Language.PT).get("diagrams/cr-governance.svg");
		assertTrue(portuguese.contains("lang=\"pt-BR\"") || portuguese.contains("lang=\"pt\""), portuguese.substring(0, 300));
		assertTrue(portuguese.contains(">5 integrantes</text>"));
		assertTrue(portuguese.contains("<title>República de Costa Rica: governança da transformação digital</title>"));
		assertTrue(portuguese.contains(">gerencia</text>"), "line label");
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void theSameModelGivesTheSameDiagramsInEachLanguage(Language language) {
		assertEquals(diagrams(language), diagrams(language));
	}
}
