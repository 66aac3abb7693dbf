// Search across documents and facts, with facets by pair, type and year that narrow the query.
import { api } from '../api';
import { FactCard } from '../components/FactCard';
import { JsonLink } from '../components/JsonLink';
import { Status } from '../components/Status';
import { href } from '../router';
import { snippetPieces } from '../snippet';
import { useData } from '../useData';

interface Params { q: string; pair: string; type: string; year: string }

export function Search(params: Params) {
  const { q, pair, type, year } = params;
  const state = useData(() => (q ? api.search({ q, pair, type, year }) : Promise.resolve(null)), [q, pair, type, year]);
  const submit = (e: Event) => {
    e.preventDefault();
    const value = String(new FormData(e.currentTarget as HTMLFormElement).get('q') ?? '');
    location.hash = href.search({ ...params, q: value });
  };
  return (
    <>
      <h1>Search</h1>
      <form role="search" class="search" onSubmit={submit}>
        <label for="q">Words to find in documents and facts</label>
        <input id="q" name="q" type="search" value={q} />
        <button type="submit">Search</button>
      </form>
      {q && state.loading && <p class="loading">Searching…</p>}
      {state.error && <p class="error" role="alert">{state.error.message}</p>}
      {state.data && (
        <div class="search-body">
          <aside class="facets" aria-label="Facets">
            {(['pair', 'type', 'year'] as const).map((facet) => {
              const counts = state.data!.facets?.[facet] ?? {};
              const keys = Object.keys(counts).sort();
              if (!keys.length && !params[facet]) return null;
              return (
                <fieldset key={facet}>
                  <legend>{facet}</legend>
                  {params[facet] && <a href={href.search({ ...params, [facet]: '' })}>any {facet}</a>}
                  {keys.map((k) => (
                    <a key={k} href={href.search({ ...params, [facet]: k })} aria-current={params[facet] === k ? 'true' : undefined}
                      class="facet">{k} <span class="muted">({counts[k]})</span></a>
                  ))}
                </fieldset>
              );
            })}
          </aside>
          <ol class="results" data-testid="results">
            {state.data.items.length === 0 && <li>No match.</li>}
            {state.data.items.map((hit, i) => (
              <li key={i}>
                {hit.fact ? <FactCard item={hit.fact} onChanged={state.reload} /> : hit.document && (
                  <div class="doc-hit">
                    <a href={href.doc(hit.document.id)}>{hit.document.title ?? hit.document.name}</a>
                    <span class="muted"> {hit.document.date ?? ''}</span>
                    {hit.snippet && <p class="snippet">{snippetPieces(hit.snippet).map((p, k) => p.match ? <mark key={k}>{p.text}</mark> : p.text)}</p>}
                  </div>
                )}
              </li>
            ))}
          </ol>
        </div>
      )}
      {q && <JsonLink path={`/search?${new URLSearchParams(Object.entries(params).filter(([, v]) => v)).toString()}`} />}
    </>
  );
}
