package org.govmodel.dsl.validation;

import java.util.Map;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.govmodel.dsl.validation.rules.LanguageRules;

/**
 * Identifiers of the language's own diagnostics (see {@link LanguageRules} and
 * the rule catalogue for the governance rules). Every diagnostic a
 * user sees carries one, so that it can be looked up, filtered and configured.
 */
public final class Rules {

	/** The text does not follow the grammar. */
	public static final String SYNTAX = LanguageRules.SYNTAX.id();
	/** A name does not resolve to a declared element of the expected kind. */
	public static final String UNRESOLVED_REFERENCE = LanguageRules.UNRESOLVED_REFERENCE.id();
	/** Two elements share a qualified name. */
	public static final String DUPLICATE_NAME = LanguageRules.DUPLICATE_NAME.id();
	/** A date is not a valid year-month or year-month-day. */
	public static final String INVALID_DATE = LanguageRules.INVALID_DATE.id();
	/** A model file could not be read. */
	public static final String UNREADABLE_FILE = LanguageRules.UNREADABLE_FILE.id();
	/** A rule setting names no rule. */
	public static final String UNKNOWN_RULE = LanguageRules.UNKNOWN_RULE.id();

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
