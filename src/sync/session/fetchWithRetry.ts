import type { QueryPageResult } from '../../siebel';
import { withRetry } from './backoff';
import { effectivePageSize, learnPageLimit } from './pageLimit';
import type { SessionPool } from './sessionPool';
import type { Workspace } from '../run/Workspace';
import { countRetry } from '../run/countRetry';
import type { TypeQuery } from '../download/typeQuery';

/**
 * A page fetcher for the pipeline: transient failures are retried with backoff. A retry always
 * starts a new query at the same row: after a failure the server-side cache may be gone (a new
 * session after a re-login), and rows come in a stable order so the position still names the same
 * rows. A page size the server refuses (SBL-EAI-04447) is lowered to its limit and the same page
 * asked again: the pipeline counts rows actually returned, so its place is kept.
 */
export function pageFetcher(
  ws: Workspace,
  query: TypeQuery,
  pageSize: number,
): (startRowNum: number, newQuery: boolean) => Promise<QueryPageResult> {
  const { runtime } = ws;
  return async (startRowNum, newQuery) => {
    let attempt = 0;
    for (;;) {
      const size = effectivePageSize(ws, pageSize);
      try {
        return await withRetry(
          () => {
            const siebel = ws.siebel;
            if (!siebel) throw new Error('No Siebel session is open');
            const { object: _object, ...wire } = query;
            const request = { ...wire, pageSize: size, startRowNum, newQuery: newQuery || attempt > 0 };
            attempt++;
            return siebel.queryPage(request, runtime.signal);
          },
          {
            clock: runtime.clock,
            random: runtime.random,
            isTransient: runtime.isTransient,
            signal: runtime.signal,
            policy: runtime.tuning.retry,
            onRetry: () => countRetry(ws),
          },
        );
      } catch (error) {
        if (!(await learnPageLimit(ws, error, size))) throw error;
        countRetry(ws);
      }
    }
  };
}

/**
 * The fetcher of the parallel pipeline: each page is a new query (`newQuery: true`) on whichever
 * session of `pool` is free, since the pages of one query are spread over several sessions and no
 * session has the previous page's result cached. Retries (each attempt may land on another
 * session) and the page-limit learning work per request as in {@link pageFetcher}.
 */
export function pooledPageFetcher(
  ws: Workspace,
  query: TypeQuery,
  pool: SessionPool,
): (startRowNum: number, wanted: number, signal?: AbortSignal) => Promise<QueryPageResult> {
  const { runtime } = ws;
  const { object: _object, ...wire } = query;
  return async (startRowNum, wanted, signal) => {
    for (;;) {
      const size = effectivePageSize(ws, wanted);
      try {
        return await withRetry(
          () =>
            pool.use(
              (port, callSignal) =>
                port.queryPage({ ...wire, pageSize: size, startRowNum, newQuery: true }, callSignal),
              signal,
            ),
          {
            clock: runtime.clock,
            random: runtime.random,
            isTransient: runtime.isTransient,
            signal,
            policy: runtime.tuning.retry,
            onRetry: () => countRetry(ws),
          },
        );
      } catch (error) {
        if (!(await learnPageLimit(ws, error, size))) throw error;
        countRetry(ws);
      }
    }
  };
}
