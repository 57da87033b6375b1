package org.govmodel.dsl.ide.quickfix;

import static org.govmodel.dsl.govModel.GovModelPackage.Literals.SOLUTION__REQUIRES;

import java.util.List;
import java.util.Optional;

import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.EcoreUtil2;
import org.govmodel.dsl.govModel.Assessment;
import org.govmodel.dsl.govModel.Audience;
import org.govmodel.dsl.govModel.Lever;
import org.govmodel.dsl.govModel.LeverType;
import org.govmodel.dsl.govModel.Score;
import org.govmodel.dsl.govModel.Solution;
import org.govmodel.dsl.i18n.Vocabulary;
import org.govmodel.dsl.ide.quickfix.RuleFix.Fix;
import org.govmodel.dsl.ide.quickfix.RuleFix.Site;
import org.govmodel.dsl.validation.rules.AssessmentRules;
import org.govmodel.dsl.validation.rules.InstrumentRules;
import org.govmodel.dsl.validation.rules.LeverRules;
import org.govmodel.dsl.validation.rules.SolutionRules;

/** Fixes of solutions, legal references, levers and assessments. */
final class SolutionFixes {


	private SolutionFixes() {
	}

	static List<RuleFix> all() {
		return List.of(
				RuleFix.of(SolutionRules.NO_OWNER.id(), site -> solution(site).filter(s -> site.datum(0) != null)
						.flatMap(solution -> Fix.of(site.title("GOV-SOL-001", "owner", site.datum(0)), site.edits().addFirst(solution, "owner " + site.datum(0))))),
				RuleFix.of(SolutionRules.MISSING_PREREQUISITE.id(), SolutionFixes::requirePrerequisite),
				RuleFix.of(InstrumentRules.ESTABLISHED_AFTER_ASSESSMENT.id(), site -> Optional.ofNullable(site.datum(0))
						.flatMap(bottom -> Fix.of(site.title("GOV-INST-001", "score", bottom), new TextEdit(site.range(), bottom)))),
				RuleFix.of(LeverRules.PENALTY_WITHOUT_INCENTIVE.id(), SolutionFixes::offerIncentive),
				RuleFix.of(AssessmentRules.MISSING_SCORES.id(), SolutionFixes::addMissingScores));
	}

	/** GOV-SOL-004 (data: the missing kind, then the solutions of that kind): require the first one. */
	private static Optional<Fix> requirePrerequisite(Site site) {
		String candidate = site.datum(1);
		return solution(site).filter(s -> candidate != null).flatMap(solution -> Fix.of(site.title("GOV-SOL-004", "candidate", candidate),
				solution.getRequires().isEmpty()
						? site.edits().addLast(solution, "requires " + candidate)
						: site.edits().appendTo(solution, SOLUTION__REQUIRES, ", " + candidate).orElseThrow()));
	}

	/** GOV-LEVER-001 (data: the audience): a recognition for the same audience, before the penalty. */
	private static Optional<Fix> offerIncentive(Site site) {
		String audience = site.datum(0);
		Lever penalty = EcoreUtil2.getContainerOfType(site.element(), Lever.class);
		if (audience == null || penalty == null) {
			return Optional.empty();
		}
		String name = site.names().free("recognition");
		return Fix.of(site.title("GOV-LEVER-001", "audience", audience), site.edits().addBefore(penalty,
				"incentive " + name + " for " + audience + " " + site.inserted("recognition", "audience", audienceWord(site, audience)) + " as "
						+ LeverType.RECOGNITION.getLiteral()));
	}

	/** GOV-SCORE-002 (data: the missing codes): a line per code, marked not assessed, after the last score. */
	private static Optional<Fix> addMissingScores(Site site) {
		Assessment assessment = EcoreUtil2.getContainerOfType(site.element(), Assessment.class);
		if (assessment == null || site.data().isEmpty()) {
			return Optional.empty();
		}
		// n/a with a note: the mean stays honest until someone scores it
		String notAssessed = "n/a " + site.inserted("notAssessed");
		String[] lines = site.data().stream().map(code -> code + " = " + notAssessed).toArray(String[]::new);
		String title = site.title("GOV-SCORE-002", "count", lines.length);
		List<Score> scores = assessment.getScores();
		return Fix.of(title, scores.isEmpty() ? site.edits().addFirst(assessment, lines) : site.edits().addAfter(scores.get(scores.size() - 1), lines));
	}

	/** The audience keyword as the reader's word ("instituciones"), or as written when it is not one. */
	private static String audienceWord(Site site, String keyword) {
		Audience audience = Audience.get(keyword);
		return audience == null ? keyword : new Vocabulary(site.language()).text(audience);
	}

	private static Optional<Solution> solution(Site site) {
		return Optional.ofNullable(EcoreUtil2.getContainerOfType(site.element(), Solution.class));
	}
}
