// @ts-check
'use strict';
/**
 * The extension's own words (vscode.l10n): every text the code marks for translation has its
 * Spanish and Brazilian Portuguese in l10n/, with the same {0} arguments, and no message shown
 * to the user bypasses the translation.
 */
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { ENGLISH } = require('../../src/preview-html');

const HERE = path.join(__dirname, '..', '..');
const SOURCES = path.join(HERE, 'src');
const sources = fs.readdirSync(SOURCES).filter((name) => name.endsWith('.js')).map((name) => [name, fs.readFileSync(path.join(SOURCES, name), 'utf8')]);

/** The English texts the code translates: the literal first argument of every l10n.t (or `t`, as java.js receives it), and the preview page's words. */
function marked() {
	const texts = new Set();
	for (const [, text] of sources) {
		for (const match of text.matchAll(/(?:l10n\.|(?<![\w.]))t\('((?:[^'\\]|\\.)*)'/g)) {
			texts.add(match[1].replace(/\\(.)/g, '$1'));
		}
	}
	[ENGLISH.waiting, ENGLISH.nothing, ...Object.values(ENGLISH.kinds)].forEach((word) => texts.add(word));
	return [...texts].sort();
}

const argumentsOf = (/** @type {string} */ text) => [...text.matchAll(/\{(\d+)\}/g)].map((m) => m[1]).sort();

test('every translated text has its Spanish and Portuguese (Brazil), with the same arguments, and nothing else', () => {
	const manifest = JSON.parse(fs.readFileSync(path.join(HERE, 'package.json'), 'utf8'));
	assert.equal(manifest.l10n, './l10n', 'VS Code finds the bundles through the manifest\'s l10n field');
	const english = marked();
	assert.ok(english.length >= 15, `too few texts found: ${english.join(' | ')}`);
	for (const language of ['es', 'pt-br']) {
		const file = `bundle.l10n.${language}.json`;
		/** @type {Record<string, string>} */
		const bundle = JSON.parse(fs.readFileSync(path.join(HERE, 'l10n', file), 'utf8'));
		assert.deepEqual(Object.keys(bundle).sort(), english, file);
		for (const text of english) {
			assert.ok(bundle[text].trim() !== '', `${file}: ${text}`);
			assert.deepEqual(argumentsOf(bundle[text]), argumentsOf(text), `${file}: the arguments of "${text}"`);
		}
		const sentences = english.filter((text) => text.includes(' '));
		const untranslated = sentences.filter((text) => bundle[text] === text);
		assert.deepEqual(untranslated, [], `${file}: sentences left in English`);
	}
});

test('no message, button or title reaches the user without going through l10n.t', () => {
	for (const [name, text] of sources) {
		const shown = [...text.matchAll(/show(?:Information|Warning|Error)Message\(\s*(['"`])/g)];
		assert.deepEqual(shown.map((m) => m.index), [], `${name} shows a literal message`);
		const buttons = [...text.matchAll(/Message\([^;]*?,\s*'[^']*'\s*[,)]/g)];
		assert.deepEqual(buttons.map((m) => m[0]), [], `${name} offers a literal button`);
		const errors = [...text.matchAll(/\{ error: ['"`]/g)];
		assert.deepEqual(errors.map((m) => m.index), [], `${name} shows a literal error in the preview`);
	}
});
