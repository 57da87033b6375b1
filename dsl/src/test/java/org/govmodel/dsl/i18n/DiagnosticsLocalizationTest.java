package org.govmodel.dsl.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.tests.GovModelInjectorProvider;
import org.govmodel.dsl.tests.TestModels;
import org.govmodel.dsl.validation.Rules;
import org.govmodel.dsl.validation.rules.Rule;
import org.govmodel.dsl.validation.rules.RuleCatalog;
import org.govmodel.dsl.validation.rules.RulesDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;
import com.ibm.icu.text.MessageFormat;

/**
 * Diagnostics in the three languages: the bundle is complete, every rule has its messages in
 * each language, and a model breaking a rule gets the same findings (rule ids, places) in
 * Spanish and Portuguese as in English, each written in the chosen language.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovModelInjectorProvider.class)
class DiagnosticsLocalizationTest {

	@Inject
	private TestModels models;

	private static Properties bundle(Language language) throws IOException {
		return bundle("diagnostics", language);
	}

	private static Properties bundle(String bundle, Language language) throws IOException {
		String name = "/org/govmodel/dsl/i18n/" + bundle + (language == Language.EN ? "" : "_" + language.code()) + ".properties";
		Properties properties = new Properties();
		try (InputStream in = DiagnosticsLocalizationTest.class.getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	@Test
	void everyKeyExistsInEveryLanguageAndEveryPatternIsValid() throws IOException {
		Set<String> english = new TreeSet<>(bundle(Language.EN).stringPropertyNames());
		for (Language language : Language.values()) {
			Properties properties = bundle(language);
			assertEquals(english, new TreeSet<>(properties.stringPropertyNames()), "keys of the " + language + " diagnostics");
			for (String key : english) {
				new MessageFormat(properties.getProperty(key), language.uLocale()); // throws on a malformed pattern
			}
		}
	}

	@Test
	void everyRuleHasItsMessagesInEveryLanguage() throws IOException {
		for (Language language : Language.values()) {
			Set<String> keys = bundle(language).stringPropertyNames();
			for (Rule rule : RuleCatalog.all()) {
				assertTrue(keys.stream().anyMatch(k -> k.equals(rule.id()) || k.startsWith(rule.id() + ".")), rule.id() + " has no message in " + language);
			}
		}
	}

	@Test
	void pluralsAndListsFollowTheLanguage() {
		assertEquals("... 1 more ...", DiagnosticLanguage.messages(Language.EN).text("GOV-LINE-002.more", "count", 1, "countText", "1"));
		String es = DiagnosticLanguage.messages(Language.ES).text("GOV-SYNTAX-001.more", "count", 1, "countText", "1");
		assertTrue(es.contains("1 error de sintaxis más"), es);
		// counts are written as plain digits, like the line and column numbers next to them
		String pt = DiagnosticLanguage.messages(Language.PT).text("GOV-SYNTAX-001.more", "count", 2500, "countText", "2500");
		assertTrue(pt.contains("e mais 2500 erros de sintaxe"), pt);
		String en = DiagnosticLanguage.messages(Language.EN).text("GOV-SCORE-002", "assessment", "'y'", "count", 1, "countText", "1", "names", "1.1.1", "more", 0, "moreText", "0");
		assertEquals("'y' does not score 1 variable (1.1.1): score each, or write `= n/a \"reason\"`.", en);
	}

	static Stream<Arguments> badExamplesInOtherLanguages() {
		return RuleCatalog.all().stream().filter(r -> !r.bad().isEmpty())
				.flatMap(r -> Stream.of(Arguments.of(r.id(), r, Language.ES), Arguments.of(r.id(), r, Language.PT)));
	}

	private List<Issue> issues(Rule rule, Language language) {
		List<Model> parsed = rule.companion().isEmpty() ? models.parse(language, rule.bad()) : models.parse(language, rule.bad(), rule.companion());
		return models.issues(parsed.get(0));
	}

	private static String place(Issue issue) {
		return issue.getLineNumber() + ":" + issue.getColumn() + " " + issue.getSeverity() + " " + issue.getCode();
	}

	@ParameterizedTest(name = "{0} in {2}")
	@MethodSource("badExamplesInOtherLanguages")
	void aRuleBrokenGivesTheSameFindingsInTheChosenLanguage(String id, Rule rule, Language language) {
		List<Issue> english = issues(rule, Language.EN);
		List<Issue> translated = issues(rule, language);
		assertEquals(english.stream().map(DiagnosticsLocalizationTest::place).toList(), translated.stream().map(DiagnosticsLocalizationTest::place).toList(),
				"rule ids and places do not depend on the language");
		assertTrue(translated.stream().anyMatch(i -> id.equals(Rules.idOf(i.getCode()))), models.describe(translated));
		for (int i = 0; i < english.size(); i++) {
			assertNotEquals(english.get(i).getMessage(), translated.get(i).getMessage(), "an English message in " + language);
		}
	}

	@Test
	void aMistakeInTheCordobaExampleIsExplainedInSpanishAndPortuguese() throws IOException {
		String example = Files.readString(Path.of("../examples/cordoba-2023.govmodel"), StandardCharsets.UTF_8);
		String broken = example.replaceFirst("    under secGD\n", "    under secDG\n").replaceFirst("solution cidi digital-identity", "solution cidi digital-identiy");
		assertNotEquals(example, broken);
		List<String> es = models.issues(models.parse(Language.ES, broken).get(0)).stream().map(Issue::getMessage).toList();
		assertTrue(es.contains("Órgano, unidad o autoridad desconocido 'secDG': ¿quiso decir 'secGD'? Si no, declárelo o importe el archivo o el espacio de nombres que lo declara."), es.toString());
		assertTrue(es.stream().anyMatch(m -> m.startsWith("Tipo de solución desconocido 'digital-identiy': ¿quiso decir 'digital-identity'?")), es.toString());
		List<String> pt = models.issues(models.parse(Language.PT, broken).get(0)).stream().map(Issue::getMessage).toList();
		assertTrue(pt.stream().anyMatch(m -> m.startsWith("Órgão, unidade ou autoridade desconhecido 'secDG': você quis dizer 'secGD'?")), pt.toString());
		assertFalse(pt.stream().anyMatch(m -> m.contains("did you mean")), pt.toString());
	}

	/**
	 * A syntax error names the kind of element being read in the reader's words: it used to be the model's class
	 * name, so a Spanish message said "de solution" and "El bloque de body".
	 */
	@Test
	void aSyntaxErrorNamesTheElementInTheReadersWords() {
		String mistypedKeyword = "solution s digital-identity \"S\" {\n    onwer x\n}\n";
		assertEquals(List.of("'onwer' no es una palabra clave de este elemento (solución): ¿quiso decir 'owner'?"), syntaxErrors(Language.ES, mistypedKeyword));
		assertEquals(List.of("'onwer' não é uma palavra-chave deste elemento (solução): você quis dizer 'owner'?"), syntaxErrors(Language.PT, mistypedKeyword));
		assertEquals(List.of("'onwer' is not a keyword of this solution: did you mean 'owner'?"), syntaxErrors(Language.EN, mistypedKeyword));
		String unclosed = "institution a \"A\" ministry {\n unit u \"U\"\n";
		assertTrue(syntaxErrors(Language.ES, unclosed).get(0).endsWith("El bloque de 'a' (órgano) abierto en la línea 1 no está cerrado: añada su `}`."),
				syntaxErrors(Language.ES, unclosed).toString());
		assertTrue(syntaxErrors(Language.PT, unclosed).get(0).endsWith("O bloco de 'a' (órgão) aberto na linha 1 não foi fechado: adicione o seu `}`."),
				syntaxErrors(Language.PT, unclosed).toString());
		String unclosedKind = "solution-kind k \"K\" specialised\nsolution s k \"S\" {\n owner x\n";
		for (Language language : Language.values()) {
			for (String message : syntaxErrors(language, unclosedKind)) {
				assertFalse(message.matches("(?s).*\\b(solution|solutionkind|body)\\b.*") && language != Language.EN, message);
			}
		}
	}

	/**
	 * Every kind of element a syntax error can name has its word in every language (a new rule of the grammar too).
	 * Each language's own file is read: the bundles would fall back to the English word.
	 */
	@Test
	void everyKindOfElementHasItsWordInEveryLanguage() throws IOException {
		for (Language language : Language.values()) {
			Properties words = bundle(language);
			for (var classifier : org.govmodel.dsl.govModel.GovModelPackage.eINSTANCE.getEClassifiers()) {
				if (classifier instanceof org.eclipse.emf.ecore.EClass type && !type.isAbstract()) {
					String key = "element." + org.govmodel.dsl.parser.SyntaxErrorText.kind(type);
					assertTrue(words.containsKey(key), key + " in " + language);
				}
			}
		}
	}

	private List<String> syntaxErrors(Language language, String text) {
		return models.issues(models.parse(language, text).get(0)).stream().filter(Issue::isSyntaxError).map(Issue::getMessage).toList();
	}

	/** Numbers reach the message as numbers, so each language writes its own decimal mark: 4,5 in Spanish, 4.5 in English. */
	@Test
	void aDecimalScoreInAMessageHasTheLanguagesDecimalMark() throws IOException {
		String example = Files.readString(Path.of("../examples/cordoba-2023.govmodel"), StandardCharsets.UTF_8);
		String broken = example.replace("    1.1.2 = 1\n", "    1.1.2 = 4.5\n");
		assertNotEquals(example, broken);
		List<String> es = models.issues(models.parse(Language.ES, broken).get(0)).stream().map(Issue::getMessage).toList();
		assertTrue(es.contains("El puntaje 4,5 de 1.1.2 está fuera de la escala de 'maturity' (de 1 a 4)."), es.toString());
		List<String> pt = models.issues(models.parse(Language.PT, broken).get(0)).stream().map(Issue::getMessage).toList();
		assertTrue(pt.contains("A pontuação 4,5 de 1.1.2 está fora da escala de 'maturity' (de 1 a 4)."), pt.toString());
		List<String> en = models.issues(models.parse(Language.EN, broken).get(0)).stream().map(Issue::getMessage).toList();
		assertTrue(en.contains("Score 4.5 for 1.1.2 is outside the scale of 'maturity' (1 to 4)."), en.toString());
	}

	private static Properties rulesBundle(Language language) throws IOException {
		return bundle("rules", language);
	}

	/** The Spanish and Portuguese catalogues: every rule's title, rationale, guide reference and quick fix, and the catalogue's own words. */
	@Test
	void theRuleCatalogueIsCompleteInSpanishAndPortuguese() throws IOException {
		Set<String> expected = new TreeSet<>(rulesBundle(Language.EN).stringPropertyNames());
		for (Rule rule : RuleCatalog.all()) {
			expected.add(rule.id() + ".title");
			expected.add(rule.id() + ".rationale");
			if (!rule.guide().equals("—")) {
				expected.add(rule.id() + ".guide");
			}
			if (rule.quickFix() != null) {
				expected.add(rule.id() + ".quickFix");
			}
		}
		for (Language language : List.of(Language.ES, Language.PT)) {
			Properties properties = rulesBundle(language);
			assertEquals(expected, new TreeSet<>(properties.stringPropertyNames()), "keys of the " + language + " rule catalogue");
			String markdown = RulesDocument.markdown(RuleCatalog.all(), language);
			for (String english : List.of("Rule catalogue", "default severity", "Quick fix", "Reported (line", "Accepted:", "Guide:", "with another file")) {
				assertFalse(markdown.contains(english), english + " in the " + language + " catalogue");
			}
			assertEquals(markdown, RulesDocument.markdown(RuleCatalog.all(), language), "deterministic");
		}
		assertEquals(RulesDocument.markdown(RuleCatalog.all()), RulesDocument.markdown(RuleCatalog.all(), Language.EN));
	}
}
