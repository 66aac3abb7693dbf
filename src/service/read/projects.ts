// Joint projects: the record's project items, each with its latest status and the history of its steps.
import type { Driver } from '../../storage/driver';
import type { Page } from './page';
import { queryItems, type ItemFilter, type Source } from './record';

export interface Project {
  id: number;
  itemId: number;
  pair: string;
  name: string;
  sector: string;
  place: string | null;
  /** The latest status by document date, then by order in the text. */
  status: string;
  /** Each step with the documents that give it, and the first of their sources (fact, document, evidence). */
  history: ({ status: string; date: string | null; docs: string[] } & Partial<Source>)[];
  docs: string[];
  sources: Source[];
}

export async function projects(driver: Driver, filter: ItemFilter, page?: Page): Promise<Project[]> {
  const items = await queryItems(driver, { ...filter, types: ['project'], order: 'position' }, page);
  return items.map((i) => {
    const b = i.body;
    const steps = Array.isArray(b.history) ? b.history as Project['history'] : [{ status: String(b.status), date: null, docs: (b.docs as string[]) ?? [] }];
    const history = steps.map((h) => ({ ...h, ...i.sources.find((x) => h.docs.includes(x.document.name)) }));
    return { id: i.id, itemId: i.itemId, pair: i.pair, name: String(b.name), sector: String(b.sector),
      place: typeof b.place === 'string' ? b.place : null, status: String(b.status), history,
      docs: (b.docs as string[] | undefined) ?? [], sources: i.sources };
  });
}
