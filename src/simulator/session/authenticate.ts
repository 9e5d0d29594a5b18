import type { ServerState } from '../ServerState';
import type { SessionHeaders } from '../soap/readSoapRequest';
import { badCredentials, sessionLimitReached, sessionRejected } from '../soap/faultCatalog';
import type { SimulatorUser } from '../types';
import type { Session } from './SessionStore';

/** The session a request runs in, and whether this request opened it. */
export interface Authenticated {
  readonly session: Session;
  readonly user: SimulatorUser;
  readonly opened: boolean;
}

/**
 * Finds or opens the session of a request (shared/spec/session.md §3). A valid token wins over
 * credentials; an invalid token falls back to credentials when there are some. Login IDs are
 * case-insensitive, passwords are not. No credentials and no token = anonymous, which this server
 * refuses like a bad token: "Session Token is missing or invalid or has expired" (field-evidence §4).
 * A login that would give the user more than `maxSessionsPerUser` open sessions is refused: the
 * object manager has no room for another task (expired sessions leave room, as their tasks ended).
 */
export function authenticate(state: ServerState, headers: SessionHeaders): Authenticated {
  if (!headers.sessionToken && !headers.userName) {
    state.counters.rejectedTokens += 1;
    throw sessionRejected();
  }
  if (headers.sessionToken) {
    const found = state.sessions.lookup(headers.sessionToken);
    if (found.ok) {
      const user = state.users.find((candidate) => candidate.userName === found.session.userName);
      if (user) return { session: found.session, user, opened: false };
    } else {
      state.counters.rejectedTokens += 1;
      if (found.expired) state.counters.expiredSessions += 1;
    }
    if (!headers.userName) throw sessionRejected();
  }
  const user = state.users.find(
    (candidate) => candidate.userName.toUpperCase() === (headers.userName ?? '').toUpperCase(),
  );
  if (!headers.userName || !user || user.password !== (headers.password ?? '')) {
    state.counters.failedLogins += 1;
    throw badCredentials();
  }
  const limit = state.settings.maxSessionsPerUser;
  if (state.sessions.count(user.userName) >= limit) {
    state.counters.refusedSessions += 1;
    throw sessionLimitReached(user.userName, limit);
  }
  state.counters.logins += 1;
  return { session: state.sessions.open(user.userName), user, opened: true };
}
