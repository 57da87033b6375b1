package org.govmodel.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.validation.Issue;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.validation.Rules;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Regressions of an audit: models that validated while jurisdictions had no place in any report (a second
 * jurisdiction in one file; two jurisdictions naming each other with {@code of}) are errors now, at the
 * jurisdiction, with what to do; the ways of declaring parents that the reports do show stay free of them.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovModelInjectorProvider.class)
class JurisdictionHierarchyTest {

	@Inject
	private TestModels models;

	@Test
	void aSecondJurisdictionInOneFileIsAnErrorAtItsName() {
		Model m = models.parseOne("jurisdiction a \"Alpha\" country\njurisdiction b \"Beta\" country\ninstitution x \"X\" ministry public\n");
		assertEquals(List.of("2:14 GOV-JUR-001 'b' is a second jurisdiction in the file that describes 'a', so it has no place in the reports: "
				+ "move it, with what belongs to it, to a file of its own, or, if 'a' lies within it, write `of b` on 'a'."), errors(m));
	}

	@Test
	void twoJurisdictionsNamingEachOtherAsParentInTwoFilesAreAnErrorInEach() {
		List<Model> m = models.parse("jurisdiction j0 \"J\" country of j1\n", "jurisdiction j1 \"J\" country of j0\n");
		assertEquals(List.of(loopAt("1:32", "j0", "j0 -> j1 -> j0")), errors(m.get(0)));
		assertEquals(List.of(loopAt("1:32", "j1", "j1 -> j0 -> j1")), errors(m.get(1)));
	}

	@Test
	void aJurisdictionWithinItselfIsAnError() {
		Model m = models.parseOne("jurisdiction j \"J\" province of j\n");
		assertEquals(List.of(loopAt("1:32", "j", "j -> j")), errors(m));
	}

	@Test
	void aJurisdictionBelowALoopIsNotInTheLoop() {
		List<Model> m = models.parse("jurisdiction j0 \"J0\" country of j1\njurisdiction j1 \"J1\" country of j0\n", "jurisdiction city \"City\" municipality of j0\n");
		assertEquals(List.of(), errors(m.get(1)));
		assertEquals(2, errors(m.get(0)).size());
	}

	@Test
	void theMessagesSayWhatToDoInSpanishAndPortuguese() {
		String model = "jurisdiction a \"Alpha\" country\njurisdiction b \"Beta\" country\n";
		assertEquals(List.of("2:14 GOV-JUR-001 'b' es una segunda jurisdicción en el archivo que describe 'a', por lo que no tiene lugar en los informes: "
				+ "muévala, con lo que le pertenece, a un archivo propio o, si 'a' está dentro de ella, escriba `of b` en 'a'."),
				errors(models.parse(Language.ES, model).get(0)));
		assertEquals(List.of("2:14 GOV-JUR-001 'b' é uma segunda jurisdição no arquivo que descreve 'a', por isso não tem lugar nos relatórios: "
				+ "mova-a, com o que lhe pertence, para um arquivo próprio ou, se 'a' estiver dentro dela, escreva `of b` em 'a'."),
				errors(models.parse(Language.PT, model).get(0)));
	}

	@Test
	void parentsDeclaredBesideTheirChildOrInAFileOfTheirOwnAreNoError() {
		// the language guide's example: a country declared beside its province
		models.assertNoErrors(models.parseOne("jurisdiction argentina \"República Argentina\" country\n"
				+ "jurisdiction cordoba \"Provincia de Córdoba\" province of argentina\ninstitution x \"X\" ministry public\n"));
		// a file of countries, each the parent of a province described elsewhere
		List<Model> countries = models.parse("jurisdiction ar \"Argentina\" country\njurisdiction cl \"Chile\" country\n",
				"namespace p1\njurisdiction cba \"Córdoba\" province of ar\ninstitution x \"X\" ministry public\n",
				"namespace p2\njurisdiction bio \"Biobío\" region of cl\ninstitution x \"X\" ministry public\n");
		countries.forEach(models::assertNoErrors);
		// a hierarchy declared in one file, a municipality below it in another
		List<Model> regions = models.parse("jurisdiction ar \"Argentina\" country\njurisdiction cba \"Córdoba\" province of ar\n",
				"jurisdiction city \"Ciudad de Córdoba\" municipality of cba\ninstitution x \"X\" ministry public\n");
		regions.forEach(models::assertNoErrors);
	}

	@Test
	void aSecondJurisdictionStopsBeingAnErrorOnceAnotherFileNamesItAsParent() {
		List<Model> m = models.parse("jurisdiction a \"Alpha\" country\njurisdiction b \"Beta\" country\ninstitution x \"X\" ministry public\n",
				"namespace below\njurisdiction c \"Gamma\" province of b\n");
		models.assertNoErrors(m.get(0));
	}

	private static String loopAt(String position, String jurisdiction, String path) {
		return position + " GOV-JUR-002 '" + jurisdiction + "' lies within itself through `of` (" + path
				+ "): a hierarchy of jurisdictions has a top; remove `of` from the jurisdiction that contains the others.";
	}

	private List<String> errors(Model model) {
		return models.errors(model).stream().map(JurisdictionHierarchyTest::line).toList();
	}

	private static String line(Issue issue) {
		return issue.getLineNumber() + ":" + issue.getColumn() + " " + Rules.idOf(issue.getCode()) + " " + issue.getMessage();
	}
}
