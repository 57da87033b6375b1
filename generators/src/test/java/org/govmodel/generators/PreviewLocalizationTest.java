package org.govmodel.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.generators.preview.PreviewView;
import org.govmodel.generators.preview.PreviewViews;
import org.junit.jupiter.api.Test;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

/**
 * The editor's preview in each language: its pictures are byte for byte the files {@code govmodel generate}
 * writes in that language, and its captions come from a complete bundle with no English left in es and pt.
 */
class PreviewLocalizationTest {

	private static final String BUNDLE = "/" + PreviewViews.BUNDLE.replace('.', '/');
	private static final List<Model> EXAMPLES = Fixtures.load(Path.of("../examples"));

	private static Properties bundle(String suffix) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = PreviewViews.class.getResourceAsStream(BUNDLE + suffix + ".properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	private static Set<String> arguments(String pattern) {
		Set<String> names = new TreeSet<>();
		Matcher matcher = Pattern.compile("\\{(\\w+)\\s*[,}]").matcher(pattern);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	@Test
	void everyCaptionExistsInEveryLanguageWithTheSameArguments() throws IOException {
		Properties english = bundle("");
		assertFalse(english.isEmpty());
		for (String suffix : List.of("_es", "_pt")) {
			Properties other = bundle(suffix);
			assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(other.stringPropertyNames()), suffix);
			for (String key : other.stringPropertyNames()) {
				new MessageFormat(other.getProperty(key), ULocale.ROOT);
				assertEquals(arguments(english.getProperty(key)), arguments(other.getProperty(key)), suffix + " " + key);
			}
		}
	}

	/** The file {@code govmodel generate} writes for a preview view id. */
	private static String generatedFile(String id) {
		String[] parts = id.split("/");
		return switch (parts[0]) {
		case PreviewViews.DIAGRAM -> parts.length > 2 ? "diagrams/" + parts[1] + "-units-" + parts[2] + ".svg" : "diagrams/" + parts[1] + "-governance.svg";
		case PreviewViews.RADAR -> "scorecards/" + parts[1] + "." + parts[2] + "-radar.svg";
		case PreviewViews.TREND -> "scorecards/" + parts[1] + "." + parts[2] + "-trend.svg";
		default -> throw new AssertionError(id);
		};
	}

	@Test
	void eachLanguagesPreviewIsWhatGenerateWritesInThatLanguage() {
		PreviewViews previews = Fixtures.get(PreviewViews.class);
		for (Language language : Language.values()) {
			Map<String, String> generated = Fixtures.get(Reports.class).generate(EXAMPLES, List.of(), EnumSet.of(Reports.Output.diagrams, Reports.Output.scorecards),
					ReportOptions.defaults().withLanguage(language)).files();
			int compared = 0;
			for (Model model : EXAMPLES) {
				for (PreviewView view : previews.of(model, language)) {
					String file = generatedFile(view.id());
					assertTrue(generated.containsKey(file), language + ": generate wrote no " + file);
					assertEquals(generated.get(file), view.svg(), language + ": " + view.id() + " differs from " + file);
					compared++;
				}
			}
			assertTrue(compared >= 8, language + ": the examples give the diagrams, radars and trend of two jurisdictions, " + compared);
		}
	}

	@Test
	void spanishAndPortugueseCaptionsHoldNoEnglishWord() throws IOException {
		Set<String> englishOnly = words(bundle("").values());
		englishOnly.removeAll(words(bundle("_es").values()));
		englishOnly.removeAll(words(bundle("_pt").values()));
		assertTrue(englishOnly.containsAll(Set.of("governance", "units", "over", "years")), englishOnly.toString());
		PreviewViews previews = Fixtures.get(PreviewViews.class);
		for (Language language : List.of(Language.ES, Language.PT)) {
			for (Model model : EXAMPLES) {
				for (PreviewView view : previews.of(model, language)) {
					Set<String> leaks = words(List.of(view.title()));
					leaks.retainAll(englishOnly);
					assertTrue(leaks.isEmpty(), language + " " + view.id() + ": " + view.title());
				}
			}
		}
		assertEquals("Gobernanza de Provincia de Córdoba", previews.of(EXAMPLES.stream().filter(m -> m.eResource().getURI().lastSegment().startsWith("cordoba")).findFirst().orElseThrow(), Language.ES).get(0).title());
	}

	private static Set<String> words(java.util.Collection<?> texts) {
		Set<String> words = new TreeSet<>();
		for (Object text : texts) {
			for (String word : String.valueOf(text).replaceAll("\\{[^}]*\\}", " ").toLowerCase().split("[^\\p{L}]+")) {
				if (word.length() > 2) {
					words.add(word);
				}
			}
		}
		return words;
	}
}
