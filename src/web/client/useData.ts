// A hook that loads a page's data from the API and reloads it on demand (after a curation, for instance).
import { useCallback, useEffect, useState } from 'preact/hooks';

export interface Loaded<T> { data: T | null; error: Error | null; loading: boolean; reload: () => void }

export function useData<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data: T | null; error: Error | null; loading: boolean }>(
    { data: null, error: null, loading: true });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    load().then((data) => { if (live) setState({ data, error: null, loading: false }); },
      (error: Error) => { if (live) setState({ data: null, error, loading: false }); });
    return () => { live = false; };
  // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { ...state, reload };
}
