// @ts-check
'use strict';
/**
 * "GovModel: Open Preview to the Side": a webview beside the editor showing the
 * org diagrams and assessment radars of the active .govmodel file, as the
 * language server renders them (govmodel/preview). It asks again when the
 * editor changes (debounced), on save, and when another GovModel editor
 * becomes active.
 */
const vscode = require('vscode');
const path = require('node:path');
const { nonce, previewHtml, previewMessage, translatedWords } = require('./preview-html');

/**
 * The page's own words, in VS Code's display language (vscode.l10n, bundles in l10n/). The
 * pictures, their captions and the server's messages come written by the language server.
 */
function pageWords() {
	return translatedWords((english) => vscode.l10n.t(english));
}

/** The output channel of the server's log (named, not translated: it is how users find it in the Output view). */
const OUTPUT_CHANNEL = 'GovModel Language Server';

/** LSP's error code for a request the server cancelled (an edit came in while it ran). */
const REQUEST_CANCELLED = -32800;

class PreviewPanel {
	/**
	 * @param {vscode.ExtensionContext} context
	 * @param {() => import('vscode-languageclient/node').LanguageClient | undefined} client
	 */
	constructor(context, client) {
		this.context = context;
		this.client = client;
		/** @type {vscode.WebviewPanel | undefined} */
		this.panel = undefined;
		/** @type {vscode.Uri | undefined} */
		this.document = undefined;
		/** @type {NodeJS.Timeout | undefined} */
		this.timer = undefined;
		this.generation = 0;
		context.subscriptions.push(
			vscode.workspace.onDidChangeTextDocument((event) => {
				if (this.isShown(event.document.uri)) {
					this.schedule();
				}
			}),
			vscode.workspace.onDidSaveTextDocument((document) => {
				if (this.isShown(document.uri)) {
					void this.refresh();
				}
			}),
			vscode.window.onDidChangeActiveTextEditor((editor) => {
				if (this.panel && editor && editor.document.languageId === 'govmodel' && editor.document.uri.toString() !== this.document?.toString()) {
					this.document = editor.document.uri;
					void this.refresh();
				}
			}),
		);
	}

	/** @param {vscode.Uri} uri */
	isShown(uri) {
		return this.panel !== undefined && this.document !== undefined && uri.toString() === this.document.toString();
	}

	show() {
		const editor = vscode.window.activeTextEditor;
		if (!editor || editor.document.languageId !== 'govmodel') {
			void vscode.window.showInformationMessage(vscode.l10n.t('GovModel: open a .govmodel file to preview it.'));
			return;
		}
		this.document = editor.document.uri;
		if (this.panel) {
			this.panel.reveal(vscode.ViewColumn.Beside, true);
		} else {
			this.panel = vscode.window.createWebviewPanel('govmodel.preview', this.title(), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
				enableScripts: true,
				localResourceRoots: [],
				retainContextWhenHidden: false,
			});
			this.panel.webview.html = previewHtml({ nonce: nonce(), cspSource: this.panel.webview.cspSource, title: this.title(), lang: vscode.env.language, words: pageWords() });
			this.panel.onDidDispose(() => {
				this.panel = undefined;
				clearTimeout(this.timer);
			});
			this.panel.onDidChangeViewState((event) => {
				if (event.webviewPanel.visible) {
					void this.refresh();
				}
			});
		}
		void this.refresh();
	}

	title() {
		return this.document ? vscode.l10n.t('Preview {0}', path.basename(this.document.fsPath)) : vscode.l10n.t('Preview');
	}

	schedule() {
		clearTimeout(this.timer);
		const delay = vscode.workspace.getConfiguration('govmodel').get('preview.delay', 300);
		this.timer = setTimeout(() => { void this.refresh(); }, delay);
	}

	async refresh() {
		const panel = this.panel;
		const document = this.document;
		if (!panel || !document) {
			return;
		}
		panel.title = this.title();
		const generation = ++this.generation;
		const name = path.basename(document.fsPath);
		const client = this.client();
		let message;
		if (!client || !client.isRunning()) {
			message = previewMessage({ error: vscode.l10n.t('The GovModel language server is not running: see the output channel "{0}".', OUTPUT_CHANNEL) }, name, pageWords());
		} else {
			try {
				const result = await client.sendRequest('govmodel/preview', { uri: client.code2ProtocolConverter.asUri(document) });
				message = previewMessage(/** @type {any} */ (result), name, pageWords());
			} catch (error) {
				if (/** @type {any} */ (error)?.code === REQUEST_CANCELLED) {
					return; // an edit superseded this request: keep the pictures shown until the next one answers
				}
				message = previewMessage({ error: vscode.l10n.t('The preview failed: {0}', /** @type {Error} */ (error).message) }, name, pageWords());
			}
		}
		if (generation === this.generation && this.panel === panel) {
			void panel.webview.postMessage(message);
		}
	}
}

module.exports = { PreviewPanel, REQUEST_CANCELLED, OUTPUT_CHANNEL };
