package org.govmodel.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.validation.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The language-level diagnostics: syntax errors and recovery, duplicate names, malformed dates. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovModelInjectorProvider.class)
class DiagnosticsTest {

	@Inject
	private TestModels models;

	private List<String> ids(List<Issue> issues) {
		return issues.stream().map(i -> Rules.idOf(i.getCode())).toList();
	}

	@Test
	void aSyntaxErrorInOneBlockDoesNotHideTheRestOfTheFile() {
		Model m = models.parseOne("""
				institution a "A" ministry public {
				    members x y
				}
				institution b "B" ministry public within nosuch
				solution s digital-identity "S" { owner a status sideways }
				institution c "C" ministry public within a
				""");
		List<Issue> issues = models.errors(m);
		List<String> found = issues.stream().map(i -> i.getLineNumber() + " " + Rules.idOf(i.getCode())).distinct().sorted().toList();
		assertEquals(List.of("2 " + Rules.UNRESOLVED_REFERENCE, "2 " + Rules.SYNTAX, "4 " + Rules.UNRESOLVED_REFERENCE, "5 " + Rules.SYNTAX),
				found, models.describe(issues));
		assertTrue(issues.stream().anyMatch(i -> i.getMessage().startsWith("'sideways' does not fit here")), models.describe(issues));
		assertEquals(4, m.getElements().size(), "the elements after the errors are still parsed");
	}

	@Test
	void syntaxMessagesUseTheModellersWords() {
		List<Issue> issues = models.issues(models.parseOne("institution \"A\" ministry"));
		assertEquals(Severity.ERROR, issues.get(0).getSeverity());
		assertEquals("'\"A\"' does not fit here: check the spelling of keywords and values, the commas between list items, and the braces.",
				issues.get(0).getMessage());
		issues = models.issues(models.parseOne("institution a \"A\" ministry {\n unit u \"U\"\n"));
		assertEquals("Found the end of the file where '}' was expected. The block of body 'a' opened on line 1 is not closed: add its `}`.", issues.get(0).getMessage());
	}

	@Test
	void duplicateNamesInAFileAreErrors() {
		List<Issue> issues = models.errors(models.parseOne("institution a \"A\" ministry\nlaw a \"Act\" year 2020\ninstitution a \"A again\" ministry"));
		// a law and an institution of the same name are ambiguous to readers too
		assertEquals(3, issues.stream().filter(i -> Rules.DUPLICATE_NAME.equals(Rules.idOf(i.getCode()))).count(), models.describe(issues));
		assertTrue(issues.get(0).getMessage().contains("'a' is declared more than once"));
	}

	@Test
	void sameNameInDifferentContainersIsFine() {
		models.assertNoErrors(models.parseOne("""
				institution a "A" ministry { unit ops "Ops" }
				institution b "B" ministry { unit ops "Ops" }
				"""));
	}

	@Test
	void datesMustBeRealMonthsOrDays() {
		Model m = models.parseOne("""
				institution a "A" agency
				project p "P" {
				    owner a
				    from 2024-13 to 2025-02-30
				    milestone m "M" 2024-06-31
				}
				law l "L" dated 2024-02-29
				""");
		List<Issue> issues = models.errors(m);
		assertEquals(List.of(Rules.INVALID_DATE, Rules.INVALID_DATE, Rules.INVALID_DATE), ids(issues), models.describe(issues));
		assertTrue(issues.get(0).getMessage().startsWith("'2024-13' is not a date"));
	}

	@Test
	void negativeNumbersParseSoThatRulesCanReportThem() {
		Model m = models.parseOne("institution a \"A\" agency\nproject p \"P\" { owner a budget -5 USD }");
		assertEquals(List.of("GOV-PROJ-002"), ids(models.errors(m)));
	}
}
