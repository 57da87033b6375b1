// @ts-check
'use strict';
/** Tokenises GovModel text with the extension's TextMate grammar, as VS Code does (vscode-textmate + Oniguruma). */
const fs = require('node:fs');
const path = require('node:path');
const textmate = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const GRAMMAR = path.join(__dirname, '..', '..', 'syntaxes', 'govmodel.tmLanguage.json');

/** @type {Promise<import('vscode-textmate').IGrammar>} */
let grammar;

function loadGrammar() {
	if (!grammar) {
		const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
		const onigLib = oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength)).then(() => ({
			createOnigScanner: (/** @type {string[]} */ patterns) => new oniguruma.OnigScanner(patterns),
			createOnigString: (/** @type {string} */ text) => new oniguruma.OnigString(text),
		}));
		const registry = new textmate.Registry({
			onigLib,
			loadGrammar: async (scopeName) => scopeName === 'source.govmodel'
				? textmate.parseRawGrammar(fs.readFileSync(GRAMMAR, 'utf8'), GRAMMAR) : null,
		});
		grammar = registry.loadGrammar('source.govmodel').then((loaded) => {
			if (!loaded) {
				throw new Error('the grammar did not load');
			}
			return loaded;
		});
	}
	return grammar;
}

/**
 * Every token of the text: its line (0-based), text and innermost scope.
 * @param {string} text
 * @returns {Promise<{ line: number, text: string, scope: string, scopes: string[] }[]>}
 */
async function tokenize(text) {
	const loaded = await loadGrammar();
	let state = textmate.INITIAL;
	/** @type {{ line: number, text: string, scope: string, scopes: string[] }[]} */
	const tokens = [];
	text.split(/\r?\n/).forEach((line, number) => {
		const result = loaded.tokenizeLine(line, state);
		for (const token of result.tokens) {
			const value = line.substring(token.startIndex, token.endIndex);
			tokens.push({ line: number, text: value, scope: token.scopes[token.scopes.length - 1], scopes: token.scopes });
		}
		state = result.ruleStack;
	});
	return tokens;
}

/**
 * The scope of the first token with this text (on this line, if given).
 * @param {{ line: number, text: string, scope: string }[]} tokens
 * @param {string} text
 * @param {number} [line]
 */
function scopeOf(tokens, text, line) {
	const token = tokens.find((t) => t.text === text && (line === undefined || t.line === line));
	return token ? token.scope : `(no token "${text}"${line === undefined ? '' : ` on line ${line}`})`;
}

module.exports = { tokenize, scopeOf, GRAMMAR };
