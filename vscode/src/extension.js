// @ts-check
'use strict';
/**
 * The GovModel extension: starts the bundled language server with the user's
 * Java 17+, passes the rule severities of the settings, and offers the live
 * preview beside the editor. Everything that does not need VS Code lives in
 * java.js, settings.js and preview-html.js (tested with node:test).
 */
const vscode = require('vscode');
const { LanguageClient, State } = require('vscode-languageclient/node');
const { findJava, serverCommand, serverJar, JavaError } = require('./java');
const { ruleSeverities, initializationOptions, configurationChange } = require('./settings');
const { PreviewPanel, OUTPUT_CHANNEL } = require('./preview');
const fs = require('node:fs');

/** @type {LanguageClient | undefined} */
let client;
/** @type {vscode.OutputChannel} */
let output;
/** @type {vscode.FileSystemWatcher} one for the extension's life, shared by every server (re)start */
let watcher;

/** @param {vscode.ExtensionContext} context */
async function activate(context) {
	output = vscode.window.createOutputChannel(OUTPUT_CHANNEL);
	watcher = vscode.workspace.createFileSystemWatcher('**/{*.govmodel,govmodel.json}');
	context.subscriptions.push(output, watcher);
	const preview = new PreviewPanel(context, () => client);
	context.subscriptions.push(
		vscode.commands.registerCommand('govmodel.openPreviewToSide', () => preview.show()),
		vscode.commands.registerCommand('govmodel.restartServer', () => restart(context)),
		vscode.workspace.onDidChangeConfiguration((event) => configurationChanged(event, context)),
		{ dispose: () => { void stop(); } },
	);
	await start(context);
}

function rules() {
	const { rules: valid, ignored } = ruleSeverities(vscode.workspace.getConfiguration('govmodel').get('rules'));
	if (ignored.length) {
		void vscode.window.showWarningMessage(vscode.l10n.t('GovModel: the setting govmodel.rules has entries that are not a rule id with off, info, warning or error: {0}', ignored.join(', ')));
	}
	return valid;
}

/** @param {vscode.ExtensionContext} context */
async function start(context) {
	const configuration = vscode.workspace.getConfiguration('govmodel');
	let java;
	try {
		java = await findJava({ javaHome: configuration.get('java.home'), t: vscode.l10n.t });
	} catch (error) {
		if (error instanceof JavaError) {
			output.appendLine(error.message);
			const openSettings = vscode.l10n.t('Open Settings');
			const getJava = vscode.l10n.t('Get Java');
			const choice = await vscode.window.showErrorMessage(error.message, openSettings, getJava);
			if (choice === openSettings) {
				void vscode.commands.executeCommand('workbench.action.openSettings', 'govmodel.java.home');
			} else if (choice === getJava) {
				void vscode.env.openExternal(vscode.Uri.parse('https://adoptium.net/temurin/releases/?version=17'));
			}
			return;
		}
		throw error;
	}
	const jar = serverJar({ extensionPath: context.extensionPath, configured: configuration.get('server.jar') });
	if (!fs.existsSync(jar)) {
		void vscode.window.showErrorMessage(vscode.l10n.t('GovModel: the language server jar {0} does not exist. Reinstall the extension or correct the setting govmodel.server.jar.', jar));
		return;
	}
	output.appendLine(vscode.l10n.t('Starting the GovModel language server with Java {0} (from {1}: {2}): {3}', java.version, java.source, java.java, jar));
	const { command, args } = serverCommand({ java: java.java, jar, vmargs: configuration.get('server.vmargs') ?? [] });
	client = new LanguageClient('govmodel', OUTPUT_CHANNEL, { command, args }, {
		documentSelector: [{ scheme: 'file', language: 'govmodel' }],
		initializationOptions: initializationOptions(rules(), vscode.workspace.getConfiguration('govmodel').get('language')),
		outputChannel: output,
		synchronize: { fileEvents: watcher },
	});
	client.onDidChangeState((event) => {
		if (event.newState === State.Stopped) {
			output.appendLine(vscode.l10n.t('The GovModel language server stopped.'));
		}
	});
	await client.start();
}

async function stop() {
	const running = client;
	client = undefined;
	if (running && running.isRunning()) {
		await running.stop();
	}
}

/** @param {vscode.ExtensionContext} context */
async function restart(context) {
	await stop();
	await start(context);
}

/**
 * @param {vscode.ConfigurationChangeEvent} event
 * @param {vscode.ExtensionContext} context
 */
async function configurationChanged(event, context) {
	if ((event.affectsConfiguration('govmodel.rules') || event.affectsConfiguration('govmodel.language')) && client && client.isRunning()) {
		await client.sendNotification('workspace/didChangeConfiguration', configurationChange(rules(), vscode.workspace.getConfiguration('govmodel').get('language')));
	}
	if (['govmodel.java.home', 'govmodel.server.jar', 'govmodel.server.vmargs'].some((key) => event.affectsConfiguration(key))) {
		const restartNow = vscode.l10n.t('Restart');
		const choice = await vscode.window.showInformationMessage(vscode.l10n.t('GovModel: restart the language server to use the new settings?'), restartNow);
		if (choice === restartNow) {
			await restart(context);
		}
	}
}

function deactivate() {
	return stop();
}

module.exports = { activate, deactivate };
