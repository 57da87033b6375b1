package org.govmodel.dsl.validation;

import java.util.Map;

import org.eclipse.xtext.diagnostics.Diagnostic;

/**
 * Identifiers of the diagnostics the language reports. Every diagnostic a
 * user sees carries one, so that it can be looked up, filtered and configured.
 */
public final class Rules {

	/** The text does not follow the grammar. */
	public static final String SYNTAX = "GOV-SYNTAX-001";
	/** A name does not resolve to a declared element of the expected kind. */
	public static final String UNRESOLVED_REFERENCE = "GOV-LINK-001";
	/** Two elements share a qualified name. */
	public static final String DUPLICATE_NAME = "GOV-NAME-001";
	/** A date is not a valid year-month or year-month-day. */
	public static final String INVALID_DATE = "GOV-DATE-001";
	/** A model file could not be read. */
	public static final String UNREADABLE_FILE = "GOV-IO-001";

	private static final Map<String, String> XTEXT_CODES = Map.of(
			Diagnostic.SYNTAX_DIAGNOSTIC, SYNTAX,
			Diagnostic.LINKING_DIAGNOSTIC, UNRESOLVED_REFERENCE);

	private Rules() {
	}

	/** The GovModel rule id of an issue code, translating Xtext's built-in codes. */
	public static String idOf(String issueCode) {
		if (issueCode == null) {
			return SYNTAX;
		}
		return XTEXT_CODES.getOrDefault(issueCode, issueCode);
	}
}
