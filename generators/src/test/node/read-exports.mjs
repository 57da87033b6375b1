// Reads GovModel's diagram exports with their real consumers and prints, as JSON on stdout, what each
// reader made of them. Used by the generators' tests (ExportReaders.java); run as
//   node read-exports.mjs FILE...
// FILE.dot: Graphviz (compiled to WebAssembly) lays it out as SVG -> { svg } or { error }.
// FILE.mmd: mermaid.js parses it; the front matter is read with the YAML library and schema mermaid
//   uses; each label is decoded as mermaid does when it draws (its #code; entities) and then read by
//   an HTML parser (jsdom) as a browser would -> { title, config, labels, links } or { error }.
import fs from 'node:fs';
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;

const { Graphviz } = await import('@hpcc-js/wasm-graphviz');
const yaml = await import('js-yaml');
const mermaid = (await import('mermaid')).default;
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
let graphviz = await Graphviz.load();

/**
 * Graphviz's SVG for a DOT text. After many layouts in one WebAssembly instance Graphviz can fail with
 * "table index is out of bounds" on a text it lays out fine alone; a failure is therefore retried once
 * in a fresh instance, and a real syntax error fails both times.
 */
async function layout(text) {
	try {
		return graphviz.dot(text);
	} catch (first) {
		Graphviz.unload();
		graphviz = await Graphviz.load();
		return graphviz.dot(text);
	}
}

/** What a browser shows for a label that mermaid drew from the parsed text. */
function shown(label) {
	const html = label.replace(/ﬂ°°/g, '&#').replace(/ﬂ°/g, '&').replace(/¶ß/g, ';');
	const element = document.createElement('div');
	element.innerHTML = html.replace(/<br\s*\/?>/gi, '\n');
	return element.textContent;
}

async function readMermaid(text) {
	const { config } = await mermaid.parse(text);
	const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(text);
	const metadata = frontMatter ? yaml.load(frontMatter[1], { schema: yaml.JSON_SCHEMA }) : {};
	const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
	const db = diagram.db;
	const vertices = [...db.getVertices().values()];
	return {
		title: metadata.title,
		keys: Object.keys(metadata),
		config,
		labels: [...vertices.map((v) => shown(v.text)), ...db.getEdges().map((e) => shown(e.text)),
			...db.getSubGraphs().map((s) => shown(s.title))],
		links: vertices.filter((v) => v.link || v.haveCallback).map((v) => v.id),
	};
}

const results = {};
for (const file of process.argv.slice(2)) {
	const text = fs.readFileSync(file, 'utf8');
	try {
		results[file] = file.endsWith('.dot') ? { svg: await layout(text) } : await readMermaid(text);
	} catch (error) {
		results[file] = { error: String(error?.message ?? error) };
	}
}
process.stdout.write(JSON.stringify(results));
