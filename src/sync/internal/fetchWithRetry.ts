import type { QueryPageResult } from '../../siebel';
import { withRetry } from '../backoff';
import type { Workspace } from './Workspace';
import type { TypeQuery } from './typeQuery';

/**
 * A page fetcher for the pipeline: transient failures are retried with backoff. A retry always
 * starts a new query at the same row: after a failure the server-side cache may be gone (a new
 * session after a re-login), and rows are sorted by Id so the position still names the same rows.
 */
export function pageFetcher(ws: Workspace, query: TypeQuery, pageSize: number): (startRowNum: number, newQuery: boolean) => Promise<QueryPageResult> {
  const { runtime } = ws;
  return (startRowNum, newQuery) => {
    let attempt = 0;
    return withRetry(
      () => {
        const siebel = ws.siebel;
        if (!siebel) throw new Error('No Siebel session is open');
        const { object: _object, ...wire } = query;
        const request = { ...wire, pageSize, startRowNum, newQuery: newQuery || attempt > 0 };
        attempt++;
        return siebel.queryPage(request, runtime.signal);
      },
      { clock: runtime.clock, random: runtime.random, isTransient: runtime.isTransient, signal: runtime.signal, policy: runtime.tuning.retry },
    );
  };
}
