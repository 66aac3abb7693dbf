// Runs every hand-written case in src/extract/cases through the extractors and asserts exactly the facts expected.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allCases } from './cases';
import { extractFacts } from './index';
import { compared, docOf, sameName } from './testing';
import { KNOWN_GAPS } from './known-gaps';

for (const [i, c] of allCases.entries()) {
  const todo = KNOWN_GAPS.has(c.text.slice(0, 50).trimEnd()) ? 'known gap: see src/extract/known-gaps.ts' : undefined;
  test(`${c.file} #${i}: ${c.text.slice(0, 70)}`, { todo }, () => {
    const { facts } = extractFacts(docOf(c.text, c.date ?? null, 'case', c.title ?? null));
    const actual = facts.map((f) => ({ key: compared(f), name: f.type === 'project' ? f.name : '' }));
    const expected = c.facts.map((f) => ({ key: compared(f), name: f.type === 'project' ? f.name : '' }));
    const unmatched = [...actual];
    const missing: string[] = [];
    for (const e of expected) {
      const j = unmatched.findIndex((a) => a.key === e.key && (!e.name || sameName(e.name, a.name)));
      if (j === -1) missing.push(e.key); else unmatched.splice(j, 1);
    }
    assert.deepEqual({ missing, spurious: unmatched.map((a) => a.key) }, { missing: [], spurious: [] }, c.note);
  });
}
