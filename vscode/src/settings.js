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

/** @param {Record<string, string>} rules */
function initializationOptions(rules) {
	return { rules };
}

/** The params of workspace/didChangeConfiguration. @param {Record<string, string>} rules */
function configurationChange(rules) {
	return { settings: { govmodel: { rules } } };
}

module.exports = { SEVERITIES, ruleSeverities, initializationOptions, configurationChange };
