// @ts-check
'use strict';
/** The rule severities the user sets, as the language server expects them. */

const SEVERITIES = ['off', 'info', 'warning', 'error'];
const RULE_ID = /^GOV-[A-Z]+-\d{3}$/;

/**
 * The valid entries of the `govmodel.rules` setting, and what was left out.
 * @param {unknown} setting
 * @returns {{ rules: Record<string, string>, ignored: string[] }}
 */
function ruleSeverities(setting) {
	/** @type {Record<string, string>} */
	const rules = {};
	/** @type {string[]} */
	const ignored = [];
	if (setting && typeof setting === 'object' && !Array.isArray(setting)) {
		for (const [id, value] of Object.entries(setting)) {
			const severity = typeof value === 'string' ? value.trim().toLowerCase() : '';
			if (RULE_ID.test(id) && SEVERITIES.includes(severity)) {
				rules[id] = severity;
			} else {
				ignored.push(`${id}: ${JSON.stringify(value)}`);
			}
		}
	}
	return { rules, ignored };
}

/** The languages of the `govmodel.language` setting; `auto` is the client's display language. */
const LANGUAGES = ['auto', 'en', 'es', 'pt'];

/**
 * The `govmodel.language` setting as the server reads it: one of {@link LANGUAGES}, `auto` for anything else.
 * @param {unknown} value
 */
function language(value) {
	return typeof value === 'string' && LANGUAGES.includes(value) ? value : 'auto';
}

/**
 * @param {Record<string, string>} rules
 * @param {string} [chosen] the `govmodel.language` setting
 */
function initializationOptions(rules, chosen) {
	return { rules, language: language(chosen) };
}

/**
 * The params of workspace/didChangeConfiguration.
 * @param {Record<string, string>} rules
 * @param {string} [chosen] the `govmodel.language` setting
 */
function configurationChange(rules, chosen) {
	return { settings: { govmodel: { rules, language: language(chosen) } } };
}

module.exports = { SEVERITIES, LANGUAGES, ruleSeverities, language, initializationOptions, configurationChange };
