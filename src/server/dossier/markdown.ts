// The dossier as Markdown, with the same sections and footnotes as the HTML; untrusted text escaped.
import type { Dossier, Statement } from './model';

/** Characters that would turn article text into Markdown markup or HTML. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]<>|~]/g, '\\$&').replace(/\s+/g, ' ');
}

function cite(notes: number[]): string {
  return notes.map((n) => `[^${n}]`).join('');
}

function list(items: Statement[], empty: string): string {
  if (!items.length) return `_${empty}_\n`;
  return `${items.map((s) => `- ${s.date ? `${s.date} — ` : ''}${escapeMarkdown(s.text)}${cite(s.notes)}`).join('\n')}\n`;
}

export function dossierMarkdown(d: Dossier): string {
  const out: string[] = [
    `# ${escapeMarkdown(d.title)}\n`,
    `Dossier of the relations (${d.pair}) compiled by dyad on ${d.generatedAt.slice(0, 10)} from ${d.footnotes.length} sources.\n`,
    '## Key numbers\n',
    `${d.keyNumbers.map((k) => `- ${k.label}: **${k.value}**`).join('\n')}\n`,
    '## Key figures\n', list(d.keyFigures, 'No figures recorded.'),
    '## Timeline\n', list(d.timeline, 'No visits, calls, meetings or agreements recorded.'),
    '## Agreements by topic\n',
    ...(d.agreementsByTopic.length ? d.agreementsByTopic.flatMap((t) => [`### ${escapeMarkdown(t.topic)}\n`, list(t.items, '')])
      : ['_No agreements recorded._\n']),
    '## Projects\n',
    ...(d.projects.length ? d.projects.flatMap((p) => [`### ${escapeMarkdown(p.name)} (${escapeMarkdown(p.status)})\n`, list(p.history, '')])
      : ['_No projects recorded._\n']),
    '## Pledges\n',
    '### Met\n', list(d.pledges.met, 'None.'), '### Missed\n', list(d.pledges.missed, 'None.'), '### Open\n', list(d.pledges.open, 'None.'),
    '## Conflicting figures\n',
    ...(d.conflicts.length ? d.conflicts.flatMap((c) => [`### ${escapeMarkdown(c.label)}\n`, list(c.values, '')])
      : ['_No conflicting figures._\n']),
    '## Sources\n',
    ...d.footnotes.map((f) => {
      const title = escapeMarkdown(f.document.title ?? f.document.name);
      const link = f.document.url ? `[${title}](<${f.document.url.replace(/[<>\s]/g, encodeURIComponent)}>)` : `${title} (${escapeMarkdown(f.document.source)})`;
      // The sentences themselves, as in the HTML, so a reader can check a statement without opening the source.
      const quotes = f.quotes.slice(0, 3).map((q) => ` “${escapeMarkdown(q)}”`).join('');
      return `[^${f.n}]: ${link}, ${f.document.date ?? 'undated'}.${quotes}`;
    }),
  ];
  return `${out.join('\n')}\n`;
}
