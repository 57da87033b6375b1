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
 * What the page shows for a govmodel/preview result (or a failure).
 * @param {{ uri: string, views?: { id: string, title: string, kind: string, svg: string }[], message?: string | null } | { error: string }} result
 * @param {string} fileName
 */
function previewMessage(result, fileName) {
	if ('error' in result) {
		return { type: 'update', file: fileName, message: result.error, views: [] };
	}
	const views = (result.views ?? []).map((view) => ({
		id: view.id,
		title: view.title,
		kind: view.kind,
		src: `data:image/svg+xml;base64,${Buffer.from(view.svg, 'utf8').toString('base64')}`,
	}));
	const message = result.message ?? (views.length ? null : 'Nothing to preview.');
	return { type: 'update', file: fileName, message, views };
}

/**
 * @param {{ nonce: string, cspSource: string, title: string }} options
 */
function previewHtml({ nonce: n, cspSource, title }) {
	const csp = [`default-src 'none'`, `img-src data: ${cspSource}`, `style-src 'nonce-${n}'`, `script-src 'nonce-${n}'`].join('; ');
	return `<!DOCTYPE html>
<html lang="en">
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
<div id="message">Waiting for the GovModel language server…</div>
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

module.exports = { nonce, escapeHtml, previewHtml, previewMessage };
