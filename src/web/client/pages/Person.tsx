// Person page: aliases, roles over time, and the events and figures the person appears in.
import { api } from '../api';
import { FactCard } from '../components/FactCard';
import { JsonLink } from '../components/JsonLink';
import { Status } from '../components/Status';
import { href } from '../router';
import { useData } from '../useData';

export function Person({ id }: { id: string }) {
  const state = useData(() => api.person(id), [id]);
  return (
    <>
      <Status state={state}>{(p) => {
        const facts = p.items ?? [];
        const events = facts.filter((f) => ['visit', 'call', 'meeting', 'agreement'].includes(f.type));
        const figures = facts.filter((f) => f.type === 'figure');
        const projects = facts.filter((f) => f.type === 'project');
        return (
          <>
            <header class="page-head">
              <h1>{p.name}</h1>
              <p>{p.country ?? 'state unknown'}{p.aliases.length > 0 && <> · also written {p.aliases.join(', ')}</>}</p>
            </header>
            <section>
              <h2>Roles over time</h2>
              {p.roles && p.roles.length > 0 ? (
                <ol class="roles">{p.roles.map((r, i) => (
                  <li key={i}>{r.date ?? 'undated'}: {r.title ?? r.role.replace(/_/g, ' ')} —{' '}
                    <a href={href.doc(r.document.id, r.factId)}>{r.document.title ?? r.document.name}</a></li>
                ))}</ol>
              ) : <p class="muted">No role recorded.</p>}
            </section>
            <section>
              <h2>Events</h2>
              {events.length ? events.map((e) => <FactCard key={String(e.id)} item={e} onChanged={state.reload} />) : <p class="muted">None recorded.</p>}
            </section>
            <section>
              <h2>Figures</h2>
              {figures.length ? figures.map((f) => <FactCard key={String(f.id)} item={f} onChanged={state.reload} />) : <p class="muted">None recorded.</p>}
            </section>
            <section>
              <h2>Projects</h2>
              {projects.length ? projects.map((f) => <FactCard key={String(f.id)} item={f} onChanged={state.reload} />) : <p class="muted">None recorded.</p>}
            </section>
          </>
        );
      }}</Status>
      <JsonLink path={`/people/${encodeURIComponent(id)}`} />
    </>
  );
}
