// People across documents: one item per person however their name is spelt, with aliases, merge reasons and roles.
import type { PersonFact } from '../shared/types';
import { Cluster, type Entry } from './cluster';
import { compatibleNames, foldName, nameParts, stripTitles, type NameParts } from './names';
import type { ConsolidateOptions, RecordItem, SourceFact } from './types';

type PersonEntry = Entry<PersonFact & SourceFact>;

interface PersonGroup {
  cluster: Cluster<PersonFact & SourceFact>;
  /** Each distinct spelling once (by its folded form): a person named in a thousand reports has a few spellings. */
  spellings: Map<string, NameParts>;
  country: string | null;
}

/** The reasons a person merge can give, from the plainest to the loosest. */
export const PERSON_RULES = {
  sameName: 'same name',
  titleStripped: 'title stripped',
  transliteration: 'transliteration',
  surnameOnly: 'surname alone joins the full name',
  givenInitial: 'given name as initial',
} as const;

/**
 * Full names are placed first so that a surname alone ("Roe") joins the one full name with that surname
 * ("Jane Roe") and stays apart when the surname belongs to several people of the same state.
 */
export function consolidatePeople(entries: PersonEntry[], options: ConsolidateOptions = {}): RecordItem[] {
  const groups: PersonGroup[] = [];
  // Only people whose surnames share a key can be one person, so groups are looked up by that key.
  const bySurname = new Map<string, PersonGroup[]>();
  const parsed = entries.map((e) => ({ e, n: nameParts(e.fact.name) }));
  const fullFirst = [...parsed].sort((a, b) => Number(a.n.given.length === 0) - Number(b.n.given.length === 0)
    || a.e.order - b.e.order);
  for (const { e, n } of fullFirst) {
    const folded = foldName(n.display);
    const candidates = (bySurname.get(n.surnameKey) ?? []).filter((g) => sameState(g.country, e.fact.country)
      && (g.spellings.has(folded) || [...g.spellings.values()].every((m) => compatibleNames(m, n)))
      && !g.cluster.vetoed(e, options.keepApart));
    if (candidates.length === 1) {
      const g = candidates[0];
      const { rule, detail } = reasonOf(g.spellings, n, folded);
      g.cluster.join(e, rule, g.cluster.entries[0], detail);
      if (!g.spellings.has(folded) || n.titled) g.spellings.set(folded, n);
      g.country ??= e.fact.country ?? null;
    } else {
      const group = { cluster: new Cluster(e), spellings: new Map([[folded, n]]), country: e.fact.country ?? null };
      groups.push(group);
      bySurname.set(n.surnameKey, [...(bySurname.get(n.surnameKey) ?? []), group]);
    }
  }
  return groups.map(toItem);
}

/** A person with no state given can be anyone's; otherwise the states must be the same. */
function sameState(a: string | null, b: string | null | undefined): boolean {
  return a == null || b == null || a === b;
}

function reasonOf(spellings: Map<string, NameParts>, n: NameParts, folded: string): { rule: string; detail?: string } {
  const same = spellings.get(folded);
  if (same) return n.titled || same.titled ? { rule: PERSON_RULES.titleStripped } : { rule: PERSON_RULES.sameName };
  const known = [...spellings.values()];
  const full = known.find((m) => m.given.length > 0) ?? known[0];
  if (n.given.length === 0 || full.given.length === 0) {
    return { rule: PERSON_RULES.surnameOnly, detail: `${n.display} ~ ${full.display}` };
  }
  if (foldName(full.surname) === foldName(n.surname)) {
    return { rule: PERSON_RULES.givenInitial, detail: `${n.display} ~ ${full.display}` };
  }
  const rules = [...new Set([...full.surnameRules, ...n.surnameRules])];
  return { rule: PERSON_RULES.transliteration, detail: `${rules.join(', ')}: ${n.display} ~ ${full.display}` };
}

/** Fullest spelling first: more words, then more documents, then longer, then alphabetical. */
function fullestName(cluster: Cluster<PersonFact & SourceFact>): { name: string; aliases: string[] } {
  const docsBySpelling = new Map<string, Set<string>>();
  for (const e of cluster.entries) {
    const spelling = stripTitles(e.fact.name);
    if (!docsBySpelling.has(spelling)) docsBySpelling.set(spelling, new Set());
    docsBySpelling.get(spelling)!.add(e.fact.doc);
  }
  const spellings = [...docsBySpelling.keys()].sort((a, b) => b.split(' ').length - a.split(' ').length
    || docsBySpelling.get(b)!.size - docsBySpelling.get(a)!.size || b.length - a.length || (a < b ? -1 : 1));
  return { name: spellings[0], aliases: spellings.slice(1) };
}

function toItem({ cluster, country }: PersonGroup): RecordItem {
  const { name, aliases } = fullestName(cluster);
  const timeline = cluster.chronological();
  const latest = timeline[timeline.length - 1].fact;
  // A role change (a minister who becomes president) is kept as history; the item shows the latest.
  const roles: { role: string; country: string | null; since: string | null; docs: string[] }[] = [];
  for (const e of timeline) {
    const last = roles[roles.length - 1];
    const state = e.fact.country ?? country;
    if (last && last.role === e.fact.role && last.country === state) {
      if (!last.docs.includes(e.fact.doc)) last.docs.push(e.fact.doc);
    } else {
      roles.push({ role: e.fact.role, country: state, since: e.docDate, docs: [e.fact.doc] });
    }
  }
  return {
    type: 'person', name, country: latest.country ?? country, role: latest.role,
    ...(aliases.length ? { aliases } : {}),
    ...(roles.length > 1 ? { roles } : {}),
    docs: cluster.docs, sources: cluster.sources(), merges: cluster.merges,
  };
}
