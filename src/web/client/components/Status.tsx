// Loading and error notices shared by every page.
import type { ComponentChildren } from 'preact';
import type { Loaded } from '../useData';

export function Status<T>({ state, children }: { state: Loaded<T>; children: (data: T) => ComponentChildren }) {
  if (state.error) return <p class="error" role="alert">Could not load: {state.error.message}</p>;
  if (state.data === null) return <p class="loading" aria-busy="true">Loading…</p>;
  return <>{children(state.data)}</>;
}
