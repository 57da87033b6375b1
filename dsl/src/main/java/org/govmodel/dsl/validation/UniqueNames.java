package org.govmodel.dsl.validation;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.validation.NamesAreUniqueValidationHelper;
import org.govmodel.dsl.i18n.DiagnosticLanguage;

/**
 * Duplicate names within a file, reported under the GovModel rule id with a
 * message that says how to fix it.
 */
public class UniqueNames extends NamesAreUniqueValidationHelper {

	@Override
	protected String getErrorCode() {
		return Rules.DUPLICATE_NAME;
	}

	@Override
	public String getDuplicateNameErrorMessage(IEObjectDescription description, EClass clusterType, EStructuralFeature feature) {
		return DiagnosticLanguage.messages(description.getEObjectOrProxy()).text("GOV-NAME-001", "name", description.getName().toString());
	}
}
