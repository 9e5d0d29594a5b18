import type { QueryCache } from '../query/QueryCache';

/** One logged-in Siebel session. */
export interface Session {
  readonly id: number;
  readonly userName: string;
  readonly createdAt: number;
  lastUsedAt: number;
  readonly tokens: Set<string>;
  /** Cached QueryPage results, most recent last (data-sync.md §3). */
  readonly queries: QueryCache[];
}

/** Why a token was not accepted. */
export type TokenLookup =
  { readonly ok: true; readonly session: Session } | { readonly ok: false; readonly expired: boolean };

/**
 * Sessions and their tokens (shared/spec/session.md §3-4).
 *
 * Every response to a Stateless call carries a NEW token for the same session; the older tokens of
 * that session stay valid until it is logged off or times out. We chose this because a real client
 * may still have a request in flight with the previous token when the next response arrives, and
 * Siebel's token embeds the session, so any of them reconnects to it. Idle timeout counts from the
 * last use of any token of the session; the maximum age counts from the login.
 */
export class SessionStore {
  private readonly sessions = new Map<number, Session>();
  private readonly byToken = new Map<string, Session>();
  private nextId = 1;

  constructor(
    private readonly now: () => number,
    private readonly newToken: () => string,
    private readonly idleMs: number,
    private readonly maxAgeMs: number,
  ) {}

  /** Opens a session for a user who just logged in. */
  open(userName: string): Session {
    const at = this.now();
    const session: Session = {
      id: this.nextId++,
      userName,
      createdAt: at,
      lastUsedAt: at,
      tokens: new Set(),
      queries: [],
    };
    this.sessions.set(session.id, session);
    return session;
  }

  /** Finds the live session of a token and marks it used; an expired one is closed. */
  lookup(token: string): TokenLookup {
    const session = this.byToken.get(token);
    if (!session) return { ok: false, expired: false };
    const at = this.now();
    if (at - session.lastUsedAt > this.idleMs || at - session.createdAt > this.maxAgeMs) {
      this.close(session);
      return { ok: false, expired: true };
    }
    session.lastUsedAt = at;
    return { ok: true, session };
  }

  /** Issues a fresh token for the session (older ones keep working, see the class comment). */
  issueToken(session: Session): string {
    let token = this.newToken();
    while (this.byToken.has(token)) token = this.newToken();
    session.tokens.add(token);
    this.byToken.set(token, session);
    return token;
  }

  /** Logs a session off and invalidates all its tokens. */
  close(session: Session): void {
    for (const token of session.tokens) this.byToken.delete(token);
    this.sessions.delete(session.id);
  }

  /** The session a token belongs to, without touching it (used by the `expireSession` fault). */
  peek(token: string): Session | undefined {
    return this.byToken.get(token);
  }

  /** Drops every session (a server restart). */
  clear(): void {
    this.sessions.clear();
    this.byToken.clear();
  }

  /** Open sessions (of one user when `userName` is given), counting only those not yet expired. */
  count(userName?: string): number {
    const at = this.now();
    let open = 0;
    for (const session of this.sessions.values()) {
      if (userName !== undefined && session.userName !== userName) continue;
      if (at - session.lastUsedAt <= this.idleMs && at - session.createdAt <= this.maxAgeMs) open += 1;
    }
    return open;
  }
}
