package org.govmodel.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.govmodel.dsl.comparison.ElementFacts;
import org.govmodel.dsl.comparison.ModelComparison;
import org.govmodel.dsl.comparison.ModelDiff;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.loading.LoadedModels;
import org.govmodel.dsl.loading.ModelFiles;
import org.govmodel.dsl.loading.ModelLoader;
import org.govmodel.generators.diff.DiffHtml;
import org.govmodel.generators.diff.DiffJson;
import org.govmodel.generators.diff.DiffMarkdown;
import org.govmodel.generators.diff.DiffText;
import org.govmodel.generators.diff.DiffWords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

/**
 * The diff's bundle: every key in every language, every pattern valid, a word for every element kind and
 * attribute the models can have, and no English template word in the Spanish or Portuguese diff of a real
 * change to the Córdoba example, in every format.
 */
class DiffLocalizationTest {

	private static final String BUNDLE = "/org/govmodel/generators/i18n/diff";
	private static final Path CORDOBA = Path.of("../examples/cordoba-2023.govmodel");

	@TempDir
	Path folder;

	@Test
	void everyKeyExistsInEveryLanguageAndEveryPatternIsValid() throws IOException {
		BundleFiles.assertCompleteAndValid(BUNDLE);
	}

	/** What ElementFacts.kindOf can call an element that no enum value names: each declaration has its word. */
	@Test
	void everyDeclarationKindHasAWord() throws IOException {
		Set<String> keys = BundleFiles.load(BUNDLE, "").stringPropertyNames();
		List<String> missing = DiffWords.declarationKinds().stream().filter(k -> !keys.contains("kind." + k)).toList();
		assertEquals(List.of(), missing);
	}

	/** Every attribute the examples and the standard library state has a label in the bundle (so in every language). */
	@Test
	void everyAttributeOfTheExamplesAndTheLibraryHasALabel() throws Exception {
		Set<String> keys = BundleFiles.load(BUNDLE, "").stringPropertyNames();
		ElementFacts facts = Fixtures.get(ElementFacts.class);
		Set<String> missing = new TreeSet<>();
		for (Model model : Fixtures.load(Path.of("../examples"))) {
			List<EObject> elements = new ArrayList<>();
			model.eResource().getResourceSet().getAllContents().forEachRemaining(e -> {
				if (e instanceof EObject o && !(o instanceof Model) && facts.nameOf(o) != null) {
					elements.add(o);
				}
			});
			for (EObject element : elements) {
				facts.of(element, facts::nameOf).keySet().stream().map(DiffWords::attributeKey).filter(k -> !keys.contains(k)).forEach(missing::add);
			}
		}
		assertEquals(Set.of(), missing);
	}

	/** Two scores (one to 2.5), a rename, a member, an enum value, a line, a target and a law: what a reviewer reads. */
	private ModelDiff aReviewersChange(Language language) throws Exception {
		String cordoba = Files.readString(CORDOBA, StandardCharsets.UTF_8);
		String changed = cordoba.replace("minCyT", "minCiencia").replace("    1.1.2 = 1\n", "    1.1.2 = 2.5\n").replace("    3.2.1 = 1\n", "    3.2.1 = 2\n")
				.replace("members minCoord, minFin, minCiencia, camTic, unc\n", "members minCoord, minFin, minCiencia, camTic\n")
				.replace("        budget shared\n", "        budget own\n").replace("    under secGD\n    reports to secGD\n", "    under secGD\n    reports to comision\n")
				.replace("        1.1 >= 3\n", "        1.1 >= 4\n").replace("    budget 850000 USD\n", "    budget 1200000.5 USD\n")
				.replace("    status approved\n", "    status running\n");
		assertFalse(changed.equals(cordoba));
		Files.createDirectories(folder.resolve("old"));
		Files.createDirectories(folder.resolve("new"));
		Path before = Files.writeString(folder.resolve("old/cordoba.govmodel"), cordoba);
		Path after = Files.writeString(folder.resolve("new/cordoba.govmodel"), changed);
		return Fixtures.get(ModelComparison.class).compare(check(before, language), check(after, language));
	}

	private static ModelLoader.Checked check(Path file, Language language) throws ModelFiles.UnreadablePathException {
		return Fixtures.get(ModelLoader.class).check(ModelFiles.collect(List.of(file)), List.of(), null, language);
	}

	private Map<String, String> allFormats(Language language) throws Exception {
		ModelDiff diff = aReviewersChange(language);
		String cordoba = Files.readString(CORDOBA, StandardCharsets.UTF_8);
		LoadedModels before = check(folder.resolve("old/cordoba.govmodel"), language).models();
		LoadedModels after = check(folder.resolve("new/cordoba.govmodel"), language).models();
		assertTrue(cordoba.contains("minCyT"));
		String title = Fixtures.get(DiffWords.Factory.class).of(language).text("title.paths", "old", "old", "new", "new");
		return Map.of("text", Fixtures.get(DiffText.class).render(diff, false, language), "markdown", Fixtures.get(DiffMarkdown.class).render(diff, language),
				"html", Fixtures.get(DiffHtml.class).render(diff, before, after, title, language), "json summary",
				JsonParser.parseString(Fixtures.get(DiffJson.class).render(diff, language)).getAsJsonObject().get("summary").getAsString());
	}

	@Test
	void theSpanishAndPortugueseDiffsOfARealChangeHaveNoEnglishTemplateWord() throws Exception {
		Set<String> english = BundleFiles.englishTemplateWords(BUNDLE);
		english.removeAll(modelWords());
		assertTrue(english.containsAll(List.of("renamed", "changed", "introduced", "findings", "reports", "mean", "before")), english.toString());
		for (Language language : List.of(Language.ES, Language.PT)) {
			for (Map.Entry<String, String> output : allFormats(language).entrySet()) {
				String visible = output.getKey().equals("html") ? DocsGeneratorTest.visibleText(output.getValue()) : output.getValue();
				// a finding's "path:line:col: warning:" line stays English in every language: scripts parse it
				visible = visible.replaceAll(":\\d+:\\d+: (error|warning|info): ", ": ");
				Matcher m = BundleFiles.WORD.matcher(visible);
				while (m.find()) {
					String word = m.group().toLowerCase(Locale.ROOT);
					assertFalse(english.contains(word), language.code() + " " + output.getKey() + " has the English word '" + m.group() + "':\n" + visible);
				}
			}
		}
	}

	@Test
	void theSpanishDiffSaysWhatChangedInSpanishWithDecimalCommas() throws Exception {
		Map<String, String> es = allFormats(Language.ES);
		String text = es.get("text");
		assertTrue(text.startsWith("1 elemento renombrado, 3 elementos modificados, 1 línea de dependencia modificada, 2 puntajes modificados en 1 evaluación, "
				+ "1 meta modificada"), text);
		assertTrue(text.contains("cambio de nombre: institución minCyT → minCiencia"), text);
		assertTrue(text.contains("    1.1.2 1 → 2,5 (+1,50)  brecha 2,00 → 1,50\n"), text);
		assertTrue(text.contains("presupuesto (autonomía): presupuesto compartido → presupuesto propio"), text);
		assertTrue(text.contains("presupuesto: 850.000 → 1.200.000,5"), text);
		assertTrue(text.contains("estado: aprobado → en ejecución"), text);
		assertTrue(text.contains("meta modificada: 1.1 >= 3 by 2025 → >= 4 by 2025"), text);
		assertTrue(text.contains("agencia reporta a comision (antes a secGD)"), text);
		assertTrue(text.contains("componente 1.1: promedio 1,50 → 1,88 (+0,38), brecha 1,50 → 2,13"), text);
		assertTrue(es.get("markdown").contains("| Variable | Antes | Después | Δ | Promedio del componente | Promedio del área | Brecha |"), es.get("markdown"));
		assertTrue(es.get("html").contains("<html lang=\"es\""), es.get("html"));
		assertTrue(es.get("html").contains("Gobernanza de Provincia de Córdoba"), es.get("html"));
		String pt = allFormats(Language.PT).get("html");
		assertTrue(pt.contains("<html lang=\"pt-BR\""), pt.substring(0, 200));
		assertTrue(pt.contains("Mudanças do modelo old → new"), pt.substring(0, 400));
	}

	@Test
	void countsTakeTheLanguagesPluralsAndAFormattingOnlyChangeSaysSo() {
		DiffWords es = Fixtures.get(DiffWords.Factory.class).of(Language.ES);
		assertEquals("1 puntaje modificado en 1 evaluación", es.text("headline.scores", "count", 1, "assessments", 1));
		assertEquals("3 puntajes modificados en 2 evaluaciones", es.text("headline.scores", "count", 3, "assessments", 2));
		DiffWords pt = Fixtures.get(DiffWords.Factory.class).of(Language.PT);
		assertEquals("1 apontamento novo", pt.text("headline.introduced", "count", 1));
		assertEquals("2 apontamentos resolvidos", pt.text("headline.resolved", "count", 2));
		ModelDiff none = new ModelDiff(List.of(), List.of(), List.of(), List.of());
		assertEquals("sin cambios de contenido", es.headline(none));
		assertEquals("no semantic change", Fixtures.get(DiffWords.Factory.class).of(Language.EN).headline(none));
	}

	/**
	 * Words the examples and the standard library write themselves (names, titles, comments: shown as written), but
	 * not the grammar's keywords: those are the model's vocabulary, which a reader must see in the language.
	 */
	private static Set<String> modelWords() throws IOException {
		Set<String> words = BundleFiles.sourceWords();
		GrammarUtil.getAllKeywords(Fixtures.get(IGrammarAccess.class).getGrammar()).forEach(k -> words.remove(k.toLowerCase(Locale.ROOT)));
		return words;
	}
}
