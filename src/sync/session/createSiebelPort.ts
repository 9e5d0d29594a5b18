import { downloadMetadataFiles, executeBatch, queryPage, SiebelSession } from '../../siebel';
import type { SiebelConnectionOptions } from '../../siebel';
import type { SiebelPort } from '../ports';

/** A logoff lost on the way (dropped connection, 502/503/504, timeout) is sent again this many times. */
const LOGOFF_RETRIES = 2;

/**
 * The real Siebel side of one session of a run: one `SiebelSession` (it logs in with its first call
 * and logs in once more by itself when Siebel rejects the token). A run opens one for its main
 * session and one per extra download session.
 */
export function createSiebelPort(options: SiebelConnectionOptions): SiebelPort {
  const session = new SiebelSession(options);
  // Sessions the server confirmed closed: a logoff that failed left its session open, and the
  // report must say so (sessions.closed < opened) rather than count the attempt.
  let closed = 0;
  const calls = { metadata: 0, queries: 0, batches: 0, logoffs: 0 };
  return {
    downloadMetadata: (request, signal) => (calls.metadata++, downloadMetadataFiles(session, request, signal)),
    queryPage: (request, signal) => (calls.queries++, queryPage(session, request, signal)),
    executeBatch: (commands, signal) => (calls.batches++, executeBatch(session, commands, { signal })),
    logoff: async (signal) => {
      const open = session.isOpen;
      // Only a session that exists sends a logoff (SiebelSession sends nothing otherwise).
      if (open) calls.logoffs++;
      const result = await session.logoff(signal, { retries: LOGOFF_RETRIES });
      if (open && result.ok) closed += 1;
      return result;
    },
    // A refused login left no session on the server: it is not "opened" (nothing to log off).
    sessions: () => ({ opened: session.stats.opened, closed }),
    traffic: () => {
      const { requests, bytesSent, bytesReceived } = session.stats;
      return { requests, bytesSent, bytesReceived, calls: { ...calls } };
    },
  };
}
