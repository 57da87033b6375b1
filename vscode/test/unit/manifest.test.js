// @ts-check
'use strict';
/** package.json and the files it points to: what VS Code reads before any code runs. */
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const HERE = path.join(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(HERE, 'package.json'), 'utf8'));

test('the language, grammar and configuration files exist and parse', () => {
	const [language] = manifest.contributes.languages;
	assert.equal(language.id, 'govmodel');
	assert.deepEqual(language.extensions, ['.govmodel']);
	const configuration = JSON.parse(fs.readFileSync(path.join(HERE, language.configuration), 'utf8'));
	assert.equal(configuration.comments.lineComment, '//');
	assert.ok(new RegExp(configuration.wordPattern).test('digital-identity'));
	const [grammar] = manifest.contributes.grammars;
	assert.equal(grammar.language, 'govmodel');
	assert.equal(JSON.parse(fs.readFileSync(path.join(HERE, grammar.path), 'utf8')).scopeName, grammar.scopeName);
	assert.ok(fs.existsSync(path.join(HERE, manifest.main)), manifest.main);
});

test('every command the extension registers is contributed, and the other way round', () => {
	const source = fs.readFileSync(path.join(HERE, manifest.main), 'utf8');
	const registered = [...source.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]).sort();
	assert.deepEqual(registered, manifest.contributes.commands.map((/** @type {{ command: string }} */ c) => c.command).sort());
});

test('settings for the Java path, the server and rule severities', () => {
	const properties = manifest.contributes.configuration.properties;
	for (const key of ['govmodel.java.home', 'govmodel.server.jar', 'govmodel.server.vmargs', 'govmodel.rules', 'govmodel.trace.server']) {
		assert.ok(properties[key], key);
	}
	assert.deepEqual(properties['govmodel.rules'].additionalProperties.enum, ['off', 'info', 'warning', 'error']);
});

test('the extension version is the Maven project version without -SNAPSHOT', () => {
	const pom = fs.readFileSync(path.join(HERE, 'pom.xml'), 'utf8');
	const version = /<parent>[\s\S]*?<version>([^<]+)<\/version>/.exec(pom);
	assert.ok(version, 'no parent version in vscode/pom.xml');
	assert.equal(manifest.version, version[1].replace(/-SNAPSHOT$/, ''));
});

test('govmodel.json is checked against the schema derived from the rule catalogue', () => {
	const [validation] = manifest.contributes.jsonValidation;
	assert.equal(validation.fileMatch, 'govmodel.json');
	const schema = JSON.parse(fs.readFileSync(path.join(HERE, validation.url), 'utf8'));
	const rules = schema.properties.rules;
	assert.equal(rules.additionalProperties, false, 'a misspelt rule id is flagged');
	assert.deepEqual(rules.properties['GOV-TIER-003'].enum, ['off', 'info', 'warning', 'error']);
	assert.equal(rules.properties['GOV-SYNTAX-001'], undefined, 'rules whose severity is fixed are not offered');
});

test('every %key% of the manifest has its text in English, Spanish and Portuguese (Brazil)', () => {
	const raw = fs.readFileSync(path.join(HERE, 'package.json'), 'utf8');
	const keys = [...new Set([...raw.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]))].sort();
	assert.ok(keys.length > 10, 'the manifest has too few localized texts');
	for (const file of ['package.nls.json', 'package.nls.es.json', 'package.nls.pt-br.json']) {
		const texts = JSON.parse(fs.readFileSync(path.join(HERE, file), 'utf8'));
		assert.deepEqual(Object.keys(texts).sort(), keys, file);
		for (const key of keys) {
			assert.ok(typeof texts[key] === 'string' && texts[key].trim() !== '', `${file}: ${key}`);
		}
	}
	const english = JSON.parse(fs.readFileSync(path.join(HERE, 'package.nls.json'), 'utf8'));
	const spanish = JSON.parse(fs.readFileSync(path.join(HERE, 'package.nls.es.json'), 'utf8'));
	assert.notEqual(spanish['command.restartServer.title'], english['command.restartServer.title']);
});

test('the language setting offers auto and the three languages', () => {
	const setting = manifest.contributes.configuration.properties['govmodel.language'];
	assert.deepEqual(setting.enum, ['auto', 'en', 'es', 'pt']);
	assert.equal(setting.default, 'auto');
	assert.equal(setting.enumDescriptions.length, setting.enum.length);
});
