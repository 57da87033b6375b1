// @ts-check
'use strict';
/**
 * The TextMate grammar against the language's Xtext grammar and the examples:
 * every keyword of GovModel.xtext is highlighted, and the examples tokenise
 * into the scopes a theme colours.
 */
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { tokenize, scopeOf } = require('./tokenize');

const ROOT = path.join(__dirname, '..', '..', '..');
const XTEXT = path.join(ROOT, 'dsl', 'src', 'main', 'java', 'org', 'govmodel', 'dsl', 'GovModel.xtext');
const EXAMPLES = path.join(ROOT, 'examples');

/** The word keywords of the Xtext grammar (parser rules and enums; not terminals' character ranges). */
function xtextKeywords() {
	const source = fs.readFileSync(XTEXT, 'utf8').replace(/\/\/[^\n]*/g, '');
	const rules = source.split(/\n(?=\S)/).filter((rule) => !/^(@Override\s+)?terminal\b/.test(rule));
	const words = new Set();
	for (const rule of rules) {
		for (const match of rule.matchAll(/'([^']*)'/g)) {
			if (/^[a-z][a-z-]*$/.test(match[1])) {
				words.add(match[1]);
			}
		}
	}
	return [...words].sort();
}

const HIGHLIGHTED = /^(keyword\.|storage\.|constant\.language\.)/;

test('the Xtext grammar has the keywords this test expects to find', () => {
	const keywords = xtextKeywords();
	assert.ok(keywords.length > 150, `only ${keywords.length} keywords read from ${XTEXT}`);
	for (const word of ['jurisdiction', 'institution', 'solution-kind', 'operational-independence', 'weighted-mean', 'members']) {
		assert.ok(keywords.includes(word), word);
	}
});

test('every keyword of GovModel.xtext is highlighted as a keyword or constant', async () => {
	const keywords = xtextKeywords();
	const tokens = await tokenize(keywords.join('\n'));
	const missing = keywords.filter((word, line) => !HIGHLIGHTED.test(scopeOf(tokens, word, line)));
	assert.deepEqual(missing, [], 'keywords of the Xtext grammar that syntaxes/govmodel.tmLanguage.json does not highlight');
});

test('an escaped keyword (^institution) and hyphenated names are identifiers', async () => {
	const tokens = await tokenize('owner ^institution\nuses digital-identity-x, legal-basis2\nstatus operational since 2015');
	assert.equal(scopeOf(tokens, '^institution'), 'variable.other.govmodel');
	assert.equal(scopeOf(tokens, 'digital-identity-x'), 'variable.other.govmodel');
	assert.equal(scopeOf(tokens, 'legal-basis2'), 'variable.other.govmodel');
	assert.equal(scopeOf(tokens, 'operational'), 'storage.modifier.tier.govmodel');
	assert.equal(scopeOf(tokens, '2015'), 'constant.numeric.govmodel');
});

test('the Córdoba example tokenises into declarations, names, keywords, strings, numbers and comments', async () => {
	const text = fs.readFileSync(path.join(EXAMPLES, 'cordoba-2023.govmodel'), 'utf8');
	const lines = text.split('\n');
	const tokens = await tokenize(text);
	const lineOf = (/** @type {string} */ prefix) => {
		const index = lines.findIndex((line) => line.trimStart().startsWith(prefix));
		assert.ok(index >= 0, `no line starts with ${prefix}`);
		return index;
	};
	const jurisdiction = lineOf('jurisdiction cordoba');
	assert.equal(scopeOf(tokens, 'jurisdiction', jurisdiction), 'storage.type.govmodel');
	assert.equal(scopeOf(tokens, 'cordoba', jurisdiction), 'entity.name.type.govmodel');
	assert.equal(scopeOf(tokens, 'province', jurisdiction), 'constant.language.govmodel');
	const agency = lineOf('operational institution agencia');
	assert.equal(scopeOf(tokens, 'operational', agency), 'storage.modifier.tier.govmodel');
	assert.equal(scopeOf(tokens, 'institution', agency), 'storage.type.govmodel');
	assert.equal(scopeOf(tokens, 'agencia', agency), 'entity.name.type.govmodel');
	assert.equal(scopeOf(tokens, 'Agencia de Innovación Digital', agency), 'string.quoted.double.govmodel');
	const strategy = lineOf('strategy ');
	assert.equal(scopeOf(tokens, 'strategy', strategy), 'keyword.other.govmodel');
	const assessment = lineOf('assessment ');
	assert.equal(scopeOf(tokens, 'assessment', assessment), 'storage.type.govmodel');
	assert.equal(scopeOf(tokens, 'of', assessment), 'keyword.other.govmodel');
	assert.equal(scopeOf(tokens, '2023', assessment), 'constant.numeric.govmodel');
	const score = lines.findIndex((line) => /^\s+1\.1\.1 = /.test(line));
	assert.equal(scopeOf(tokens, '1.1.1', score), 'constant.numeric.govmodel');
	assert.equal(scopeOf(tokens, '=', score), 'keyword.operator.assignment.govmodel');
	const comment = lines.findIndex((line) => line.trimStart().startsWith('//'));
	if (comment >= 0) {
		assert.match(tokens.filter((t) => t.line === comment && t.text.trim())[0].scopes.join(' '), /comment\.line\.double-slash/);
	}
	const untyped = tokens.filter((t) => t.text.trim() && t.scope === 'source.govmodel');
	assert.deepEqual(untyped.map((t) => `${t.line + 1}: ${t.text}`), [], 'text the grammar leaves without a scope');
});

test('every example tokenises with every word in a scope', async () => {
	for (const file of fs.readdirSync(EXAMPLES).filter((name) => name.endsWith('.govmodel'))) {
		const tokens = await tokenize(fs.readFileSync(path.join(EXAMPLES, file), 'utf8'));
		const untyped = tokens.filter((t) => t.text.trim() && t.scope === 'source.govmodel');
		assert.deepEqual(untyped.map((t) => `${file}:${t.line + 1}: ${t.text}`), []);
	}
});

test('comments, documentation, dates, n/a and targets', async () => {
	const tokens = await tokenize([
		'/** The agency. */',
		'/* block */ milestone m1 "Go live" 2024-06-30 done',
		'    2.2.4 = n/a "No digital domicile yet."',
		'    target 2026 { 1.1 >= 3 }',
		'incentive seal for institutions "Seal" as recognition',
	].join('\n'));
	assert.equal(tokens[0].scopes[1], 'comment.block.documentation.govmodel');
	assert.equal(scopeOf(tokens, ' block ', 1), 'comment.block.govmodel');
	assert.equal(scopeOf(tokens, 'm1', 1), 'entity.name.type.govmodel');
	assert.equal(scopeOf(tokens, '2024-06-30', 1), 'constant.numeric.date.govmodel');
	assert.equal(scopeOf(tokens, 'done', 1), 'keyword.other.govmodel');
	assert.equal(scopeOf(tokens, 'n/a', 2), 'constant.language.not-applicable.govmodel');
	assert.equal(scopeOf(tokens, 'target', 3), 'storage.type.govmodel');
	assert.equal(scopeOf(tokens, '>=', 3), 'keyword.operator.comparison.govmodel');
	assert.equal(scopeOf(tokens, 'seal', 4), 'entity.name.type.govmodel');
	assert.equal(scopeOf(tokens, 'recognition', 4), 'constant.language.govmodel');
});
