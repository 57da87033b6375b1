package org.govmodel.dsl.validation;

import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.ComposedChecks;
import org.eclipse.xtext.validation.NamesAreUniqueValidator;
import org.govmodel.dsl.govModel.GovModelPackage;
import org.govmodel.dsl.govModel.Instrument;
import org.govmodel.dsl.govModel.Milestone;
import org.govmodel.dsl.govModel.Project;
import org.govmodel.dsl.validation.rules.AssessmentRules;
import org.govmodel.dsl.validation.rules.AuthorityRules;
import org.govmodel.dsl.validation.rules.AutonomyRules;
import org.govmodel.dsl.validation.rules.ConsistencyRules;
import org.govmodel.dsl.validation.rules.InstrumentRules;
import org.govmodel.dsl.validation.rules.LeverRules;
import org.govmodel.dsl.validation.rules.LineRules;
import org.govmodel.dsl.validation.rules.NameRules;
import org.govmodel.dsl.validation.rules.ProjectRules;
import org.govmodel.dsl.validation.rules.SegregationRules;
import org.govmodel.dsl.validation.rules.SolutionRules;
import org.govmodel.dsl.validation.rules.TierRules;

/**
 * Checks that belong to the language itself (well-formed literals, unique
 * names), composed with the governance rule families (see {@code RuleCatalog}).
 * Keep the composed list in step with {@code RuleCatalog.FAMILIES}: a test checks it.
 */
@ComposedChecks(validators = { NamesAreUniqueValidator.class, TierRules.class, LineRules.class, SegregationRules.class,
		AuthorityRules.class, AutonomyRules.class, SolutionRules.class, InstrumentRules.class, ProjectRules.class, LeverRules.class,
		AssessmentRules.class, ConsistencyRules.class, NameRules.class })
public class GovModelValidator extends AbstractGovModelValidator {

	@Check
	public void checkDate(Instrument instrument) {
		checkDate(instrument.getDate(), GovModelPackage.Literals.INSTRUMENT__DATE);
	}

	@Check
	public void checkDates(Project project) {
		checkDate(project.getStart(), GovModelPackage.Literals.PROJECT__START);
		checkDate(project.getEnd(), GovModelPackage.Literals.PROJECT__END);
	}

	@Check
	public void checkDate(Milestone milestone) {
		checkDate(milestone.getDate(), GovModelPackage.Literals.MILESTONE__DATE);
	}

	private void checkDate(String text, org.eclipse.emf.ecore.EAttribute attribute) {
		if (text != null && ModelDate.parse(text) == null) {
			addIssue("'" + text + "' is not a date: write a year and month (2024-06) or a full date (2024-06-30).",
					attribute.getEContainingClass() == null ? null : getCurrentObject(), attribute, Rules.INVALID_DATE, text);
		}
	}
}
