// Home: the pairs of states with their counts, the latest events and what was ingested when.
import { useState } from 'preact/hooks';
import { api, type PairInfo } from '../api';
import { FactCard } from '../components/FactCard';
import { JsonLink } from '../components/JsonLink';
import { Status } from '../components/Status';
import { href } from '../router';
import { useData } from '../useData';

export function Home() {
  const pairs = useData(() => api.pairsPage(null), []);
  /** Pages read after the first with "More pairs", and the cursor of the page after them. */
  const [more, setMore] = useState<{ items: PairInfo[]; next: string | null; loading: boolean; error?: string } | null>(null);
  const next = more ? more.next : pairs.data?.next ?? null;
  const loadMore = async () => {
    if (!next || more?.loading) return;
    setMore((m) => ({ items: m?.items ?? [], next, loading: true }));
    try {
      const page = await api.pairsPage(next);
      setMore((m) => ({ items: [...(m?.items ?? []), ...page.items], next: page.next, loading: false }));
    } catch (err) {
      // The pairs shown stay; the button stays to try again.
      setMore((m) => ({ items: m?.items ?? [], next, loading: false, error: (err as Error).message }));
    }
  };
  const latest = useData(() => api.latestEvents(), []);
  const docs = useData(() => api.documents(20), []);
  return (
    <>
      <h1>Country pairs</h1>
      <Status state={pairs}>{(first) => first.items.length === 0
        ? <p>Nothing ingested yet: run <code>dyad ingest FOLDER</code>.</p>
        : (<>
          <table class="pairs" data-testid="pairs">
            <thead><tr><th scope="col">Pair</th><th scope="col">Documents</th><th scope="col">Events</th><th scope="col">Figures</th></tr></thead>
            <tbody>{[...first.items, ...(more?.items ?? [])].map((p) => (
              <tr key={p.pair}>
                <th scope="row"><a href={href.pair(p.pair)}>{p.countries.map((c) => c.name).join(' – ')}</a></th>
                <td>{p.documents}</td><td>{p.events}</td><td>{p.figures}</td>
              </tr>
            ))}</tbody>
          </table>
          {next && (
            <button type="button" class="more" onClick={loadMore} disabled={more?.loading} data-testid="more-pairs">
              {more?.loading ? 'Loading…' : 'More pairs'}
            </button>
          )}
          {more?.error && <p class="error" role="alert">Could not load more pairs: {more.error}</p>}
        </>)}</Status>
      <JsonLink path="/pairs" />
      <div class="columns">
        <section>
          <h2>Latest events</h2>
          <Status state={latest}>{(items) => items.map((e) => (
            <FactCard key={String(e.id)} item={e} onChanged={latest.reload} compact />
          ))}</Status>
        </section>
        <section>
          <h2>Ingested</h2>
          <Status state={docs}>{(page) => (
            <ol class="ingested">{page.items.map((d) => (
              <li key={d.id}>
                <time dateTime={d.ingestedAt}>{d.ingestedAt.slice(0, 16).replace('T', ' ')}</time>{' '}
                <a href={href.doc(d.id)}>{d.title ?? d.name}</a>
                <span class="muted">{d.date ? ` — ${d.date}` : ''}</span>
              </li>
            ))}</ol>
          )}</Status>
        </section>
      </div>
    </>
  );
}
