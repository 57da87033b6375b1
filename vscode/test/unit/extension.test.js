// @ts-check
'use strict';
/**
 * The extension's wiring, with stand-ins for the `vscode` module and the
 * LanguageClient (VS Code itself cannot run here): which command line it
 * starts, the rule severities it sends at start and on change, the error when
 * Java is missing, and the preview asking govmodel/preview and showing the answer.
 */
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const Module = require('node:module');

const SOURCES = path.join(__dirname, '..', '..', 'src');

function event() {
	/** @type {((e: any) => any)[]} */
	const listeners = [];
	const subscribe = (/** @type {(e: any) => any} */ listener) => {
		listeners.push(listener);
		return { dispose() {} };
	};
	subscribe.fire = (/** @type {any} */ e) => Promise.all(listeners.map((listener) => listener(e)));
	return subscribe;
}

/**
 * VS Code's `l10n.t` for an extension whose manifest says `"l10n": "./l10n"`: the bundle of the display
 * language (none for English), keyed by the English text, with `{0}`-style arguments.
 */
function fakeL10n(/** @type {string} */ language) {
	const file = path.join(__dirname, '..', '..', 'l10n', `bundle.l10n.${language}.json`);
	/** @type {Record<string, string>} */
	const bundle = language === 'en' ? {} : JSON.parse(fs.readFileSync(file, 'utf8'));
	return {
		t: (/** @type {string} */ message, /** @type {any[]} */ ...args) => (bundle[message] ?? message).replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)])),
	};
}

/** A VS Code with the given settings (and display language), recording what the extension does with it. */
function fakeVscode(/** @type {Record<string, any>} */ settings, language = 'en') {
	const record = {
		/** @type {string[]} */ errors: [], /** @type {string[]} */ infos: [], /** @type {string[]} */ output: [],
		/** @type {Record<string, Function>} */ commands: {}, /** @type {any[]} */ panels: [], /** @type {string[]} */ watchers: [],
	};
	const vscode = {
		window: {
			activeTextEditor: /** @type {any} */ (undefined),
			createOutputChannel: () => ({ appendLine: (/** @type {string} */ line) => record.output.push(line), dispose() {} }),
			showErrorMessage: async (/** @type {string} */ message, /** @type {string[]} */ ...items) => { record.errors.push(`${message} [${items.join('|')}]`); },
			showWarningMessage: async (/** @type {string} */ message) => { record.errors.push(message); },
			showInformationMessage: async (/** @type {string} */ message) => { record.infos.push(message); },
			createWebviewPanel: (/** @type {string} */ viewType, /** @type {string} */ title, /** @type {any} */ column, /** @type {any} */ options) => {
				const panel = {
					viewType, title, column, options, visible: true, /** @type {any[]} */ posted: [],
					webview: { html: '', cspSource: 'vscode-webview://fake', postMessage: async (/** @type {any} */ m) => { panel.posted.push(m); return true; } },
					onDidDispose: event(), onDidChangeViewState: event(), reveal() {},
				};
				record.panels.push(panel);
				return panel;
			},
			onDidChangeActiveTextEditor: event(),
		},
		workspace: {
			getConfiguration: (/** @type {string} */ section) => ({ get: (/** @type {string} */ key, /** @type {any} */ fallback) => settings[`${section}.${key}`] ?? fallback }),
			onDidChangeConfiguration: event(),
			onDidChangeTextDocument: event(),
			onDidSaveTextDocument: event(),
			createFileSystemWatcher: (/** @type {string} */ glob) => { record.watchers.push(glob); return { glob, dispose() {} }; },
		},
		commands: {
			registerCommand: (/** @type {string} */ id, /** @type {Function} */ run) => { record.commands[id] = run; return { dispose() {} }; },
			executeCommand: async () => undefined,
		},
		env: { openExternal: async () => true, language },
		l10n: fakeL10n(language),
		Uri: { parse: (/** @type {string} */ text) => ({ toString: () => text }) },
		ViewColumn: { Beside: -2 },
	};
	return { vscode, record };
}

/** A LanguageClient that records what it is given and answers govmodel/preview. */
function fakeLanguageClient(/** @type {any} */ previewAnswer) {
	/** @type {any[]} */
	const clients = [];
	class LanguageClient {
		constructor(/** @type {string} */ id, /** @type {string} */ name, /** @type {any} */ serverOptions, /** @type {any} */ clientOptions) {
			Object.assign(this, { id, name, serverOptions, clientOptions, running: false, /** @type {any[]} */ requests: [], /** @type {any[]} */ notifications: [] });
			this.code2ProtocolConverter = { asUri: (/** @type {any} */ uri) => uri.toString() };
			clients.push(this);
		}
		onDidChangeState() { return { dispose() {} }; }
		async start() { /** @type {any} */ (this).running = true; }
		async stop() { /** @type {any} */ (this).running = false; }
		isRunning() { return /** @type {any} */ (this).running; }
		async sendNotification(/** @type {string} */ method, /** @type {any} */ params) { /** @type {any} */ (this).notifications.push({ method, params }); }
		async sendRequest(/** @type {string} */ method, /** @type {any} */ params) {
			/** @type {any} */ (this).requests.push({ method, params });
			if (previewAnswer instanceof Error) {
				throw previewAnswer;
			}
			return previewAnswer;
		}
	}
	return { module: { LanguageClient, State: { Stopped: 1, Starting: 3, Running: 2 } }, clients };
}

/** Loads src/extension.js afresh with the stand-ins in place of `vscode` and the client. */
function loadExtension(/** @type {any} */ vscode, /** @type {any} */ languageClient) {
	const originalLoad = /** @type {any} */ (Module)._load;
	/** @type {any} */ (Module)._load = function load(/** @type {string} */ request, /** @type {any[]} */ ...rest) {
		if (request === 'vscode') {
			return vscode;
		}
		if (request === 'vscode-languageclient/node') {
			return languageClient;
		}
		return originalLoad.call(this, request, ...rest);
	};
	try {
		for (const file of Object.keys(require.cache).filter((key) => key.startsWith(SOURCES))) {
			delete require.cache[file];
		}
		return require(path.join(SOURCES, 'extension.js'));
	} finally {
		/** @type {any} */ (Module)._load = originalLoad;
	}
}

function extensionFolder() {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'govmodel-extension-'));
	fs.mkdirSync(path.join(folder, 'server'));
	fs.writeFileSync(path.join(folder, 'server', 'govmodel-language-server.jar'), 'jar');
	return folder;
}

const PREVIEW = { uri: 'file:///w/m.govmodel', views: [{ id: 'diagram/c', title: 'Governance of C', kind: 'diagram', svg: '<svg xmlns="http://www.w3.org/2000/svg"/>' }] };

test('starts the bundled server with the Java found, the VM options and the rule severities', async () => {
	const { vscode, record } = fakeVscode({ 'govmodel.rules': { 'GOV-AUTH-006': 'error' }, 'govmodel.server.vmargs': ['-Xmx512m'] });
	const client = fakeLanguageClient(PREVIEW);
	const extension = loadExtension(vscode, client.module);
	const folder = extensionFolder();
	const context = { extensionPath: folder, subscriptions: [] };
	await extension.activate(context);
	assert.deepEqual(record.errors, []);
	assert.equal(client.clients.length, 1);
	const [started] = client.clients;
	assert.match(started.serverOptions.command, /java(\.exe)?$/);
	assert.deepEqual(started.serverOptions.args, ['-Xmx512m', '-jar', path.join(folder, 'server', 'govmodel-language-server.jar')]);
	assert.deepEqual(started.clientOptions.documentSelector, [{ scheme: 'file', language: 'govmodel' }]);
	assert.deepEqual(started.clientOptions.initializationOptions, { rules: { 'GOV-AUTH-006': 'error' }, language: 'auto' });
	assert.equal(started.running, true);
	assert.deepEqual(Object.keys(record.commands).sort(), ['govmodel.openPreviewToSide', 'govmodel.restartServer']);
	assert.match(record.output.join('\n'), /Starting the GovModel language server with Java \d+/);
	await extension.deactivate();
	assert.equal(started.running, false);
});

test('a change of govmodel.rules is sent as workspace/didChangeConfiguration', async () => {
	const settings = { 'govmodel.rules': { 'GOV-AUTH-006': 'error' } };
	const { vscode } = fakeVscode(settings);
	const client = fakeLanguageClient(PREVIEW);
	const extension = loadExtension(vscode, client.module);
	await extension.activate({ extensionPath: extensionFolder(), subscriptions: [] });
	settings['govmodel.rules'] = { 'GOV-AUTH-006': 'off', 'GOV-SOL-004': 'info' };
	await /** @type {any} */ (vscode.workspace.onDidChangeConfiguration).fire({ affectsConfiguration: (/** @type {string} */ key) => key === 'govmodel.rules' });
	assert.deepEqual(client.clients[0].notifications, [{ method: 'workspace/didChangeConfiguration',
		params: { settings: { govmodel: { rules: { 'GOV-AUTH-006': 'off', 'GOV-SOL-004': 'info' }, language: 'auto' } } } }]);
	await extension.deactivate();
});

test('a change of govmodel.language is sent with the rules as workspace/didChangeConfiguration', async () => {
	const settings = { 'govmodel.rules': { 'GOV-AUTH-006': 'error' }, 'govmodel.language': 'pt' };
	const { vscode } = fakeVscode(settings);
	const client = fakeLanguageClient(PREVIEW);
	const extension = loadExtension(vscode, client.module);
	await extension.activate({ extensionPath: extensionFolder(), subscriptions: [] });
	assert.deepEqual(client.clients[0].clientOptions.initializationOptions, { rules: { 'GOV-AUTH-006': 'error' }, language: 'pt' });
	settings['govmodel.language'] = 'es';
	await /** @type {any} */ (vscode.workspace.onDidChangeConfiguration).fire({ affectsConfiguration: (/** @type {string} */ key) => key === 'govmodel.language' });
	assert.deepEqual(client.clients[0].notifications, [{ method: 'workspace/didChangeConfiguration',
		params: { settings: { govmodel: { rules: { 'GOV-AUTH-006': 'error' }, language: 'es' } } } }]);
	await extension.deactivate();
});

test('no usable Java: no server, and an error that says what to do', async () => {
	const { vscode, record } = fakeVscode({ 'govmodel.java.home': path.join(os.tmpdir(), 'no-such-jdk') });
	const client = fakeLanguageClient(PREVIEW);
	const extension = loadExtension(vscode, client.module);
	await extension.activate({ extensionPath: extensionFolder(), subscriptions: [] });
	assert.equal(client.clients.length, 0);
	assert.equal(record.errors.length, 1);
	assert.match(record.errors[0], /needs Java 17 or newer, but the setting govmodel\.java\.home points to .*no-such-jdk, which has no java/);
	assert.match(record.errors[0], /\[Open Settings\|Get Java\]$/);
});

test('the preview asks govmodel/preview for the active model, shows the views, and asks again after an edit', async () => {
	const { vscode, record } = fakeVscode({ 'govmodel.preview.delay': 5 });
	const client = fakeLanguageClient(PREVIEW);
	const extension = loadExtension(vscode, client.module);
	await extension.activate({ extensionPath: extensionFolder(), subscriptions: [] });
	await record.commands['govmodel.openPreviewToSide']();
	assert.deepEqual(record.infos, ['GovModel: open a .govmodel file to preview it.'], 'no GovModel editor: a hint, no panel');
	assert.equal(record.panels.length, 0);
	const uri = { toString: () => 'file:///w/m.govmodel', fsPath: '/w/m.govmodel' };
	vscode.window.activeTextEditor = { document: { languageId: 'govmodel', uri } };
	await record.commands['govmodel.openPreviewToSide']();
	const [panel] = record.panels;
	assert.equal(panel.viewType, 'govmodel.preview');
	assert.equal(panel.title, 'Preview m.govmodel');
	assert.equal(panel.column.viewColumn, vscode.ViewColumn.Beside);
	assert.match(panel.webview.html, /Content-Security-Policy/);
	const wait = () => new Promise((resolve) => setTimeout(resolve, 50));
	await wait();
	const [server] = client.clients;
	assert.deepEqual(server.requests, [{ method: 'govmodel/preview', params: { uri: 'file:///w/m.govmodel' } }]);
	assert.equal(panel.posted.length, 1);
	assert.equal(panel.posted[0].views[0].title, 'Governance of C');
	assert.match(panel.posted[0].views[0].src, /^data:image\/svg\+xml;base64,/);
	await /** @type {any} */ (vscode.workspace.onDidChangeTextDocument).fire({ document: { uri } });
	await /** @type {any} */ (vscode.workspace.onDidChangeTextDocument).fire({ document: { uri } });
	await wait();
	assert.equal(server.requests.length, 2, 'two quick edits, one request (debounced)');
	await /** @type {any} */ (vscode.workspace.onDidChangeTextDocument).fire({ document: { uri: { toString: () => 'file:///w/other.govmodel' } } });
	await wait();
	assert.equal(server.requests.length, 2, 'edits to another file do not redraw');
	await extension.deactivate();
});

test('restarting the server keeps the one file watcher', async () => {
	const { vscode, record } = fakeVscode({});
	const client = fakeLanguageClient(PREVIEW);
	const extension = loadExtension(vscode, client.module);
	await extension.activate({ extensionPath: extensionFolder(), subscriptions: [] });
	await record.commands['govmodel.restartServer']();
	await record.commands['govmodel.restartServer']();
	assert.equal(client.clients.length, 3, 'three servers started');
	assert.deepEqual(record.watchers, ['**/{*.govmodel,govmodel.json}'], 'one watcher, created once');
	assert.ok(client.clients.every((c) => c.clientOptions.synchronize.fileEvents.glob === '**/{*.govmodel,govmodel.json}'));
	await extension.deactivate();
});

test('a preview cancelled by an edit keeps the pictures shown', async () => {
	const { vscode, record } = fakeVscode({ 'govmodel.preview.delay': 5 });
	const cancelled = Object.assign(new Error('The preview of file:///w/m.govmodel was cancelled by a newer edit.'), { code: -32800 });
	const client = fakeLanguageClient(cancelled);
	const extension = loadExtension(vscode, client.module);
	await extension.activate({ extensionPath: extensionFolder(), subscriptions: [] });
	vscode.window.activeTextEditor = { document: { languageId: 'govmodel', uri: { toString: () => 'file:///w/m.govmodel', fsPath: '/w/m.govmodel' } } };
	await record.commands['govmodel.openPreviewToSide']();
	await new Promise((resolve) => setTimeout(resolve, 50));
	assert.equal(client.clients[0].requests.length, 1);
	assert.deepEqual(record.panels[0].posted, [], 'nothing replaces what the panel shows');
	await extension.deactivate();
});

test('in a Spanish VS Code the preview speaks Spanish: its title, hint, waiting line and kinds; the views keep the language the server drew them in', async () => {
	const { vscode, record } = fakeVscode({ 'govmodel.preview.delay': 5 }, 'es');
	const client = fakeLanguageClient({ ...PREVIEW, language: 'pt-BR', views: [{ ...PREVIEW.views[0], title: 'Governança de C' }] });
	const extension = loadExtension(vscode, client.module);
	await extension.activate({ extensionPath: extensionFolder(), subscriptions: [] });
	await record.commands['govmodel.openPreviewToSide']();
	assert.deepEqual(record.infos, ['GovModel: abra un archivo .govmodel para ver su vista previa.']);
	vscode.window.activeTextEditor = { document: { languageId: 'govmodel', uri: { toString: () => 'file:///w/m.govmodel', fsPath: '/w/m.govmodel' } } };
	await record.commands['govmodel.openPreviewToSide']();
	const [panel] = record.panels;
	assert.equal(panel.title, 'Vista previa de m.govmodel');
	assert.match(panel.webview.html, /<html lang="es">/);
	assert.match(panel.webview.html, />Esperando al servidor de lenguaje de GovModel…</);
	await new Promise((resolve) => setTimeout(resolve, 50));
	assert.deepEqual(panel.posted[0].views.map((/** @type {any} */ v) => [v.title, v.kind, v.lang]), [['Governança de C', 'diagrama', 'pt-BR']]);
	await extension.deactivate();
});

test('in a Portuguese VS Code, no usable Java is explained in Portuguese, with translated buttons', async () => {
	const { vscode, record } = fakeVscode({ 'govmodel.java.home': path.join(os.tmpdir(), 'no-such-jdk') }, 'pt-br');
	const client = fakeLanguageClient(PREVIEW);
	const extension = loadExtension(vscode, client.module);
	await extension.activate({ extensionPath: extensionFolder(), subscriptions: [] });
	assert.equal(client.clients.length, 0);
	assert.match(record.errors[0], /^O servidor de linguagem do GovModel precisa do Java 17 ou mais recente, mas a configuração govmodel\.java\.home aponta para .*no-such-jdk, que não tem java em bin\//);
	assert.match(record.errors[0], /"GovModel: Reiniciar o servidor de linguagem"\. \[Abrir as configurações\|Obter o Java\]$/);
});
