import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** React.lazy's own constraint on the component it wraps (any props). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as React's typings of lazy()
type AnyComponent = ComponentType<any>;

/** A chunk of code loaded on demand (webpack `import()`), which components render from once it is there. */
export interface Preloadable<M> {
  /** Starts loading the chunk (once); resolves with its module. A failed load is tried again on the next call. */
  load(): Promise<M>;
  /**
   * A component of the chunk, for rendering inside a `Suspense`. Once the chunk has loaded (preloaded
   * at startup, when idle, or on hover), it renders at once: React does not suspend, so no fallback
   * flashes for a frame and no nested fallback waits for React's reveal throttling.
   */
  lazy<T extends AnyComponent>(pick: (module: M) => T): LazyExoticComponent<T>;
}

/**
 * Wraps `load` (an `import()`) so the chunk is fetched once and its components render without
 * suspending once it is there (docs/performance.md, "First screen"). React.lazy reads a thenable
 * that settles synchronously as already loaded; with any other React it merely suspends once.
 */
export function preloadable<M>(load: () => Promise<M>): Preloadable<M> {
  let loaded: { readonly module: M } | undefined;
  let pending: Promise<M> | undefined;
  const start = (): Promise<M> =>
    (pending ??= load().then(
      (module) => {
        loaded = { module };
        return module;
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  return {
    load: start,
    lazy: <T extends AnyComponent>(pick: (module: M) => T) =>
      lazy((): Promise<{ default: T }> => {
        if (!loaded) return start().then((module) => ({ default: pick(module) }));
        const value = { default: pick(loaded.module) };
        // Settles during `then`, so React.lazy finds the component resolved on the first render.
        const settled = { then: (resolve: (v: typeof value) => void) => resolve(value) };
        return settled as unknown as Promise<typeof value>;
      }),
  };
}
