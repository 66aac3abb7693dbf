// People: the record's person items (one per person and pair, spellings joined), their roles and their events.
import type { Driver } from '../../storage/driver';
import type { Page } from './page';
import { queryFacts, type ApiFact } from './facts';
import { queryItems, type ApiItem, type ItemFilter, type Source } from './record';

export interface Person {
  /** The id of the person's first fact: stable, what GET /people/{id} takes. */
  id: number;
  itemId: number;
  /** Number of facts the person was read from. */
  mentions: number;
  pair: string;
  name: string;
  country: string | null;
  role: string | null;
  title: string | null;
  aliases: string[];
  docs: string[];
  sources: Source[];
}

export interface PersonDetail extends Person {
  /** The role and title each document gives, by the document's date. */
  roles: { role: string; title: string | null; date: string | null; factId: number; document: Source['document'] }[];
  /** Events, figures and projects of the record whose sentences name the person. */
  items: ApiItem[];
  /** The facts of those items. */
  facts: ApiFact[];
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

function toPerson(i: ApiItem): Person {
  const b = i.body;
  return { id: i.id, itemId: i.itemId, mentions: i.sources.length, pair: i.pair, name: String(b.name), country: str(b.country), role: str(b.role), title: str(b.title),
    aliases: Array.isArray(b.aliases) ? (b.aliases as string[]) : [], docs: (b.docs as string[] | undefined) ?? [],
    sources: i.sources };
}

export async function listPeople(driver: Driver, filter: ItemFilter & { q?: string }, page: Page): Promise<Person[]> {
  const where = filter.q ? { sql: `(i.body ->> 'name' ILIKE $1 OR (i.body -> 'aliases')::text ILIKE $1)`,
    params: [`%${filter.q.replace(/[\\%_]/g, '\\$&')}%`] } : undefined;
  return (await queryItems(driver, { ...filter, types: ['person'], order: 'position', where }, page)).map(toPerson);
}

export async function getPerson(driver: Driver, id: number): Promise<PersonDetail | null> {
  const [item] = await queryItems(driver, { factIds: [id], types: ['person'] });
  if (!item) return null;
  const person = toPerson(item);
  const facts = await queryFacts(driver, { ids: item.sources.map((s) => s.factId), includeRejected: true });
  const roles = facts.map((f) => ({
    role: f.body.type === 'person' ? f.body.role : 'other', title: f.body.type === 'person' ? f.body.title ?? null : null,
    date: f.document.date, factId: f.id, document: f.document,
  })).sort((x, y) => (x.date ?? '').localeCompare(y.date ?? ''));
  // Items whose evidence lies in a sentence that names the person.
  const factIds = item.sources.map((s) => s.factId);
  const items = factIds.length ? await queryItems(driver, {
    pair: undefined, order: 'date',
    where: { sql: `i.type <> 'person' AND i.pair = $1 AND EXISTS (
        SELECT 1 FROM record_links l JOIN evidence ev ON ev.fact_id = l.fact_id
        JOIN evidence pe ON pe.version_id = ev.version_id AND pe.sentence_index = ev.sentence_index
        WHERE l.item_id = i.id AND pe.fact_id = ANY($2::integer[]))`, params: [item.pair, factIds] },
  }) : [];
  const itemFacts = items.length
    ? await queryFacts(driver, { ids: items.flatMap((x) => x.sources.map((s) => s.factId)), order: 'date' }) : [];
  return { ...person, roles, items, facts: itemFacts };
}
