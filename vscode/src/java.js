// @ts-check
'use strict';
/**
 * Finding a Java 17+ to run the GovModel language server, and the command line
 * that starts it. Nothing here needs the VS Code API, so node's own test
 * runner checks it (test/java.test.js).
 */
const childProcess = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const MINIMUM_JAVA = 17;

/**
 * A translation of the messages below: VS Code's `l10n.t` in the extension (bundles keyed by the English
 * text, `{0}` arguments); without it, the English text with its arguments put in.
 * @typedef {(message: string, ...args: (string | number)[]) => string} Translate
 */
/** @type {Translate} */
const english = (message, ...args) => message.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)]));

/** Why no usable Java was found, with what the user can do about it. */
class JavaError extends Error {
	/**
	 * @param {string} message
	 * @param {{ java?: string, version?: number }} [found]
	 */
	constructor(message, found = {}) {
		super(message);
		this.name = 'JavaError';
		this.found = found;
	}
}

/**
 * The major version in the output of `java -version` (printed on stderr):
 * `openjdk version "17.0.15" 2025-04-15` is 17, `java version "1.8.0_381"` is 8,
 * `openjdk version "21" 2023-09-19` is 21, `openjdk version "22-ea"` is 22.
 * @param {string} output
 * @returns {number | undefined}
 */
function parseJavaVersion(output) {
	const match = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(output);
	if (!match) {
		return undefined;
	}
	const first = Number(match[1]);
	return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

/**
 * The java executables to try, in order: the `govmodel.java.home` setting,
 * `JAVA_HOME`, then `java` on the PATH; `source` says where one came from, in the user's words.
 * @param {{ javaHome?: string | null, env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform, t?: Translate }} options
 * @returns {{ java: string, source: string, from: 'setting' | 'JAVA_HOME' | 'PATH' }[]}
 */
function javaCandidates({ javaHome, env = process.env, platform = process.platform, t = english }) {
	const executable = platform === 'win32' ? 'java.exe' : 'java';
	/** @type {{ java: string, source: string, from: 'setting' | 'JAVA_HOME' | 'PATH' }[]} */
	const candidates = [];
	if (javaHome && javaHome.trim()) {
		candidates.push({ java: path.join(javaHome.trim(), 'bin', executable), source: t('the setting govmodel.java.home'), from: 'setting' });
	}
	if (env.JAVA_HOME && env.JAVA_HOME.trim()) {
		candidates.push({ java: path.join(env.JAVA_HOME.trim(), 'bin', executable), source: 'JAVA_HOME', from: 'JAVA_HOME' });
	}
	candidates.push({ java: executable, source: t('the PATH'), from: 'PATH' });
	return candidates;
}

/**
 * Runs `java -version` and resolves with its output (stderr and stdout), or
 * rejects when the program cannot be run.
 * @param {string} java
 * @returns {Promise<string>}
 */
function runJavaVersion(java) {
	return new Promise((resolve, reject) => {
		childProcess.execFile(java, ['-version'], { timeout: 15000, windowsHide: true }, (error, stdout, stderr) => {
			if (error && !stderr) {
				reject(error);
			} else {
				resolve(`${stderr}${stdout}`);
			}
		});
	});
}


/**
 * The first candidate that runs and is Java 17 or newer. When the setting
 * names a Java, that one must work: a wrong setting is reported rather than
 * silently passed over.
 * @param {{ javaHome?: string | null, env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform,
 *   exists?: (file: string) => boolean, version?: (java: string) => Promise<string>, t?: Translate }} options
 * @returns {Promise<{ java: string, version: number, source: string }>}
 */
async function findJava(options) {
	const exists = options.exists ?? fs.existsSync;
	const version = options.version ?? runJavaVersion;
	const t = options.t ?? english;
	/** @type {string[]} */
	const problems = [];
	for (const candidate of javaCandidates(options)) {
		const explicit = candidate.from !== 'PATH';
		if (explicit && !exists(candidate.java)) {
			problems.push(t('{0} points to {1}, which has no {2} in bin/', candidate.source, path.dirname(path.dirname(candidate.java)), path.basename(candidate.java)));
			if (candidate.from === 'setting') {
				break;
			}
			continue;
		}
		let output;
		try {
			output = await version(candidate.java);
		} catch (error) {
			problems.push(explicit ? t('{0} (from {1}) did not run: {2}', candidate.java, candidate.source, /** @type {Error} */ (error).message)
				: t('no java was found on the PATH'));
			if (candidate.from === 'setting') {
				break;
			}
			continue;
		}
		const major = parseJavaVersion(output);
		if (major === undefined) {
			problems.push(t('{0} (from {1}) did not say its version', candidate.java, candidate.source));
		} else if (major < MINIMUM_JAVA) {
			problems.push(t('{0} (from {1}) is Java {2}', candidate.java, candidate.source, major));
		} else {
			return { java: candidate.java, version: major, source: candidate.source };
		}
		if (candidate.from === 'setting') {
			break;
		}
	}
	throw new JavaError(t('The GovModel language server needs Java {0} or newer, but {1}. Install a Java {0} or newer (for example Eclipse Temurin from adoptium.net, or `apt-get install openjdk-17-jre-headless`), then point the setting "govmodel.java.home" (or JAVA_HOME) at its folder and run "GovModel: Restart Language Server".',
		MINIMUM_JAVA, problems.join('; ')));
}

/**
 * How to start the server: `java [vmargs] -jar <jar>`, speaking LSP on stdin/stdout.
 * @param {{ java: string, jar: string, vmargs?: string[] }} options
 * @returns {{ command: string, args: string[] }}
 */
function serverCommand({ java, jar, vmargs = [] }) {
	return { command: java, args: [...vmargs.filter((arg) => arg && arg.trim()), '-jar', jar] };
}

/**
 * The jar to run: the setting `govmodel.server.jar` when given, otherwise the
 * one bundled in the extension's `server/` folder.
 * @param {{ extensionPath: string, configured?: string | null }} options
 */
function serverJar({ extensionPath, configured }) {
	return configured && configured.trim() ? configured.trim() : path.join(extensionPath, 'server', 'govmodel-language-server.jar');
}

module.exports = { MINIMUM_JAVA, JavaError, parseJavaVersion, javaCandidates, findJava, serverCommand, serverJar, runJavaVersion };
