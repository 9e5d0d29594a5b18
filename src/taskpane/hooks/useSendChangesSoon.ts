import { useEffect, useRef } from 'react';
import { useAppContext } from '../AppContext';
import { PENDING_POLL_MS, SEND_SOON_INITIAL, sendSoonTransition } from './sendSoon';
import type { SendSoonEffect, SendSoonEvent } from './sendSoon';
import { useActiveDatabaseHandle } from './useActiveDatabaseHandle';
import { browserNetwork } from './useAutoSync';
import type { AutoSyncTimers, NetworkStatus } from './useAutoSync';

/** Options of {@link useSendChangesSoon}. */
export interface SendSoonOptions {
  /** False in the wizard, while the password is unknown, and while automatic synchronization is off. */
  readonly enabled: boolean;
  /** Timer functions; tests pass a manual clock's (the same as automatic sync's). */
  readonly timers?: AutoSyncTimers;
  readonly network?: NetworkStatus;
}

const browserTimers: AutoSyncTimers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Sends local changes soon after they are made instead of at the next scheduled synchronization:
 * when the number of unsent changes grows, a normal synchronization starts once no edit came for
 * `SEND_SOON_QUIET_MS` — at once if online and no synchronization runs, else as soon as the network
 * returns or the running one ended. Unsent changes live only in this Outlook's browser storage, so
 * the shorter they wait there the less a cleared cache or a lost computer costs.
 *
 * @example
 * useSendChangesSoon({ enabled: !wizard && session.connection !== null && minutes > 0 });
 */
export function useSendChangesSoon({
  enabled,
  timers = browserTimers,
  network = browserNetwork,
}: SendSoonOptions): void {
  const { sync } = useAppContext();
  const { database } = useActiveDatabaseHandle();
  // Read when timers fire: a new database handle after each synchronization must not restart the quiet period.
  const latest = useRef({ database, sync });
  latest.current = { database, sync };
  const dispatchRef = useRef<((event: SendSoonEvent) => void) | null>(null);

  useEffect(() => {
    if (!enabled) return undefined;
    let state = SEND_SOON_INITIAL;
    let quiet: unknown = null;
    let poll: unknown = null;
    let stopped = false;
    const send = async () => {
      // Another run (the ribbon's, the scheduled one) may have sent everything during the quiet period.
      const db = latest.current.database;
      const unsent = db ? await db.countPendingChanges().catch(() => 1) : 0;
      if (!stopped && unsent > 0) await latest.current.sync.start().catch(() => undefined);
    };
    const perform = (effect: SendSoonEffect) => {
      if (effect.type === 'send') return void send();
      if (quiet !== null) timers.clearTimeout(quiet);
      quiet = timers.setTimeout(() => {
        quiet = null;
        dispatch({ type: 'quietEnded', online: network.isOnline(), running: latest.current.sync.running });
      }, effect.ms);
    };
    const dispatch = (event: SendSoonEvent) => {
      if (stopped) return;
      const [next, effects] = sendSoonTransition(state, event);
      state = next;
      effects.forEach(perform);
    };
    const count = () => {
      poll = null;
      const db = latest.current.database;
      // A failed count is a missed hint only: the scheduled synchronization still sends the changes.
      const counted = db
        ? db.countPendingChanges().then(
            (n) => dispatch({ type: 'counted', count: n }),
            () => undefined,
          )
        : Promise.resolve();
      void counted.finally(() => {
        if (!stopped) poll = timers.setTimeout(count, PENDING_POLL_MS);
      });
    };
    dispatchRef.current = dispatch;
    const unsubscribe = network.subscribe((online) => {
      if (online) dispatch({ type: 'resumed', online, running: latest.current.sync.running });
    });
    count();
    return () => {
      stopped = true;
      dispatchRef.current = null;
      unsubscribe();
      if (quiet !== null) timers.clearTimeout(quiet);
      if (poll !== null) timers.clearTimeout(poll);
    };
  }, [enabled, timers, network]);

  useEffect(() => {
    if (!sync.running) dispatchRef.current?.({ type: 'resumed', online: network.isOnline(), running: false });
  }, [sync.running, network]);
}
