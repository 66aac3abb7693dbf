// Generates the benchmark corpus: N seeded, varied articles about pairs of countries, one in 20 as an HTML page.
// Usage: node scripts/bench/generate.mjs [--n 5000] [--dir bench-corpus] [--seed 1] [--stats]
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRandom, hashSeed } from './random.mjs';
import { countries, months, outlets, agreementTopics, givenNames, surnames } from './vocab.mjs';
import { makePerson, cap, pct, fresh } from './phrases.mjs';
import { leads, contacts, agreements, figures, projects, people } from './facts.mjs';
import { fillerParagraph } from './filler.mjs';
import { newsPage } from './html.mjs';

export const DEFAULTS = { n: 5000, dir: 'bench-corpus', seed: 1 };
// Five digits or more: the 100,000th article is art_100000, which a five-digit pattern missed (every 100,000-article
// run then regenerated the corpus, and a smaller corpus written over it kept that file).
const FILE = /^art_\d{5,}\.(txt|html)$/;
const MIN_WORDS = 400;
const MAX_WORDS = 700;
const START = Date.UTC(2012, 0, 1);
const END = Date.UTC(2025, 11, 31);

const wordCount = (s) => s.split(/\s+/).filter(Boolean).length;
/** Drops the comma an appositive leaves before a full stop or another comma. */
const tidy = (s) => s.replace(/,([.,])/g, '$1');

/** One side of the pair: the country plus the officials the article may quote. */
function side(ctx, country) {
  const s = { ...country };
  s.head = makePerson(ctx, s, 'head_of_state');
  s.pm = makePerson(ctx, s, 'head_of_government');
  s.fm = makePerson(ctx, s, 'foreign_minister');
  s.min = makePerson(ctx, s, 'minister');
  return s;
}

/** A fact paragraph of one to three sentences from one family of templates. */
function factParagraph(ctx) {
  const { r } = ctx;
  const [family, min, max] = r.weighted([[5, [figures, 2, 4]], [3, [agreements, 1, 3]], [3, [projects, 1, 2]], [2, [people, 1, 2]], [1, [contacts, 1, 2]]]);
  const out = [];
  for (let k = r.int(min, max); k > 0; k--) out.push(cap(fresh(ctx, family)(ctx)));
  return tidy(out.join(' '));
}

function headline(ctx, lead) {
  const { A, B, r } = ctx;
  const topic = r.pick(agreementTopics);
  const byLead = {
    visit: [`${A.adj} ${r.pick(['President', 'Prime Minister', 'Foreign Minister'])} visits ${B.name}`, `${cap(A.name)}, ${B.name} sign ${topic} deals during visit`, `${A.fm.last} in ${B.capital}: ${topic} on the agenda`],
    call: [`${A.adj}, ${B.adj} leaders discuss ${topic} by phone`, `${cap(A.name)} and ${B.name} hold phone talks`],
    meeting: [`${A.adj} and ${B.adj} ministers meet to review cooperation`, `${cap(A.name)}-${B.name} commission discusses ${topic}`],
  };
  return cap(r.pick([...byLead[lead], `${cap(A.name)} and ${B.name} eye closer ${topic} ties`, `${A.adj}-${B.adj} trade up ${pct(ctx, 2, 40)}%`, `${cap(B.name)} seeks bigger share of ${A.adj} market`]));
}

/** Years an office is held in a story's cast; other people (business, experts) come from a pool per country. */
const TERM_YEARS = { head_of_state: 6, head_of_government: 4, foreign_minister: 3, minister: 3, diplomat: 4 };
const POOL = 12;
const STORY_START = Date.UTC(2006, 0, 1);
const YEAR = 365.25 * 86400000;

/**
 * The cast of a story: who holds an office of a country at a date, the same in every article of that term (the
 * random source their name is drawn from). Terms of one office start in different years for different countries.
 */
function storyCast(seed, when, r) {
  return (country, office) => {
    const years = TERM_YEARS[office.split(' ')[0]];
    const slot = years ? Math.floor((when.getUTCFullYear() + (hashSeed(country.code, office) % years)) / years) : r.int(1, POOL);
    return createRandom(hashSeed('dyad-cast', seed, country.code, office, slot));
  };
}

/**
 * Article i of the corpus for a seed: headline, date, byline and paragraphs, about half of the words filler.
 * `pair` (two country codes) pins the article's two main states, in either role, for a corpus about one pair.
 * `story` ({ perYear }) tells the pair's story in order: article i appears i / perYear years after 2006, its officials
 * hold their office for a term (the same people in every article of it), so that the pair's record grows as a real
 * one does, with time, and not only with the number of outlets covering the same years.
 */
export function articleAt(i, seed = DEFAULTS.seed, { pair, story } = {}) {
  const r = createRandom(hashSeed('dyad-bench', seed, i));
  let [a, b, c] = r.sample(countries, 3);
  if (pair) {
    const pinned = pair.map((code) => countries.find((k) => k.code === code));
    if (pinned.some((k) => !k)) throw new Error(`generate: unknown country code in ${pair.join('-')}`);
    [a, b] = r.chance(0.5) ? pinned : [pinned[1], pinned[0]];
    c = r.pick(countries.filter((k) => !pinned.includes(k)));
  }
  const docDate = story ? new Date(STORY_START + Math.floor((i / story.perYear) * YEAR / 86400000) * 86400000)
    : new Date(START + Math.floor(r.next() * ((END - START) / 86400000)) * 86400000);
  const ctx = { r, docDate, introduced: new Set(), used: new Set(), ...(story ? { castOf: storyCast(seed, docDate, r) } : {}) };
  ctx.A = side(ctx, a);
  ctx.B = side(ctx, b);
  ctx.C = side(ctx, c);
  ctx.amb = makePerson(ctx, ctx.A, 'diplomat', { to: ctx.B });
  ctx.ceo = makePerson(ctx, r.pick([ctx.A, ctx.B]), 'business');
  ctx.analyst = makePerson(ctx, r.pick([ctx.A, ctx.B, ctx.C]), 'expert');

  const lead = r.weighted([[5, 'visit'], [3, 'meeting'], [2, 'call']]);
  const paragraphs = [tidy(cap(r.pick(leads[lead])(ctx)) + (r.chance(0.5) ? ` ${cap(fresh(ctx, contacts)(ctx))}` : ''))];
  let factWords = wordCount(paragraphs[0]);
  let fillerWords = 0;
  const target = r.int(MIN_WORDS, MAX_WORDS);
  while (factWords + fillerWords < Math.max(target - 25, MIN_WORDS)) {
    const filler = fillerWords < factWords;
    const p = filler ? tidy(fillerParagraph(ctx)) : factParagraph(ctx);
    const w = wordCount(p);
    if (factWords + fillerWords + w > MAX_WORDS - 40) {
      if (factWords + fillerWords >= MIN_WORDS) break;
      continue; // too long to fit: draw another, shorter paragraph
    }
    paragraphs.push(p);
    if (filler) fillerWords += w;
    else factWords += w;
  }

  const title = headline(ctx, lead);
  const d = ctx.docDate;
  const iso = d.toISOString().slice(0, 10);
  const byline = r.chance(0.3) ? `By ${r.pick(givenNames[r.pick(['m', 'f'])])} ${r.pick(surnames)}` : '';
  const outlet = r.pick(outlets);
  const name = `art_${String(i + 1).padStart(5, '0')}`;

  if (i % 20 === 13) {
    const related = [0, 1, 2].map(() => `${cap(r.pick(countries).name)} and ${r.pick(countries).name} ${r.pick(['discuss', 'boost', 'review'])} ${r.pick(agreementTopics)} ties`);
    return { name: `${name}.html`, text: newsPage(r, { outlet, headline: title, byline, date: r.chance(0.85) ? d : null, paragraphs, related }) };
  }

  const style = r.weighted([[35, 'line'], [30, 'dateline'], [10, 'published'], [10, 'plain'], [15, 'none']]);
  const head = [title];
  if (style === 'line') head.push(`date ${iso}`);
  if (style === 'published') head.push(`Published: ${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.${d.getUTCFullYear()} ${String(r.int(6, 22)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}`);
  if (style === 'plain') head.push(`${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`);
  if (byline) head.push(byline);
  if (style === 'dateline') {
    const where = (lead === 'visit' ? ctx.B : ctx.A).capital.toUpperCase();
    const when = r.chance(0.5) ? `${months[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}` : `${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
    paragraphs[0] = `${where}, ${when} ${r.pick(['—', '-', `(${outlet}) -`])} ${paragraphs[0]}`;
  }
  return { name: `${name}.txt`, text: `${head.join('\n')}\n\n${paragraphs.join('\n\n')}\n` };
}

/** Article files already in dir (other files are left alone). */
function articleFiles(dir) {
  try {
    return readdirSync(dir).filter((f) => FILE.test(f)).sort();
  } catch {
    return [];
  }
}

/** True when dir holds exactly the n articles this generator makes for this seed (checks the first and last). */
export function isCurrent({ n = DEFAULTS.n, dir = DEFAULTS.dir, seed = DEFAULTS.seed } = {}) {
  const files = articleFiles(dir);
  if (files.length !== n || n === 0) return false;
  return [0, n - 1].every((i) => {
    const a = articleAt(i, seed);
    try {
      return files.includes(a.name) && readFileSync(join(dir, a.name), 'utf8') === a.text;
    } catch {
      return false;
    }
  });
}

/** Writes n articles into dir, replacing earlier benchmark articles there. */
export function generate({ n = DEFAULTS.n, dir = DEFAULTS.dir, seed = DEFAULTS.seed } = {}) {
  mkdirSync(dir, { recursive: true });
  for (const f of articleFiles(dir)) rmSync(join(dir, f));
  let words = 0;
  for (let i = 0; i < n; i++) {
    const a = articleAt(i, seed);
    writeFileSync(join(dir, a.name), a.text);
    words += wordCount(a.text);
  }
  return { n, dir, seed, words };
}

/** Generates only when dir does not already hold this corpus. */
export function ensureCorpus(opts = {}) {
  const o = { ...DEFAULTS, ...opts };
  if (isCurrent(o)) return { ...o, generated: false };
  return { ...generate(o), generated: true };
}

function parseArgs(argv) {
  const o = { ...DEFAULTS, stats: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--stats') o.stats = true;
    else if (a === '--n') o.n = Number(argv[++i]);
    else if (a === '--dir') o.dir = argv[++i];
    else if (a === '--seed') o.seed = Number(argv[++i]);
    else throw new Error(`generate: unknown option ${a}`);
  }
  if (!Number.isInteger(o.n) || o.n < 1 || o.n > 99999) throw new Error(`generate: --n must be an integer from 1 to 99999, got ${o.n}`);
  return o;
}

/** How varied the corpus is: distinct sentences over all sentences, and the article length range. */
function stats(o) {
  const sentences = new Map();
  let total = 0;
  let min = Infinity;
  let max = 0;
  for (const f of articleFiles(o.dir)) {
    let text = readFileSync(join(o.dir, f), 'utf8');
    if (f.endsWith('.html')) text = [...text.matchAll(/<(?:h1|p)>(.*?)<\/(?:h1|p)>/g)].map((m) => m[1]).join('\n\n');
    const w = wordCount(text);
    min = Math.min(min, w);
    max = Math.max(max, w);
    for (const s of text.split(/(?<=[.!?]["”]?)\s+|\n+/)) {
      if (!s.trim()) continue;
      total++;
      sentences.set(s, (sentences.get(s) ?? 0) + 1);
    }
  }
  const top = [...sentences].sort((x, y) => y[1] - x[1]).slice(0, 5);
  console.log(`sentences: ${total}, distinct: ${sentences.size} (${((100 * sentences.size) / total).toFixed(1)}%)`);
  console.log(`article words: ${min}..${max}`);
  console.log('most repeated:');
  for (const [s, k] of top) console.log(`  ${k}x ${s.slice(0, 100)}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const o = parseArgs(process.argv.slice(2));
  const t0 = performance.now();
  const res = generate(o);
  console.log(`generated ${res.n} articles (${res.words} words) into ${res.dir} in ${((performance.now() - t0) / 1000).toFixed(2)} s`);
  if (o.stats) stats(o);
}
