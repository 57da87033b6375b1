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
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.generators.scorecards.ScorecardText;
import org.junit.jupiter.api.Test;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

/** The scorecards in Spanish and Portuguese (issue 13): complete bundles, no English left, the languages' numbers and plurals, same bytes each run. */
class ScorecardLocalizationTest {

	private static final String BUNDLE = "/" + ScorecardText.BUNDLE.replace('.', '/');
	private static final List<Model> EXAMPLES = Fixtures.load(Path.of("../examples"));
	/** Words the three languages write alike. */
	private static final Set<String> SHARED = Set.of("comparable", "csv", "govmodel", "radar", "variable", "variables", "item");

	private static Properties bundle(String suffix) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = ScorecardText.class.getResourceAsStream(BUNDLE + suffix + ".properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	@Test
	void everyKeyExistsInEveryLanguageAndEveryPatternParses() throws IOException {
		Properties english = bundle("");
		for (String suffix : List.of("_es", "_pt")) {
			Properties other = bundle(suffix);
			assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(other.stringPropertyNames()), suffix);
			for (String key : other.stringPropertyNames()) {
				new MessageFormat(other.getProperty(key), ULocale.ROOT);
				assertEquals(arguments(english.getProperty(key)), arguments(other.getProperty(key)), suffix + " " + key + " takes the same arguments");
			}
		}
	}

	private static Set<String> arguments(String pattern) {
		Set<String> names = new TreeSet<>();
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\{(\\w+)\\s*[,}]").matcher(pattern);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	/**
	 * Every file of every example in Spanish and Portuguese, with the model's own text (titles, statements, notes,
	 * assessors: English until the library is translated) taken out, holds no word that only the English bundle uses.
	 */
	@Test
	void spanishAndPortugueseOutputsHoldNoEnglishTemplateWord() throws IOException {
		Set<String> english = words(bundle("").values());
		Set<String> modelText = new HashSet<>();
		List<String> modelStrings = modelStrings();
		modelStrings.forEach(s -> modelText.addAll(words(List.of(s))));
		Set<String> englishOnly = new TreeSet<>(english);
		englishOnly.removeAll(SHARED);
		englishOnly.removeAll(modelText);
		for (Language language : List.of(Language.ES, Language.PT)) {
			assertTrue(englishOnly.size() > 40, "the check has teeth: " + englishOnly);
			for (Map.Entry<String, String> file : ScorecardPublicationTest.generate(EXAMPLES, language).entrySet()) {
				if (file.getKey().equals("scorecards/scores.csv") || file.getKey().equals("scorecards/means.csv")) {
					continue; // the data contract: column ids and kinds are identifiers in every language; its rows are checked in the -excel variant
				}
				String text = readable(file.getKey(), file.getValue());
				for (String model : modelStrings) {
					// whole words only: a model's `language es` must not cut "componentes" down to an English "component"
					text = text.replaceAll("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(model) + "(?![\\p{L}\\p{N}])", " ");
				}
				Set<String> leaks = words(List.of(text));
				leaks.retainAll(englishOnly);
				final String readableText = text;
				assertTrue(leaks.isEmpty(), () -> language + " " + file.getKey() + " holds English: " + leaks + " in: " + readableText.replaceAll("\\s+", " "));
			}
		}
	}

	/** The text a reader sees: markup, escapes and entities taken away. */
	private static String readable(String name, String content) {
		String text = content;
		if (name.endsWith(".html") || name.endsWith(".svg")) {
			// style sheets are not read; alternative texts are
			text = text.replaceAll("(?s)<style>.*?</style>", " ").replaceAll("alt=\"([^\"]*)\"", "> $1 <").replaceAll("<[^>]*>", " ");
		}
		if (name.endsWith(".md")) {
			text = text.replaceAll("\\]\\([^)]*\\)", "] "); // link targets are file names
		}
		text = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&#39;", "'");
		return text.replace("\\", "");
	}

	/** Every text of the loaded models and the library, longest first (so a title goes before the words it contains). */
	private static List<String> modelStrings() {
		Set<String> strings = new HashSet<>();
		for (Resource resource : EXAMPLES.get(0).eResource().getResourceSet().getResources()) {
			for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
				EObject object = all.next();
				for (EAttribute attribute : object.eClass().getEAllAttributes()) {
					if (object.eGet(attribute) instanceof String value && value.length() > 1) {
						strings.add(value);
					}
				}
			}
		}
		List<String> sorted = new ArrayList<>(strings);
		sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
		return sorted;
	}

	private static Set<String> words(java.util.Collection<?> texts) {
		Set<String> words = new TreeSet<>();
		for (Object text : texts) {
			String plain = String.valueOf(text).replaceAll("\\{\\w+(, *\\w+)?[,}]", " ").replaceAll("\\b(plural|one|other)\\b", " ");
			for (String word : plain.split("[^\\p{L}]+")) {
				if (word.length() >= 3) {
					words.add(word.toLowerCase(Locale.ROOT));
				}
			}
		}
		return words;
	}

	@Test
	void numbersFollowTheLanguage() {
		Map<String, String> spanish = ScorecardPublicationTest.generate(Fixtures.load(Path.of("../examples/cordoba-2023.govmodel")), Language.ES);
		assertTrue(spanish.get("scorecards/y2023.html").contains("promedio general 2,59"), "decimal comma");
		assertTrue(spanish.get("scorecards/y2023.html").contains("<html lang=\"es\">"));
		assertFalse(spanish.get("scorecards/y2023.html").contains("2.023"), "a year is not a number with thousands");
		Map<String, String> portuguese = ScorecardPublicationTest.generate(Fixtures.load(Path.of("../examples/cordoba-2023.govmodel")), Language.PT);
		assertTrue(portuguese.get("scorecards/y2023.html").contains("<html lang=\"pt-BR\">"));
		assertTrue(portuguese.get("scorecards/y2023.md").contains("média geral 2,59"));
	}

	@Test
	void pluralsFollowTheLanguage() throws Exception {
		ScorecardText spanish = Fixtures.get(ScorecardText.Factory.class).of(Language.ES);
		assertEquals("1 tablero de 1 jurisdicción", spanish.text("index.count", "count", 1, "jurisdictions", 1));
		assertEquals("5 tableros de 3 jurisdicciones", spanish.text("index.count", "count", 5, "jurisdictions", 3));
		ScorecardText portuguese = Fixtures.get(ScorecardText.Factory.class).of(Language.PT);
		assertEquals("Metas para 2025, definidas para o componente 1.1", portuguese.text("radar.legend.someTargets", "years", "2025", "count", 1, "components", "1.1"));
		assertEquals("Metas para 2025, definidas para os componentes 1.1 e 3.2",
				portuguese.text("radar.legend.someTargets", "years", "2025", "count", 2, "components", portuguese.list(List.of("1.1", "3.2"))));
	}

	@Test
	void eachLanguageGivesTheSameBytesEveryRun() {
		for (Language language : Language.values()) {
			assertEquals(ScorecardPublicationTest.generate(EXAMPLES, language), ScorecardPublicationTest.generate(Fixtures.load(Path.of("../examples")), language),
					language.code());
		}
	}
}
