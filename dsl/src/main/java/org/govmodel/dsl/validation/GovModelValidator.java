package org.govmodel.dsl.validation;

import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.ComposedChecks;
import org.eclipse.xtext.validation.NamesAreUniqueValidator;
import org.govmodel.dsl.govModel.GovModelPackage;
import org.govmodel.dsl.govModel.Instrument;
import org.govmodel.dsl.govModel.Milestone;
import org.govmodel.dsl.govModel.Project;

/**
 * Checks that belong to the language itself (well-formed literals, unique
 * names). The governance coherence rules live in their own rule families.
 */
@ComposedChecks(validators = NamesAreUniqueValidator.class)
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
			error("'" + text + "' is not a date: write a year and month (2024-06) or a full date (2024-06-30).",
					attribute, Rules.INVALID_DATE, text);
		}
	}
}
