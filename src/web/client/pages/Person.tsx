// Person page: aliases, roles over time, and the events and figures the person appears in.
import { api } from '../api';
import { FactCard } from '../components/FactCard';
import { JsonLink } from '../components/JsonLink';
import { Status } from '../components/Status';
import { useData } from '../useData';

export function Person({ id }: { id: string }) {
  const state = useData(() => api.person(id), [id]);
  return (
    <>
      <Status state={state}>{(p) => (
        <>
          <header class="page-head">
            <h1>{p.name}</h1>
            {p.aliases && p.aliases.length > 0 && <p>Also written: {p.aliases.join(', ')}</p>}
          </header>
          <section>
            <h2>Roles</h2>
            {p.roles && p.roles.length > 0 ? (
              <ol class="roles">{p.roles.map((r, i) => (
                <li key={i}>{r.date ?? 'undated'}: {r.title ?? r.role.replace(/_/g, ' ')}{r.country ? ` (${r.country})` : ''}</li>
              ))}</ol>
            ) : <p>{String(p.title ?? p.role ?? '').replace(/_/g, ' ')}{p.country ? ` (${String(p.country)})` : ''}</p>}
          </section>
          <section>
            <h2>Events</h2>
            {(p.events ?? []).length ? p.events!.map((e) => <FactCard key={String(e.id)} item={e} onChanged={state.reload} />) : <p class="muted">None recorded.</p>}
          </section>
          <section>
            <h2>Figures</h2>
            {(p.figures ?? []).length ? p.figures!.map((f) => <FactCard key={String(f.id)} item={f} onChanged={state.reload} />) : <p class="muted">None recorded.</p>}
          </section>
          <section>
            <h2>Sources</h2>
            <FactCard item={p} onChanged={state.reload} />
          </section>
        </>
      )}</Status>
      <JsonLink path={`/people/${encodeURIComponent(id)}`} />
    </>
  );
}
