// @ts-check
'use strict';
/**
 * End to end with a real client: a client whose display language is Spanish sends
 * `locale: "es"` in initialize and gets Spanish diagnostics and quick-fix titles, with
 * the same rule ids and ranges an English client gets; `govmodel.language` in the
 * initialization options overrides the locale, and a configuration change switches it.
 * The preview (govmodel/preview) follows: Spanish captions and Spanish words in the SVG.
 */
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { workspace, uriOf, startServer, stopCleanly, rpc } = require('./lsp');

const MODEL = [
	'jurisdiction land "Land" country',
	'directive institution sec "Secretariat" secretariat',
	'operational institution agency "Agency" agency {',
	'    under sce',
	'}',
	'',
].join('\n');

const folder = workspace({ 'land.govmodel': MODEL });
const file = path.join(folder, 'land.govmodel');
const uri = uriOf(file);

/** @type {Awaited<ReturnType<typeof startServer>>[]} */
const servers = [];

test.after(async () => {
	for (const server of servers) {
		await stopCleanly(server);
	}
});

const places = (/** @type {import('vscode-languageserver-protocol').Diagnostic[]} */ list) =>
	list.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}`).sort();
const messageOf = (/** @type {import('vscode-languageserver-protocol').Diagnostic[]} */ list, /** @type {string} */ code) =>
	list.find((d) => d.code === code)?.message;

/** Starts a server for a client with the locale, opens the model and returns its first diagnostics. */
async function diagnosticsFor(/** @type {string} */ locale, /** @type {object | undefined} */ initializationOptions = undefined) {
	const server = await startServer({ folder, locale, initializationOptions });
	servers.push(server);
	server.open(file);
	return { server, diagnostics: await server.waitForDiagnostics(uri, (list) => list.some((d) => d.code === 'GOV-AUTH-001')) };
}

test('a Spanish client gets Spanish diagnostics and quick fixes with the same rule ids and places', { timeout: 300000 }, async () => {
	const english = await diagnosticsFor('en');
	const spanish = await diagnosticsFor('es');
	assert.deepEqual(places(spanish.diagnostics), places(english.diagnostics));
	assert.equal(messageOf(english.diagnostics, 'GOV-AUTH-001'), "'sec' is a directive body without a CIO: add `cio \"Title\" rank undersecretary` (or minister).");
	assert.equal(messageOf(spanish.diagnostics, 'GOV-AUTH-001'), "'sec' es un órgano directivo sin CIO: añada `cio \"Título\" rank undersecretary` (o minister).");
	assert.match(messageOf(spanish.diagnostics, 'GOV-LINK-001') ?? '', /¿quiso decir 'sec'\?/);
	const noCio = spanish.diagnostics.find((d) => d.code === 'GOV-AUTH-001');
	assert.ok(noCio);
	const actions = await spanish.server.request(rpc.CodeActionRequest.type, { textDocument: { uri }, range: noCio.range, context: { diagnostics: [noCio] } });
	assert.deepEqual(actions.map((/** @type {{ title: string }} */ a) => a.title), ['Añadir un CIO']);
	const preview = await spanish.server.request('govmodel/preview', { uri });
	assert.equal(preview.language, 'es');
	assert.equal(preview.views[0].title, 'Gobernanza de Land');
	assert.match(preview.views[0].svg, /Land: gobernanza de la transformación digital/);
	const englishPreview = await english.server.request('govmodel/preview', { uri });
	assert.equal(englishPreview.views[0].title, 'Governance of Land');
});

test('govmodel.language overrides the locale and can change while the server runs', { timeout: 300000 }, async () => {
	const { server, diagnostics } = await diagnosticsFor('es-AR', { rules: {}, language: 'pt' });
	assert.match(messageOf(diagnostics, 'GOV-AUTH-001') ?? '', /^'sec' é um órgão diretivo sem CIO/);
	server.connection.sendNotification(rpc.DidChangeConfigurationNotification.type, { settings: { govmodel: { rules: {}, language: 'auto' } } });
	const spanish = await server.waitForDiagnostics(uri, (list) => /^'sec' es un órgano/.test(messageOf(list, 'GOV-AUTH-001') ?? ''));
	assert.deepEqual(places(spanish), places(diagnostics));
	assert.equal((await server.request('govmodel/preview', { uri })).views[0].title, 'Gobernanza de Land', 'the preview follows the change too');
});
