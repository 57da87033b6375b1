package org.govmodel.dsl.validation.rules;

import static org.govmodel.dsl.govModel.GovModelPackage.Literals.MILESTONE__DATE;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.PROJECT__BUDGET;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.PROJECT__DELIVERS;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.PROJECT__END;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.PROJECT__NAME;
import static org.govmodel.dsl.govModel.GovModelPackage.Literals.PROJECT__STATUS;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Check;
import org.govmodel.dsl.govModel.Body;
import org.govmodel.dsl.govModel.Milestone;
import org.govmodel.dsl.govModel.Project;
import org.govmodel.dsl.govModel.ProjectStatus;
import org.govmodel.dsl.govModel.Solution;
import org.govmodel.dsl.validation.ModelDate;

/** The project pipeline: owned, funded, scheduled and consistent with the solution it delivers. */
public class ProjectRules extends RuleFamily {

	private static final String AGENCY = "operational institution agency \"Agency\" agency\n";

	public static final Rule NO_OWNER = Rule.define("GOV-PROJ-001", Severity.WARNING, "Every project has an owner")
			.because("The pipeline is managed by owners who answer for budget, milestones and targets.")
			.guide("Chapter III (project pipeline: owners, budgets, targets, indicators)")
			.bad(2, AGENCY + "project p \"Portal\" {\n    budget 1000 USD\n}")
			.good(AGENCY + "project p \"Portal\" {\n    owner agency\n    budget 1000 USD\n}")
			.build();

	public static final Rule NEGATIVE_BUDGET = Rule.define("GOV-PROJ-002", Severity.ERROR, "Budgets are not negative")
			.because("A negative budget is a typing slip that would distort every total.")
			.guide("Chapter III (project pipeline)")
			.bad(4, AGENCY + "project p \"Portal\" {\n    owner agency\n    budget -1000 USD\n}")
			.good(AGENCY + "project p \"Portal\" {\n    owner agency\n    budget 1000 USD\n}")
			.build();

	public static final Rule START_AFTER_END = Rule.define("GOV-PROJ-003", Severity.ERROR, "A project starts before it ends")
			.because("A schedule that ends before it starts cannot be tracked.")
			.guide("Chapter III (project pipeline)")
			.bad(4, AGENCY + "project p \"Portal\" {\n    owner agency\n    from 2025-06 to 2024-12\n}")
			.good(AGENCY + "project p \"Portal\" {\n    owner agency\n    from 2024-06 to 2025-12\n}")
			.build();

	public static final Rule MILESTONE_OUTSIDE_SPAN = Rule.define("GOV-PROJ-004", Severity.WARNING, "Milestones fall within the project's span")
			.because("A milestone outside the project's dates means the schedule or the milestone is wrong.")
			.guide("Chapter III (project pipeline: milestones)")
			.bad(5, AGENCY + "project p \"Portal\" {\n    owner agency\n    from 2024-01 to 2024-12\n    milestone launch \"Launch\" 2025-03\n}")
			.good(AGENCY + "project p \"Portal\" {\n    owner agency\n    from 2024-01 to 2025-06\n    milestone launch \"Launch\" 2025-03\n}")
			.build();

	public static final Rule OWNER_DIFFERS_FROM_SOLUTION = Rule.define("GOV-PROJ-005", Severity.WARNING, "A project is owned by the owner of the solution it delivers")
			.because("When one body builds a solution that another runs, hand-over and accountability fall between them.")
			.guide("Chapter III (project pipeline; hand-over to operations, variable 3.3.3)")
			.bad(8, AGENCY + "institution ministry \"Ministry\" ministry\nsolution eid digital-identity \"eID\" {\n    owner agency\n}\nproject p \"eID roll-out\" {\n    owner ministry\n    delivers eid\n}")
			.good(AGENCY + "institution ministry \"Ministry\" ministry\nsolution eid digital-identity \"eID\" {\n    owner agency\n}\nproject p \"eID roll-out\" {\n    owner agency\n    delivers eid\n}")
			.build();

	public static final Rule NO_BUDGET = Rule.define("GOV-PROJ-006", Severity.WARNING, "An approved or running project has a budget")
			.because("A project that has been approved or is under way without an allocated budget cannot be followed in the portfolio, and its owner cannot commit to its milestones.")
			.guide("Chapter III (project pipeline: owners, budgets, targets, indicators)")
			.bad(2, AGENCY + "project p \"Portal\" {\n    owner agency\n    status running\n}")
			.good(AGENCY + "project p \"Portal\" {\n    owner agency\n    budget 1000 USD\n    status running\n}")
			.build();

	@Override
	public List<Rule> rules() {
		return List.of(NO_OWNER, NEGATIVE_BUDGET, START_AFTER_END, MILESTONE_OUTSIDE_SPAN, OWNER_DIFFERS_FROM_SOLUTION, NO_BUDGET);
	}

	@Check
	public void ownerAndBudget(Project project) {
		if (project.getOwner() == null) {
			report(NO_OWNER, message(project, "GOV-PROJ-001", "project", describe(project)), project, PROJECT__NAME);
		}
		ProjectStatus status = stated(project, PROJECT__STATUS);
		if (project.getBudget() == null && (status == ProjectStatus.APPROVED || status == ProjectStatus.RUNNING)) {
			report(NO_BUDGET, message(project, "GOV-PROJ-006", "project", describe(project), "status", status.getLiteral()), project, PROJECT__NAME);
		}
		if (project.getBudget() != null && project.getBudget().signum() < 0) {
			report(NEGATIVE_BUDGET, message(project, "GOV-PROJ-002", "project", describe(project)), project, PROJECT__BUDGET);
		}
	}

	@Check
	public void schedule(Project project) {
		ModelDate start = ModelDate.parse(project.getStart());
		ModelDate end = ModelDate.parse(project.getEnd());
		if (start != null && end != null && start.first().isAfter(end.last())) {
			report(START_AFTER_END, message(project, "GOV-PROJ-003", "project", describe(project), "end", project.getEnd(), "start", project.getStart()),
					project, PROJECT__END);
			return;
		}
		for (Milestone milestone : project.getMilestones()) {
			ModelDate date = ModelDate.parse(milestone.getDate());
			if (date == null) {
				continue;
			}
			boolean early = start != null && date.last().isBefore(start.first());
			boolean late = end != null && date.first().isAfter(end.last());
			if (early || late) {
				report(MILESTONE_OUTSIDE_SPAN, message(milestone, early ? "GOV-PROJ-004.early" : "GOV-PROJ-004.late", "milestone", describe(milestone), "date", milestone.getDate()),
						milestone, MILESTONE__DATE);
			}
		}
	}

	@Check
	public void ownerMatchesSolution(Project project) {
		if (!(project.getDelivers() instanceof Solution solution) || solution.eIsProxy()) {
			return;
		}
		Body projectOwner = bodyOf(project.getOwner());
		Body solutionOwner = bodyOf(solution.getOwner());
		if (projectOwner != null && solutionOwner != null && projectOwner != solutionOwner) {
			report(OWNER_DIFFERS_FROM_SOLUTION, message(project, "GOV-PROJ-005", "project", describe(project), "owner", describe(projectOwner), "solution", describe(solution),
					"solutionOwner", describe(solutionOwner)), project, PROJECT__DELIVERS);
		}
	}
}
