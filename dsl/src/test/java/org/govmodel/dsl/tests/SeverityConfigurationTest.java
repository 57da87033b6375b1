package org.govmodel.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.validation.RuleSettings;
import org.govmodel.dsl.validation.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Users change a rule's severity without touching the language. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovModelInjectorProvider.class)
class SeverityConfigurationTest {

	private static final String MODEL = "directive institution sec \"Secretariat\" secretariat {\n    cio \"CIO\" rank undersecretary\n}";

	@Inject
	private TestModels models;

	private List<Issue> autonomyIssues(Model model) {
		return models.issues(model).stream().filter(i -> "GOV-AUTO-001".equals(Rules.idOf(i.getCode()))).toList();
	}

	@Test
	void byDefaultARuleHasItsCatalogueSeverity() {
		List<Issue> issues = autonomyIssues(models.parseOne(MODEL));
		assertEquals(1, issues.size());
		assertEquals(Severity.WARNING, issues.get(0).getSeverity());
	}

	@Test
	void offSilencesARuleAndErrorRaisesIt() {
		Model off = models.parseOne(MODEL);
		assertNull(RuleSettings.of(off.eResource().getResourceSet()).set("GOV-AUTO-001", "off"));
		assertEquals(List.of(), autonomyIssues(off));

		Model error = models.parseOne(MODEL);
		assertNull(RuleSettings.of(error.eResource().getResourceSet()).set("GOV-AUTO-001", "ERROR"));
		assertEquals(Severity.ERROR, autonomyIssues(error).get(0).getSeverity());
	}

	@Test
	void unknownIdsUnknownSeveritiesAndFixedRulesAreRefusedWithAReason() {
		RuleSettings settings = new RuleSettings();
		assertTrue(settings.set("GOV-NOPE-001", "off").startsWith("Unknown rule id 'GOV-NOPE-001'"));
		assertTrue(settings.set("GOV-AUTO-001", "loud").startsWith("Unknown severity 'loud'"));
		assertTrue(settings.set("GOV-SYNTAX-001", "off").contains("cannot be changed"));
		assertTrue(settings.options().isEmpty());
	}
}
