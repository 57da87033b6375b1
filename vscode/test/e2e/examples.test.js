// @ts-check
'use strict';
/**
 * End to end with a real client (vscode-languageserver-protocol over stdio)
 * on the bundled examples: the time from start to the first diagnostics, the
 * exact findings `govmodel validate` reports, rule severities from the
 * client's settings (at start and on change), hover, definition, completion,
 * and the govmodel/preview request giving byte for byte the SVGs that
 * `govmodel generate` writes.
 */
const test = require('node:test');
const assert = require('node:assert/strict');
const childProcess = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ROOT, java, workspace, uriOf, startServer, stopCleanly, record, rpc } = require('./lsp');

const EXAMPLES = path.join(ROOT, 'examples');
const files = Object.fromEntries(fs.readdirSync(EXAMPLES).filter((name) => name.endsWith('.govmodel'))
	.map((name) => [name, fs.readFileSync(path.join(EXAMPLES, name), 'utf8')]));
const folder = workspace(files);
const cordoba = uriOf(path.join(folder, 'cordoba-2023.govmodel'));
const costaRica = uriOf(path.join(folder, 'costa-rica.govmodel'));
const starter = uriOf(path.join(folder, 'starter.govmodel'));
const cordobaLines = files['cordoba-2023.govmodel'].split('\n');

/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;

/** rule@line(1-based):column(1-based) severity, as `govmodel validate` prints them. */
const findings = (/** @type {import('vscode-languageserver-protocol').Diagnostic[]} */ list) => list
	.map((d) => `${d.code}@${d.range.start.line + 1}:${d.range.start.character + 1} ${['', 'error', 'warning', 'info', 'hint'][d.severity ?? 0]}`)
	.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

test.before(async () => {
	// GOV-AUTO-002 raised to an error by the client, as VS Code sends the govmodel.rules setting
	server = await startServer({ folder, initializationOptions: { rules: { 'GOV-AUTO-002': 'error' } } });
	await server.waitForDiagnostics(cordoba);
	record('server start to first diagnostics (examples, 3 files)', server.firstDiagnosticsAt.get(cordoba) ?? NaN);
	await Promise.all([costaRica, starter].map((uri) => server.waitForDiagnostics(uri)));
	for (const file of Object.keys(files)) {
		server.open(path.join(folder, file));
	}
}, { timeout: 180000 });

test.after(() => stopCleanly(server));

test('the examples: the findings of govmodel validate, with GOV-AUTO-002 as the client set it', async () => {
	assert.deepEqual(findings(await server.waitForDiagnostics(cordoba)), [
		'GOV-AUTH-007@52:36 warning',
		'GOV-AUTH-007@56:97 warning',
		'GOV-AUTO-001@60:25 warning',
		'GOV-AUTO-002@53:16 error',
		'GOV-AUTO-003@52:21 warning',
		'GOV-TIER-006@38:17 warning',
	]);
	assert.deepEqual(findings(await server.waitForDiagnostics(costaRica)), [
		'GOV-AUTH-007@49:111 warning',
		'GOV-AUTO-001@46:23 warning',
		'GOV-CONS-002@205:13 warning',
		'GOV-CONS-003@156:13 warning',
		'GOV-CONS-003@194:13 warning',
		'GOV-INST-003@46:23 warning',
		'GOV-TIER-006@38:17 warning',
	]);
	assert.deepEqual(findings(await server.waitForDiagnostics(starter)), []);
});

test('workspace/didChangeConfiguration: new severities replace the old and the files are checked again', async () => {
	server.connection.sendNotification(rpc.DidChangeConfigurationNotification.type, { settings: { govmodel: { rules: { 'GOV-TIER-006': 'off', 'GOV-AUTO-001': 'info' } } } });
	const after = await server.waitForDiagnostics(cordoba, (list) => !list.some((d) => d.code === 'GOV-TIER-006'), 20000);
	assert.deepEqual(findings(after), ['GOV-AUTH-007@52:36 warning', 'GOV-AUTH-007@56:97 warning', 'GOV-AUTO-001@60:25 info',
		'GOV-AUTO-002@53:16 warning', 'GOV-AUTO-003@52:21 warning']);
	server.connection.sendNotification(rpc.DidChangeConfigurationNotification.type, { settings: { govmodel: { rules: {} } } });
	const back = await server.waitForDiagnostics(cordoba, (list) => list.some((d) => d.code === 'GOV-TIER-006'), 20000);
	assert.deepEqual(findings(back), ['GOV-AUTH-007@52:36 warning', 'GOV-AUTH-007@56:97 warning', 'GOV-AUTO-001@60:25 warning',
		'GOV-AUTO-002@53:16 warning', 'GOV-AUTO-003@52:21 warning', 'GOV-TIER-006@38:17 warning']);
});

test('hover and definition on the Córdoba example', async () => {
	const scoreLine = cordobaLines.findIndex((line) => line.trimStart().startsWith('1.1.1 = '));
	const hover = await server.request(rpc.HoverRequest.type, { textDocument: { uri: cordoba }, position: { line: scoreLine, character: 5 } });
	assert.match(hover.contents.value, /\*\*1\.1\.1 Lead strategic body\*\*/);
	const ownerLine = cordobaLines.findIndex((line) => line.trim() === 'owner agencia.identidad');
	const unitLine = cordobaLines.findIndex((line) => line.trimStart().startsWith('unit identidad '));
	const character = cordobaLines[ownerLine].indexOf('identidad') + 2;
	const [unit] = await server.request(rpc.DefinitionRequest.type, { textDocument: { uri: cordoba }, position: { line: ownerLine, character } });
	assert.equal(unit.uri, cordoba);
	assert.equal(unit.range.start.line, unitLine);
});

test('completion in a large example: the institutions after "owner "', async () => {
	const ownerLine = cordobaLines.findIndex((line) => line.trim() === 'owner agencia.identidad');
	const character = cordobaLines[ownerLine].indexOf('agencia');
	const params = { textDocument: { uri: cordoba }, position: { line: ownerLine, character } };
	const started = performance.now();
	const completion = await server.request(rpc.CompletionRequest.type, params);
	record('completion round trip, first (cordoba-2023, 230 lines)', performance.now() - started);
	/** @type {number[]} */
	const times = [];
	for (let i = 0; i < 10; i++) {
		const again = performance.now();
		await server.request(rpc.CompletionRequest.type, params);
		times.push(performance.now() - again);
	}
	record('completion round trip, median of the next 10 (cordoba-2023)', times.sort((a, b) => a - b)[5]);
	const labels = (Array.isArray(completion) ? completion : completion.items).map((/** @type {any} */ item) => item.label);
	assert.ok(labels.includes('agencia'), JSON.stringify(labels));
	assert.ok(labels.includes('secGD'), JSON.stringify(labels));
});

/** What `govmodel generate --lang <language>` writes for the examples, by the command line jar. */
function generated(/** @type {string} */ language) {
	const cli = process.env.GOVMODEL_CLI_JAR || path.join(ROOT, 'cli', 'target', 'govmodel.jar');
	assert.ok(fs.existsSync(cli), `no command-line jar at ${cli}: build it with ./mvnw package -pl cli -am (or set GOVMODEL_CLI_JAR)`);
	const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'govmodel-generate-')), 'out');
	const run = childProcess.spawnSync(java(), ['-jar', cli, 'generate', folder, '-o', out, '--only', 'diagrams,scorecards', '--lang', language], { encoding: 'utf8', timeout: 120000 });
	assert.equal(run.status, 0, run.stderr);
	return out;
}

/** The file `govmodel generate` writes for a preview view id. */
function generatedFile(/** @type {string} */ id) {
	const [kind, subject, rest] = id.split('/');
	switch (kind) {
		case 'diagram': return rest ? `diagrams/${subject}-units-${rest}.svg` : `diagrams/${subject}-governance.svg`;
		case 'radar': return `scorecards/${subject}.${rest}-radar.svg`;
		case 'trend': return `scorecards/${subject}.${rest}-trend.svg`;
		default: throw new Error(`unknown view ${id}`);
	}
}

test('govmodel/preview: governance diagrams, radars and trends, byte for byte what govmodel generate writes in the same language', async () => {
	const previews = {
		[cordoba]: await server.request('govmodel/preview', { uri: cordoba }),
		[costaRica]: await server.request('govmodel/preview', { uri: costaRica }),
	};
	assert.equal(previews[cordoba].uri, cordoba);
	// Córdoba declares `language es`: its preview is what its reports publish, although this client sent no locale
	assert.equal(previews[cordoba].language, 'es');
	assert.deepEqual(previews[cordoba].views.map((/** @type {any} */ v) => `${v.kind} ${v.id}: ${v.title}`), [
		'diagram diagram/cordoba: Gobernanza de Provincia de Córdoba',
		'diagram diagram/cordoba/agencia: Unidades de Agencia de Innovación Digital',
		'radar radar/cordoba/eclac.maturity: Modelo de madurez del gobierno digital de la CEPAL: Provincia de Córdoba',
	], 'one assessment year: a radar and no trend');
	// Costa Rica declares no language and the client sent no locale: English, as for a client that does not say
	assert.equal(previews[costaRica].language, 'en');
	assert.deepEqual(previews[costaRica].views.map((/** @type {any} */ v) => `${v.kind} ${v.id}: ${v.title}`), [
		'diagram diagram/cr: Governance of República de Costa Rica',
		'diagram diagram/cr/agencia: Units of Agencia Nacional de Gobierno Digital',
		'radar radar/cr/eclac.maturity: ECLAC digital-government maturity model: República de Costa Rica',
		'trend trend/cr/eclac.maturity: ECLAC digital-government maturity model over the years: República de Costa Rica',
		'radar radar/cr/un.egdi: UN E-Government Development Index: República de Costa Rica',
	], 'two ECLAC years give a trend; one UN EGDI year does not');
	const out = { es: generated('es'), en: generated('en') };
	for (const result of Object.values(previews)) {
		assert.equal(result.message ?? null, null, 'no message when there are views (lsp4j leaves a null field out)');
		for (const view of result.views) {
			assert.doesNotMatch(view.svg, /<script/i, `${view.id} is self-contained, without scripts`);
			const file = path.join(out[/** @type {'es' | 'en'} */ (result.language)], generatedFile(view.id));
			assert.ok(fs.existsSync(file), `govmodel generate --lang ${result.language} wrote no ${generatedFile(view.id)}`);
			assert.ok(view.svg === fs.readFileSync(file, 'utf8'), `${view.id} differs from ${generatedFile(view.id)} in ${result.language}`);
		}
	}
	assert.match(previews[cordoba].views[0].svg, /[Óó]rgano|Gobernanza|estratégic/, 'the Spanish diagram has Spanish words');
	/** @type {number[]} */
	const times = [];
	for (let i = 0; i < 5; i++) {
		const start = performance.now();
		await server.request('govmodel/preview', { uri: cordoba });
		times.push(performance.now() - start);
	}
	record('govmodel/preview round trip, median of 5 (cordoba-2023, Spanish)', times.sort((x, y) => x - y)[2]);
});

test('govmodel/preview follows unsaved edits, and says why when there is nothing to show', async () => {
	const original = files['starter.govmodel'];
	const before = await server.request('govmodel/preview', { uri: starter });
	assert.ok(before.views.length > 0, JSON.stringify(before.message));
	server.change(starter, '// nothing yet\n');
	await server.waitForDiagnostics(starter, (list) => list.length === 0);
	const empty = await server.request('govmodel/preview', { uri: starter });
	assert.deepEqual(empty.views, []);
	assert.match(empty.message, /Nothing to preview/);
	server.change(starter, `${original}\ninstitution {{{\n`);
	await server.waitForDiagnostics(starter, (list) => list.some((d) => d.severity === rpc.DiagnosticSeverity.Error));
	const broken = await server.request('govmodel/preview', { uri: starter });
	assert.match(broken.message, /syntax errors/);
	server.change(starter, original);
});
