package org.govmodel.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.ComposedChecks;
import org.eclipse.xtext.validation.Issue;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.validation.GovModelValidator;
import org.govmodel.dsl.validation.Rules;
import org.govmodel.dsl.validation.rules.Rule;
import org.govmodel.dsl.validation.rules.RuleCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/**
 * Every rule of the catalogue, checked against its own examples: the bad one
 * raises it (id, severity, line), the good one does not.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovModelInjectorProvider.class)
class RuleCatalogTest {

	@Inject
	private TestModels models;

	static Stream<Rule> rulesWithExamples() {
		return RuleCatalog.all().stream().filter(r -> !r.bad().isEmpty());
	}

	private Model parseWithCompanion(Rule rule, String example) {
		return rule.companion().isEmpty() ? models.parseOne(example) : models.parse(example, rule.companion()).get(0);
	}

	private List<Issue> issuesOf(Rule rule, List<Issue> issues) {
		return issues.stream().filter(i -> rule.id().equals(Rules.idOf(i.getCode()))).toList();
	}

	private static boolean breaksParsingOrLinking(Issue issue) {
		String id = Rules.idOf(issue.getCode());
		return id.equals(Rules.SYNTAX) || id.equals(Rules.UNRESOLVED_REFERENCE);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rulesWithExamples")
	void theBadExampleBreaksTheRuleWhereTheCatalogueSays(Rule rule) {
		Model model = parseWithCompanion(rule, rule.bad());
		List<Issue> issues = models.issues(model);
		List<Issue> raised = issuesOf(rule, issues);
		assertFalse(raised.isEmpty(), rule.id() + " not raised by its bad example; got:\n" + models.describe(issues));
		assertTrue(raised.stream().anyMatch(i -> i.getLineNumber() == rule.badLine()), rule.id() + " expected at line " + rule.badLine() + ":\n" + models.describe(raised));
		assertTrue(raised.stream().allMatch(i -> i.getSeverity() == rule.severity()), rule.id() + " severity:\n" + models.describe(raised));
		if (!rule.id().equals(Rules.SYNTAX) && !rule.id().equals(Rules.UNRESOLVED_REFERENCE)) {
			assertTrue(issues.stream().noneMatch(RuleCatalogTest::breaksParsingOrLinking), "the bad example must parse and link:\n" + models.describe(issues));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rulesWithExamples")
	void theGoodExampleSatisfiesTheRule(Rule rule) {
		List<Issue> issues = models.issues(parseWithCompanion(rule, rule.good()));
		assertEquals(List.of(), issuesOf(rule, issues), models.describe(issues));
		assertTrue(issues.stream().noneMatch(RuleCatalogTest::breaksParsingOrLinking), "the good example must parse and link:\n" + models.describe(issues));
	}

	@Test
	void everyRuleIsIdentifiedAndDocumented() {
		Set<String> ids = new HashSet<>();
		for (Rule rule : RuleCatalog.all()) {
			assertTrue(rule.id().matches("GOV-[A-Z]+-\\d{3}"), rule.id());
			assertTrue(ids.add(rule.id()), "duplicate id " + rule.id());
			assertFalse(rule.title().isBlank() || rule.rationale().isBlank() || rule.guide().isBlank(), rule.id());
			assertTrue(!rule.configurable() || !rule.bad().isEmpty(), rule.id() + " needs examples");
		}
	}

	@Test
	void everyRuleFamilyIsComposedIntoTheValidator() {
		ComposedChecks composed = GovModelValidator.class.getAnnotation(ComposedChecks.class);
		List<Class<?>> validators = Arrays.asList(composed.validators());
		for (Class<?> family : RuleCatalog.FAMILIES) {
			assertTrue(validators.contains(family), family.getSimpleName() + " is not in @ComposedChecks");
		}
	}
}
