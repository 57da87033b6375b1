package org.govmodel.dsl.validation.rules;

import static org.govmodel.dsl.govModel.GovModelPackage.Literals.PARTY__NAME;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.BODY__REPORTS_TO;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.BODY__UNDER;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Check;
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
			.quickFix("adds `under` with the directive body (data: its name)")
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
		String suggestion = directive.size() == 1 ? "add `under " + nameOf(directive.get(0)) + "`" : "add `under` naming the directive body";
		String[] data = directive.size() == 1 ? new String[] { nameOf(directive.get(0)) } : new String[0];
		if (body.getUnder() == null) {
			report(OPERATIONAL_NOT_UNDER_DIRECTIVE, describe(body) + " is an operational body but is under no directive body: " + suggestion + ".", body, PARTY__NAME, data);
		} else {
			report(OPERATIONAL_NOT_UNDER_DIRECTIVE, describe(body) + " is under " + describe(body.getUnder()) + ", which is not a directive body: " + suggestion + ".", body, BODY__UNDER, data);
		}
	}

	@Check
	public void noSelfOrCyclicLines(Body body) {
		checkLine(body, body.getReportsTo(), BODY__REPORTS_TO, "reports to");
		checkLine(body, body.getUnder(), BODY__UNDER, "is under");
	}

	private void checkLine(Body body, Party target, EReference feature, String verb) {
		Body superior = bodyOf(target);
		if (superior == null) {
			return;
		}
		if (superior == body) {
			report(SELF_LINE, describe(body) + " " + verb + " itself: name the body above it instead.", body, feature);
			return;
		}
		List<Body> path = pathBack(superior, body);
		if (path != null) {
			List<String> names = new ArrayList<>();
			names.add(nameOf(body));
			path.forEach(b -> names.add(nameOf(b)));
			report(LINE_CYCLE, "The lines of authority form a cycle (" + String.join(" -> ", names) + "): remove one of them so that the chain ends at the top.",
					body, feature);
		}
	}

	/** The bodies from start up to target along reporting and authority lines, or null if target is not reached. */
	private List<Body> pathBack(Body start, Body target) {
		List<Body> path = new ArrayList<>();
		Set<Body> seen = new HashSet<>();
		return search(start, target, path, seen) ? path : null;
	}

	private boolean search(Body current, Body target, List<Body> path, Set<Body> seen) {
		if (current == null || !seen.add(current)) {
			return false;
		}
		path.add(current);
		if (current == target) {
			return true;
		}
		for (Party next : new Party[] { current.getReportsTo(), current.getUnder() }) {
			Body superior = bodyOf(next);
			if (superior != null && superior != current && search(superior, target, path, seen)) {
				return true;
			}
		}
		path.remove(path.size() - 1);
		return false;
	}
}
