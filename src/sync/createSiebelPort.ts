import { downloadMetadataFiles, executeBatch, queryPage, SiebelSession } from '../siebel';
import type { SiebelConnectionOptions } from '../siebel';
import type { SiebelPort } from './ports';

/**
 * The real Siebel side of a run: one `SiebelSession` (it logs in with its first call and logs
 * in once more by itself when Siebel rejects the token).
 */
export function createSiebelPort(options: SiebelConnectionOptions): SiebelPort {
  const session = new SiebelSession(options);
  return {
    downloadMetadata: (request, signal) => downloadMetadataFiles(session, request, signal),
    queryPage: (request, signal) => queryPage(session, request, signal),
    executeBatch: (commands, signal) => executeBatch(session, commands, { signal }),
    logoff: (signal) => session.logoff(signal),
    sessions: () => ({ opened: session.stats.logins, closed: session.stats.logoffs }),
  };
}
