// Document reader: the cleaned text with each fact's evidence highlighted by type; a highlight opens its fact.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { api, type DocumentView, type Item } from '../api';
import { FactCard } from '../components/FactCard';
import { JsonLink } from '../components/JsonLink';
import { Status } from '../components/Status';
import { segment, type Span } from '../highlight';
import { summary } from '../format';
import { useData } from '../useData';

export function Document({ docRef, fact }: { docRef: string; fact: string | null }) {
  const state = useData(() => api.document(docRef), [docRef]);
  return (
    <>
      <Status state={state}>{(doc) => <Reader doc={doc} initial={fact} reload={state.reload} />}</Status>
      <JsonLink path={`/documents/${encodeURIComponent(docRef)}`} />
    </>
  );
}

function spansOf(facts: Item[]): Span[] {
  return facts.filter((f) => f.evidence).map((f) => ({ start: f.evidence!.start, end: f.evidence!.end, id: f.id, type: f.type }));
}

function Reader({ doc, initial, reload }: { doc: DocumentView; initial: string | null; reload: () => void }) {
  const [selected, setSelected] = useState<string | null>(initial);
  useEffect(() => setSelected(initial), [initial]);
  const segments = useMemo(() => segment(doc.text, spansOf(doc.factItems)), [doc]);
  const byId = useMemo(() => new Map(doc.factItems.map((f) => [String(f.id), f])), [doc]);
  const fact = selected ? byId.get(selected) ?? null : null;
  const textRef = useRef<HTMLDivElement>(null);

  // Opening a fact's sentence: scroll its first highlight into view and give it the keyboard focus.
  useEffect(() => {
    if (!selected) return;
    const el = textRef.current?.querySelector<HTMLElement>(`[data-facts~="${CSS.escape(selected)}"]`);
    el?.scrollIntoView({ block: 'center' });
    el?.focus({ preventScroll: true });
  }, [selected, segments]);

  return (
    <div class="reader">
      <header class="page-head">
        <h1>{doc.title ?? doc.name}</h1>
        <p class="muted">{doc.date ?? 'undated'} · {doc.language} · ingested {doc.ingestedAt.slice(0, 10)} · {doc.factItems.length} facts ·{' '}
          <SourceLink source={doc.source} /></p>
      </header>
      <div class="reader-body">
        <div class="doc-text" ref={textRef} data-testid="doc-text">
          {segments.map((s) => s.spans.length === 0 ? s.text : (
            // A mark, not a button: a button cannot wrap across lines like the sentence it highlights.
            <mark role="button" tabIndex={0} key={s.start}
              class={`hl hl-${s.spans[0].type}${s.spans.some((x) => String(x.id) === selected) ? ' hl-selected' : ''}`}
              data-facts={s.spans.map((x) => String(x.id)).join(' ')}
              title={s.spans.map((x) => { const f = byId.get(String(x.id)); return f ? summary(f) : x.type; }).join('\n')}
              onClick={() => setSelected(String(s.spans[s.spans.length - 1].id))}
              onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); setSelected(String(s.spans[s.spans.length - 1].id)); } }}
            >{s.text}</mark>
          ))}
        </div>
        <aside class="doc-facts" aria-label="Facts of this document">
          {fact && (
            <div class="selected-fact" data-testid="selected-fact">
              <h2>Selected fact</h2>
              <FactCard item={fact} onChanged={reload} compact />
            </div>
          )}
          <h2>All facts</h2>
          <ul class="fact-index">
            {doc.factItems.map((f) => (
              <li key={String(f.id)}>
                <button type="button" class={`link tag-${f.type}`} aria-pressed={String(f.id) === selected}
                  onClick={() => setSelected(String(f.id))}>{summary(f)}</button>
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </div>
  );
}

/** The document's origin: a link only for http(s) addresses, so a `javascript:` source is shown as text. */
export function SourceLink({ source }: { source: string }) {
  let safe = false;
  try { safe = ['http:', 'https:'].includes(new URL(source).protocol); } catch { safe = false; }
  return safe ? <a href={source} rel="noopener noreferrer" target="_blank">{source}</a> : <span>{source}</span>;
}
