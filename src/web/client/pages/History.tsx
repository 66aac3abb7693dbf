// Curation history: every confirm, reject, edit and merge, newest first, each one undoable.
import { useState } from 'preact/hooks';
import { api } from '../api';
import { JsonLink } from '../components/JsonLink';
import { Status } from '../components/Status';
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
          <thead><tr><th scope="col">When</th><th scope="col">Action</th><th scope="col">Item</th><th scope="col">Change</th><th scope="col" /></tr></thead>
          <tbody>{page.items.map((c) => (
            <tr key={c.id}>
              <td><time dateTime={c.createdAt}>{c.createdAt.slice(0, 19).replace('T', ' ')}</time></td>
              <td>{c.action}{c.undoneAt ? ' (undone)' : ''}</td>
              <td>{c.members.length > 1 ? c.members.join(', ') : c.factId}</td>
              <td><code>{c.after !== undefined ? JSON.stringify(c.after) : ''}</code></td>
              <td>{!c.undoneAt && <button type="button" onClick={() => api.undo(c.id).then(state.reload, (e: Error) => setError(e.message))}>Undo</button>}</td>
            </tr>
          ))}</tbody>
        </table>
      )}</Status>
      <JsonLink path="/curation/log" />
    </>
  );
}
