package org.govmodel.dsl.validation;

import org.eclipse.emf.ecore.EObject;

/**
 * What a check that throws means. Xtext passes over a {@link NullPointerException} in a check as if the check
 * had not applied, for the sake of models that a syntax error left incomplete; in a file without errors that is a
 * defect of the rule, and passing over it would let the file pass as checked while a rule was skipped. It is
 * thrown on, so that {@link CompleteResourceValidator} reports the file as not checked completely (GOV-IO-001).
 */
public final class CheckFailures {

	private CheckFailures() {
	}

	/**
	 * Throws a {@link NullPointerException} of a check in a file without errors; the caller leaves every other
	 * failure to Xtext (guards skipped, other exceptions thrown on, a null pointer in an incomplete file skipped).
	 *
	 * @param failure what the check threw
	 * @param checked the element it was checking, or null
	 */
	public static void rethrowIfADefect(Throwable failure, EObject checked) {
		if (failure instanceof NullPointerException defect && inAFileWithoutErrors(checked)) {
			throw defect;
		}
	}

	private static boolean inAFileWithoutErrors(EObject checked) {
		return checked != null && checked.eResource() != null && checked.eResource().getErrors().isEmpty();
	}
}
