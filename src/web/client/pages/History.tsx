// Curation history: every confirm, reject, edit and merge, newest first, each one undoable.
import { useState } from 'preact/hooks';
import { api } from '../api';
import { JsonLink } from '../components/JsonLink';
import { Status } from '../components/Status';
import { href } from '../router';
import { useData } from '../useData';

export function History() {
  const state = useData(() => api.curationLog(), []);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <h1>Curation history</h1>
      {error && <p class="error" role="alert">{error}</p>}
      <Status state={state}>{(page) => page.items.length === 0 ? <p>No curation yet.</p> : (
        <table class="history-log" data-testid="history">
          <thead><tr><th scope="col">When</th><th scope="col">Action</th><th scope="col">On</th><th scope="col">Pairs</th><th scope="col">Change</th><th scope="col">Who</th><th scope="col" /></tr></thead>
          <tbody>{page.items.map((c) => (
            <tr key={c.id}>
              <td><time dateTime={c.createdAt}>{c.createdAt.slice(0, 19).replace('T', ' ')}</time></td>
              <td>{c.action}{c.undoneAt ? ' (undone)' : ''}</td>
              <td>{c.fact ? <>{c.fact.type} in <a href={href.doc(c.fact.doc, c.factId ?? undefined)}>{c.fact.doc}</a></> : String(c.detail?.type ?? '')}</td>
              <td>{c.pairs.map((p) => <a key={p} href={href.pair(p)}>{p} </a>)}</td>
              <td><code>{c.detail ? JSON.stringify(c.detail) : ''}</code>{c.reason ? ` — ${c.reason}` : ''}</td>
              <td>{c.author}</td>
              <td>{!c.undoneAt && <button type="button" onClick={() => api.undo(c.id).then(state.reload, (e: Error) => setError(e.message))}>Undo</button>}</td>
            </tr>
          ))}</tbody>
        </table>
      )}</Status>
      <JsonLink path="/curation/log" />
    </>
  );
}
