package org.govmodel.dsl.validation;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.validation.NamesAreUniqueValidationHelper;

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
		return "The name '" + description.getName() + "' is declared more than once: rename one of them, since references must point to exactly one element.";
	}
}
