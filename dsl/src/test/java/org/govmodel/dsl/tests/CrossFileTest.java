package org.govmodel.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.govmodel.dsl.govModel.Body;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.govModel.Solution;
import org.govmodel.dsl.validation.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** References across files, namespaces and imports, and what a modeller sees when one does not resolve. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovModelInjectorProvider.class)
class CrossFileTest {

	@Inject
	private TestModels models;

	@Test
	void namesOfAFileWithoutNamespaceAreVisibleInTheOtherFilesOfTheModel() {
		List<Model> m = models.parse(
				"institution minFin \"Finance\" ministry public",
				"directive institution sec \"Secretariat\" secretariat public within minFin");
		Body sec = (Body) m.get(1).getElements().get(0);
		assertSame(m.get(0).getElements().get(0), sec.getHost());
		models.assertNoErrors(m.get(1));
	}

	@Test
	void namespacedNamesResolveQualifiedOrThroughAnImport() {
		List<Model> m = models.parse(
				"namespace national\ninstitution agency \"Agency\" agency public { unit id \"Identity\" }",
				"solution a digital-identity \"A\" { owner national.agency.id }",
				"import national.*\nsolution b digital-identity \"B\" { owner agency.id }",
				"import national.agency\nsolution c digital-identity \"C\" { owner agency }");
		for (int i = 1; i < 4; i++) {
			Solution solution = (Solution) m.get(i).getElements().get(0);
			assertFalse(solution.getOwner().eIsProxy(), "file " + i);
			models.assertNoErrors(m.get(i));
		}
	}

	@Test
	void withoutImportANamespacedNameDoesNotResolveAndTheMessageSaysWhatToDo() {
		List<Model> m = models.parse(
				"namespace national\ninstitution agency \"Agency\" agency public",
				"solution a digital-identity \"A\" { owner agency }");
		List<Issue> issues = models.errors(m.get(1));
		assertEquals(1, issues.size(), models.describe(issues));
		Issue issue = issues.get(0);
		assertEquals(Rules.idOf(issue.getCode()), Rules.UNRESOLVED_REFERENCE);
		assertEquals(1, issue.getLineNumber());
		assertEquals(41, issue.getColumn());
		assertEquals("Unknown body, unit or authority 'agency': declare it, import the file or namespace that declares it, or check the spelling.",
				issue.getMessage());
	}

	@Test
	void anUnknownVariableCodeIsReportedOnceAgainstTheFramework() {
		Model m = models.parseOne("assessment a of maturity year 2023 {\n 1.1.1 = 2\n 9.9 = 3\n}");
		List<Issue> issues = models.errors(m);
		assertEquals(1, issues.size(), models.describe(issues));
		assertEquals(3, issues.get(0).getLineNumber());
		assertTrue(issues.get(0).getMessage().startsWith("Framework 'maturity' has no variable with code 9.9"));
	}

	@Test
	void anUnknownFrameworkIsOneErrorNotOnePerScoreLine() {
		Model m = models.parseOne("assessment a of nosuch year 2023 {\n 1.1.1 = 2\n 1.1.2 = 3\n}");
		List<Issue> issues = models.errors(m);
		assertEquals(1, issues.size(), models.describe(issues));
		assertTrue(issues.get(0).getMessage().startsWith("Unknown framework 'nosuch'"));
	}
}
