package org.govmodel.dsl.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.StringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.govmodel.dsl.govModel.GovModelFactory;
import org.govmodel.dsl.govModel.GovModelPackage;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.govModel.Scale;
import org.govmodel.dsl.govModel.SolutionKind;
import org.govmodel.dsl.govModel.Tier;
import org.govmodel.dsl.govModel.TierDefinition;
import org.govmodel.dsl.i18n.Language;
import org.govmodel.dsl.library.StandardLibrary;
import org.govmodel.dsl.scoring.ScaleLevels;
import org.govmodel.dsl.tests.GovModelInjectorProvider;
import org.govmodel.dsl.util.Stated;
import org.govmodel.dsl.validation.rules.ConsistencyRules;
import org.govmodel.dsl.validation.rules.Rule;
import org.govmodel.dsl.validation.rules.RuleTexts;
import org.govmodel.dsl.validation.rules.SolutionRules;
import org.govmodel.dsl.validation.rules.TierRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Facts about tiers, scores and solution kinds live in the standard library (or, for what a high score is, in one
 * constant), and the rules follow them: each test edits the library in its resource set, as a jurisdiction with a
 * framework of its own would, and sees the rules change with it. A second copy of a fact in a rule would make the
 * rule ignore the edit, and the test fail.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovModelInjectorProvider.class)
class LibraryFactsTest {

	private static final String NO_DIRECTIVE = "jurisdiction land \"Land\" country\nstrategic group council \"Council\"\n";

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private StandardLibrary library;

	@Inject
	private IResourceValidator validator;

	/** The set of tiers is the grammar's; the library defines each one fully, and a rule reports each one missing. */
	@Test
	void theLibraryDefinesEveryTierOfTheGrammar() {
		XtextResourceSet resourceSet = resourceSets.get();
		library.loadInto(resourceSet);
		List<TierDefinition> definitions = new ArrayList<>();
		resourceSet.getResources().forEach(resource -> resource.getAllContents().forEachRemaining(element -> {
			if (element instanceof TierDefinition definition) {
				definitions.add(definition);
			}
		}));
		assertEquals(List.of(Tier.values()), definitions.stream().map(TierDefinition::getTier).toList(), "one definition per tier, from the top");
		for (TierDefinition definition : definitions) {
			assertTrue(Stated.isStated(definition, GovModelPackage.Literals.TIER_DEFINITION__FORM), definition.getTier() + " states its form");
			assertTrue(definition.getDesignation() != null && !definition.getDesignation().eIsProxy(), definition.getTier() + " names its designation variable");
			assertTrue(definition.getLegalBacking() != null && !definition.getLegalBacking().eIsProxy(), definition.getTier() + " names its legal backing");
		}
		String missing = "jurisdiction land \"Land\" country\n";
		List<Issue> issues = issues(UnaryOperator.identity(), missing);
		assertEquals(List.of(1), lines(issues, TierRules.STRATEGIC_MISSING));
		assertEquals(List.of(1), lines(issues, TierRules.DIRECTIVE_MISSING));
		assertEquals(List.of(1), lines(issues, TierRules.OPERATIONAL_MISSING));
	}

	@Test
	void theDesignationVariableIsTheLibrarysNotTheFirstOfTheComponent() {
		String scores = "assessment y2023 of maturity year 2023 {\n    1.2.1 = 4\n    1.2.2 = 4\n}\n";
		List<Issue> eclac = issues(UnaryOperator.identity(), NO_DIRECTIVE + scores);
		assertEquals(List.of(4), lines(eclac, ConsistencyRules.TIER_SCORED_WITHOUT_BODY), "1.2.1 scores the directive tier's designation");
		assertTrue(message(eclac, TierRules.DIRECTIVE_MISSING).contains("1.2.1"), message(eclac, TierRules.DIRECTIVE_MISSING));

		List<Issue> moved = issues(tiers -> tiers.replace("designation maturity.1.2.1", "designation maturity.1.2.2"), NO_DIRECTIVE + scores);
		assertEquals(List.of(5), lines(moved, ConsistencyRules.TIER_SCORED_WITHOUT_BODY), "the library now says 1.2.2");
		assertTrue(message(moved, TierRules.DIRECTIVE_MISSING).contains("1.2.2"), message(moved, TierRules.DIRECTIVE_MISSING));
	}

	/** The rules that read the designation variable do not name it in their titles and rationales (their guide references may cite the guide's table). */
	@Test
	void theDesignationRulesDoNotNameTheVariable() {
		for (Rule rule : List.of(TierRules.STRATEGIC_MISSING, TierRules.DIRECTIVE_MISSING, TierRules.OPERATIONAL_MISSING, ConsistencyRules.TIER_SCORED_WITHOUT_BODY)) {
			for (Language language : Language.values()) {
				RuleTexts words = new RuleTexts(language);
				String text = words.title(rule) + " " + words.rationale(rule);
				assertFalse(text.matches("(?s).*\\b1\\.[123]\\.1\\b.*"), rule.id() + " (" + language + ") names a designation variable: " + text);
			}
		}
	}

	@Test
	void eachTiersFormIsTheLibrarys() {
		String group = "directive group board \"Digital board\"\n";
		assertEquals(List.of(1), lines(issues(UnaryOperator.identity(), group), TierRules.GROUP_IN_EXECUTIVE_TIER));
		assertEquals(List.of(), lines(issues(tiers -> tiers.replace("tier directive institution", "tier directive group"), group), TierRules.GROUP_IN_EXECUTIVE_TIER));

		String strategicGroup = "strategic group council \"Council\"\n";
		assertEquals(List.of(), lines(issues(UnaryOperator.identity(), strategicGroup), TierRules.GROUP_IN_EXECUTIVE_TIER));
		assertEquals(List.of(1), lines(issues(tiers -> tiers.replace("tier strategic group", "tier strategic institution"), strategicGroup),
				TierRules.GROUP_IN_EXECUTIVE_TIER));

		String missing = "jurisdiction land \"Land\" country\n";
		assertTrue(message(issues(UnaryOperator.identity(), missing), TierRules.STRATEGIC_MISSING).contains("`strategic group ...`"));
		String institution = message(issues(tiers -> tiers.replace("tier strategic group", "tier strategic institution"), missing), TierRules.STRATEGIC_MISSING);
		assertTrue(institution.contains("`strategic institution ...`"), institution);
	}

	@Test
	void aHighScoreIsTheUpperThirdOfTheLibrarysScale() {
		String scores = "assessment y2023 of maturity year 2023 {\n    1.2.1 = 3\n}\n";
		assertEquals(List.of(4), lines(issues(UnaryOperator.identity(), NO_DIRECTIVE + scores), ConsistencyRules.TIER_SCORED_WITHOUT_BODY), "3 of 1-4 is high");
		// on a 1-7 scale the upper third starts at 5
		UnaryOperator<String> longer = maturity -> maturity.replace("scale 1 to 4", "scale 1 to 7");
		assertEquals(List.of(), lines(issuesWithFramework(longer, NO_DIRECTIVE + scores), ConsistencyRules.TIER_SCORED_WITHOUT_BODY));
		assertEquals(List.of(4), lines(issuesWithFramework(longer, NO_DIRECTIVE + scores.replace("= 3", "= 5")), ConsistencyRules.TIER_SCORED_WITHOUT_BODY));

		Scale unit = GovModelFactory.eINSTANCE.createScale();
		unit.setMin(BigDecimal.ZERO);
		unit.setMax(BigDecimal.ONE);
		assertTrue(ScaleLevels.isHigh(unit, new BigDecimal("0.667")));
		assertFalse(ScaleLevels.isHigh(unit, new BigDecimal("0.666")));
	}

	@Test
	void solutionKindPrerequisitesAreTheLibrarys() {
		Rule rule = SolutionRules.MISSING_PREREQUISITE;
		assertEquals(List.of(rule.badLine()), lines(issues(UnaryOperator.identity(), rule.bad()), rule));
		assertEquals(List.of(), lines(issuesWithSolutions(kinds -> kinds.replace("\"Digital signature\" requires digital-identity", "\"Digital signature\""), rule.bad()), rule));
		assertEquals(List.of(), lines(issues(UnaryOperator.identity(), rule.good()), rule));
		assertEquals(List.of(3), lines(issuesWithSolutions(kinds -> kinds.replace("\"Digital identity and authentication\"",
				"\"Digital identity and authentication\" requires interoperability"), rule.good()), rule), "the library's new prerequisite is enforced");
	}

	/**
	 * The rules' texts do not restate the library's prerequisites or the kinds a variable measures: no text of the rules
	 * that read them names a solution kind of the library, in any language, nor does their section of docs/rules.md.
	 */
	@Test
	void theRulesThatReadSolutionKindsDoNotNameThem() throws IOException {
		XtextResourceSet resourceSet = resourceSets.get();
		library.loadInto(resourceSet);
		List<String> kinds = new ArrayList<>();
		for (Resource resource : resourceSet.getResources()) {
			resource.getAllContents().forEachRemaining(element -> {
				if (element instanceof SolutionKind kind) {
					kinds.add(kind.getName().replace('-', ' '));
					kinds.add(kind.getTitle().toLowerCase());
					kind.getTranslations().forEach(translation -> kinds.add(translation.getTitle().toLowerCase()));
				}
			});
		}
		String catalogue = Files.readString(Path.of("..", "docs", "rules.md"), StandardCharsets.UTF_8);
		for (Rule rule : List.of(SolutionRules.MISSING_PREREQUISITE, ConsistencyRules.SOLUTION_SCORED_WITHOUT_SOLUTION)) {
			List<String> texts = new ArrayList<>();
			for (Language language : Language.values()) {
				RuleTexts words = new RuleTexts(language);
				texts.add(words.title(rule) + " " + words.rationale(rule) + " " + words.guide(rule));
			}
			int section = catalogue.indexOf("\n## " + rule.id());
			texts.add(catalogue.substring(section, catalogue.indexOf("```", section)));
			for (String text : texts) {
				String normalised = text.toLowerCase().replace('-', ' ');
				for (String kind : kinds) {
					assertFalse(normalised.contains(kind), rule.id() + " names the library's kind '" + kind + "': " + text);
				}
			}
		}
	}

	private List<Issue> issues(UnaryOperator<String> tiers, String model) {
		return issues("eclac-tiers.govmodel", tiers, model);
	}

	private List<Issue> issuesWithFramework(UnaryOperator<String> maturity, String model) {
		return issues("eclac-maturity.govmodel", maturity, model);
	}

	private List<Issue> issuesWithSolutions(UnaryOperator<String> kinds, String model) {
		return issues("eclac-solutions.govmodel", kinds, model);
	}

	/** The model's issues, validated against the standard library with one of its files edited. */
	private List<Issue> issues(String libraryFile, UnaryOperator<String> edit, String model) {
		XtextResourceSet resourceSet = resourceSets.get();
		library.loadInto(resourceSet);
		XtextResource edited = (XtextResource) resourceSet.getResources().stream().filter(r -> r.getURI().lastSegment().equals(libraryFile)).findFirst().orElseThrow();
		String original = edited.getParseResult().getRootNode().getText();
		String changed = edit.apply(original);
		try {
			edited.reparse(changed);
			Resource resource = resourceSet.createResource(URI.createURI("memory:/m0.govmodel"));
			resource.load(new StringInputStream(model, "UTF-8"), resourceSet.getLoadOptions());
			assertTrue(edited.getErrors().isEmpty(), "the edited library parses: " + edited.getErrors());
			return validator.validate((XtextResource) resource, CheckMode.ALL, CancelIndicator.NullImpl);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static List<Integer> lines(List<Issue> issues, Rule rule) {
		return issues.stream().filter(issue -> rule.id().equals(Rules.idOf(issue.getCode()))).map(Issue::getLineNumber).toList();
	}

	private static String message(List<Issue> issues, Rule rule) {
		return issues.stream().filter(issue -> rule.id().equals(Rules.idOf(issue.getCode()))).map(Issue::getMessage).findFirst()
				.orElseThrow(() -> new AssertionError(rule.id() + " not reported"));
	}
}
