// Loading and error notices shared by every page, and the token form when the server asks for one.
import type { ComponentChildren } from 'preact';
import { ApiError, setToken } from '../api';
import type { Loaded } from '../useData';

export function Status<T>({ state, children }: { state: Loaded<T>; children: (data: T) => ComponentChildren }) {
  if (state.error instanceof ApiError && state.error.status === 401) return <TokenForm />;
  if (state.error) return <p class="error" role="alert">Could not load: {state.error.message}</p>;
  if (state.data === null) return <p class="loading" aria-busy="true">Loading…</p>;
  return <>{children(state.data)}</>;
}

/** A server on a non-loopback address needs its bearer token; it is kept for this browser tab only. */
function TokenForm() {
  return (
    <form class="token" onSubmit={(e) => {
      e.preventDefault();
      setToken(String(new FormData(e.currentTarget as HTMLFormElement).get('token') ?? '').trim() || null);
      // Every section of the page asked without the token: load the page again rather than one section.
      location.reload();
    }}>
      <label>This server needs its access token (<code>--token</code> or <code>DYAD_TOKEN</code>)
        <input name="token" type="password" autoComplete="off" required />
      </label>
      <button type="submit">Use token</button>
    </form>
  );
}
