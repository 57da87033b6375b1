package org.govmodel.dsl.validation.rules;

import static org.govmodel.dsl.govModel.GovModelPackage.Literals.SOLUTION__KIND;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.SOLUTION__NAME;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.SOLUTION__OWNER;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.SOLUTION__REQUIRES;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.SOLUTION__STATUS;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Check;
import org.govmodel.dsl.govModel.Body;
import org.govmodel.dsl.govModel.Solution;
import org.govmodel.dsl.govModel.SolutionKind;
import org.govmodel.dsl.govModel.Status;
import org.govmodel.dsl.govModel.Tier;
import org.govmodel.dsl.i18n.DiagnosticLanguage;
import org.govmodel.dsl.util.Damaged;


/** Cross-cutting solutions: owned by the operational tier, legally based, resting on their prerequisites. */
public class SolutionRules extends RuleFamily {

	private static final String AGENCY = "operational institution agency \"Agency\" agency\nlaw act \"Act\" year 2020\n";

	public static final Rule NO_OWNER = Rule.define("GOV-SOL-001", Severity.WARNING, "Every solution has an owner")
			.because("A solution nobody owns is not run, supported or improved.")
			.guide("Chapter III (cross-cutting solutions and the executing agency)")
			.bad(3, AGENCY + "solution eid digital-identity \"eID\" {\n    legal basis act\n}")
			.good(AGENCY + "solution eid digital-identity \"eID\" {\n    owner agency\n    legal basis act\n}")
			.quickFix("adds `owner` with the operational body (data: its name)", OperationalOwner.class)
			.build();

	public static final Rule OWNER_OUTSIDE_OPERATIONAL_TIER = Rule.define("GOV-SOL-002", Severity.WARNING, "Solutions are owned by the operational tier")
			.because("The operational agency defines, builds and runs the cross-cutting solutions; owners elsewhere fragment them. Two cases are legitimate and accepted:"
					+ " a kind the library marks `specialised` (cybersecurity) owned by the specialised institution that runs it, which the agency complements rather than replaces;"
					+ " and a solution owned by a body of another jurisdiction's model (a national identity registry reused by a province).")
			.guide("Chapter II.C and III; diagram IV.1")
			.bad(5, AGENCY + "institution ministry \"Ministry\" ministry\nsolution eid digital-identity \"eID\" {\n    owner ministry\n    legal basis act\n}")
			.good(AGENCY + "institution ministry \"Ministry\" ministry\nsolution eid digital-identity \"eID\" {\n    owner agency\n    legal basis act\n}")
			.build();

	public static final Rule NO_LEGAL_BASIS = Rule.define("GOV-SOL-003", Severity.WARNING, "Every solution has a legal basis")
			.because("Identity, signatures, notifications and data exchange have legal effect only when a law, decree or standard provides for them.")
			.guide("Chapter III; table IV.2 (2.1.1 legal interoperability, 2.3.2 legally binding signature)")
			.bad(3, AGENCY + "solution eid digital-identity \"eID\" {\n    owner agency\n}")
			.good(AGENCY + "solution eid digital-identity \"eID\" {\n    owner agency\n    legal basis act\n}")
			.build();

	public static final Rule MISSING_PREREQUISITE = Rule.define("GOV-SOL-004", Severity.WARNING, "A solution rests on its prerequisites")
			.because("A solution that rests on another kind of solution works only when a solution of that kind exists and is used. Which kind rests on which is library data: the `requires` of each solution kind (eclac-solutions.govmodel).")
			.guide("Chapter III (relations between cross-cutting solutions)")
			.bad(7, AGENCY + "solution eid digital-identity \"eID\" {\n    owner agency\n    legal basis act\n}\nsolution sign digital-signature \"Signature\" {\n    owner agency\n    legal basis act\n}")
			.good(AGENCY + "solution eid digital-identity \"eID\" {\n    owner agency\n    legal basis act\n}\nsolution sign digital-signature \"Signature\" {\n    owner agency\n    legal basis act\n    requires eid\n}")
			.quickFix("adds `requires` with an existing solution of the missing kind (data: the missing kind, then candidate solutions)", Prerequisite.class)
			.build();

	public static final Rule PREREQUISITE_NOT_OPERATIONAL = Rule.define("GOV-SOL-005", Severity.WARNING, "An operational solution rests on operational prerequisites")
			.because("A solution in operation cannot depend on one that is only planned, piloted or retired.")
			.guide("Chapter III (relations between cross-cutting solutions)")
			.bad(9, AGENCY + "solution eid digital-identity \"eID\" {\n    owner agency\n    status planned\n}\nsolution sign digital-signature \"Signature\" {\n    owner agency\n    requires eid\n    status operational\n}")
			.good(AGENCY + "solution eid digital-identity \"eID\" {\n    owner agency\n    status operational\n}\nsolution sign digital-signature \"Signature\" {\n    owner agency\n    requires eid\n    status operational\n}")
			.build();

	public static final Rule DUPLICATE_KIND = Rule.define("GOV-SOL-006", Severity.WARNING, "One owner per kind of solution")
			.because("Two identity or interoperability platforms run by different bodies duplicate spending and split users; cross-cutting means one shared solution.")
			.guide("Chapter III (cross-cutting solutions as shared platforms)")
			.bad(6, "operational institution agency \"Agency\" agency\ninstitution health \"Health ministry\" ministry\nsolution eid digital-identity \"eID\" {\n    owner agency\n}\nsolution healthId digital-identity \"Health ID\" {\n    owner health\n}")
			.good("operational institution agency \"Agency\" agency\ninstitution health \"Health ministry\" ministry {\n    uses eid\n}\nsolution eid digital-identity \"eID\" {\n    owner agency\n}")
			.build();

	/** GOV-SOL-001's fix data: the one operational body to own the solution, or null when there are several. */
	public record OperationalOwner(String name) implements FixData {
	}

	/** GOV-SOL-004's fix data: the kind the solution rests on, and the solutions of that kind it could require. */
	public record Prerequisite(String kind, List<String> candidates) implements FixData {
	}

	@Override
	public List<Rule> rules() {
		return List.of(NO_OWNER, OWNER_OUTSIDE_OPERATIONAL_TIER, NO_LEGAL_BASIS, MISSING_PREREQUISITE, PREREQUISITE_NOT_OPERATIONAL, DUPLICATE_KIND);
	}

	@Check
	public void ownerAndLegalBasis(Solution solution) {
		if (solution.getOwner() == null) {
			List<Body> operational = view(solution).bodiesOfTier(Tier.OPERATIONAL);
			OperationalOwner data = new OperationalOwner(operational.size() == 1 ? nameOf(operational.get(0)) : null);
			report(NO_OWNER, message(solution, "GOV-SOL-001", "solution", describe(solution)), solution, SOLUTION__NAME, data);
		} else {
			Body owner = bodyOf(solution.getOwner());
			if (owner != null && !owner.getTiers().contains(Tier.OPERATIONAL) && !ownedBySpecialisedInstitution(solution) && !reusedFromAnotherJurisdiction(owner, solution)) {
				report(OWNER_OUTSIDE_OPERATIONAL_TIER, message(solution, "GOV-SOL-002", "solution", describe(solution), "owner", describe(solution.getOwner())), solution,
						SOLUTION__OWNER);
			}
		}
		if (solution.getLegalBasis().isEmpty() && solution.getStatus() != Status.RETIRED) {
			report(NO_LEGAL_BASIS, message(solution, "GOV-SOL-003", "solution", describe(solution)), solution, SOLUTION__NAME);
		}
	}

	/** A solution kind's title in lower case, as a message shows it inside a sentence, in the diagnostics' language. */
	private String kindTitle(EObject context, SolutionKind kind) {
		return titleOf(kind).toLowerCase(DiagnosticLanguage.messages(context).language().locale());
	}

	/** A kind the library marks `specialised` (cybersecurity) may stay with the institution that runs it; the operational agency complements it. */
	private static boolean ownedBySpecialisedInstitution(Solution solution) {
		return solution.getKind() != null && !solution.getKind().eIsProxy() && solution.getKind().isSpecialised();
	}

	/** The owner is a body of another jurisdiction's model: the solution is reused (a national registry used by a province), not run locally. */
	private boolean reusedFromAnotherJurisdiction(Body owner, Solution solution) {
		return view(owner) != view(solution) && view(owner).subject().isPresent();
	}

	@Check
	public void prerequisites(Solution solution) {
		SolutionKind kind = solution.getKind();
		if (kind == null || kind.eIsProxy()) {
			return;
		}
		for (SolutionKind needed : kind.getRequires()) {
			// a required solution whose own kind does not resolve is already an error: no second finding
			if (needed.eIsProxy() || solution.getRequires().stream().anyMatch(r -> !r.eIsProxy() && (r.getKind() == needed || r.getKind() == null || r.getKind().eIsProxy()))) {
				continue;
			}
			List<Solution> candidates = view(solution).availableSolutionsOfKind(needed);
			Prerequisite data = new Prerequisite(nameOf(needed), candidates.stream().map(this::nameOf).toList());
			String key = candidates.isEmpty() ? "GOV-SOL-004.undeclared" : "GOV-SOL-004";
			report(MISSING_PREREQUISITE, message(solution, key, "solution", describe(solution), "kind", kindTitle(solution, kind), "needed", kindTitle(solution, needed),
					"neededName", needed.getName(), "candidate", candidates.isEmpty() ? "" : nameOf(candidates.get(0))), solution, SOLUTION__KIND, data);
		}
		Status status = stated(solution, SOLUTION__STATUS);
		if (status == Status.OPERATIONAL) {
			for (int i = 0; i < solution.getRequires().size(); i++) {
				Solution prerequisite = solution.getRequires().get(i);
				Status its = prerequisite.eIsProxy() ? null : stated(prerequisite, SOLUTION__STATUS);
				if (!prerequisite.eIsProxy() && its != Status.OPERATIONAL && !Damaged.isDamaged(prerequisite)) {
					String text = its == null ? message(solution, "GOV-SOL-005.unstated", "solution", describe(solution), "prerequisite", describe(prerequisite))
							: message(solution, "GOV-SOL-005", "solution", describe(solution), "prerequisite", describe(prerequisite), "status", its.getLiteral(),
									"statusText", word(solution, its));
					report(PREREQUISITE_NOT_OPERATIONAL, text, solution, SOLUTION__REQUIRES, i);
				}
			}
		}
	}

	@Check
	public void oneOwnerPerKind(Solution solution) {
		Body owner = bodyOf(solution.getOwner());
		if (owner == null || solution.getKind() == null || solution.getKind().eIsProxy()) {
			return;
		}
		for (Solution other : view(solution).solutionsOfKind(solution.getKind())) {
			if (other == solution) {
				return; // only later declarations are flagged
			}
			Body otherOwner = bodyOf(other.getOwner());
			if (otherOwner != null && otherOwner != owner) {
				report(DUPLICATE_KIND, message(solution, "GOV-SOL-006", "solution", describe(solution), "kind", solution.getKind().getName(), "owner", describe(owner),
						"other", describe(other), "otherOwner", describe(otherOwner)), solution, SOLUTION__KIND);
				return;
			}
		}
	}
}
