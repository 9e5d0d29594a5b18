import { useEffect, useState, type DependencyList } from 'react';

/** The state of one asynchronous read. */
export type AsyncState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'done'; readonly value: T }
  | { readonly status: 'failed'; readonly error: unknown };

/** Runs `read` whenever `deps` change and keeps only the newest answer (no stale overwrite). */
export function useAsync<T>(read: () => Promise<T>, deps: DependencyList): AsyncState<T> {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    read().then(
      (value) => current && setState({ status: 'done', value }),
      (error: unknown) => current && setState({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
    // The caller names what `read` depends on, as with useEffect.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a hook that takes its deps from its caller
  }, deps);
  return state;
}
