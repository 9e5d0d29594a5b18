/**
 * A fetch that waits `delayMs` before each request (an administrator's throttling window,
 * Siebel CRM Desktop's `delays_schedule`), so a run spreads its load on the Siebel Server. The wait
 * ends early, with the request's own abort reason, when its signal is aborted.
 */
export function pacedFetch(inner: typeof fetch, delayMs: number): typeof fetch {
  return async (input, init) => {
    const signal = init?.signal;
    await new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, delayMs);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    return inner(input, init);
  };
}
