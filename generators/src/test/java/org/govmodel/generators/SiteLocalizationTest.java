package org.govmodel.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.govmodel.dsl.i18n.Language;
import org.junit.jupiter.api.Test;

/**
 * The site's bundle: every key in every language, every pattern valid, and no English template word
 * left in the Spanish or Portuguese site of the examples.
 */
class SiteLocalizationTest {

	private static final String BUNDLE = "/org/govmodel/generators/i18n/site";
	private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");

	private static Properties bundle(String suffix) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = SiteLocalizationTest.class.getResourceAsStream(BUNDLE + suffix + ".properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	@Test
	void everyKeyExistsInEveryLanguageAndEveryPatternIsValid() throws IOException {
		Properties english = bundle("");
		for (String suffix : List.of("_es", "_pt")) {
			Properties translated = bundle(suffix);
			assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(translated.stringPropertyNames()), suffix);
			for (String key : translated.stringPropertyNames()) {
				new com.ibm.icu.text.MessageFormat(translated.getProperty(key), Locale.ROOT);
			}
		}
	}

	/** The words of the English bundle's texts (not of its argument names and selectors) that neither translation uses. */
	private static Set<String> englishTemplateWords() throws IOException {
		Set<String> words = wordsOf(bundle(""));
		words.removeAll(wordsOf(bundle("_es")));
		words.removeAll(wordsOf(bundle("_pt")));
		return words;
	}

	private static Set<String> wordsOf(Properties bundle) {
		Set<String> words = new HashSet<>();
		for (String key : bundle.stringPropertyNames()) {
			// drop argument names and plural/select keywords: "{count, plural, one {# project}}" keeps "project"
			String text = bundle.getProperty(key).replaceAll("\\{\\s*\\w+\\s*(,\\s*\\w+\\s*,?)?", " ").replaceAll("\\b(one|other|some|none)\\b", " ");
			Matcher m = WORD.matcher(text);
			while (m.find()) {
				words.add(m.group().toLowerCase(Locale.ROOT));
			}
		}
		return words;
	}

	/** Words the examples and the standard library write themselves (model text is shown as written). */
	private static Set<String> modelWords() throws IOException {
		Set<String> words = new HashSet<>();
		List<Path> sources = new ArrayList<>();
		try (Stream<Path> examples = Files.list(Path.of("../examples")); Stream<Path> library = Files.walk(Path.of("../dsl/src/main/resources/govmodel/library"))) {
			Stream.concat(examples, library).filter(p -> p.toString().endsWith(".govmodel")).forEach(sources::add);
		}
		for (Path source : sources) {
			Matcher m = WORD.matcher(Files.readString(source));
			while (m.find()) {
				words.add(m.group().toLowerCase(Locale.ROOT));
			}
		}
		return words;
	}

	@Test
	void theSpanishAndPortugueseSitesHaveNoEnglishTemplateWord() throws Exception {
		Set<String> english = englishTemplateWords();
		english.removeAll(modelWords());
		assertTrue(english.containsAll(List.of("overview", "penalties", "summary", "findings")), english.toString());
		for (Language language : List.of(Language.ES, Language.PT)) {
			Map<String, String> files = DocsGeneratorTest.generate(Path.of("../examples"), ReportOptions.defaults().withLanguage(language));
			for (Map.Entry<String, String> page : DocsGeneratorTest.sitePages(files).entrySet()) {
				Matcher m = WORD.matcher(DocsGeneratorTest.visibleText(page.getValue()));
				while (m.find()) {
					String word = m.group().toLowerCase(Locale.ROOT);
					assertTrue(!english.contains(word), language.code() + ": " + page.getKey() + " has the English word '" + m.group() + "'");
				}
			}
		}
	}
}
