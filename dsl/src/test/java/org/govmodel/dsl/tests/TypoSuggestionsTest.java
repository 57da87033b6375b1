package org.govmodel.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.govmodel.dsl.validation.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Mistyped names get a "did you mean" over the names in scope (issue 18). */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovModelInjectorProvider.class)
class TypoSuggestionsTest {

	@Inject
	private TestModels models;

	private Issue firstUnresolved(String text) {
		List<Issue> issues = models.issues(models.parseOne(text));
		return issues.stream().filter(i -> Rules.UNRESOLVED_REFERENCE.equals(Rules.idOf(i.getCode()))).findFirst()
				.orElseThrow(() -> new AssertionError(models.describe(issues)));
	}

	@Test
	void aSwappedLetterInABodyNameSuggestsTheBody() {
		Issue issue = firstUnresolved("directive institution secGD \"Secretariat\" secretariat\noperational institution agency \"Agency\" agency {\n    under secDG\n}");
		assertEquals(3, issue.getLineNumber());
		assertTrue(issue.getMessage().startsWith("Unknown body, unit or authority 'secDG': did you mean 'secGD'?"), issue.getMessage());
	}

	@Test
	void aMistypedLibraryKindIsATypoNotAMissingDeclaration() {
		Issue issue = firstUnresolved("solution eid digital-identiy \"eID\"");
		assertTrue(issue.getMessage().startsWith("Unknown solution kind 'digital-identiy': did you mean 'digital-identity'?"), issue.getMessage());
		assertFalse(issue.getMessage().contains("import"), issue.getMessage());
	}

	@Test
	void aNameFarFromEveryNameInScopeGetsNoGuess() {
		Issue issue = firstUnresolved("operational institution agency \"Agency\" agency {\n    under ministryOfEverything\n}");
		assertFalse(issue.getMessage().contains("did you mean"), issue.getMessage());
	}
}
