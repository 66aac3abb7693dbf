// Projects across documents: one project however its name is worded, its latest status and the history of steps.
import type { ProjectFact } from '../shared/types';
import { findCountries } from '../language/countries';
import { Cluster, type Entry } from './cluster';
import { commonPlace, samePlace } from './places';
import type { ConsolidateOptions, RecordItem, SourceFact } from './types';

export type ProjectSource = ProjectFact & SourceFact;
type ProjectEntry = Entry<ProjectSource>;

export const PROJECT_RULES = {
  sameName: 'same name once case, articles, word order and the parties\' names are set aside',
  acronym: 'one name is the acronym of the other',
  samePlace: 'same place, and one name\'s words are among the other\'s',
} as const;

/**
 * Words that say nothing about which project is meant: articles and prepositions, "joint" and "new", amounts
 * ("a $500 million fund") and the verbs a report wraps a name in ("to create a fund").
 */
const ARTICLES_AND_PREPOSITIONS = ['the', 'a', 'an', 'of', 'in', 'for', 'and', 'on', 'to', 'at', 'with', 'by'];
const AMOUNTS = ['thousand', 'million', 'billion', 'trillion', 'mln', 'bln', 'bn'];
const FOUNDING_VERBS = ['create', 'creating', 'creation', 'establish', 'establishing', 'establishment', 'set', 'setting'];
const FILLER = new Set([...ARTICLES_AND_PREPOSITIONS, ...AMOUNTS, ...FOUNDING_VERBS, 'joint', 'new']);

/** Verbs of a purpose a report appends to a name ("a fund to promote trade"): what the project is for, not its name. */
const PURPOSE_VERBS = ['develop', 'promote', 'support', 'boost', 'finance', 'fund', 'strengthen', 'expand', 'increase',
  'facilitate', 'encourage', 'implement', 'attract', 'stimulate', 'help', 'foster', 'enhance', 'improve'];
const PURPOSE = new RegExp(String.raw`\s+(?:in order )?to\s+(?:${PURPOSE_VERBS.join('|')})\b.*$`, 'is');

/** The content words of a project name: folded, singular, without filler or the names of states. */
export function nameWords(name: string, parties: readonly string[] = []): string[] {
  let text = name.replace(PURPOSE, '');
  // The parties' own names ("the Atlantis–Borduria fund") do not tell two of their projects apart; a capital does.
  const own = findCountries(name).filter((m) => m.kind !== 'capital' && parties.includes(m.code));
  for (const m of own.sort((a, b) => b.start - a.start)) text = `${text.slice(0, m.start)} ${text.slice(m.end)}`;
  const words = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !FILLER.has(w) && !/^\d/.test(w)).map((w) => (w.length > 3 && /[^s]s$/.test(w) ? w.slice(0, -1) : w));
  return [...new Set(words)].sort();
}

/** "NSTC" for "North-South Transport Corridor": a one-word capitalised name made of the other's initials. */
function isAcronymOf(short: string, long: string): boolean {
  const token = short.trim();
  if (!/^\p{Lu}{2,6}$/u.test(token)) return false;
  const initials = long.split(/[^\p{L}\p{N}]+/u).filter((w) => w && !FILLER.has(w.toLowerCase())).map((w) => w[0]).join('');
  return initials.toUpperCase() === token;
}

/** Whether two project facts name one project, and by which rule. */
export function sameProject(a: ProjectFact, b: ProjectFact): string | null {
  return sameNamed(named(a), named(b));
}

/** A project fact with the content words of its name worked out once. */
interface Named { fact: ProjectFact; words: string[]; key: string }

function named(fact: ProjectFact): Named {
  const words = nameWords(fact.name, fact.parties);
  return { fact, words, key: words.join(' ') };
}

function sameNamed(a: Named, b: Named): string | null {
  if (a.words.length > 0 && a.key === b.key) return PROJECT_RULES.sameName;
  if (isAcronymOf(a.fact.name, b.fact.name) || isAcronymOf(b.fact.name, a.fact.name)) return PROJECT_RULES.acronym;
  const [small, big] = a.words.length <= b.words.length ? [a.words, b.words] : [b.words, a.words];
  if (samePlace(a.fact.place, b.fact.place) && small.length > 0 && small.every((w) => big.includes(w))) return PROJECT_RULES.samePlace;
  return null;
}

const partiesKey = (f: ProjectFact): string => [...new Set(f.parties)].sort().join(',');

interface ProjectGroup { cluster: Cluster<ProjectSource>; names: Named[] }

export function consolidateProjects(entries: ProjectEntry[], options: ConsolidateOptions = {}): RecordItem[] {
  const groups: ProjectGroup[] = [];
  // Only projects of the same parties and sector can be one, so groups are looked up by those.
  const byKind = new Map<string, ProjectGroup[]>();
  for (const e of [...entries].sort((a, b) => a.order - b.order)) {
    const n = named(e.fact);
    const kind = `${partiesKey(e.fact)}|${e.fact.sector}`;
    const same = byKind.get(kind) ?? [];
    let joined = false;
    for (const g of same) {
      // A document lists each of its projects once, so two of its facts are two projects.
      if (g.cluster.hasDoc(e.fact.doc) || g.cluster.vetoed(e, options.keepApart)) continue;
      const match = g.names.map((m, i) => ({ i, rule: sameNamed(m, n) })).find((x) => x.rule);
      if (match) {
        g.cluster.join(e, match.rule!, g.cluster.entries[match.i]);
        g.names.push(n);
        joined = true;
        break;
      }
    }
    if (!joined) {
      const group = { cluster: new Cluster(e), names: [n] };
      groups.push(group);
      byKind.set(kind, [...same, group]);
    }
  }
  return groups.map((g) => toItem(g.cluster));
}

/** One step per change of status, with the date of the document that reports it and every document that does. */
export function statusHistory(timeline: ProjectEntry[]): { status: string; date: string | null; docs: string[] }[] {
  const history: { status: string; date: string | null; docs: string[] }[] = [];
  for (const e of timeline) {
    const last = history[history.length - 1];
    if (last && last.status === e.fact.status) {
      if (!last.docs.includes(e.fact.doc)) last.docs.push(e.fact.doc);
    } else {
      history.push({ status: e.fact.status, date: e.docDate, docs: [e.fact.doc] });
    }
  }
  return history;
}

function toItem(cluster: Cluster<ProjectSource>): RecordItem {
  const timeline = cluster.chronological();
  const first = timeline[0].fact;
  const latest = timeline[timeline.length - 1].fact;
  // The name most documents use, the earliest on a tie.
  const counts = new Map<string, number>();
  for (const e of timeline) counts.set(e.fact.name, (counts.get(e.fact.name) ?? 0) + 1);
  const name = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  return {
    type: 'project', parties: [...new Set(first.parties)].sort(), name, sector: first.sector,
    place: commonPlace(timeline.map((e) => e.fact.place)), status: latest.status,
    ...(cluster.docs.length > 1 ? { history: statusHistory(timeline) } : {}),
    docs: cluster.docs, sources: cluster.sources(), merges: cluster.merges,
  };
}
