package org.govmodel.generators;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

import org.govmodel.dsl.i18n.Language;
import org.junit.jupiter.api.Test;

/**
 * The site's bundle: every key in every language, every pattern valid, and no English template word
 * left in the Spanish or Portuguese site of the examples.
 */
class SiteLocalizationTest {

	private static final String BUNDLE = "/org/govmodel/generators/i18n/site";

	@Test
	void everyKeyExistsInEveryLanguageAndEveryPatternIsValid() throws IOException {
		BundleFiles.assertCompleteAndValid(BUNDLE);
	}

	@Test
	void theSpanishAndPortugueseSitesHaveNoEnglishTemplateWord() throws Exception {
		Set<String> english = BundleFiles.englishTemplateWords(BUNDLE);
		english.removeAll(BundleFiles.sourceWords());
		assertTrue(english.containsAll(List.of("overview", "penalties", "summary", "findings")), english.toString());
		for (Language language : List.of(Language.ES, Language.PT)) {
			Map<String, String> files = DocsGeneratorTest.generate(Path.of("../examples"), ReportOptions.defaults().withLanguage(language));
			for (Map.Entry<String, String> page : DocsGeneratorTest.sitePages(files).entrySet()) {
				Matcher m = BundleFiles.WORD.matcher(DocsGeneratorTest.visibleText(page.getValue()));
				while (m.find()) {
					String word = m.group().toLowerCase(Locale.ROOT);
					assertTrue(!english.contains(word), language.code() + ": " + page.getKey() + " has the English word '" + m.group() + "'");
				}
			}
		}
	}
}
