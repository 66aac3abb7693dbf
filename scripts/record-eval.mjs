// `npm run eval:record`: scores the record (Record v1, shared/eval/RECORD.md) with the shared scorer, in two ways:
// consolidation alone (`dyad consolidate` on gold facts) and end to end (`dyad extract --format record`), the latter
// next to the same extracted facts left unconsolidated (one item per fact), which is the bar consolidation must beat.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const shared = fileURLToPath(new URL('../../shared/', import.meta.url));
const dyad = (args) => execFileSync(process.execPath, [`${root}bin/dyad.js`, ...args],
  { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
const parse = (text) => text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const pct = (x) => (100 * x).toFixed(1);

const SETS = [
  { name: 'cluster-dev', texts: `${shared}cluster-dev/texts`, facts: `${shared}cluster-dev/facts.gold.jsonl`,
    sources: `${shared}cluster-dev/sources.jsonl`, record: `${shared}cluster-dev/record.gold.jsonl` },
  { name: 'shared corpus', texts: `${shared}corpus`, facts: `${shared}eval/corpus.gold.jsonl`,
    sources: null, record: `${shared}eval/corpus.record.gold.jsonl` },
];

const { scoreRecord } = await import(`${shared}eval/score-record.mjs`);
const tmp = mkdtempSync(join(tmpdir(), 'dyad-record-eval-'));

/** Each fact its own item: what the record would be with no consolidation at all. */
const onePerFact = (facts) => facts.map(({ doc, evidence, ...body }) => ({ ...body, docs: [doc] }));

function line(label, r) {
  const m = r.micro, l = r.links;
  return `| ${label} | ${pct(m.p)} | ${pct(m.r)} | ${pct(m.f1)} | ${pct(l.f1)} | ${r.conflicts.hit}/${r.conflicts.of} | `
    + `${r.outcomes.hit}/${r.outcomes.of} | ${r.status.hit}/${r.status.of} |`;
}

console.log('| set: run | P | R | record F1 | links F1 | conflicts | outcomes | status |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
try {
  for (const set of SETS) {
    if (!existsSync(set.record)) { console.log(`| ${set.name}: missing ${set.record} |`); continue; }
    const gold = parse(readFileSync(set.record, 'utf8'));
    // The documents' dates: the sources file when the set has one, else the dates dyad reads from the texts.
    let sources = set.sources;
    if (!sources) {
      sources = join(tmp, `${set.name.replace(/\W+/g, '-')}.sources.jsonl`);
      const docs = parse(dyad(['extract', set.texts, '--format', 'json'])).map((d) => JSON.stringify({ doc: d.name, date: d.date }));
      writeFileSync(sources, `${docs.join('\n')}\n`);
    }
    const alone = parse(dyad(['consolidate', set.facts, '--docs', sources]));
    console.log(line(`${set.name}: consolidate gold facts`, scoreRecord(gold, alone)));
    // The same facts with the documents in reverse order: consolidation must not depend on the order it reads them in.
    const facts = parse(readFileSync(set.facts, 'utf8'));
    const docOrder = [...new Set(facts.map((f) => f.doc))].reverse();
    const reversed = join(tmp, `${set.name.replace(/\W+/g, '-')}.reversed.jsonl`);
    writeFileSync(reversed, docOrder.flatMap((d) => facts.filter((f) => f.doc === d)).map((f) => `${JSON.stringify(f)}\n`).join(''));
    console.log(line(`${set.name}: consolidate gold facts, documents reversed`,
      scoreRecord(gold, parse(dyad(['consolidate', reversed, '--docs', sources])))));
    console.log(line(`${set.name}: gold facts, one item per fact`, scoreRecord(gold, onePerFact(parse(readFileSync(set.facts, 'utf8'))))));
    const extracted = parse(dyad(['extract', set.texts, '--format', 'facts']));
    const endToEnd = scoreRecord(gold, parse(dyad(['extract', set.texts, '--format', 'record'])));
    const baseline = scoreRecord(gold, onePerFact(extracted));
    console.log(line(`${set.name}: extract --format record`, endToEnd));
    console.log(line(`${set.name}: extracted facts, one item per fact`, baseline));
    console.log(`| ${set.name}: end-to-end gain over one item per fact | | | ${(100 * (endToEnd.micro.f1 - baseline.micro.f1)).toFixed(1)} points | | | | |`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
