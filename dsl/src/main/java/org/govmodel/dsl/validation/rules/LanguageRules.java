package org.govmodel.dsl.validation.rules;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;

/**
 * The language's own diagnostics, catalogued like the governance rules. Syntax
 * and reference errors keep their severity: a model that does not parse or link
 * cannot be checked further.
 */
public final class LanguageRules {

	public static final Rule SYNTAX = Rule.define("GOV-SYNTAX-001", Severity.ERROR, "The text follows the GovModel syntax")
			.because("Text the parser cannot read is not part of the model; the message says what was found and what was expected there.")
			.guide("—")
			.bad(2, "institution a \"A\" ministry {\n    members x y\n}")
			.good("institution x \"X\" ministry\ninstitution y \"Y\" ministry\ninstitution a \"A\" ministry {\n    members x, y\n}")
			.fixedSeverity()
			.build();

	public static final Rule UNRESOLVED_REFERENCE = Rule.define("GOV-LINK-001", Severity.ERROR, "Names refer to declared elements")
			.because("A reference to nothing (a misspelt name, a file not loaded, a missing import) breaks every rule and report that follows it.")
			.guide("—")
			.bad(2, "solution eid digital-identity \"eID\" {\n    owner agnecy\n}")
			.good("operational institution agency \"Agency\" agency\nsolution eid digital-identity \"eID\" {\n    owner agency\n}")
			.fixedSeverity()
			.build();

	public static final Rule DUPLICATE_NAME = Rule.define("GOV-NAME-001", Severity.ERROR, "Names are unique")
			.because("A name declared twice makes every reference to it ambiguous.")
			.guide("—")
			.bad(1, "institution minFin \"Finance\" ministry\ninstitution minFin \"Economy\" ministry")
			.good("institution minFin \"Finance\" ministry\ninstitution minEco \"Economy\" ministry")
			.fixedSeverity()
			.build();

	public static final Rule INVALID_DATE = Rule.define("GOV-DATE-001", Severity.ERROR, "Dates are real months or days")
			.because("Schedules and instruments are compared by date; 2024-13 or 2025-02-30 cannot be.")
			.guide("—")
			.bad(1, "law act \"Act\" dated 2024-02-30")
			.good("law act \"Act\" dated 2024-02-29")
			.build();

	public static final Rule UNREADABLE_FILE = Rule.define("GOV-IO-001", Severity.ERROR, "Model files can be read")
			.because("A file that cannot be read is reported instead of silently skipped.")
			.guide("—")
			.fixedSeverity()
			.build();

	public static final Rule UNKNOWN_RULE = Rule.define("GOV-CONFIG-001", Severity.WARNING, "Rule settings name existing rules")
			.because("A misspelt rule id in the settings would silently configure nothing.")
			.guide("—")
			.fixedSeverity()
			.build();

	public static final Rule UNKNOWN_SETTINGS_LANGUAGE = Rule.define("GOV-CONFIG-002", Severity.WARNING, "The settings' report language is one GovModel writes")
			.because("A \"language\" in govmodel.json that is not en, es or pt cannot be honoured; the reports fall back to the next choice (see docs/localization.md) and say so.")
			.guide("—")
			.fixedSeverity()
			.build();

	public static final List<Rule> RULES = List.of(SYNTAX, UNRESOLVED_REFERENCE, DUPLICATE_NAME, INVALID_DATE, UNREADABLE_FILE, UNKNOWN_RULE,
			UNKNOWN_SETTINGS_LANGUAGE);

	private LanguageRules() {
	}
}
