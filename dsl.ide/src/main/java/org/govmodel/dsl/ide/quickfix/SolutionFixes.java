package org.govmodel.dsl.ide.quickfix;

import static org.govmodel.dsl.govModel.GovModelPackage.Literals.SOLUTION__REQUIRES;

import java.util.List;
import java.util.Optional;

import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.EcoreUtil2;
import org.govmodel.dsl.govModel.Assessment;
import org.govmodel.dsl.govModel.Lever;
import org.govmodel.dsl.govModel.LeverType;
import org.govmodel.dsl.govModel.Score;
import org.govmodel.dsl.govModel.Solution;
import org.govmodel.dsl.i18n.Vocabulary;
import org.govmodel.dsl.ide.quickfix.RuleFix.Fix;
import org.govmodel.dsl.ide.quickfix.RuleFix.Site;
import org.govmodel.dsl.validation.rules.AssessmentRules;
import org.govmodel.dsl.validation.rules.AssessmentRules.MissingScores;
import org.govmodel.dsl.validation.rules.InstrumentRules;
import org.govmodel.dsl.validation.rules.InstrumentRules.BottomOfScale;
import org.govmodel.dsl.validation.rules.LeverRules;
import org.govmodel.dsl.validation.rules.LeverRules.PenalisedAudience;
import org.govmodel.dsl.validation.rules.SolutionRules;
import org.govmodel.dsl.validation.rules.SolutionRules.OperationalOwner;
import org.govmodel.dsl.validation.rules.SolutionRules.Prerequisite;

/** Fixes of solutions, legal references, levers and assessments. */
final class SolutionFixes {


	private SolutionFixes() {
	}

	static List<RuleFix> all() {
		return List.of(
				RuleFix.of(SolutionRules.NO_OWNER, OperationalOwner.class, (site, data) -> solution(site).filter(s -> data.name() != null)
						.flatMap(solution -> Fix.of(site.title("GOV-SOL-001", "owner", data.name()), site.edits().addFirst(solution, "owner " + data.name())))),
				RuleFix.of(SolutionRules.MISSING_PREREQUISITE, Prerequisite.class, SolutionFixes::requirePrerequisite),
				RuleFix.of(InstrumentRules.ESTABLISHED_AFTER_ASSESSMENT, BottomOfScale.class, (site, data) -> Optional.ofNullable(data.value())
						.flatMap(bottom -> Fix.of(site.title("GOV-INST-001", "score", bottom), new TextEdit(site.range(), bottom)))),
				RuleFix.of(LeverRules.PENALTY_WITHOUT_INCENTIVE, PenalisedAudience.class, SolutionFixes::offerIncentive),
				RuleFix.of(AssessmentRules.MISSING_SCORES, MissingScores.class, SolutionFixes::addMissingScores));
	}

	/** GOV-SOL-004: require the first solution of the missing kind. */
	private static Optional<Fix> requirePrerequisite(Site site, Prerequisite data) {
		String candidate = data.candidates().isEmpty() ? null : data.candidates().get(0);
		return solution(site).filter(s -> candidate != null).flatMap(solution -> Fix.of(site.title("GOV-SOL-004", "candidate", candidate),
				solution.getRequires().isEmpty()
						? site.edits().addLast(solution, "requires " + candidate)
						: site.edits().appendTo(solution, SOLUTION__REQUIRES, ", " + candidate).orElseThrow()));
	}

	/** GOV-LEVER-001: a recognition for the same audience, before the penalty. */
	private static Optional<Fix> offerIncentive(Site site, PenalisedAudience data) {
		Lever penalty = EcoreUtil2.getContainerOfType(site.element(), Lever.class);
		if (data.audience() == null || penalty == null) {
			return Optional.empty();
		}
		String name = site.names().free("recognition");
		String audience = data.audience().getLiteral();
		return Fix.of(site.title("GOV-LEVER-001", "audience", audience), site.edits().addBefore(penalty,
				"incentive " + name + " for " + audience + " " + site.inserted("recognition", "audience", new Vocabulary(site.language()).text(data.audience())) + " as "
						+ LeverType.RECOGNITION.getLiteral()));
	}

	/** GOV-SCORE-002: a line per missing code, marked not assessed, after the last score. */
	private static Optional<Fix> addMissingScores(Site site, MissingScores data) {
		Assessment assessment = EcoreUtil2.getContainerOfType(site.element(), Assessment.class);
		if (assessment == null || data.codes().isEmpty()) {
			return Optional.empty();
		}
		// n/a with a note: the mean stays honest until someone scores it
		String notAssessed = "n/a " + site.inserted("notAssessed");
		String[] lines = data.codes().stream().map(code -> code + " = " + notAssessed).toArray(String[]::new);
		String title = site.title("GOV-SCORE-002", "count", lines.length);
		List<Score> scores = assessment.getScores();
		return Fix.of(title, scores.isEmpty() ? site.edits().addFirst(assessment, lines) : site.edits().addAfter(scores.get(scores.size() - 1), lines));
	}

	private static Optional<Solution> solution(Site site) {
		return Optional.ofNullable(EcoreUtil2.getContainerOfType(site.element(), Solution.class));
	}
}
