package org.govmodel.dsl.validation.rules;

import static org.govmodel.dsl.govModel.GovModelPackage.Literals.PARTY__NAME;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.BODY__REPORTS_TO;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.BODY__UNDER;

import java.util.List;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Check;
import org.govmodel.dsl.analysis.LineCycles;
import org.govmodel.dsl.govModel.Body;
import org.govmodel.dsl.govModel.Party;
import org.govmodel.dsl.govModel.Tier;

/** Reporting and authority lines: the operational body under the directive one, no loops. */
public class LineRules extends RuleFamily {

	public static final Rule OPERATIONAL_NOT_UNDER_DIRECTIVE = Rule.define("GOV-LINE-001", Severity.WARNING, "The operational body is under the directive body's authority")
			.because("The operational agency executes what the lead agency directs; without that line of authority the two tiers drift apart.")
			.guide("Chapter II.C; diagram IV.1")
			.bad(2, "directive institution sec \"Secretariat\" secretariat\noperational institution agency \"Agency\" agency")
			.good("directive institution sec \"Secretariat\" secretariat\noperational institution agency \"Agency\" agency {\n    under sec\n}")
			.quickFix("adds `under` with the directive body (data: its name)", DirectiveBody.class)
			.build();

	public static final Rule LINE_CYCLE = Rule.define("GOV-LINE-002", Severity.ERROR, "Reporting and authority lines have no cycles")
			.because("If A reports to B and B (through others) to A, nobody is accountable at the top.")
			.guide("Chapter II (hierarchy of the tiers)")
			.bad(2, "institution a \"A\" agency {\n    reports to b\n}\ninstitution b \"B\" agency {\n    reports to a\n}")
			.good("institution a \"A\" agency {\n    reports to b\n}\ninstitution b \"B\" agency")
			.build();

	public static final Rule SELF_LINE = Rule.define("GOV-LINE-003", Severity.ERROR, "No body reports to itself")
			.because("A line from a body to itself (or to one of its own units or authorities) is a modelling slip.")
			.guide("Chapter II (hierarchy of the tiers)")
			.bad(2, "institution a \"A\" agency {\n    reports to a\n}")
			.good("institution b \"B\" ministry\ninstitution a \"A\" agency {\n    reports to b\n}")
			.build();

	/** GOV-LINE-001's fix data: the one directive body to be under, or null when there are several. */
	public record DirectiveBody(String name) implements FixData {
	}

	@Override
	public List<Rule> rules() {
		return List.of(OPERATIONAL_NOT_UNDER_DIRECTIVE, LINE_CYCLE, SELF_LINE);
	}

	@Check
	public void operationalUnderDirective(Body body) {
		if (!body.getTiers().contains(Tier.OPERATIONAL) || body.getTiers().contains(Tier.DIRECTIVE) || (body.getUnder() != null && body.getUnder().eIsProxy())) {
			return; // an unresolved `under` is a linking error already
		}
		Body superior = bodyOf(body.getUnder());
		if (superior != null && superior.getTiers().contains(Tier.DIRECTIVE)) {
			return;
		}
		List<Body> directive = view(body).bodiesOfTier(Tier.DIRECTIVE);
		String fix = directive.size() == 1 ? "named" : "unnamed";
		String target = directive.size() == 1 ? nameOf(directive.get(0)) : "";
		DirectiveBody data = new DirectiveBody(directive.size() == 1 ? nameOf(directive.get(0)) : null);
		if (body.getUnder() == null) {
			report(OPERATIONAL_NOT_UNDER_DIRECTIVE, message(body, "GOV-LINE-001.none", "body", describe(body), "fix", fix, "target", target), body, PARTY__NAME, data);
		} else {
			report(OPERATIONAL_NOT_UNDER_DIRECTIVE, message(body, "GOV-LINE-001", "body", describe(body), "superior", describe(body.getUnder()), "fix", fix, "target", target),
					body, BODY__UNDER, data);
		}
	}

	@Check
	public void noSelfLines(Body body) {
		checkSelf(body, body.getReportsTo(), BODY__REPORTS_TO, "GOV-LINE-003.reports");
		checkSelf(body, body.getUnder(), BODY__UNDER, "GOV-LINE-003.under");
	}

	private void checkSelf(Body body, Party target, EReference feature, String key) {
		if (bodyOf(target) == body) {
			report(SELF_LINE, message(body, key, "body", describe(body)), body, feature);
		}
	}

	/** Each loop once, at the line leaving its first-declared body (see {@link LineCycles}). */
	@Check
	public void noCyclicLines(Body body) {
		view(body).lineCycleAnchoredAt(body).ifPresent(cycle -> {
			Body next = cycle.members().size() > 1 ? cycle.members().get(1) : body;
			EReference feature = bodyOf(body.getReportsTo()) == next ? BODY__REPORTS_TO : BODY__UNDER;
			report(LINE_CYCLE, message(body, "GOV-LINE-002", "path", loop(body, cycle.members(), "GOV-LINE-002.more"), "others", cycle.bodies() - cycle.members().size(),
					"othersText", String.valueOf(cycle.bodies() - cycle.members().size())), body, feature);
		});
	}

}
