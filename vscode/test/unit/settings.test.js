// @ts-check
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { ruleSeverities, language, initializationOptions, configurationChange } = require('../../src/settings');

test('keeps rule ids with a known severity and names what it leaves out', () => {
	assert.deepEqual(ruleSeverities({ 'GOV-AUTH-006': 'error', 'GOV-AUTO-001': 'Off', 'GOV-X': 'error', 'GOV-SOL-002': 'loud', 'GOV-SOL-004': 3 }), {
		rules: { 'GOV-AUTH-006': 'error', 'GOV-AUTO-001': 'off' },
		ignored: ['GOV-X: "error"', 'GOV-SOL-002: "loud"', 'GOV-SOL-004: 3'],
	});
	assert.deepEqual(ruleSeverities(undefined), { rules: {}, ignored: [] });
	assert.deepEqual(ruleSeverities(['GOV-AUTH-006']), { rules: {}, ignored: [] });
});

test('the shapes the language server reads', () => {
	assert.deepEqual(initializationOptions({ 'GOV-AUTH-006': 'error' }), { rules: { 'GOV-AUTH-006': 'error' }, language: 'auto' });
	assert.deepEqual(initializationOptions({}, 'es'), { rules: {}, language: 'es' });
	assert.deepEqual(configurationChange({ 'GOV-AUTH-006': 'off' }, 'pt'), { settings: { govmodel: { rules: { 'GOV-AUTH-006': 'off' }, language: 'pt' } } });
});

test('the language setting is auto unless it names a language GovModel writes', () => {
	assert.equal(language('es'), 'es');
	assert.equal(language('fr'), 'auto');
	assert.equal(language(undefined), 'auto');
	assert.equal(language(3), 'auto');
});
