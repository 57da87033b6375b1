// The visual checks of the browser suite, run in the page by Selenium (executeScript). Returns
// { links: [urls], findings: [{check, detail}] }. Geometry is measured by the browser itself
// (getBoundingClientRect), with the fonts it actually uses.
// Checks:
//   title-and-lang  an HTML page has a non-empty <title> and a lang on <html>; an SVG has a <title>
//   text-overlap    no two text boxes overlap by more than TOLERANCE px in both directions
//   text-outside    an SVG text stays inside the smallest rect that holds its centre, else inside the
//                   drawing's viewport; an HTML element that clips its overflow shows all its text
//   text-covered    an SVG text is not painted over by a later shape (most of its sample points hit it)
//   ellipsis        a label cut with an ellipsis has its full text in a <title> and that text would not fit
//   links           (collected here, checked in Java) every relative href/src resolves to a file
const TOLERANCE = 2;
const findings = [];
const add = (check, detail) => findings.push({ check, detail });
const isSvgDocument = document.documentElement instanceof SVGSVGElement;
const label = t => (t.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 60);
const rectOf = e => e.getBoundingClientRect();
const inter = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > TOLERANCE && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > TOLERANCE;
const inside = (r, box) => r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5;

// --- title and lang
if (isSvgDocument) {
  const title = document.documentElement.querySelector(':scope > title');
  if (!title || !title.textContent.trim()) add('title-and-lang', 'the SVG has no <title>');
} else {
  if (!document.title.trim()) add('title-and-lang', 'the page has no <title>');
  if (!document.documentElement.getAttribute('lang')) add('title-and-lang', 'the <html> element has no lang');
}

// --- text boxes: SVG <text> elements as a whole, HTML text nodes outside SVG as their line boxes
const boxes = [];
const svgTexts = Array.from(document.querySelectorAll('text')).filter(t => label(t) && rectOf(t).width > 0);
svgTexts.forEach(t => boxes.push({ rect: rectOf(t), name: 'svg text "' + label(t) + '"', el: t }));
if (!isSvgDocument) {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.textContent.trim() || n.parentElement.closest('svg, script, style, title')) continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    Array.from(range.getClientRects()).filter(r => r.width > 0 && r.height > 0)
      .forEach(r => boxes.push({ rect: r, name: 'text "' + n.textContent.replace(/\s+/g, ' ').trim().slice(0, 60) + '"', el: n.parentElement }));
  }
}
for (let i = 0; i < boxes.length; i++) {
  for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i], b = boxes[j];
    if (a.el === b.el) continue; // the lines of one wrapped text node
    if (inter(a.rect, b.rect)) add('text-overlap', a.name + ' overlaps ' + b.name);
  }
}

// --- SVG text inside its box, not covered, ellipsis only where needed
for (const svg of document.querySelectorAll('svg')) {
  if (svg.parentElement && svg.parentElement.closest('svg')) continue;
  const viewport = rectOf(svg);
  const rects = Array.from(svg.querySelectorAll('rect')).map(r => ({ el: r, box: rectOf(r) }))
    .filter(r => r.box.width > 0 && r.box.height > 0 && !(r.box.width >= viewport.width - 1 && r.box.height >= viewport.height - 1));
  const order = Array.from(svg.querySelectorAll('*'));
  for (const t of Array.from(svg.querySelectorAll('text')).filter(t => label(t))) {
    const r = rectOf(t);
    const cx = (r.left + r.right) / 2, cy = (r.top + r.bottom) / 2;
    const holders = rects.filter(x => cx >= x.box.left && cx <= x.box.right && cy >= x.box.top && cy <= x.box.bottom)
      .sort((x, y) => x.box.width * x.box.height - y.box.width * y.box.height);
    const box = holders.length ? holders[0].box : viewport;
    if (!inside(r, box)) add('text-outside', 'svg text "' + label(t) + '" leaves ' + (holders.length ? 'its box' : 'the drawing'));
    // covered: sample points along the middle of the text
    let hits = 0, covered = 0;
    for (let k = 1; k <= 5; k++) {
      const x = r.left + r.width * k / 6;
      if (x < 0 || cy < 0 || x > window.innerWidth || cy > window.innerHeight) continue;
      const top = document.elementFromPoint(x, cy);
      hits++;
      if (top && top !== t && !t.contains(top) && svg.contains(top) && top.tagName !== 'svg' && order.indexOf(top) > order.indexOf(t)) covered++;
    }
    if (hits > 0 && covered * 2 > hits) add('text-covered', 'svg text "' + label(t) + '" is painted over');
    // ellipsis
    const text = label(t);
    if (text.endsWith('…') || text.endsWith('...')) {
      const titled = t.querySelector('title') || (t.parentElement && t.parentElement.querySelector(':scope > title'));
      if (!titled) {
        add('ellipsis', 'svg text "' + text + '" is cut and the drawing does not carry its full text');
      } else {
        const original = t.textContent;
        t.textContent = titled.textContent;
        const full = rectOf(t);
        t.textContent = original;
        if (inside(full, box)) add('ellipsis', 'svg text "' + text + '" is cut although "' + titled.textContent + '" fits');
      }
    }
  }
}
if (!isSvgDocument) {
  for (const e of document.body.querySelectorAll('*')) {
    if (e.closest('svg')) continue;
    const style = getComputedStyle(e);
    const clips = ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY);
    if (clips && e.textContent.trim() && (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1)) {
      add('text-outside', '<' + e.tagName.toLowerCase() + '> "' + label(e) + '" clips its text');
    }
    if (style.textOverflow === 'ellipsis' && e.scrollWidth > e.clientWidth + 1) add('ellipsis', '<' + e.tagName.toLowerCase() + '> "' + label(e) + '" is cut with an ellipsis');
  }
}

// --- links and resources, resolved by the test against the files
const links = [];
for (const e of document.querySelectorAll('[href], [src], object[data]')) {
  const raw = e.getAttribute('href') || e.getAttribute('src') || e.getAttribute('data');
  if (raw) links.push(raw);
}
for (const e of document.querySelectorAll('*')) {
  const x = e.getAttributeNS('http://www.w3.org/1999/xlink', 'href');
  if (x) links.push(x);
}
return { links, findings, ids: Array.from(document.querySelectorAll('[id]')).map(e => e.id) };
