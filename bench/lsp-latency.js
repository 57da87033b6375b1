// @ts-check
'use strict';
/**
 * The language server's latency as an editor feels it, on a synthetic workspace
 * (bench/SyntheticModel.java), measured with the real LSP client of the
 * end-to-end tests (vscode-languageserver-protocol over stdio):
 *   - process start → diagnostics of every file (JVM, injector, index, validation);
 *   - edit → diagnostics of the edited file: a title retyped, a reference broken and
 *     mended again, each time waiting for the diagnostics published after that edit;
 *   - completion after `within ` on a new line (the names of every institution in scope).
 * Prints one JSON object; bench/lsp-latency.sh generates the workspace and runs it.
 *   node bench/lsp-latency.js WORKSPACE_FOLDER [ROUNDS]   (default 100 rounds of the three edits)
 */
const fs = require('node:fs');
const path = require('node:path');
const lsp = require('../vscode/test/e2e/lsp.js');

function percentile(/** @type {number[]} */ values, /** @type {number} */ p) {
	const sorted = [...values].sort((a, b) => a - b);
	return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]);
}

function summary(/** @type {number[]} */ values) {
	return { runs: values.length, p50: percentile(values, 50), p95: percentile(values, 95), max: Math.round(Math.max(...values)) };
}

/** Each kind's summary over the rounds from..to. */
function perKind(/** @type {Record<string, number[]>} */ byKind, /** @type {number} */ from, /** @type {number=} */ to) {
	return Object.fromEntries(Object.entries(byKind).map(([kind, values]) => [kind, summary(values.slice(from, to))]));
}

async function main() {
	const folder = path.resolve(process.argv[2]);
	const rounds = Number(process.argv[3] || 100);
	const files = fs.readdirSync(folder).filter((f) => f.endsWith('.govmodel')).sort();
	const lines = files.reduce((n, f) => n + fs.readFileSync(path.join(folder, f), 'utf8').split('\n').length, 0);
	const server = await lsp.startServer({ folder });
	try {
		const uris = files.map((f) => lsp.uriOf(path.join(folder, f)));
		await Promise.all(uris.map((uri) => server.waitForDiagnostics(uri, () => true, 600000)));
		const firstDiagnostics = Math.max(...uris.map((uri) => server.firstDiagnosticsAt.get(uri) ?? NaN));
		// the server's own CPU time: on a shared machine the wall times above grow with the load, this much less
		const serverPid = serverProcessId();
		const startCpuMs = cpuMs(serverPid);

		// the middle file, so that references cross files in both directions
		const file = path.join(folder, files[Math.floor(files.length / 2)]);
		const uri = lsp.uriOf(file);
		const original = server.open(file).getText();
		await server.waitForDiagnostics(uri);
		const anchor = original.indexOf('    reports to s');
		if (anchor < 0) {
			throw new Error('the synthetic model has no reporting line to break');
		}
		const lineEnd = original.indexOf('\n', anchor);
		const broken = `${original.slice(0, anchor)}    reports to nowhereAtAll${original.slice(lineEnd)}`;
		const unresolved = (/** @type {any[]} */ d) => d.some((x) => /nowhereAtAll/.test(x.message));
		// a title retyped (the common edit), a reference broken, the reference mended: each waits for the
		// diagnostics published after that edit
		const retitled = original.replace('"Institución ', '"Institución renombrada ');
		const timings = { retitle: /** @type {number[]} */ ([]), breakReference: /** @type {number[]} */ ([]), mendReference: /** @type {number[]} */ ([]) };
		const cpu = { retitle: /** @type {number[]} */ ([]), breakReference: /** @type {number[]} */ ([]), mendReference: /** @type {number[]} */ ([]) };
		for (let i = 0; i < rounds; i++) {
			for (const [kind, text, done] of /** @type {[keyof typeof timings, string, (d: any[]) => boolean][]} */ ([
				['retitle', retitled, (d) => !unresolved(d)],
				['breakReference', broken, unresolved],
				['mendReference', original, (d) => !unresolved(d)],
			])) {
				const previous = server.diagnostics.get(uri);
				const started = performance.now();
				const cpuBefore = cpuMs(serverPid);
				server.change(uri, text);
				// a publication after this edit (each is a new array), showing what the edit did
				await server.waitForDiagnostics(uri, (d) => d !== previous && done(d), 120000);
				timings[kind].push(performance.now() - started);
				cpu[kind].push(cpuMs(serverPid) - cpuBefore);
			}
		}

		const withLine = `${original}institution benchNew "Nueva" ministry public within \n`;
		server.change(uri, withLine);
		await server.waitForDiagnostics(uri, () => true, 120000);
		const position = { line: withLine.split('\n').length - 2, character: 'institution benchNew "Nueva" ministry public within '.length };
		const completion = [];
		let items = 0;
		for (let i = 0; i < rounds; i++) {
			const started = performance.now();
			const answer = await server.request(lsp.rpc.CompletionRequest.type, { textDocument: { uri }, position }, 120000);
			completion.push(performance.now() - started);
			items = Array.isArray(answer) ? answer.length : answer.items.length;
		}
		console.log(JSON.stringify({
			files: files.length,
			lines,
			startToAllDiagnosticsMs: Math.round(firstDiagnostics),
			serverCpuMsToAllDiagnostics: startCpuMs,
			// the first two rounds pay for loading the edit's classes; the JIT keeps compiling for about ten more, so those
			// are also shown apart from the later ones (an editing session is hundreds of edits)
			editToDiagnosticsMs: perKind(timings, 2),
			editToDiagnosticsMsFirstTenRounds: perKind(timings, 0, 10),
			editToDiagnosticsMsLaterRounds: perKind(timings, 10),
			serverCpuMsPerEdit: perKind(cpu, 2),
			completionAfterWithinMs: { ...summary(completion.slice(2)), items },
		}, null, 2));
	} finally {
		await server.stop();
	}
}

/** The language server's process: the java child of this process (Linux). */
function serverProcessId() {
	const children = require('child_process').execSync(`pgrep -P ${process.pid} java || true`).toString().trim().split('\n').filter(Boolean);
	return children.length === 1 ? Number(children[0]) : NaN;
}

/** User + system CPU time of a process so far, in ms, from /proc (NaN where there is none). */
function cpuMs(/** @type {number} */ pid) {
	try {
		const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
		return (Number(fields[11]) + Number(fields[12])) * 10; // utime and stime, in ticks of 10 ms (USER_HZ 100)
	} catch {
		return NaN;
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
