package org.govmodel.dsl.validation.rules;

import static org.govmodel.dsl.govModel.GovModelPackage.Literals.AUTONOMY__APPOINTMENT;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.AUTONOMY__BUDGET;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.AUTONOMY__INDEPENDENCE;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.AUTONOMY__TRANSPARENCY;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.BODY__AUTONOMY;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.PARTY__NAME;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Check;
import org.govmodel.dsl.govModel.Accountability;
import org.govmodel.dsl.govModel.Appointment;
import org.govmodel.dsl.govModel.Autonomy;
import org.govmodel.dsl.govModel.Body;
import org.govmodel.dsl.govModel.BodyForm;
import org.govmodel.dsl.govModel.BudgetKind;
import org.govmodel.dsl.govModel.Degree;
import org.govmodel.dsl.govModel.Tier;
import org.govmodel.dsl.services.GovModelGrammarAccess;

import com.google.inject.Inject;

/** The lead agency's autonomy: independence, appointments, budget, accountability. */
public class AutonomyRules extends RuleFamily {

	public static final Rule ASPECTS_UNSTATED = Rule.define("GOV-AUTO-001", Severity.WARNING, "The lead agency's four autonomy aspects are stated")
			.because("Operational independence, merit-based appointment, an own budget and accountability together make a lead agency durable; a model that is silent on them cannot show it.")
			.guide("Chapter II.B (autonomy of the lead agency)")
			.bad(1, "directive institution sec \"Secretariat\" secretariat")
			.good("directive institution sec \"Secretariat\" secretariat {\n    autonomy {\n        operational-independence full\n        appointment merit\n        budget own protected\n        transparency audited\n    }\n}")
			.quickFix("adds the missing clauses to the `autonomy` block (data: the missing aspects)", UnstatedAspects.class)
			.build();

	public static final Rule NO_OWN_BUDGET = Rule.define("GOV-AUTO-002", Severity.WARNING, "The lead agency has its own budget")
			.because("An agency living on another institution's budget depends on it for every decision; the guide asks for an own, protected budget.")
			.guide("Chapter II.B (autonomy of the lead agency: budget)")
			.bad(3, "directive institution sec \"Secretariat\" secretariat {\n    autonomy {\n        budget shared\n    }\n}")
			.good("directive institution sec \"Secretariat\" secretariat {\n    autonomy {\n        budget own protected\n    }\n}")
			.build();

	public static final Rule INADEQUATE = Rule.define("GOV-AUTO-003", Severity.WARNING, "The lead agency's autonomy is adequate")
			.because("Stating the aspects is not enough: an agency without operational independence, whose members are appointed politically,"
					+ " or that answers to no one, depends on the administration in office. The guide's table of the lead agency's autonomy"
					+ " asks for decisions free of the government of the day, merit-based appointments, and transparency with audits and reports to the legislature.")
			.guide("Chapter II.B, table on the types of autonomy a lead agency needs (operational independence, appointment, transparency)")
			.bad(3, "directive institution sec \"Secretariat\" secretariat {\n    autonomy {\n        operational-independence none\n        appointment political\n        budget own protected\n        transparency none\n    }\n}")
			.good("directive institution sec \"Secretariat\" secretariat {\n    autonomy {\n        operational-independence full\n        appointment merit\n        budget own protected\n        transparency audited, reports-to-legislature\n    }\n}")
			.build();

	/** GOV-AUTO-001's fix data: the aspects the lead agency leaves unstated. */
	public record UnstatedAspects(List<AutonomyAspect> aspects) implements FixData {
	}

	@Inject
	private GovModelGrammarAccess grammar;

	@Override
	public List<Rule> rules() {
		return List.of(ASPECTS_UNSTATED, NO_OWN_BUDGET, INADEQUATE);
	}

	/** Lead agencies: directive bodies, and operational agencies, that are institutions. */
	private static boolean isLeadAgency(Body body) {
		return body.getForm() != BodyForm.GROUP && (body.getTiers().contains(Tier.DIRECTIVE) || body.getTiers().contains(Tier.OPERATIONAL));
	}

	@Check
	public void autonomyStated(Body body) {
		if (!isLeadAgency(body)) {
			return;
		}
		Autonomy autonomy = body.getAutonomy();
		List<AutonomyAspect> missing = AutonomyAspect.unstated(autonomy);
		if (!missing.isEmpty()) {
			String aspects = missing.stream().map(aspect -> aspect.keyword(grammar)).collect(Collectors.joining(", "));
			report(ASPECTS_UNSTATED, message(body, "GOV-AUTO-001", "body", describe(body), "aspects", aspects),
					body, autonomy == null ? PARTY__NAME : BODY__AUTONOMY, new UnstatedAspects(missing));
		}
	}

	/** Each stated aspect that falls short of the guide's table, reported where it is written. */
	@Check
	public void adequateAutonomy(Autonomy autonomy) {
		if (!(autonomy.eContainer() instanceof Body body) || !isLeadAgency(body)) {
			return;
		}
		if (stated(autonomy, AUTONOMY__INDEPENDENCE) == Degree.NONE) {
			report(INADEQUATE, message(autonomy, "GOV-AUTO-003.independence", "body", describe(body)), autonomy, AUTONOMY__INDEPENDENCE);
		}
		if (stated(autonomy, AUTONOMY__APPOINTMENT) == Appointment.POLITICAL) {
			report(INADEQUATE, message(autonomy, "GOV-AUTO-003.appointment", "body", describe(body)), autonomy, AUTONOMY__APPOINTMENT);
		}
		if (!autonomy.getTransparency().isEmpty() && autonomy.getTransparency().stream().allMatch(a -> a == Accountability.NONE)) {
			report(INADEQUATE, message(autonomy, "GOV-AUTO-003.transparency", "body", describe(body)), autonomy, AUTONOMY__TRANSPARENCY);
		}
	}

	@Check
	public void ownBudget(Autonomy autonomy) {
		BudgetKind budget = stated(autonomy, AUTONOMY__BUDGET);
		if (budget != null && budget != BudgetKind.OWN && autonomy.eContainer() instanceof Body body && isLeadAgency(body)) {
			report(NO_OWN_BUDGET, message(autonomy, "GOV-AUTO-002", "body", describe(body), "budget", budget.getLiteral(), "budgetText", word(autonomy, budget)),
					autonomy, AUTONOMY__BUDGET);
		}
	}
}
