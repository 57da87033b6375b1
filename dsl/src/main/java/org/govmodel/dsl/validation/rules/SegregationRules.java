package org.govmodel.dsl.validation.rules;

import static org.govmodel.dsl.govModel.GovModelPackage.Literals.BODY__TIERS;

import java.util.List;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Check;
import org.govmodel.dsl.govModel.Body;
import org.govmodel.dsl.govModel.Tier;
import org.govmodel.dsl.govModel.Unit;

/** Functional segregation: one institution may direct and operate only through distinct units. */
public class SegregationRules extends RuleFamily {

	public static final Rule NOT_SEGREGATED = Rule.define("GOV-SEG-001", Severity.WARNING, "Directive and operational functions sit in distinct units")
			.because("An institution that both regulates and operates the solutions judges its own work unless separate units carry each function.")
			.guide("Chapter II.C (functional segregation)")
			.bad(1, "directive and operational institution ministry \"Ministry of ICT\" ministry {\n    unit all \"Digital Directorate\"\n}")
			.good("directive and operational institution ministry \"Ministry of ICT\" ministry {\n    unit policy \"Policy\" serves directive\n    unit operations \"Operations\" serves operational\n}")
			.quickFix("gives two units `serves directive` and `serves operational`, or adds two such units when there are not two units serving no tier")
			.build();

	@Override
	public List<Rule> rules() {
		return List.of(NOT_SEGREGATED);
	}

	@Check
	public void distinctUnits(Body body) {
		if (!body.getTiers().contains(Tier.DIRECTIVE) || !body.getTiers().contains(Tier.OPERATIONAL)) {
			return;
		}
		List<Unit> units = EcoreUtil2.eAllOfType(body, Unit.class);
		boolean separated = units.stream().anyMatch(d -> d.getTiers().contains(Tier.DIRECTIVE) && !d.getTiers().contains(Tier.OPERATIONAL)
				&& units.stream().anyMatch(o -> o != d && o.getTiers().contains(Tier.OPERATIONAL) && !o.getTiers().contains(Tier.DIRECTIVE)));
		if (!separated) {
			report(NOT_SEGREGATED, message(body, "GOV-SEG-001", "body", describe(body)),
					body, BODY__TIERS);
		}
	}
}
