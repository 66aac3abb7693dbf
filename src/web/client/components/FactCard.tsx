// One fact or record item: what it says, links to its sentences, and the curation actions on it.
import { memo } from 'preact/compat';
import { useState } from 'preact/hooks';
import { api, type Item, type SourceRef } from '../api';
import { summary, sourceCount } from '../format';
import { href } from '../router';

/** Fields a curator may change by hand: the kind's own scalar fields, never ids or provenance. */
const NOT_EDITABLE = new Set(['id', 'factIds', 'pair', 'type', 'docs', 'sources', 'evidence', 'documentId', 'documentName', 'confidence',
  'curation', 'conflict', 'outcome', 'history', 'actual', 'aliases', 'roles', 'events', 'figures', 'parties', 'sentence']);

export function editableFields(item: Item): [string, string | number | null][] {
  return Object.entries(item).filter(([k, v]) => !NOT_EDITABLE.has(k)
    && (v === null || typeof v === 'string' || typeof v === 'number')) as [string, string | number | null][];
}

/** The sentences an item was read from, each a link into the document reader. */
export function sourcesOf(item: Item): SourceRef[] {
  if (Array.isArray(item.sources) && item.sources.length) return item.sources;
  if (item.documentName || item.documentId !== undefined) {
    return [{ doc: String(item.documentName ?? item.documentId), factId: Number(item.id), quote: item.evidence?.quote }];
  }
  return (item.docs ?? []).map((doc) => ({ doc }));
}

/** Whether a curator has decided on the item (the API says 'unreviewed' otherwise). */
const reviewed = (item: Item) => !!item.curation && item.curation !== 'unreviewed' && item.curation !== 'none';

interface Props {
  item: Item; onChanged: () => void;
  /**
   * The items a merge may pick from, read when the merge form opens: a box rather than the list itself, so a card is
   * not drawn again each time the list it sits in grows.
   */
  mergeWith?: { readonly current: Item[] };
  compact?: boolean;
}

/**
 * A card is drawn again only when its item or its form changes: a page of a thousand cards redraws none of them when
 * another part of the page (a list growing, a section arriving) changes.
 */
export const FactCard = memo(Card);

function Card({ item, onChanged, mergeWith, compact }: Props) {
  const [mode, setMode] = useState<'view' | 'edit' | 'merge' | 'split'>('view');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const act = (fn: () => Promise<unknown>) => {
    setBusy(true); setError(null);
    fn().then(() => { setMode('view'); onChanged(); }, (e: Error) => setError(e.message)).finally(() => setBusy(false));
  };
  const sources = sourcesOf(item);
  const n = sourceCount(item);
  return (
    <article class={`fact fact-${item.type}${reviewed(item) ? ` curated-${item.curation}` : ''}`}
      data-testid="fact" data-fact-id={String(item.id)} data-type={item.type}>
      <div class="fact-head">
        <span class={`tag tag-${item.type}`}>{item.type}</span>
        <span class="fact-summary">{summary(item)}</span>
        {item.conflict && <span class="badge badge-conflict" title="Sources disagree on this figure">conflict</span>}
        {item.outcome && <span class={`badge badge-${item.outcome}`}>{item.outcome}</span>}
        {reviewed(item) && <span class="badge" data-testid="curation">{item.curation}</span>}
        <span class="muted">{n} source{n === 1 ? '' : 's'}</span>
        {compact && sources[0] && (
          <a href={href.doc(sources[0].docId ?? sources[0].doc, sources[0].factId)} data-testid="source-link">sentence</a>
        )}
      </div>
      {!compact && sources.length > 0 && (
        <ul class="sources">
          {sources.map((s, i) => (
            <li key={i}>
              <a href={href.doc(s.docId ?? s.doc, s.factId)} data-testid="source-link">
                {s.quote ? `“${s.quote.length > 160 ? `${s.quote.slice(0, 160)}…` : s.quote}”` : s.doc}
              </a>
              <span class="muted"> — {s.title ?? s.doc}{s.date ? `, ${s.date}` : ''}</span>
            </li>
          ))}
        </ul>
      )}
      <div class="actions" role="group" aria-label="Curation">
        <button type="button" disabled={busy} onClick={() => act(() => api.curate(item, 'confirm'))}>Confirm</button>
        <button type="button" disabled={busy} data-testid="reject" onClick={() => act(() => api.curate(item, 'reject'))}>Reject</button>
        <button type="button" disabled={busy} aria-expanded={mode === 'edit'} onClick={() => setMode(mode === 'edit' ? 'view' : 'edit')}>Edit</button>
        {mergeWith && mergeWith.current.length > 0 && (
          <button type="button" disabled={busy} aria-expanded={mode === 'merge'} onClick={() => setMode(mode === 'merge' ? 'view' : 'merge')}>Merge…</button>
        )}
        {mergeWith && docsOf(item).length > 1 && (
          <button type="button" disabled={busy} aria-expanded={mode === 'split'} onClick={() => setMode(mode === 'split' ? 'view' : 'split')}>Split…</button>
        )}
      </div>
      {mode === 'edit' && <EditForm item={item} busy={busy} onSave={(changes) => act(() => api.curate(item, 'edit', changes))} />}
      {mode === 'merge' && mergeWith && (
        <MergeForm item={item} others={mergeWith.current} busy={busy} onMerge={(other) => act(() => api.merge([item.id, other]))} />
      )}
      {mode === 'split' && <SplitForm docs={docsOf(item)} busy={busy} onSplit={(docs) => act(() => api.split(item.id, docs))} />}
      {error && <p class="error" role="alert">{error}</p>}
    </article>
  );
}

/** The documents reporting an item, each once. */
function docsOf(item: Item): string[] {
  return [...new Set([...(item.docs ?? []), ...(item.sources ?? []).map((s) => s.doc)])];
}

/** Tells the record that some documents report another event than the rest. */
function SplitForm({ docs, busy, onSplit }: { docs: string[]; busy: boolean; onSplit: (docs: string[]) => void }) {
  return (
    <form class="merge" onSubmit={(e) => {
      e.preventDefault();
      const picked = new FormData(e.currentTarget as HTMLFormElement).getAll('doc').map(String);
      if (picked.length) onSplit(picked);
    }}>
      <fieldset>
        <legend>Documents that report another event</legend>
        {docs.map((d) => <label key={d} class="check"><input type="checkbox" name="doc" value={d} /> {d}</label>)}
      </fieldset>
      <button type="submit" disabled={busy}>Split</button>
    </form>
  );
}

function EditForm({ item, busy, onSave }: { item: Item; busy: boolean; onSave: (c: Record<string, unknown>) => void }) {
  const fields = editableFields(item);
  const submit = (e: Event) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget as HTMLFormElement);
    const changes: Record<string, unknown> = {};
    for (const [k, old] of fields) {
      const raw = String(data.get(k) ?? '');
      const value = typeof old === 'number' ? Number(raw) : raw === '' ? null : raw;
      if (value !== old) changes[k] = value;
    }
    onSave(changes);
  };
  return (
    <form class="edit" onSubmit={submit}>
      {fields.map(([k, v]) => (
        <label key={k}>{k.replace(/_/g, ' ')}
          <input name={k} type={typeof v === 'number' ? 'number' : 'text'} step="any" value={v ?? ''} />
        </label>
      ))}
      <button type="submit" disabled={busy}>Save</button>
    </form>
  );
}

function MergeForm({ item, others, busy, onMerge }: { item: Item; others: Item[]; busy: boolean; onMerge: (id: Item['id']) => void }) {
  const candidates = others.filter((o) => o.id !== item.id && o.type === item.type);
  const [pick, setPick] = useState<Item["id"] | undefined>(candidates[0]?.id);
  if (!candidates.length) return <p class="muted">No other {item.type} to merge with.</p>;
  return (
    <form class="merge" onSubmit={(e) => { e.preventDefault(); if (pick !== undefined) onMerge(pick); }}>
      <label>Same event as
        <select value={String(pick)} onChange={(e) => setPick(candidates.find((c) => String(c.id) === (e.currentTarget as HTMLSelectElement).value)?.id)}>
          {candidates.map((c) => <option key={String(c.id)} value={String(c.id)}>{summary(c)}</option>)}
        </select>
      </label>
      <button type="submit" disabled={busy}>Merge</button>
    </form>
  );
}
