// @ts-check
'use strict';
/**
 * The packaged extension (target/govmodel-VERSION.vsix, written by vsce in the
 * package phase) holds what a modeller's VS Code needs and nothing of the
 * build: the server jar, the grammar, the code and every module it requires.
 */
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { builtinModules } = require('node:module');
const { EXTENSION } = require('./lsp');

/** The entries of a zip file (a path or its bytes), read from its central directory: name → contents (inflated on demand). */
function readZip(/** @type {string | Buffer} */ file) {
	const zip = Buffer.isBuffer(file) ? file : fs.readFileSync(file);
	let end = zip.length - 22;
	while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) {
		end--;
	}
	assert.ok(end >= 0, `${file} is not a zip file`);
	const count = zip.readUInt16LE(end + 10);
	let offset = zip.readUInt32LE(end + 16);
	/** @type {Map<string, () => Buffer>} */
	const entries = new Map();
	for (let i = 0; i < count; i++) {
		assert.equal(zip.readUInt32LE(offset), 0x02014b50, 'central directory entry');
		const method = zip.readUInt16LE(offset + 10);
		const size = zip.readUInt32LE(offset + 20);
		const nameLength = zip.readUInt16LE(offset + 28);
		const extraLength = zip.readUInt16LE(offset + 30);
		const commentLength = zip.readUInt16LE(offset + 32);
		const local = zip.readUInt32LE(offset + 42);
		const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
		entries.set(name, () => {
			const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
			const data = zip.subarray(start, start + size);
			return method === 8 ? zlib.inflateRawSync(data) : data;
		});
		offset += 46 + nameLength + extraLength + commentLength;
	}
	return entries;
}

/**
 * The file a package's subpath resolves to for node's require: its "exports"
 * (condition node, require or default), else main or the subpath itself.
 * @param {any} pkg
 * @param {string} subpath
 */
function resolveExport(pkg, subpath) {
	if (pkg.exports) {
		let target = pkg.exports[subpath ? `./${subpath}` : '.'] ?? (subpath ? undefined : pkg.exports);
		while (target && typeof target === 'object') {
			target = target.node ?? target.require ?? target.default;
		}
		return typeof target === 'string' ? target : undefined;
	}
	if (subpath) {
		return subpath.endsWith('.js') ? subpath : `${subpath}.js`;
	}
	const main = pkg.main ?? 'index.js';
	return main.endsWith('.js') ? main : `${main}.js`;
}

const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION, 'package.json'), 'utf8'));
/** The version Maven packs the extension with: the project's, as x.y.z. */
const version = process.env.GOVMODEL_VSIX_VERSION ?? manifest.version;
const vsix = path.join(EXTENSION, 'target', `${manifest.name}-${version}.vsix`);

test('the .vsix bundles the server, the grammar, the configuration and the code, and no build files', () => {
	assert.ok(fs.existsSync(vsix), `no ${vsix}: it is written by ./mvnw package -pl vscode`);
	const entries = readZip(vsix);
	for (const name of ['extension/package.json', 'extension/src/extension.js', 'extension/language-configuration.json',
		'extension/syntaxes/govmodel.tmLanguage.json', 'extension/server/govmodel-language-server.jar', 'extension/readme.md',
		'extension/package.nls.es.json', 'extension/package.nls.pt-br.json', 'extension/l10n/bundle.l10n.es.json', 'extension/l10n/bundle.l10n.pt-br.json']) {
		assert.ok(entries.has(name), `${name} is missing from the .vsix`);
	}
	const jar = /** @type {() => Buffer} */ (entries.get('extension/server/govmodel-language-server.jar'))();
	assert.equal(jar.readUInt32LE(0), 0x04034b50, 'the bundled server is a jar');
	assert.ok(jar.length > 1_000_000, 'the bundled server is the shaded jar');
	const unwanted = [...entries.keys()].filter((name) => /^extension\/(test|target|node_modules\/(@vscode\/vsce|vscode-textmate|vscode-oniguruma))\/|^extension\/(pom\.xml|package-lock\.json)$/.test(name));
	assert.deepEqual(unwanted, [], 'build and test files in the .vsix');
	const packaged = JSON.parse(/** @type {() => Buffer} */ (entries.get('extension/package.json'))().toString('utf8'));
	assert.equal(packaged.main, './src/extension.js');
});

test('every module the extension requires is in the .vsix (or is VS Code or node)', () => {
	const entries = readZip(vsix);
	const names = new Set(entries.keys());
	const sources = [...names].filter((name) => /^extension\/src\/.*\.js$/.test(name));
	assert.ok(sources.length >= 4, sources.join(', '));
	/** @type {string[]} */
	const missing = [];
	for (const source of sources) {
		const text = /** @type {() => Buffer} */ (entries.get(source))().toString('utf8');
		for (const [, request] of text.matchAll(/require\('([^']+)'\)/g)) {
			if (request === 'vscode' || request.startsWith('node:') || builtinModules.includes(request)) {
				continue;
			}
			if (request.startsWith('.')) {
				const target = path.posix.join(path.posix.dirname(source), request);
				if (!names.has(target) && !names.has(`${target}.js`)) {
					missing.push(`${source}: ${request}`);
				}
			} else {
				const [pkg, ...rest] = request.split('/');
				const manifestEntry = entries.get(`extension/node_modules/${pkg}/package.json`);
				const target = manifestEntry && resolveExport(JSON.parse(manifestEntry().toString('utf8')), rest.join('/'));
				if (!target || !names.has(path.posix.join(`extension/node_modules/${pkg}`, target))) {
					missing.push(`${source}: ${request}`);
				}
			}
		}
	}
	assert.deepEqual(missing, []);
});

test('the .vsix carries the project version and the licence', () => {
	const entries = readZip(vsix);
	const packaged = JSON.parse(/** @type {() => Buffer} */ (entries.get('extension/package.json'))().toString('utf8'));
	assert.equal(packaged.version, version, 'the project version');
	assert.equal(packaged.license, 'EPL-2.0');
	const license = entries.get('extension/LICENSE.txt');
	assert.ok(license, `no licence in the .vsix: ${[...entries.keys()].filter((n) => /licen/i.test(n)).join(', ')}`);
	assert.equal(license().toString('utf8'), fs.readFileSync(path.join(EXTENSION, '..', 'LICENSE'), 'utf8'), 'the project licence');
	const vsixManifest = /** @type {() => Buffer} */ (entries.get('extension.vsixmanifest'))().toString('utf8');
	assert.match(vsixManifest, new RegExp(`<Identity [^>]*Version="${version.replace(/\./g, '\\.')}"`), 'the version VS Code shows');
	assert.match(vsixManifest, /<License>extension\/LICENSE\.txt<\/License>/);
});

test('the bundled language server and the command line carry the licence in META-INF', () => {
	const projectLicense = fs.readFileSync(path.join(EXTENSION, '..', 'LICENSE'), 'utf8');
	const server = /** @type {() => Buffer} */ (readZip(vsix).get('extension/server/govmodel-language-server.jar'))();
	const jars = [['the server in the .vsix', server]];
	if (process.env.GOVMODEL_CLI_JAR) {
		jars.push(['govmodel.jar', fs.readFileSync(process.env.GOVMODEL_CLI_JAR)]);
	}
	for (const [name, jar] of jars) {
		const license = readZip(/** @type {Buffer} */ (jar)).get('META-INF/LICENSE');
		assert.ok(license, `no META-INF/LICENSE in ${name}`);
		assert.equal(license().toString('utf8'), projectLicense, `${name}: the project licence, not a dependency's`);
	}
});
