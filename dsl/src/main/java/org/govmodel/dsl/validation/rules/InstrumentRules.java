package org.govmodel.dsl.validation.rules;

import static org.govmodel.dsl.govModel.GovModelPackage.Literals.BOARD__ESTABLISHED_BY;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.BODY__ESTABLISHED_BY;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.INSTRUMENT__AMENDS;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.INSTRUMENT__DATE;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.INSTRUMENT__YEAR;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.LEVER__LEGAL_BASIS;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.PARTY__NAME;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.SCORE__VALUE;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.SOLUTION__LEGAL_BASIS;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Check;
import org.govmodel.dsl.analysis.GovernanceView;
import org.govmodel.dsl.govModel.Assessment;
import org.govmodel.dsl.govModel.Board;
import org.govmodel.dsl.govModel.Body;
import org.govmodel.dsl.govModel.Framework;
import org.govmodel.dsl.govModel.Instrument;
import org.govmodel.dsl.govModel.Lever;
import org.govmodel.dsl.govModel.Score;
import org.govmodel.dsl.govModel.Solution;
import org.govmodel.dsl.govModel.Tier;
import org.govmodel.dsl.govModel.Variable;
import org.govmodel.dsl.validation.ModelDate;

/** Legal instruments: in force, and in force when the assessment that counts on them was made. */
public class InstrumentRules extends RuleFamily {

	public static final Rule ESTABLISHED_AFTER_ASSESSMENT = Rule.define("GOV-INST-001", Severity.WARNING, "An assessment credits only bodies that existed in its year")
			.because("An assessment describes the situation of its year. When it scores a tier's variables above the bottom of the scale while every body of that tier"
					+ " was created by a later instrument, the score credits a body that did not exist yet. A body that appears partway through a yearly history is fine"
					+ " as long as the earlier assessments do not credit it.")
			.guide("Chapter IV (yearly assessment; table IV.2, variables 1.1.1-1.3.4)")
			.bad(6, "law act \"Digital Act\" year 2024\ndirective institution sec \"Secretariat\" secretariat {\n    established by act\n}\nassessment y2023 of maturity year 2023 {\n    1.2.1 = 3\n}")
			.good("law act \"Digital Act\" year 2024\ndirective institution sec \"Secretariat\" secretariat {\n    established by act\n}\nassessment y2023 of maturity year 2023 {\n    1.2.1 = 1\n}")
			.quickFix("sets the score to the bottom of the scale, for when the body did not exist that year (data: that value)", BottomOfScale.class)
			.build();

	public static final Rule REPEALED_REFERENCE = Rule.define("GOV-INST-002", Severity.WARNING, "References point to instruments in force")
			.because("A body or solution whose only legal basis was repealed has lost its legal footing. The repealing instrument is not automatically the new basis:"
					+ " it may only abolish the old rule, or regulate something else, so the modeller has to find the instrument now in force for the matter.")
			.guide("Chapter II (regulatory framework backing each tier); table IV.2 (1.1.4, 1.2.4, 1.3.4)")
			.bad(4, "law newAct \"New Act\" year 2022\ndecree old \"Old decree\" year 2001 repealed by newAct\noperational institution agency \"Agency\" agency {\n    established by old\n}")
			.good("law newAct \"New Act\" year 2022\ndecree old \"Old decree\" year 2001 repealed by newAct\noperational institution agency \"Agency\" agency {\n    established by newAct\n}")
			.build();

	public static final Rule NO_CREATING_INSTRUMENT = Rule.define("GOV-INST-003", Severity.WARNING, "Directive and operational bodies are created by a legal instrument")
			.because("Every tier needs legal backing: a lead agency or an operational agency that no law, decree or resolution creates can be dissolved or stripped of its powers at will,"
					+ " and variables 1.2.4 and 1.3.4 measure exactly that backing.")
			.guide("Chapter II.B and II.C (legal backing of each tier); table IV.2 (1.2.4, 1.3.4)")
			.bad(1, "directive institution sec \"Secretariat\" secretariat")
			.good("decree dec \"Decree creating the Secretariat\" year 2020\ndirective institution sec \"Secretariat\" secretariat {\n    established by dec\n}")
			.build();

	/** GOV-INST-001's fix data: the bottom of the framework's scale, as the model writes it. */
	public record BottomOfScale(String value) implements FixData {
	}

	@Override
	public List<Rule> rules() {
		return List.of(ESTABLISHED_AFTER_ASSESSMENT, REPEALED_REFERENCE, NO_CREATING_INSTRUMENT);
	}

	/**
	 * A score above the bottom of the scale for a variable of a tier's component
	 * credits the tier's bodies; it is wrong when every one of them was created
	 * after the assessment's year (a body of unknown date may have existed).
	 */
	@Check
	public void creditedBodiesExisted(Score score) {
		Assessment assessment = (Assessment) score.eContainer();
		Variable variable = score.getVariable();
		Framework framework = assessment.getFramework();
		if (score.isNotApplicable() || score.getValue() == null || variable == null || variable.eIsProxy() || framework == null || framework.eIsProxy()
				|| assessment.getYear() <= 0 || score.getValue().compareTo(framework.getScale().getMin()) <= 0) {
			return;
		}
		GovernanceView view = view(score);
		view.tierMeasuring(variable).ifPresent(tier -> {
			List<Body> bodies = view.bodiesOfTier(tier.getTier());
			if (bodies.isEmpty() || bodies.stream().anyMatch(b -> existedIn(b, assessment.getYear()))) {
				return;
			}
			String created = bodies.stream().map(b -> establishment(score, b)).collect(Collectors.joining(", "));
			report(ESTABLISHED_AFTER_ASSESSMENT, message(score, "GOV-INST-001", "variable", variable.getName(), "title", titleOf(variable), "score", score.getValue(),
					"year", String.valueOf(assessment.getYear()), "tier", tier.getTier().getLiteral(), "bodies", bodies.size(), "created", created,
					"min", framework.getScale().getMin()),
					score, SCORE__VALUE, new BottomOfScale(framework.getScale().getMin().toPlainString()));
		});
	}

	/** Whether the body may have existed in the year: it is created by no dated instrument, or by one of that year or earlier. */
	private static boolean existedIn(Body body, int year) {
		return firstYear(body).map(first -> first <= year).orElse(true);
	}

	/** The year of the earliest instrument creating the body; empty when one of them is undated (the body may be older). */
	private static Optional<Integer> firstYear(Body body) {
		Optional<Integer> first = Optional.empty();
		for (Instrument instrument : body.getEstablishedBy()) {
			Optional<Integer> year = yearOf(instrument);
			if (year.isEmpty()) {
				return Optional.empty();
			}
			first = first.isEmpty() || year.get() < first.get() ? year : first;
		}
		return first;
	}

	private String establishment(EObject context, Body body) {
		Instrument first = body.getEstablishedBy().stream().filter(i -> yearOf(i).equals(firstYear(body))).findFirst().orElseThrow();
		return message(context, "GOV-INST-001.established", "body", describe(body), "instrument", describe(first), "year", String.valueOf(firstYear(body).orElseThrow()));
	}

	@Check
	public void executiveBodiesAreCreatedByLaw(Body body) {
		if ((body.getTiers().contains(Tier.DIRECTIVE) || body.getTiers().contains(Tier.OPERATIONAL)) && body.getEstablishedBy().isEmpty()) {
			// the executive tiers in the order the model writes them: directive, operational, directive_operational or operational_directive
			String tiers = body.getTiers().stream().filter(t -> t != Tier.STRATEGIC).map(Tier::getLiteral).collect(Collectors.joining("_"));
			report(NO_CREATING_INSTRUMENT, message(body, "GOV-INST-003", "body", describe(body), "tiers", tiers), body, PARTY__NAME);
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
				String text = successor != null && !successor.eIsProxy()
						? message(source, "GOV-INST-002.by", "instrument", describe(instrument), "successor", describe(successor), "source", describe(source))
						: message(source, "GOV-INST-002", "instrument", describe(instrument), "source", describe(source));
				report(REPEALED_REFERENCE, text, source, feature, i);
			}
		}
	}
}
