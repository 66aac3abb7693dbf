// The dossier as one self-contained HTML page: no script, every text escaped, footnoted, with print styles.
import type { Dossier, Footnote, Statement } from './model';

/** Article text is untrusted: everything that reaches the page goes through here. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

/** Only web addresses become links; anything else (a javascript: URL, a local path) stays text. */
function safeHref(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null;
  } catch {
    return null;
  }
}

const STYLE = `
body { font: 15px/1.5 Georgia, 'Times New Roman', serif; color: #111; max-width: 46em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.8em; margin-bottom: 0.2em; } h2 { border-bottom: 1px solid #999; margin-top: 1.6em; }
.meta { color: #555; font-size: 0.9em; }
table.numbers { border-collapse: collapse; } table.numbers td { padding: 0.15em 1em 0.15em 0; }
sup a { text-decoration: none; } .date { font-variant-numeric: tabular-nums; color: #333; }
ol.notes { font-size: 0.85em; } ol.notes q { color: #444; }
.empty { color: #666; font-style: italic; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  h2 { break-after: avoid; } li, tr { break-inside: avoid; }
  a { color: inherit; } ol.notes a[href]::after { content: " (" attr(href) ")"; font-size: 0.9em; word-break: break-all; }
}`;

function cite(notes: number[]): string {
  return notes.map((n) => `<sup><a href="#fn-${n}" id="ref-${n}">[${n}]</a></sup>`).join('');
}

function item(s: Statement): string {
  const date = s.date ? `<span class="date">${escapeHtml(s.date)}</span> — ` : '';
  return `<li>${date}${escapeHtml(s.text)}${cite(s.notes)}</li>`;
}

function list(items: Statement[], empty: string): string {
  return items.length ? `<ul>${items.map(item).join('')}</ul>` : `<p class="empty">${escapeHtml(empty)}</p>`;
}

function footnote(f: Footnote): string {
  const d = f.document;
  const title = escapeHtml(d.title ?? d.name);
  const href = safeHref(d.url);
  const where = href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${title}</a>` : title;
  const source = href ? '' : ` (${escapeHtml(d.source)})`;
  const quotes = f.quotes.slice(0, 3).map((q) => ` <q>${escapeHtml(q)}</q>`).join('');
  return `<li id="fn-${f.n}">${where}${source}, ${escapeHtml(d.date ?? 'undated')}.${quotes}</li>`;
}

export function dossierHtml(d: Dossier): string {
  const section = (title: string, body: string) => `<section><h2>${escapeHtml(title)}</h2>${body}</section>`;
  const numbers = `<table class="numbers">${d.keyNumbers.map((k) =>
    `<tr><td>${escapeHtml(k.label)}</td><td><strong>${escapeHtml(k.value)}</strong></td></tr>`).join('')}</table>`;
  const agreements = d.agreementsByTopic.length
    ? d.agreementsByTopic.map((t) => `<h3>${escapeHtml(t.topic)}</h3>${list(t.items, '')}`).join('')
    : '<p class="empty">No agreements recorded.</p>';
  const projects = d.projects.length
    ? d.projects.map((p) => `<h3>${escapeHtml(p.name)} <small>(${escapeHtml(p.status)})</small></h3>${list(p.history, '')}`).join('')
    : '<p class="empty">No projects recorded.</p>';
  const pledges = `<h3>Met</h3>${list(d.pledges.met, 'None.')}<h3>Missed</h3>${list(d.pledges.missed, 'None.')}`
    + `<h3>Open</h3>${list(d.pledges.open, 'None.')}`;
  const conflicts = d.conflicts.length
    ? d.conflicts.map((c) => `<h3>${escapeHtml(c.label)}</h3>${list(c.values, '')}`).join('')
    : '<p class="empty">No conflicting figures.</p>';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`Dossier: ${d.title}`)}</title>
<style>${STYLE}</style></head>
<body>
<header><h1>${escapeHtml(d.title)}</h1>
<p class="meta">Dossier of the relations (${escapeHtml(d.pair)}) compiled by dyad on ${escapeHtml(d.generatedAt.slice(0, 10))}
from ${d.footnotes.length} source${d.footnotes.length === 1 ? '' : 's'}. Every statement names its sources in brackets.</p></header>
${section('Key numbers', numbers)}
${section('Key figures', list(d.keyFigures, 'No figures recorded.'))}
${section('Timeline', list(d.timeline, 'No visits, calls, meetings or agreements recorded.'))}
${section('Agreements by topic', agreements)}
${section('Projects', projects)}
${section('Pledges', pledges)}
${section('Conflicting figures', conflicts)}
${section('Sources', `<ol class="notes">${d.footnotes.map(footnote).join('')}</ol>`)}
</body></html>
`;
}
