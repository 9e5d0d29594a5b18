import { DEFAULT_MAXIMUM_SESSIONS, isSessionLimitError } from '../../siebel';
import { ConcurrencyController } from './concurrencyController';
import { SessionPool } from './sessionPool';
import type { Workspace } from '../run/Workspace';

/**
 * The run's session pool, created on first use around the main session (`ws.siebel`), or `null`
 * when the wire profile allows one session (`maximumSessions: 1`: everything on the main session,
 * pages one after the other, as before sessions were pooled).
 */
export function sessionPoolOf(ws: Workspace): SessionPool | null {
  if (ws.sessions) return ws.sessions;
  const maximum = ws.runtime.wireProfile.maximumSessions ?? DEFAULT_MAXIMUM_SESSIONS;
  const primary = ws.siebel;
  if (maximum <= 1 || !primary) return null;
  const { runtime } = ws;
  ws.sessions = new SessionPool({
    primary,
    open: () => runtime.openSession(),
    controller: new ConcurrencyController(maximum),
    clock: runtime.clock,
    isOverload: (error) => runtime.isTransient(error),
    isSessionLimit: isSessionLimitError,
    logoffTimeoutMs: runtime.tuning.logoffTimeoutMs,
  });
  return ws.sessions;
}
