package org.govmodel.dsl.validation.rules;

import static org.govmodel.dsl.govModel.GovModelPackage.Literals.SCORE__VALUE;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.SOLUTION__STATUS;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Check;
import org.govmodel.dsl.analysis.GovernanceView;
import org.govmodel.dsl.govModel.Assessment;
import org.govmodel.dsl.govModel.Body;
import org.govmodel.dsl.govModel.Framework;
import org.govmodel.dsl.govModel.Score;
import org.govmodel.dsl.govModel.Solution;
import org.govmodel.dsl.govModel.SolutionKind;
import org.govmodel.dsl.govModel.Status;
import org.govmodel.dsl.govModel.TierDefinition;
import org.govmodel.dsl.govModel.Variable;
import org.govmodel.dsl.scoring.ScaleLevels;
import org.govmodel.dsl.util.Damaged;

/**
 * Scores that the model's own structure contradicts: what no spreadsheet can
 * check. Which variable measures which tier or solution kind is library data
 * ({@code tier ... measured by ... designation ... legal backing ...},
 * {@code solution-kind ... measured by ...}), so the rules hold for any framework
 * the library links the same way; what counts as a high score is
 * {@link ScaleLevels#isHigh}.
 */
public class ConsistencyRules extends RuleFamily {

	public static final Rule TIER_SCORED_WITHOUT_BODY = Rule.define("GOV-CONS-001", Severity.WARNING, "A tier scored as present has a body")
			.because("A high score for the designation of a tier (the variable the library names after the tier's `designation`) while the model has no body of that tier means the score or the model is wrong.")
			.guide("Chapter IV, table IV.2 (1.1.1, 1.2.1, 1.3.1)")
			.bad(3, "jurisdiction land \"Land\" country\nassessment y2023 of maturity year 2023 {\n    1.2.1 = 4\n}")
			.good("jurisdiction land \"Land\" country\ndirective institution sec \"Secretariat\" secretariat\nassessment y2023 of maturity year 2023 {\n    1.2.1 = 4\n}")
			.build();

	public static final Rule SOLUTION_SCORED_WITHOUT_SOLUTION = Rule.define("GOV-CONS-002", Severity.WARNING, "A solution scored as present is operational")
			.because("A high score for a variable that measures a kind of cross-cutting solution (the library's `solution-kind ... measured by`) presumes that a solution of that kind is in operation.")
			.guide("Chapter IV, table IV.3 (2.1.4, 2.2.2-2.2.4, 2.3.1-2.3.3)")
			.bad(7, "operational institution agency \"Agency\" agency\nsolution sign digital-signature \"Signature\" {\n    owner agency\n    status planned\n}\nassessment y2023 of maturity year 2023 {\n    2.3.2 = 4\n}")
			.good("operational institution agency \"Agency\" agency\nsolution sign digital-signature \"Signature\" {\n    owner agency\n    status operational\n}\nassessment y2023 of maturity year 2023 {\n    2.3.2 = 4\n}")
			.build();

	public static final Rule LEGAL_BACKING_WITHOUT_INSTRUMENT = Rule.define("GOV-CONS-003", Severity.WARNING, "Legal backing scored as present names an instrument")
			.because("A high score for the regulatory backing of a tier presumes that the tier has a body and that it is established by some instrument in the model; with no body at all the score backs nothing.")
			.guide("Chapter IV, table IV.2 (1.1.4, 1.2.4, 1.3.4)")
			.bad(3, "directive institution sec \"Secretariat\" secretariat\nassessment y2023 of maturity year 2023 {\n    1.2.4 = 3\n}")
			.good("law act \"Digital Act\" year 2020\ndirective institution sec \"Secretariat\" secretariat {\n    established by act\n}\nassessment y2023 of maturity year 2023 {\n    1.2.4 = 3\n}")
			.build();

	@Override
	public List<Rule> rules() {
		return List.of(TIER_SCORED_WITHOUT_BODY, SOLUTION_SCORED_WITHOUT_SOLUTION, LEGAL_BACKING_WITHOUT_INSTRUMENT);
	}

	@Check
	public void scoreMatchesStructure(Score score) {
		Variable variable = score.getVariable();
		Assessment assessment = (Assessment) score.eContainer();
		Framework framework = assessment.getFramework();
		if (score.isNotApplicable() || variable == null || variable.eIsProxy() || framework == null || framework.eIsProxy()
				|| !ScaleLevels.isHigh(framework.getScale(), score.getValue())) {
			return;
		}
		GovernanceView view = view(score);
		for (TierDefinition tier : view.tierDefinitions()) {
			if (tier.getDesignation() == variable && view.bodiesOfTier(tier.getTier()).isEmpty()) {
				report(TIER_SCORED_WITHOUT_BODY, message(score, "GOV-CONS-001", "variable", variable.getName(), "title", titleOf(variable), "score",
						score.getValue(), "tier", tier.getTier().getLiteral()), score, SCORE__VALUE);
			}
			if (tier.getLegalBacking() == variable) {
				List<Body> bodies = view.bodiesOfTier(tier.getTier());
				if (bodies.isEmpty()) {
					report(LEGAL_BACKING_WITHOUT_INSTRUMENT, message(score, "GOV-CONS-003.nobody", "variable", variable.getName(), "title", titleOf(variable), "score",
							score.getValue(), "tier", tier.getTier().getLiteral()), score, SCORE__VALUE);
				} else if (bodies.stream().allMatch(b -> b.getEstablishedBy().isEmpty())) {
					report(LEGAL_BACKING_WITHOUT_INSTRUMENT, message(score, "GOV-CONS-003", "variable", variable.getName(), "title", titleOf(variable), "score",
							score.getValue(), "tier", tier.getTier().getLiteral()), score, SCORE__VALUE);
				}
			}
		}
		// a solution whose kind does not resolve may be of the measured kind: its linking error comes first
		boolean kindsUnknown = view.solutions().stream().anyMatch(s -> s.getKind() == null || s.getKind().eIsProxy());
		for (SolutionKind kind : kindsUnknown ? List.<SolutionKind>of() : view.kindsMeasuredBy(variable)) {
			List<Solution> solutions = view.availableSolutionsOfKind(kind);
			if (solutions.stream().noneMatch(s -> stated(s, SOLUTION__STATUS) == Status.OPERATIONAL || Damaged.isDamaged(s))) {
				report(SOLUTION_SCORED_WITHOUT_SOLUTION, message(score, solutions.isEmpty() ? "GOV-CONS-002.undeclared" : "GOV-CONS-002", "variable", variable.getName(), "title",
						titleOf(variable), "score", score.getValue(), "kind", kind.getName()), score, SCORE__VALUE);
			}
		}
	}
}
