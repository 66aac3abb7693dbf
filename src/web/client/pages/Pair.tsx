// Pair page: timeline of contacts, trade chart with targets, agreements by topic, projects, people, every event.
import { useState } from 'preact/hooks';
import { api, type Item } from '../api';
import { FactCard } from '../components/FactCard';
import { FigureChart } from '../components/FigureChart';
import { JsonLink } from '../components/JsonLink';
import { Status } from '../components/Status';
import { EVENT_TYPES, Timeline } from '../components/Timeline';
import { href } from '../router';
import { useData } from '../useData';

export function Pair({ pair }: { pair: string }) {
  const events = useData(() => api.events(pair), [pair]);
  // The summary only fills the header; asked for once the events are in, because the embedded store answers one
  // query at a time and the timeline matters more than the counts.
  const eventsIn = events.data !== null || events.error !== null;
  const summaryState = useData(() => (eventsIn ? api.pair(pair) : new Promise<never>(() => {})), [pair, eventsIn]);
  // Actual figures and targets (pledges, judged met, missed or open) are drawn on one chart.
  const figures = useData(async () => [...await api.figures(pair), ...await api.pledges(pair)], [pair]);
  const projects = useData(() => api.projects(pair), [pair]);
  const people = useData(() => api.people(pair), [pair]);
  const [picked, setPicked] = useState<Item | null>(null);
  const reloadAll = () => { summaryState.reload(); events.reload(); figures.reload(); projects.reload(); people.reload(); setPicked(null); };

  return (
    <>
      <header class="page-head">
        <h1>{summaryState.data ? summaryState.data.countries.map((c) => c.name).join(' – ') : pair}</h1>
        {summaryState.error && <p class="error" role="alert">Could not load the summary: {summaryState.error.message}</p>}
        {summaryState.data && (
          <p class="counts" data-testid="pair-counts">
            <span>{summaryState.data.documents} documents</span> · <span>{summaryState.data.events} events</span> ·{' '}
            <span>{summaryState.data.figures} figures</span>
          </p>
        )}
        <nav class="page-nav" aria-label="Sections">
          <a href="#timeline" onClick={jump('timeline')}>Timeline</a>
          <a href="#trade" onClick={jump('trade')}>Trade</a>
          <a href="#agreements" onClick={jump('agreements')}>Agreements</a>
          <a href="#projects" onClick={jump('projects')}>Projects</a>
          <a href="#people" onClick={jump('people')}>People</a>
          <a href={href.dossier(pair)} data-testid="dossier-link">Dossier</a>
        </nav>
      </header>

      {picked && (
        <aside class="picked" aria-label="Selected item" data-testid="picked">
          <button type="button" class="close" onClick={() => setPicked(null)} aria-label="Close the selected item">×</button>
          <FactCard item={picked} onChanged={reloadAll} />
        </aside>
      )}

      <section id="timeline">
        <h2>Timeline of contacts</h2>
        <Status state={events}>{(items) => {
          const contacts = items.filter((e) => (EVENT_TYPES as readonly string[]).includes(e.type));
          return <Timeline events={contacts} onPick={setPicked} />;
        }}</Status>
      </section>

      <section id="trade">
        <h2>Trade and exports</h2>
        <Status state={figures}>{(items) => (
          <>
            <FigureChart figures={items} onPick={setPicked} />
            <details>
              <summary>All {items.length} figures</summary>
              {items.map((f) => <FactCard key={String(f.id)} item={f} onChanged={reloadAll} />)}
            </details>
          </>
        )}</Status>
      </section>

      <section id="agreements">
        <h2>Agreements by topic</h2>
        <Status state={events}>{(items) => <ByTopic agreements={items.filter((e) => e.type === 'agreement')} onChanged={reloadAll} />}</Status>
      </section>

      <section id="projects">
        <h2>Projects</h2>
        <Status state={projects}>{(items) => items.length === 0 ? <p class="muted">No projects.</p> : items.map((p) => (
          <div key={String(p.id)} class="project">
            <FactCard item={p} onChanged={reloadAll} />
            {Array.isArray(p.history) && p.history.length > 0 && (
              <ol class="history" aria-label={`Status history of ${String(p.name)}`}>
                {p.history.map((h, i) => (
                  <li key={i}><strong>{h.status.replace(/_/g, ' ')}</strong> {h.date ?? 'undated'} —{' '}
                    {h.factId && h.document
                      ? <a href={href.doc(h.document.id, h.factId)}>{h.document.title ?? h.document.name}</a>
                      : h.docs.map((d) => <a key={d} href={href.doc(d)}>{d} </a>)}
                    {h.docs.length > 1 && <span class="muted"> and {h.docs.length - 1} more</span>}</li>
                ))}
              </ol>
            )}
          </div>
        ))}</Status>
      </section>

      <section id="people">
        <h2>People</h2>
        <Status state={people}>{(items) => items.length === 0 ? <p class="muted">No people.</p> : (
          <ul class="people">{items.map((p) => (
            <li key={String(p.id)}><a href={href.person(p.id)}>{p.name}</a>
              <span class="muted">{p.country ? ` (${p.country})` : ''}{p.title || p.role ? `, ${p.title ?? p.role?.replace(/_/g, ' ')}` : ''}{p.aliases.length ? ` · also ${p.aliases.join(', ')}` : ''} · {p.docs.length} document{p.docs.length === 1 ? '' : 's'}</span></li>
          ))}</ul>
        )}</Status>
      </section>

      <section id="events">
        <h2>All events</h2>
        <Status state={events}>{(items) => (
          <div data-testid="event-list">
            {items.map((e) => <FactCard key={String(e.id)} item={e} onChanged={reloadAll} mergeWith={items} />)}
          </div>
        )}</Status>
      </section>
      <JsonLink path={`/pairs/${encodeURIComponent(pair)}`} />
    </>
  );
}

/** In-page section links that scroll without changing the route in the hash. */
function jump(id: string) {
  return (e: Event) => {
    e.preventDefault();
    const el = document.getElementById(id);
    el?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    el?.querySelector('h2')?.setAttribute('tabindex', '-1');
    (el?.querySelector('h2') as HTMLElement | null)?.focus({ preventScroll: true });
  };
}

function ByTopic({ agreements, onChanged }: { agreements: Item[]; onChanged: () => void }) {
  if (!agreements.length) return <p class="muted">No agreements.</p>;
  const topics = new Map<string, Item[]>();
  for (const a of agreements) {
    const t = String(a.topic ?? 'other');
    topics.set(t, [...(topics.get(t) ?? []), a]);
  }
  return (
    <div class="topics" data-testid="agreements">
      {[...topics.entries()].sort((x, y) => y[1].length - x[1].length || x[0].localeCompare(y[0])).map(([topic, items]) => (
        <section key={topic} class="topic">
          <h3>{topic.replace(/_/g, ' ')} <span class="muted">({items.length})</span></h3>
          {items.map((a) => <FactCard key={String(a.id)} item={a} onChanged={onChanged} compact />)}
        </section>
      ))}
    </div>
  );
}
