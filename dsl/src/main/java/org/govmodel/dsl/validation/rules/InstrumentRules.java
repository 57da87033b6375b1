package org.govmodel.dsl.validation.rules;

import static org.govmodel.dsl.govModel.GovModelPackage.Literals.BOARD__ESTABLISHED_BY;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.BODY__ESTABLISHED_BY;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.INSTRUMENT__AMENDS;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.INSTRUMENT__DATE;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.INSTRUMENT__YEAR;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.LEVER__LEGAL_BASIS;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.SOLUTION__LEGAL_BASIS;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Check;
import org.govmodel.dsl.govModel.Assessment;
import org.govmodel.dsl.govModel.Board;
import org.govmodel.dsl.govModel.Body;
import org.govmodel.dsl.govModel.Instrument;
import org.govmodel.dsl.govModel.Lever;
import org.govmodel.dsl.govModel.Solution;
import org.govmodel.dsl.validation.ModelDate;

/** Legal instruments: in force, and in force when the assessment that counts on them was made. */
public class InstrumentRules extends RuleFamily {

	public static final Rule ESTABLISHED_AFTER_ASSESSMENT = Rule.define("GOV-INST-001", Severity.WARNING, "Bodies scored in an assessment existed at the time")
			.because("An assessment describes the situation of its year; a body created by a later instrument cannot have earned that year's scores.")
			.guide("Chapter IV (yearly assessment)")
			.bad(3, "law act \"Digital Act\" year 2024\ndirective institution sec \"Secretariat\" secretariat {\n    established by act\n}\nassessment y2023 of maturity year 2023 {\n    1.2.1 = 3\n}")
			.good("law act \"Digital Act\" year 2022\ndirective institution sec \"Secretariat\" secretariat {\n    established by act\n}\nassessment y2023 of maturity year 2023 {\n    1.2.1 = 3\n}")
			.build();

	public static final Rule REPEALED_REFERENCE = Rule.define("GOV-INST-002", Severity.WARNING, "References point to instruments in force")
			.because("A body or solution whose only legal basis was repealed has lost its legal footing.")
			.guide("Chapter II (regulatory framework backing each tier); table IV.2 (1.1.4, 1.2.4, 1.3.4)")
			.bad(4, "law newAct \"New Act\" year 2022\ndecree old \"Old decree\" year 2001 repealed by newAct\noperational institution agency \"Agency\" agency {\n    established by old\n}")
			.good("law newAct \"New Act\" year 2022\ndecree old \"Old decree\" year 2001 repealed by newAct\noperational institution agency \"Agency\" agency {\n    established by newAct\n}")
			.quickFix("replaces the reference with the repealing instrument (data: its name, when known)")
			.build();

	@Override
	public List<Rule> rules() {
		return List.of(ESTABLISHED_AFTER_ASSESSMENT, REPEALED_REFERENCE);
	}

	@Check
	public void establishedBeforeItsAssessments(Body body) {
		List<Assessment> assessments = view(body).assessments();
		for (int i = 0; i < body.getEstablishedBy().size(); i++) {
			Instrument instrument = body.getEstablishedBy().get(i);
			Optional<Integer> year = yearOf(instrument);
			if (year.isEmpty()) {
				continue;
			}
			for (Assessment assessment : assessments) {
				if (assessment.getYear() > 0 && assessment.getYear() < year.get()) {
					report(ESTABLISHED_AFTER_ASSESSMENT, describe(body) + " is established by " + describe(instrument) + " of " + year.get() + ", after the " + assessment.getYear()
							+ " assessment " + describe(assessment) + ": correct the year of the instrument or the scores that count on the body.",
							body, BODY__ESTABLISHED_BY, i);
					break;
				}
			}
		}
	}

	private static Optional<Integer> yearOf(Instrument instrument) {
		if (instrument == null || instrument.eIsProxy()) {
			return Optional.empty();
		}
		if (instrument.eIsSet(INSTRUMENT__YEAR)) {
			return Optional.of(instrument.getYear());
		}
		ModelDate date = instrument.eIsSet(INSTRUMENT__DATE) ? ModelDate.parse(instrument.getDate()) : null;
		return date == null ? Optional.empty() : Optional.of(date.first().getYear());
	}

	@Check
	public void bodyReferences(Body body) {
		checkInForce(body, BODY__ESTABLISHED_BY, body.getEstablishedBy());
	}

	@Check
	public void boardReferences(Board board) {
		checkInForce(board, BOARD__ESTABLISHED_BY, board.getEstablishedBy());
	}

	@Check
	public void solutionReferences(Solution solution) {
		checkInForce(solution, SOLUTION__LEGAL_BASIS, solution.getLegalBasis());
	}

	@Check
	public void leverReferences(Lever lever) {
		checkInForce(lever, LEVER__LEGAL_BASIS, lever.getLegalBasis());
	}

	@Check
	public void amendedReferences(Instrument instrument) {
		checkInForce(instrument, INSTRUMENT__AMENDS, instrument.getAmends());
	}

	private void checkInForce(EObject source, EReference feature, List<Instrument> instruments) {
		for (int i = 0; i < instruments.size(); i++) {
			Instrument instrument = instruments.get(i);
			if (!instrument.eIsProxy() && instrument.isRepealed()) {
				Instrument successor = instrument.getRepealedBy();
				String fix = successor != null && !successor.eIsProxy() ? "refer to " + describe(successor) + ", which repealed it" : "refer to the instrument now in force";
				String[] data = successor != null && !successor.eIsProxy() ? new String[] { nameOf(successor) } : new String[0];
				report(REPEALED_REFERENCE, describe(instrument) + " is repealed: " + fix + ".", source, feature, i, data);
			}
		}
	}
}
