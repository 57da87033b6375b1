// @ts-check
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { previewHtml, previewMessage, nonce, escapeHtml } = require('../../src/preview-html');

test('the page: a strict Content Security Policy whose script and style carry the nonce', () => {
	const n = nonce();
	assert.match(n, /^[0-9a-f]{32}$/);
	const html = previewHtml({ nonce: n, cspSource: 'vscode-webview://x', title: 'Preview <a>.govmodel' });
	const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
	assert.equal(csp, `default-src 'none'; img-src data: vscode-webview://x; style-src 'nonce-${n}'; script-src 'nonce-${n}'`);
	assert.equal([...html.matchAll(/<script/g)].length, 1);
	assert.match(html, new RegExp(`<script nonce="${n}">`));
	assert.match(html, new RegExp(`<style nonce="${n}">`));
	assert.ok(html.includes('Preview &lt;a&gt;.govmodel') && !html.includes('<a>'), 'the title is escaped');
	assert.doesNotMatch(html, /innerHTML/, 'the page builds its DOM with textContent only');
});

test('views become data: images with their titles; a message when there is nothing to show', () => {
	const svg = '<svg xmlns="http://www.w3.org/2000/svg"><text>Córdoba</text></svg>';
	const update = previewMessage({ uri: 'file:///m.govmodel', views: [{ id: 'diagram/c', title: 'Governance of Córdoba', kind: 'diagram', svg }], message: null }, 'm.govmodel');
	assert.equal(update.message, null);
	assert.equal(update.views.length, 1);
	assert.equal(update.views[0].title, 'Governance of Córdoba');
	assert.equal(Buffer.from(update.views[0].src.replace('data:image/svg+xml;base64,', ''), 'base64').toString('utf8'), svg);
	assert.deepEqual(previewMessage({ uri: 'file:///m.govmodel', views: [], message: 'Nothing to preview yet: fix the syntax errors first.' }, 'm.govmodel'),
		{ type: 'update', file: 'm.govmodel', message: 'Nothing to preview yet: fix the syntax errors first.', views: [] });
	assert.equal(previewMessage({ uri: 'file:///m.govmodel' }, 'm.govmodel').message, 'Nothing to preview.');
	assert.equal(previewMessage({ error: 'down' }, 'm.govmodel').message, 'down');
	assert.equal(escapeHtml(`"'&`), '&quot;&#39;&amp;');
});

test('the page is marked with the editor\'s language and each picture with the language it was drawn in; kinds are words of the page', () => {
	const html = previewHtml({ nonce: nonce(), cspSource: 'x', title: 'Vista previa', lang: 'es', words: { waiting: 'Esperando…', nothing: 'Nada.', kinds: { diagram: 'diagrama' } } });
	assert.match(html, /<html lang="es">/);
	assert.match(html, /<div id="message">Esperando…<\/div>/);
	assert.match(previewHtml({ nonce: nonce(), cspSource: 'x', title: 't', lang: '"><script>' }), /<html lang="&quot;&gt;&lt;script&gt;">/, 'the language is escaped');
	const update = previewMessage({ uri: 'file:///m.govmodel', language: 'pt-BR', views: [{ id: 'diagram/c', title: 'Governança de C', kind: 'diagram', svg: '<svg/>' }] }, 'm.govmodel',
		{ waiting: '', nothing: 'Nada.', kinds: { diagram: 'diagrama' } });
	assert.deepEqual(update.views.map((v) => [v.kind, v.lang]), [['diagrama', 'pt-BR']]);
	assert.equal(previewMessage({ uri: 'file:///m.govmodel', views: [] }, 'm.govmodel', { waiting: '', nothing: 'Nada.', kinds: {} }).message, 'Nada.');
});
