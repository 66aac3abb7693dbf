// Pair page: timeline of contacts, trade chart with targets, agreements by topic, projects, people, every event.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { api, type Item } from '../api';
import { FactCard } from '../components/FactCard';
import { FigureChart } from '../components/FigureChart';
import { JsonLink } from '../components/JsonLink';
import { Status } from '../components/Status';
import { EVENT_TYPES, Timeline } from '../components/Timeline';
import { useRevealed } from '../reveal';
import { href } from '../router';
import { useData, type Loaded } from '../useData';

export function Pair({ pair }: { pair: string }) {
  // The first screen (header, timeline, chart, the first events) is asked for at once and in parallel, each part
  // small: the summary's counts, the timeline's and the chart's marks without sources, one page of 50 events.
  const summaryState = useData(() => api.pair(pair), [pair]);
  const marks = useData(() => api.timeline(pair), [pair]);
  const figures = useData(() => api.chart(pair), [pair]);
  const events = useEventPages(pair);
  // Projects and people lie below the fold: asked for once the first screen is in, so they do not compete with it.
  // (Settled, rather than loaded: a part that failed shows its error and must not hold the others back.)
  const settled = (state: { data: unknown; error: Error | null }) => state.data !== null || state.error !== null;
  const firstScreenIn = settled(events) && settled(marks) && settled(figures);
  // ...and once it is drawn and the browser is idle, so the first screen is usable before they arrive and render.
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    setDrawn(false);
    if (!firstScreenIn) return undefined;
    let live = true;
    void whenIdle().then(() => { if (live) setDrawn(true); });
    return () => { live = false; };
  }, [pair, firstScreenIn]);
  const later = <T,>(load: () => Promise<T>) => () => (drawn ? load() : new Promise<never>(() => {}));
  const projects = useData(later(() => api.projects(pair)), [pair, drawn]);
  const people = useData(later(() => api.people(pair)), [pair, drawn]);
  const [picked, setPicked] = useState<Item | null>(null);
  // A timeline or chart mark carries no sources: the item it stands for is taken from the events list when that has
  // it, else read with its sources from the API.
  const [pickedMark, setPickedMark] = useState<Item | null>(null);
  const listed = pickedMark ? events.data?.find((e) => e.id === pickedMark.id) : undefined;
  const markItem = useData(() => (pickedMark && !listed ? api.item(pair, pickedMark.id) : Promise.resolve(null)),
    [pair, pickedMark, !listed]);
  const shown = picked ?? listed ?? (pickedMark && markItem.data?.id === pickedMark.id ? markItem.data : null);
  // One function for the page's life (every reload it calls is stable), so the cards given it are not drawn again.
  const reloadAll = useCallback(() => {
    summaryState.reload(); marks.reload(); events.reload(); figures.reload(); projects.reload(); people.reload();
    setPicked(null); setPickedMark(null);
  }, []);
  const agreements = useMemo(() => (events.complete ? events.data?.filter((e) => e.type === 'agreement') ?? null : null),
    [events.data, events.complete]);
  // What a card's merge form offers: every event listed so far, read when the form opens.
  const mergeWith = useRef<Item[]>([]);
  mergeWith.current = events.data ?? [];
  const pick = (item: Item | null) => { setPicked(item); setPickedMark(null); };
  const pickMark = (item: Item) => { setPicked(null); setPickedMark(item); };
  // The timeline's contacts, worked out once per answer: a new array on every render would redraw the timeline's
  // thousand marks each time anything else on the page changes (an events page, the projects, a click).
  const contacts = useMemo(() => marks.data?.filter((e) => (EVENT_TYPES as readonly string[]).includes(e.type)) ?? null,
    [marks.data]);

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

      {(shown || pickedMark) && (
        <aside class="picked" aria-label="Selected item" data-testid="picked">
          <button type="button" class="close" onClick={() => pick(null)} aria-label="Close the selected item">×</button>
          {shown ? <FactCard item={shown} onChanged={reloadAll} />
            : markItem.error ? <p class="error" role="alert">Could not load it: {markItem.error.message}</p>
              : <p class="loading" aria-busy="true">Loading…</p>}
        </aside>
      )}

      <section id="timeline">
        <h2>Timeline of contacts</h2>
        <Status state={{ ...marks, data: contacts }}>{(items) => <Timeline events={items} onPick={pickMark} />}</Status>
      </section>

      <section id="trade">
        <h2>Trade and exports</h2>
        <Status state={figures}>{(items) => (
          <>
            <FigureChart figures={items} onPick={pickMark} />
            <AllFigures pair={pair} count={items.length} onChanged={reloadAll} />
          </>
        )}</Status>
      </section>

      <section id="agreements">
        <h2>Agreements by topic</h2>
        <Status state={{ ...events, data: agreements }}>{(items) => <ByTopic agreements={items} onChanged={reloadAll} />}</Status>
      </section>

      <section id="projects">
        <h2>Projects</h2>
        <Status state={projects}>{(items) => items.length === 0 ? <p class="muted">No projects.</p> : <Revealed items={items}>{(p) => (
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
        )}</Revealed>}</Status>
      </section>

      <section id="people">
        <h2>People</h2>
        <Status state={people}>{(items) => items.length === 0 ? <p class="muted">No people.</p> : (
          <ul class="people"><Revealed items={items} step={200}>{(p) => (
            <li key={String(p.id)}><a href={href.person(p.id)}>{p.name}</a>
              <span class="muted">{p.country ? ` (${p.country})` : ''}{p.title || p.role ? `, ${p.title ?? p.role?.replace(/_/g, ' ')}` : ''}{p.aliases.length ? ` · also ${p.aliases.join(', ')}` : ''} · {p.docs.length} document{p.docs.length === 1 ? '' : 's'}</span></li>
          )}</Revealed></ul>
        )}</Status>
      </section>

      <section id="events">
        <h2>All events</h2>
        <Status state={events}>{(items) => (
          <EventList items={items} complete={events.complete} onChanged={reloadAll} mergeWith={mergeWith} />
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

/**
 * Every figure and target with its sources, read when the list is opened: the chart is drawn from marks without
 * sources, and most visitors never open the list.
 */
function AllFigures({ pair, count, onChanged }: { pair: string; count: number; onChanged: () => void }) {
  const [open, setOpen] = useState(false);
  const figures = useData(() => (open ? api.chartFigures(pair) : new Promise<never>(() => {})), [pair, open]);
  return (
    <details onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>All {count} figures</summary>
      {open && <Status state={figures}>{(items) => items.map((f) =>
        <FactCard key={String(f.id)} item={f} onChanged={() => { figures.reload(); onChanged(); }} />)}</Status>}
    </details>
  );
}

/** Rows of a long list drawn a slice at a time (see useRevealed): the first `first` at once. */
function Revealed<T>({ items, first = 50, step = 50, children }: { items: T[]; first?: number; step?: number; children: (item: T) => ComponentChildren }) {
  const n = useRevealed(items.length, first, step);
  return <>{items.slice(0, n).map(children)}</>;
}

/** Every event of the pair, drawn in slices as pages arrive; `data-complete` once all are in and drawn. */
function EventList({ items, complete, onChanged, mergeWith }:
  { items: Item[]; complete: boolean; onChanged: () => void; mergeWith: { readonly current: Item[] } }) {
  const n = useRevealed(items.length);
  const whole = complete && n >= items.length;
  return (
    <div data-testid="event-list" data-complete={whole ? 'true' : 'false'} aria-busy={!whole}>
      {items.slice(0, n).map((e) => <FactCard key={String(e.id)} item={e} onChanged={onChanged} mergeWith={mergeWith} />)}
      {!whole && <p class="loading">Loading more events…</p>}
    </div>
  );
}

function ByTopic({ agreements, onChanged }: { agreements: Item[]; onChanged: () => void }) {
  const topics = useMemo(() => {
    const byTopic = new Map<string, Item[]>();
    for (const a of agreements) {
      const t = String(a.topic ?? 'other');
      const list = byTopic.get(t);
      if (list) list.push(a); else byTopic.set(t, [a]);
    }
    return [...byTopic.entries()].sort((x, y) => y[1].length - x[1].length || x[0].localeCompare(y[0]));
  }, [agreements]);
  // The topics' cards in order, drawn in slices: a busy pair has hundreds of agreements.
  const n = useRevealed(agreements.length, 50, 100);
  if (!agreements.length) return <p class="muted">No agreements.</p>;
  let left = n;
  return (
    <div class="topics" data-testid="agreements">
      {topics.map(([topic, items]) => {
        const shown = items.slice(0, Math.max(0, left));
        left -= items.length;
        return (
          <section key={topic} class="topic">
            <h3>{topic.replace(/_/g, ' ')} <span class="muted">({items.length})</span></h3>
            {shown.map((a) => <FactCard key={String(a.id)} item={a} onChanged={onChanged} compact />)}
          </section>
        );
      })}
    </div>
  );
}

/** Resolves the next time the browser is idle (at once where it cannot tell). */
function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 2000 });
    else setTimeout(resolve, 0);
  });
}

/**
 * The pair's events, filled in page by page: the first 50 at once, each later page when the browser is idle;
 * `complete` once all are in.
 */
function useEventPages(pair: string): Loaded<Item[]> & { complete: boolean } {
  const [state, setState] = useState<{ data: Item[] | null; error: Error | null; complete: boolean }>(
    { data: null, error: null, complete: false });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    let got: Item[] = [];
    setState({ data: null, error: null, complete: false });
    api.eventPages(pair, (items, done) => {
      got = [...got, ...items];
      setState({ data: got, error: null, complete: done });
    }, () => live, whenIdle).catch((error: Error) => { if (live) setState({ data: null, error, complete: false }); });
    return () => { live = false; };
  }, [pair, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { ...state, loading: !state.complete, reload };
}
