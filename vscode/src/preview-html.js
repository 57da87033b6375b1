// @ts-check
'use strict';
/**
 * The page of the preview webview, without the VS Code API: a strict Content
 * Security Policy (no network, scripts and styles only with the nonce, pictures
 * only as data: URIs), and the views of govmodel/preview turned into the
 * messages the page's small script shows. The SVGs are shown as <img> from
 * data: URIs, so that nothing in them can run or style the page.
 */
const crypto = require('node:crypto');

function nonce() {
	return crypto.randomBytes(16).toString('hex');
}

/** @param {string} text */
function escapeHtml(text) {
	return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/**
 * The page's own words, in the editor's display language (the extension translates them).
 * @typedef {{ waiting: string, nothing: string, kinds: Record<string, string> }} PageWords
 */

/** The words of an English editor; also what a test without VS Code's l10n gets. */
const ENGLISH = Object.freeze({
	waiting: 'Waiting for the GovModel language server…',
	nothing: 'Nothing to preview.',
	kinds: Object.freeze({ diagram: 'diagram', radar: 'radar', trend: 'trend over the years' }),
});

/**
 * The page's words through a translation (VS Code's `l10n.t`, whose bundles are keyed by the English text).
 * @param {(english: string) => string} translate
 * @returns {PageWords}
 */
function translatedWords(translate) {
	return {
		waiting: translate(ENGLISH.waiting),
		nothing: translate(ENGLISH.nothing),
		kinds: Object.fromEntries(Object.entries(ENGLISH.kinds).map(([kind, word]) => [kind, translate(word)])),
	};
}

/**
 * What the page shows for a govmodel/preview result (or a failure). The views keep the language
 * the server drew them in (`lang`, a BCP 47 tag), which may differ from the page's own.
 * @param {{ uri: string, views?: { id: string, title: string, kind: string, svg: string }[], message?: string | null, language?: string } | { error: string }} result
 * @param {string} fileName
 * @param {PageWords} [words]
 */
function previewMessage(result, fileName, words = ENGLISH) {
	if ('error' in result) {
		return { type: 'update', file: fileName, message: result.error, views: [] };
	}
	const lang = result.language ?? '';
	const views = (result.views ?? []).map((view) => ({
		id: view.id,
		title: view.title,
		kind: words.kinds[view.kind] ?? view.kind,
		lang,
		src: `data:image/svg+xml;base64,${Buffer.from(view.svg, 'utf8').toString('base64')}`,
	}));
	const message = result.message ?? (views.length ? null : words.nothing);
	return { type: 'update', file: fileName, message, views };
}

/**
 * @param {{ nonce: string, cspSource: string, title: string, lang?: string, words?: PageWords }} options
 *   lang: the editor's display language (VS Code's `env.language`), the language of the page's own words
 */
function previewHtml({ nonce: n, cspSource, title, lang = 'en', words = ENGLISH }) {
	const csp = [`default-src 'none'`, `img-src data: ${cspSource}`, `style-src 'nonce-${n}'`, `script-src 'nonce-${n}'`].join('; ');
	return `<!DOCTYPE html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(title)}</title>
<style nonce="${n}">
  body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 1em 2em; }
  header { position: sticky; top: 0; background: var(--vscode-editor-background); padding: .5em 0; border-bottom: 1px solid var(--vscode-panel-border); }
  #file { font-weight: 600; }
  #message { margin: .75em 0; padding: .5em .75em; border-left: 3px solid var(--vscode-textLink-foreground); background: var(--vscode-textBlockQuote-background); }
  #message:empty { display: none; }
  section { margin: 1.25em 0; }
  h2 { font-size: 1.05em; font-weight: 600; margin: 0 0 .5em; }
  .kind { font-weight: normal; opacity: .7; font-size: .9em; margin-left: .5em; }
  img { max-width: 100%; height: auto; background: #fff; border-radius: 4px; padding: 8px; box-sizing: border-box; }
</style>
</head>
<body>
<header><span id="file">${escapeHtml(title)}</span></header>
<div id="message">${escapeHtml(words.waiting)}</div>
<main id="views"></main>
<script nonce="${n}">
  const file = document.getElementById('file');
  const message = document.getElementById('message');
  const views = document.getElementById('views');
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.type !== 'update') { return; }
    file.textContent = data.file;
    message.textContent = data.message || '';
    const sections = data.views.map((view) => {
      const section = document.createElement('section');
      section.id = view.id;
      if (view.lang) { section.lang = view.lang; }
      const heading = document.createElement('h2');
      heading.textContent = view.title;
      const kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = view.kind;
      heading.appendChild(kind);
      const image = document.createElement('img');
      image.alt = view.title;
      image.src = view.src;
      section.append(heading, image);
      return section;
    });
    views.replaceChildren(...sections);
  });
</script>
</body>
</html>
`;
}

module.exports = { nonce, escapeHtml, previewHtml, previewMessage, translatedWords, ENGLISH };
