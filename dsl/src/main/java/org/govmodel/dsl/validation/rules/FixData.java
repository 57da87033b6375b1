package org.govmodel.dsl.validation.rules;

/**
 * What a rule puts in its diagnostics for a quick fix to read: a record
 * declared next to the rule (e.g. {@link TierRules.StrategicBody}), named in
 * the rule's data ({@link Rule#fixData()}), written by the rule through
 * {@link RuleFamily#report} and read by the editors' quick fixes, both through
 * {@link FixDataCodec}, the one place that knows how it travels as Xtext issue
 * data. Components are texts (names as the model writes them), grammar enums,
 * other enums, or lists of those; an unknown value is null (or absent from a list).
 */
public interface FixData {
}
