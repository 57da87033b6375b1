package org.govmodel.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;

/**
 * ICU's Portuguese rules put 0 in the "one" case ("0 arquivo gravado"), while the texts a Brazilian
 * reader expects count zero in the plural ("0 arquivos gravados"). So every plural of every Portuguese
 * bundle in the repository, whichever module formats it, names an {@code =0} case.
 */
class PortugueseZeroTest {

	@Test
	void icuCountsZeroAsOneInPortuguese() {
		// the reason for the rule below: if ICU ever changes this, the =0 cases become merely redundant
		assertEquals(PluralRules.KEYWORD_ONE, PluralRules.forLocale(Locale.forLanguageTag("pt")).select(0));
	}

	@Test
	void everyPortuguesePluralSaysZeroInThePlural() throws IOException {
		List<Path> bundles = portugueseBundles();
		assertTrue(bundles.size() >= 10, "found only " + bundles);
		List<String> missing = new ArrayList<>();
		for (Path bundle : bundles) {
			Properties texts = new Properties();
			try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
				texts.load(in);
			}
			for (String key : texts.stringPropertyNames()) {
				String text = texts.getProperty(key);
				// only texts with a plural are ICU patterns for sure (some bundles hold plain text with braces)
				if (text.contains("plural") && pluralsWithoutZero(text) > 0) {
					missing.add(bundle + " " + key);
				}
			}
		}
		assertTrue(missing.isEmpty(), "plurals without an =0 case: " + missing);
	}

	@Test
	void aZeroCountReadsInThePlural() {
		String written = "{count, plural, =0 {# arquivos gravados} one {# arquivo gravado} other {# arquivos gravados}}";
		assertEquals("0 arquivos gravados", new MessageFormat(written, Locale.forLanguageTag("pt")).format(Map.of("count", 0)));
		assertEquals("1 arquivo gravado", new MessageFormat(written, Locale.forLanguageTag("pt")).format(Map.of("count", 1)));
		assertEquals(1, pluralsWithoutZero("{count, plural, one {# arquivo} other {# arquivos}}"));
		assertEquals(1, pluralsWithoutZero("{n, plural, =0 {nada} other {{m, plural, one {#} other {#}}}}"), "a nested plural counts on its own");
	}

	private static List<Path> portugueseBundles() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of(".."), 14)) {
			return files.filter(p -> p.getFileName().toString().endsWith("_pt.properties"))
					.filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/node_modules/")
							&& !p.toString().contains("/.git/"))
					.sorted().toList();
		}
	}

	/** Plurals that name no =0 case among their own selectors (those of plurals nested in their cases count for those). */
	private static int pluralsWithoutZero(String text) {
		MessagePattern pattern = new MessagePattern(text);
		int withoutZero = 0;
		for (int i = 0; i < pattern.countParts(); i++) {
			MessagePattern.Part part = pattern.getPart(i);
			if (part.getType() == MessagePattern.Part.Type.ARG_START && part.getArgType() == MessagePattern.ArgType.PLURAL) {
				withoutZero++;
				int limit = pattern.getLimitPartIndex(i);
				for (int j = i + 1; j < limit; j++) {
					MessagePattern.Part selector = pattern.getPart(j);
					if (selector.getType() == MessagePattern.Part.Type.ARG_SELECTOR && pattern.partSubstringMatches(selector, "=0")) {
						withoutZero--;
						break;
					}
					if (selector.getType() == MessagePattern.Part.Type.MSG_START) {
						j = pattern.getLimitPartIndex(j); // skip the case's message: its nested plurals count on their own
					}
				}
			}
		}
		return withoutZero;
	}
}
