package org.govmodel.dsl.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.govmodel.dsl.govModel.Body;
import org.govmodel.dsl.govModel.GovModelPackage;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.services.GovModelGrammarAccess;
import org.govmodel.dsl.tests.GovModelInjectorProvider;
import org.govmodel.dsl.tests.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Facts about the grammar that are written down twice and must agree: the {@code Name} rule lists the
 * vocabulary words that may be used as names by hand, and {@code docs/language.md} describes every keyword and
 * shows only words the parser knows.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovModelInjectorProvider.class)
class GrammarFactsTest {

	@Inject
	private TestModels models;

	@Inject
	private GovModelGrammarAccess grammar;

	/** Every word of the vocabularies (each enum value) can name an element and be referred to, without ^. */
	@Test
	void everyVocabularyWordIsAcceptedAsAName() {
		List<String> refused = new ArrayList<>();
		for (String word : vocabularyWords()) {
			String text = "namespace t\n"
					+ "institution " + word + " \"Named by a vocabulary word\" ministry public\n"
					+ "strategic group g \"Council\" {\n    chair " + word + "\n}\n";
			Model model = models.parse(text).get(0);
			boolean parsed = model.eResource().getErrors().isEmpty();
			boolean named = parsed && model.getElements().get(0) instanceof Body body && word.equals(body.getName());
			boolean linked = parsed && model.getElements().get(1) instanceof Body council && council.getChair() != null
					&& !council.getChair().eIsProxy() && council.getChair() == model.getElements().get(0);
			if (!(named && linked)) {
				refused.add(word + (parsed ? "" : " (" + model.eResource().getErrors().get(0).getMessage() + ")"));
			}
		}
		assertEquals(List.of(), refused, "vocabulary words the Name rule of GovModel.xtext does not accept as names");
	}

	/** The language reference names every word the parser knows, keywords and vocabulary alike. */
	@Test
	void theLanguageReferenceDocumentsEveryKeyword() throws IOException {
		String reference = Files.readString(Path.of("..", "docs", "language.md"), StandardCharsets.UTF_8);
		Set<String> documented = new TreeSet<>();
		Matcher code = Pattern.compile("`([^`]+)`|```[a-z]*\\n(.*?)```", Pattern.DOTALL).matcher(reference);
		while (code.find()) {
			String span = code.group(1) != null ? code.group(1) : code.group(2);
			Matcher word = Pattern.compile("[a-z][a-z-]*[a-z]|[a-z]").matcher(span);
			while (word.find()) {
				documented.add(word.group());
			}
		}
		Set<String> undocumented = new TreeSet<>();
		for (String keyword : GrammarUtil.getAllKeywords(grammar.getGrammar())) {
			if (keyword.matches("[a-z][a-z-]*") && !documented.contains(keyword)) {
				undocumented.add(keyword);
			}
		}
		assertEquals(Set.of(), undocumented, "keywords of GovModel.xtext that docs/language.md never shows in code");
	}

	/**
	 * The other way round: every word the language reference shows as model text is one the parser knows. Each model
	 * example (a code block) of docs/language.md parses without a syntax error, so a keyword renamed in the grammar, or
	 * one the docs invent, fails here.
	 */
	@Test
	void everyExampleInTheLanguageReferenceParses() throws IOException {
		String reference = Files.readString(Path.of("..", "docs", "language.md"), StandardCharsets.UTF_8);
		Matcher block = Pattern.compile("```[a-z]*\\n(.*?)```", Pattern.DOTALL).matcher(reference);
		List<String> unreadable = new ArrayList<>();
		int blocks = 0;
		while (block.find()) {
			blocks++;
			Model model = models.parse(block.group(1)).get(0);
			if (!model.eResource().getErrors().isEmpty()) {
				unreadable.add(model.eResource().getErrors().get(0).getMessage() + " in:\n" + block.group(1));
			}
		}
		assertTrue(blocks > 5, "the reference's examples were not found");
		assertEquals(List.of(), unreadable, "examples of docs/language.md that do not parse");
	}

	private static List<String> vocabularyWords() {
		Set<String> words = new TreeSet<>();
		for (EClassifier classifier : GovModelPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EEnum enumeration) {
				for (EEnumLiteral literal : enumeration.getELiterals()) {
					// the comparison operators (=, >=) are values too, but no one names an element with them
					if (literal.getLiteral().matches("[a-z][a-z-]*")) {
						words.add(literal.getLiteral());
					}
				}
			}
		}
		assertTrue(words.size() > 100, "the vocabularies were not read: " + words);
		return new ArrayList<>(words);
	}
}
