package org.govmodel.dsl.loading;

/**
 * One severity a user chose for a rule, and where it was written (for
 * reporting a setting that names no rule).
 *
 * @param ruleId   e.g. {@code GOV-AUTO-001}
 * @param severity off, info, warning or error
 * @param source   the settings file as shown to the user, or the option it came from
 * @param line     1-based line in the source (1 for options)
 * @param column   1-based column in the source (1 for options)
 */
public record RuleSetting(String ruleId, String severity, String source, int line, int column) {
}
