// People from the store's entities: the spellings they were met under, their roles, and the facts naming them.
import type { Driver } from '../../storage/driver';
import type { Page, Pair } from '../core/params';
import { queryFacts, type ApiFact } from './facts';

export interface Person {
  id: number;
  name: string;
  country: string | null;
  aliases: string[];
  /** Facts whose sentence names the person. */
  mentions: number;
}

export interface PersonDetail extends Person {
  roles: { role: string; title: string | null; date: string | null; factId: number; document: ApiFact['document'] }[];
  facts: ApiFact[];
}

interface PersonRow { id: number; name: string; country: string | null; aliases: string[] | null; mentions: number }

const toPerson = (r: PersonRow): Person => ({
  id: r.id, name: r.name, country: r.country, aliases: (r.aliases ?? []).sort(), mentions: r.mentions,
});

const PERSON_COLUMNS = `e.id, e.name, e.country,
  (SELECT array_agg(a.alias ORDER BY a.alias) FROM entity_aliases a WHERE a.entity_id = e.id) AS aliases,
  (SELECT count(*)::integer FROM mentions m WHERE m.entity_id = e.id) AS mentions`;

export async function listPeople(driver: Driver, filter: { pair?: Pair; q?: string }, page: Page): Promise<Person[]> {
  const rows = await driver.query<PersonRow>(
    `SELECT ${PERSON_COLUMNS} FROM entities e
     WHERE e.kind = 'person'
       AND ($1::text IS NULL OR e.country IN ($1::text, $2::text))
       AND ($3::text IS NULL OR EXISTS (SELECT 1 FROM entity_aliases a WHERE a.entity_id = e.id
            AND lower(a.alias) LIKE '%' || lower($3::text) || '%'))
     ORDER BY mentions DESC, e.name, e.id
     LIMIT $4 OFFSET $5`,
    [filter.pair?.a ?? null, filter.pair?.b ?? null, filter.q ?? null, page.limit + 1, page.offset]);
  return rows.map(toPerson);
}

export async function getPerson(driver: Driver, id: number): Promise<PersonDetail | null> {
  const [row] = await driver.query<PersonRow>(
    `SELECT ${PERSON_COLUMNS} FROM entities e WHERE e.kind = 'person' AND e.id = $1`, [id]);
  if (!row) return null;
  const person = toPerson(row);
  const roleFacts = await queryFacts(driver, {
    types: ['person'], order: 'date',
    where: { sql: `f.body ->> 'name' = ANY($1::text[]) AND coalesce(f.country_a, '') = $2`,
      params: [person.aliases, person.country ?? ''] },
  });
  const roles = roleFacts.map((f) => ({
    role: String(f.body.role), title: (f.body.title as string | undefined) ?? null, date: f.document.date,
    factId: f.id, document: f.document,
  })).sort((x, y) => (x.date ?? '').localeCompare(y.date ?? ''));
  const facts = await queryFacts(driver, {
    order: 'date',
    where: { sql: `f.type <> 'person' AND EXISTS (SELECT 1 FROM mentions m JOIN evidence ev
        ON ev.version_id = m.version_id AND ev.sentence_index = m.sentence_index
      WHERE m.entity_id = $1 AND ev.fact_id = f.id)`, params: [id] },
  });
  return { ...person, roles, facts };
}
