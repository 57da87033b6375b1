package org.govmodel.dsl.conversion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.xtext.conversion.impl.STRINGValueConverter;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.loading.ModelDiagnostic;
import org.govmodel.dsl.loading.ModelLoader;
import org.govmodel.dsl.tests.GovModelInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * Values the parser reads but cannot convert: each is one GOV-SYNTAX-001 at the characters that
 * cause it, in the model's language, with nothing of Xtext's or Java's English in it, and the
 * rest of the file checked as usual.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovModelInjectorProvider.class)
class ValueConversionErrorsTest {

	private static final String MODEL = String.join("\n",
			"institution a \"A \\uD800 b\" ministry",
			"institution b \"B \\q b\" ministry",
			"institution c \"C \\u12 b\" ministry",
			"law l \"L\" year 99999999999",
			"institution d \"\\uDC00\\uD800\\uDC00\" ministry",
			"institution e \"Fine \\u00E1 \\\" \\\\ \\t\" ministry", "");

	@Inject
	private ModelLoader loader;

	@Inject
	private Injector injector;

	@TempDir
	Path dir;

	private List<String> check(Language language) throws IOException {
		Path file = Files.writeString(dir.resolve("m.govmodel"), MODEL, StandardCharsets.UTF_8);
		List<String> result = new ArrayList<>();
		for (ModelDiagnostic d : loader.check(List.of(file), List.of(), null, language).diagnostics()) {
			result.add(d.line() + ":" + d.column() + " " + d.ruleId() + " " + d.message());
		}
		return result;
	}

	@Test
	void eachValueThatCannotBeReadIsOneErrorAtItsCharacters() throws IOException {
		assertEquals(List.of(
				"1:18 GOV-SYNTAX-001 The text holds half a surrogate pair (\\uD800), which is not a character: write the character itself or its complete pair of \\u escapes.",
				"2:18 GOV-SYNTAX-001 '\\q' is not an escape GovModel knows: write \\n, \\t, \\\", \\' or \\\\, or \\u and four hexadecimal digits, or remove the backslash.",
				"3:18 GOV-SYNTAX-001 A \\u escape in this quoted text is incomplete: write \\u and four hexadecimal digits (for example \\u00E1 for á), or write the character itself.",
				"4:16 GOV-SYNTAX-001 99999999999 is too large for a whole number here: the largest is 2147483647. Check for a typing slip (a year has four digits).",
				"5:16 GOV-SYNTAX-001 The text holds half a surrogate pair (\\uDC00), which is not a character: write the character itself or its complete pair of \\u escapes."),
				check(Language.EN));
	}

	@Test
	void inSpanishAndPortugueseNoEnglishIsLeft() throws IOException {
		for (Language language : List.of(Language.ES, Language.PT)) {
			List<String> diagnostics = check(language);
			assertEquals(5, diagnostics.size(), String.join("\n", diagnostics));
			for (String diagnostic : diagnostics) {
				for (String english : List.of("The text", "is not", "incomplete", "too large", "For input string", "ValueConverter", "Invalid", "escape sequence")) {
					assertTrue(!diagnostic.contains(english), language + ": " + diagnostic);
				}
			}
		}
		assertTrue(check(Language.ES).get(3).contains("es demasiado grande para un número entero"), check(Language.ES).get(3));
		assertTrue(check(Language.PT).get(1).contains("não é um escape que o GovModel conheça"), check(Language.PT).get(1));
	}

	/** On every text Xtext's converter accepts, the value read is Xtext's. */
	@Test
	void validTextsReadAsXtextReadsThem() {
		STRINGValueConverter xtext = injector.getInstance(STRINGValueConverter.class);
		String[] pieces = { "a", " ", "á", "\\n", "\\t", "\\b", "\\f", "\\r", "\\\"", "\\'", "\\\\", "\\u00E1", "\\u00e1", "\\uD83C\\uDFDB", "€", "'", "x\\u0041y" };
		Random random = new Random(7);
		for (int i = 0; i < 5000; i++) {
			StringBuilder literal = new StringBuilder("\"");
			for (int n = random.nextInt(8); n > 0; n--) {
				String piece = pieces[random.nextInt(pieces.length)];
				literal.append(piece.equals("'") ? "'" : piece);
			}
			literal.append('"');
			String text = literal.toString();
			assertEquals(xtext.toValue(text, null), QuotedText.value(text, null), text);
			String single = "'" + text.substring(1, text.length() - 1).replace("'", "\\'") + "'";
			assertEquals(xtext.toValue(single, null), QuotedText.value(single, null), single);
		}
	}
}
