package org.govmodel.dsl.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.govmodel.dsl.govModel.GovModelPackage;
import org.govmodel.dsl.govModel.Power;
import org.govmodel.dsl.govModel.SocietySector;
import org.junit.jupiter.api.Test;

class LocalizationLayerTest {

	@Test
	void languagesAreReadFromWhatUsersAndEnvironmentsSay() {
		assertEquals(Language.ES, Language.parse("es_AR.UTF-8").orElseThrow());
		assertEquals(Language.PT, Language.parse("pt-BR").orElseThrow());
		assertEquals(Language.PT, Language.parse("Português").orElseThrow());
		assertTrue(Language.parse("fr").isEmpty());
		assertEquals(Language.ES, Language.fromEnvironment(Map.of("LANG", "es_CL.UTF-8")));
		assertEquals(Language.PT, Language.fromEnvironment(Map.of("LC_ALL", "pt_BR", "LANG", "es_CL")));
		assertEquals(Language.EN, Language.fromEnvironment(Map.of()));
	}

	@Test
	void numbersMoneyAndDatesFollowTheLanguage() {
		Messages es = Messages.load("org.govmodel.dsl.i18n.vocabulary", Vocabulary.class, Language.ES);
		Messages pt = Messages.load("org.govmodel.dsl.i18n.vocabulary", Vocabulary.class, Language.PT);
		Messages en = Messages.load("org.govmodel.dsl.i18n.vocabulary", Vocabulary.class, Language.EN);
		assertEquals("2,59", es.decimal(new BigDecimal("2.5875"), 2));
		assertEquals("2.59", en.decimal(new BigDecimal("2.5875"), 2));
		assertEquals("1.200.000", pt.integer(1_200_000));
		assertEquals("1,200,000", en.integer(1_200_000));
		assertTrue(es.money(new BigDecimal("1200000"), "USD").contains("1.200.000"), es.money(new BigDecimal("1200000"), "USD"));
		assertEquals("1.200.000\u00a0UF", es.money(new BigDecimal("1200000"), "UF"));
		assertEquals("1 de marzo de 2024", es.date(LocalDate.of(2024, 3, 1)));
		assertEquals("1 de março de 2024", pt.date(LocalDate.of(2024, 3, 1)));
		assertEquals("a, b y c", es.list(java.util.List.of("a", "b", "c")));
		assertEquals("a, b e c", pt.list(java.util.List.of("a", "b", "c")));
	}

	@Test
	void modelVocabularyIsTextInEveryLanguage() {
		assertEquals("definir soluciones", new Vocabulary(Language.ES).text(Power.DEFINE_SOLUTIONS));
		assertEquals("sector público", new Vocabulary(Language.ES).text(SocietySector.PUBLIC));
		assertEquals("setor público", new Vocabulary(Language.PT).text(SocietySector.PUBLIC));
		assertEquals("define solutions", new Vocabulary(Language.EN).text(Power.DEFINE_SOLUTIONS));
		assertEquals("atribución", new Vocabulary(Language.ES).kind(GovModelPackage.Literals.POWER));
	}

	@Test
	void everyEnumAndEachOfItsValuesHaveAWordInEveryLanguage() throws IOException {
		Set<String> keys = new TreeSet<>();
		for (EClassifier classifier : GovModelPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EEnum eenum) {
				keys.add(Vocabulary.kindKey(eenum));
				for (EEnumLiteral literal : eenum.getELiterals()) {
					keys.add(Vocabulary.key((Enumerator) literal.getInstance()));
				}
			}
		}
		for (String suffix : new String[] { "", "_es", "_pt" }) {
			Properties bundle = bundle("vocabulary" + suffix);
			for (String key : keys) {
				assertTrue(bundle.containsKey(key), key + " missing in vocabulary" + suffix);
			}
			assertEquals(keys, new TreeSet<>(bundle.stringPropertyNames()), "vocabulary" + suffix + " has keys of no enum value");
		}
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Vocabulary.class.getResourceAsStream(name + ".properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
