// @ts-check
'use strict';
/**
 * End to end with a real client (vscode-languageserver-protocol over stdio):
 * the scenarios of dsl.ide's in-process LanguageServerTest, against the
 * runnable server jar: a broken file's diagnostics, completion, hover,
 * definition, rename, formatting, and quick fixes applied until their
 * diagnostics are gone.
 */
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { workspace, uriOf, startServer, stopCleanly, applyWorkspaceEdit, record, rpc } = require('./lsp');

const GOOD = [
	'operational institution agency "Agency" agency public',
	'solution eid digital-identity "eID" {',
	'    owner agency',
	'}',
	'assessment y of maturity year 2023 {',
	'    1.1.1 = 2',
	'}',
	'',
].join('\n');
const BROKEN = 'solution s digital-identity "S" {\n    owner nobody\n}\n';
const FIXES = [
	'institution minA "A" ministry',
	'institution minB "B" ministry',
	'operational institution agency2 "Agency" agency {',
	'    board {',
	'        chair minA',
	'        members minB',
	'    }',
	'}',
	'solution eid2 digital-identity "eID" {',
	'    owner agency2',
	'}',
	'solution sign digital-signature "Signature" {',
	'    owner agency2',
	'}',
	'',
].join('\n');
const MESSY = 'institution  a "A"   ministry {unit u "U"}';

const folder = workspace({ 'good.govmodel': GOOD, 'broken.govmodel': BROKEN, 'fixes.govmodel': FIXES, 'messy.govmodel': MESSY });
const good = uriOf(path.join(folder, 'good.govmodel'));
const broken = uriOf(path.join(folder, 'broken.govmodel'));
const fixes = uriOf(path.join(folder, 'fixes.govmodel'));
const messy = uriOf(path.join(folder, 'messy.govmodel'));

/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;

const codes = (/** @type {import('vscode-languageserver-protocol').Diagnostic[]} */ list) => list.map((d) => `${d.code}@${d.range.start.line}`).sort();

test.before(async () => {
	server = await startServer({ folder });
	for (const file of ['good.govmodel', 'broken.govmodel', 'fixes.govmodel', 'messy.govmodel']) {
		server.open(path.join(folder, file));
	}
	await Promise.all([good, broken, fixes, messy].map((uri) => server.waitForDiagnostics(uri)));
}, { timeout: 180000 });

test.after(() => stopCleanly(server));

test('the server says what it offers', () => {
	const capabilities = server.initialize.capabilities;
	assert.ok(capabilities.completionProvider, 'completion');
	assert.ok(capabilities.hoverProvider, 'hover');
	assert.ok(capabilities.definitionProvider, 'definition');
	assert.ok(capabilities.renameProvider, 'rename');
	assert.ok(capabilities.documentFormattingProvider, 'formatting');
	assert.ok(capabilities.codeActionProvider, 'code actions');
});

test('a broken file: an unresolved owner as GOV-LINK-001 on its line (and the solution without a legal basis as GOV-SOL-003), from source govmodel', async () => {
	const diagnostics = await server.waitForDiagnostics(broken);
	assert.deepEqual(codes(diagnostics), ['GOV-LINK-001@1', 'GOV-SOL-003@0']);
	const link = /** @type {import('vscode-languageserver-protocol').Diagnostic} */ (diagnostics.find((d) => d.code === 'GOV-LINK-001'));
	assert.equal(link.source, 'govmodel');
	assert.equal(link.severity, rpc.DiagnosticSeverity.Error);
	assert.deepEqual(link.range, { start: { line: 1, character: 10 }, end: { line: 1, character: 16 } });
	assert.match(link.message, /nobody/);
});

test('governance rules run and the standard library resolves', async () => {
	const diagnostics = await server.waitForDiagnostics(good);
	assert.ok(!diagnostics.some((d) => d.code === 'GOV-LINK-001'), JSON.stringify(diagnostics));
	assert.ok(diagnostics.some((d) => d.code === 'GOV-SCORE-002' && d.range.start.line === 4), JSON.stringify(diagnostics));
	assert.ok(diagnostics.every((d) => d.source === 'govmodel' && /^GOV-[A-Z]+-\d{3}$/.test(String(d.code))), JSON.stringify(diagnostics));
});

test('completion after "owner " offers the institution', async () => {
	const started = performance.now();
	const completion = await server.request(rpc.CompletionRequest.type, { textDocument: { uri: good }, position: { line: 2, character: 10 } });
	record('completion round trip (small file)', performance.now() - started);
	const items = Array.isArray(completion) ? completion : completion.items;
	assert.ok(items.map((/** @type {any} */ item) => item.label).includes('agency'), JSON.stringify(items.map((/** @type {any} */ i) => i.label)));
});

test('hover on the framework shows the library documentation; on a score line the variable', async () => {
	const framework = await server.request(rpc.HoverRequest.type, { textDocument: { uri: good }, position: { line: 4, character: 18 } });
	assert.match(framework.contents.value, /Maturity of digital-government governance/);
	const score = await server.request(rpc.HoverRequest.type, { textDocument: { uri: good }, position: { line: 5, character: 5 } });
	assert.match(score.contents.value, /\*\*1\.1\.1 Lead strategic body\*\*/);
	assert.match(score.contents.value, /steer the digital strategy/);
});

test('definition: the owner reference goes to the institution; the framework into the library', async () => {
	const [owner] = await server.request(rpc.DefinitionRequest.type, { textDocument: { uri: good }, position: { line: 2, character: 12 } });
	assert.equal(owner.uri, good);
	assert.deepEqual(owner.range.start, { line: 0, character: 24 });
	const [framework] = await server.request(rpc.DefinitionRequest.type, { textDocument: { uri: good }, position: { line: 4, character: 18 } });
	assert.match(framework.uri, /eclac-maturity\.govmodel$/);
});

test('rename changes the declaration and its reference, not the type keyword', async () => {
	const edit = await server.request(rpc.RenameRequest.type, { textDocument: { uri: good }, position: { line: 0, character: 27 }, newName: 'digitalAgency' });
	const renamed = applyWorkspaceEdit(/** @type {any} */ (server.document(good)), edit);
	assert.equal(renamed, GOOD.replace('institution agency "Agency"', 'institution digitalAgency "Agency"').replace('owner agency', 'owner digitalAgency'));
});

test('formatting gives the canonical layout', async () => {
	const edits = await server.request(rpc.DocumentFormattingRequest.type, { textDocument: { uri: messy }, options: { tabSize: 4, insertSpaces: true } });
	const { TextDocument } = require('vscode-languageserver-textdocument');
	assert.equal(TextDocument.applyEdits(/** @type {any} */ (server.document(messy)), edits), 'institution a "A" ministry {\n    unit u "U"\n}\n');
});

/**
 * Asks for the quick fixes of the rule's diagnostic, applies the only one as
 * VS Code would (the edit, then didChange) and waits until the diagnostic is gone.
 */
async function applyQuickFix(/** @type {string} */ rule) {
	const diagnostics = await server.waitForDiagnostics(fixes, (list) => list.some((d) => d.code === rule));
	const diagnostic = diagnostics.find((d) => d.code === rule);
	const actions = await server.request(rpc.CodeActionRequest.type, {
		textDocument: { uri: fixes }, range: diagnostic?.range, context: { diagnostics: [diagnostic], only: ['quickfix'] },
	});
	assert.equal(actions.length, 1, JSON.stringify(actions));
	const [action] = actions;
	assert.equal(action.kind, 'quickfix');
	const text = applyWorkspaceEdit(/** @type {any} */ (server.document(fixes)), action.edit);
	server.change(fixes, text);
	const after = await server.waitForDiagnostics(fixes, (list) => !list.some((d) => d.code === rule), 30000);
	return { action, text, after };
}

test('quick fix GOV-AUTH-006: the chair is added to the board members, and the diagnostic goes', async () => {
	const { action, text, after } = await applyQuickFix('GOV-AUTH-006');
	assert.equal(action.title, 'Add minA to the members');
	assert.equal(text.split('\n')[5], '        members minB, minA');
	assert.deepEqual(codes(after).filter((c) => c.startsWith('GOV-AUTH-006')), []);
	assert.ok(after.some((d) => d.code === 'GOV-SOL-004'), 'the other finding stays until it is fixed: ' + JSON.stringify(after));
});

test('quick fix GOV-SOL-004: the signature requires the existing identity solution, and the diagnostic goes', async () => {
	const { text } = await applyQuickFix('GOV-SOL-004');
	assert.ok(text.includes('solution sign digital-signature "Signature" {\n    owner agency2\n    requires eid2\n}'), text);
});
