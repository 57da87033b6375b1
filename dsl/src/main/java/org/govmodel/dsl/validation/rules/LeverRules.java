package org.govmodel.dsl.validation.rules;

import static org.govmodel.dsl.govModel.GovModelPackage.Literals.LEVER__KIND;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.LEVER__NAME;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Check;
import org.govmodel.dsl.govModel.Audience;
import org.govmodel.dsl.govModel.Lever;
import org.govmodel.dsl.govModel.LeverKind;

/** Incentives before penalties. */
public class LeverRules extends RuleFamily {

	public static final Rule PENALTY_WITHOUT_INCENTIVE = Rule.define("GOV-LEVER-001", Severity.WARNING, "Penalties come with incentives")
			.because("Penalties are a last resort: institutions and people adopt digital government through incentives first.")
			.guide("Chapter III (incentives and sanctions)")
			.bad(1, "penalty cut for institutions \"Funding cut for non-compliance\" as funding-limit")
			.good("incentive award for institutions \"Innovation award\" as recognition\npenalty cut for institutions \"Funding cut for non-compliance\" as funding-limit")
			.quickFix("adds an `incentive` for the same audience (data: the audience)", PenalisedAudience.class)
			.build();

	public static final Rule PENALTY_WITHOUT_LEGAL_BASIS = Rule.define("GOV-LEVER-002", Severity.WARNING, "A penalty has a legal basis")
			.because("A sanction binds only when a law, decree or resolution provides for it and those it applies to could know it in advance.")
			.guide("Chapter III (incentives and sanctions: sanctions grounded in law and announced beforehand)")
			.bad(2, "incentive award for institutions \"Innovation award\" as recognition\npenalty cut for institutions \"Funding cut for non-compliance\" as funding-limit")
			.good("law act \"Digital Act\" year 2020\nincentive award for institutions \"Innovation award\" as recognition\npenalty cut for institutions \"Funding cut for non-compliance\" as funding-limit legal basis act")
			.build();

	/** GOV-LEVER-001's fix data: the audience the penalty falls on. */
	public record PenalisedAudience(Audience audience) implements FixData {
	}

	@Override
	public List<Rule> rules() {
		return List.of(PENALTY_WITHOUT_INCENTIVE, PENALTY_WITHOUT_LEGAL_BASIS);
	}

	@Check
	public void penaltiesAreLegallyGrounded(Lever lever) {
		if (lever.getKind() == LeverKind.PENALTY && lever.getLegalBasis().isEmpty()) {
			report(PENALTY_WITHOUT_LEGAL_BASIS, message(lever, "GOV-LEVER-002", "lever", describe(lever)),
					lever, LEVER__NAME);
		}
	}

	@Check
	public void penaltiesHaveIncentives(Lever lever) {
		if (lever.getKind() != LeverKind.PENALTY) {
			return;
		}
		boolean incentive = view(lever).levers().stream().anyMatch(l -> l.getKind() == LeverKind.INCENTIVE && l.getAudience() == lever.getAudience());
		if (!incentive) {
			report(PENALTY_WITHOUT_INCENTIVE, message(lever, "GOV-LEVER-001", "lever", describe(lever), "audience", lever.getAudience().getLiteral(),
					"audienceText", word(lever, lever.getAudience())),
					lever, LEVER__KIND, new PenalisedAudience(lever.getAudience()));
		}
	}
}
