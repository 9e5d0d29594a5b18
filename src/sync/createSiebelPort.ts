import { downloadMetadataFiles, executeBatch, queryPage, SiebelSession } from '../siebel';
import type { SiebelConnectionOptions } from '../siebel';
import type { SiebelPort } from './ports';

/**
 * The real Siebel side of one session of a run: one `SiebelSession` (it logs in with its first call
 * and logs in once more by itself when Siebel rejects the token). A run opens one for its main
 * session and one per extra download session.
 */
export function createSiebelPort(options: SiebelConnectionOptions): SiebelPort {
  const session = new SiebelSession(options);
  return {
    downloadMetadata: (request, signal) => downloadMetadataFiles(session, request, signal),
    queryPage: (request, signal) => queryPage(session, request, signal),
    executeBatch: (commands, signal) => executeBatch(session, commands, { signal }),
    logoff: (signal) => session.logoff(signal),
    // A refused login left no session on the server: it is not "opened" (nothing to log off).
    sessions: () => ({ opened: session.stats.opened, closed: session.stats.logoffs }),
    traffic: () => {
      const { requests, bytesSent, bytesReceived } = session.stats;
      return { requests, bytesSent, bytesReceived };
    },
  };
}
