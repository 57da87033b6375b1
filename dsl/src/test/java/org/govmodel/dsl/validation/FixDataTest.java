package org.govmodel.dsl.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.govmodel.dsl.govModel.Audience;
import org.govmodel.dsl.govModel.BodyForm;
import org.govmodel.dsl.govModel.Model;
import org.govmodel.dsl.govModel.Rank;
import org.govmodel.dsl.govModel.Tier;
import org.govmodel.dsl.services.GovModelGrammarAccess;
import org.govmodel.dsl.tests.GovModelInjectorProvider;
import org.govmodel.dsl.tests.TestModels;
import org.govmodel.dsl.validation.rules.AssessmentRules.MissingScores;
import org.govmodel.dsl.validation.rules.AuthorityRules.RequiredRank;
import org.govmodel.dsl.validation.rules.AutonomyAspect;
import org.govmodel.dsl.validation.rules.AutonomyRules;
import org.govmodel.dsl.validation.rules.AutonomyRules.UnstatedAspects;
import org.govmodel.dsl.validation.rules.FixData;
import org.govmodel.dsl.validation.rules.FixDataCodec;
import org.govmodel.dsl.validation.rules.LeverRules.PenalisedAudience;
import org.govmodel.dsl.validation.rules.Rule;
import org.govmodel.dsl.validation.rules.RuleCatalog;
import org.govmodel.dsl.validation.rules.SolutionRules.Prerequisite;
import org.govmodel.dsl.validation.rules.TierRules;
import org.govmodel.dsl.validation.rules.TierRules.MissingTier;
import org.govmodel.dsl.validation.rules.TierRules.StrategicBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/**
 * Quick-fix data as typed records: every rule that offers a quick fix names the record its diagnostics carry, each
 * catalogue example's diagnostic carries one that decodes, and the encoding survives versions (unknown components
 * ignored, missing ones null, positional data from older versions refused rather than misread).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovModelInjectorProvider.class)
class FixDataTest {

	@Inject
	private TestModels models;

	@Inject
	private GovModelGrammarAccess grammar;

	static Stream<Rule> rulesWithFixData() {
		return RuleCatalog.all().stream().filter(rule -> rule.fixData() != null);
	}

	@Test
	void onlyRulesWithAQuickFixCarryData() {
		List<String> stray = RuleCatalog.all().stream().filter(rule -> rule.fixData() != null && rule.quickFix() == null).map(Rule::id).toList();
		assertEquals(List.of(), stray);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rulesWithFixData")
	void theCataloguesExampleCarriesTheRulesRecord(Rule rule) {
		List<Model> parsed = rule.companion().isEmpty() ? models.parse(rule.bad()) : models.parse(rule.bad(), rule.companion());
		Issue issue = models.issues(parsed.get(0)).stream().filter(candidate -> rule.id().equals(Rules.idOf(candidate.getCode()))).findFirst()
				.orElseThrow(() -> new AssertionError(rule.id() + " not reported on its example"));
		assertEquals(FixDataCodec.FORMAT, issue.getData()[0], "the data says its format");
		Optional<? extends FixData> data = FixDataCodec.decode(rule.fixData(), List.of(issue.getData()));
		assertTrue(data.isPresent(), rule.id() + ": " + Arrays.toString(issue.getData()));
		assertArrayEquals(issue.getData(), FixDataCodec.encode(data.get()), "decoding and encoding again changes nothing");
	}

	@Test
	void everyKindOfComponentRoundTrips() {
		List<FixData> samples = List.of(new MissingTier(Tier.DIRECTIVE, BodyForm.INSTITUTION), new StrategicBody("council"), new StrategicBody(null),
				new RequiredRank(Rank.UNDERSECRETARY), new PenalisedAudience(Audience.PUBLIC), new MissingScores(List.of("1.1.2", "1.1.3")),
				new MissingScores(List.of()), new Prerequisite("eclac.digital-identity", List.of("eid", "health.eid")),
				new UnstatedAspects(List.of(AutonomyAspect.BUDGET, AutonomyAspect.TRANSPARENCY)),
				new TierRules.TierForm(BodyForm.GROUP), new MissingScores(List.of("a=b", "c")));
		for (FixData sample : samples) {
			assertEquals(Optional.of(sample), FixDataCodec.decode(sample.getClass(), List.of(FixDataCodec.encode(sample))), sample.toString());
		}
	}

	@Test
	void aNewerWritersExtraComponentsAreIgnoredAndMissingOnesAreNull() {
		List<String> newer = List.of(FixDataCodec.FORMAT, "tier=operational", "form=institution", "since=2031");
		assertEquals(Optional.of(new MissingTier(Tier.OPERATIONAL, BodyForm.INSTITUTION)), FixDataCodec.decode(MissingTier.class, newer));
		MissingTier older = FixDataCodec.decode(MissingTier.class, List.of(FixDataCodec.FORMAT, "tier=strategic")).orElseThrow();
		assertEquals(Tier.STRATEGIC, older.tier());
		assertNull(older.form(), "a component the writer did not know is null, and the fix declines");
		MissingTier unknownValue = FixDataCodec.decode(MissingTier.class, List.of(FixDataCodec.FORMAT, "tier=federal")).orElseThrow();
		assertNull(unknownValue.tier(), "a value the reader does not know is null");
	}

	@Test
	void positionalDataOfOlderVersionsIsNotMisread() {
		assertEquals(Optional.empty(), FixDataCodec.decode(StrategicBody.class, List.of("council")));
		assertEquals(Optional.empty(), FixDataCodec.decode(UnstatedAspects.class, List.of("operational-independence", "budget")));
		assertEquals(Optional.empty(), FixDataCodec.decode(StrategicBody.class, List.of()));
	}

	@Test
	void theAutonomyRuleNamesTheAspectsItsDataCarries() {
		Model model = models.parseOne("directive institution sec \"Secretariat\" secretariat {\n    autonomy {\n        appointment merit\n    }\n}");
		Issue issue = models.issues(model).stream().filter(i -> AutonomyRules.ASPECTS_UNSTATED.id().equals(Rules.idOf(i.getCode()))).findFirst().orElseThrow();
		UnstatedAspects data = FixDataCodec.decode(UnstatedAspects.class, List.of(issue.getData())).orElseThrow();
		assertEquals(List.of(AutonomyAspect.INDEPENDENCE, AutonomyAspect.BUDGET, AutonomyAspect.TRANSPARENCY), data.aspects());
		assertTrue(issue.getMessage().contains("operational-independence, budget, transparency"), issue.getMessage());
	}

	@Test
	void everyAutonomyClauseOfTheGrammarIsAnAspect() {
		List<String> keywords = new ArrayList<>();
		for (AutonomyAspect aspect : AutonomyAspect.values()) {
			keywords.add(aspect.keyword(grammar));
			assertNotNull(aspect.feature());
		}
		assertEquals(List.of("operational-independence", "appointment", "budget", "transparency"), keywords);
		assertEquals(org.govmodel.dsl.govModel.GovModelPackage.Literals.AUTONOMY.getEAllStructuralFeatures().stream().filter(f -> !f.getName().equals("appointmentTerm")
				&& !f.getName().equals("protected")).count(), AutonomyAspect.values().length, "each clause of an autonomy block is an aspect");
	}
}
