import { assertNever } from '../../shared';

/**
 * How long after the last local edit the changes are sent. A rep edits in bursts (several fields,
 * a contact and then its account): one synchronization after the burst instead of one per save,
 * and still soon enough that closing the pane, or losing this Outlook's storage, costs little.
 */
export const SEND_SOON_QUIET_MS = 20_000;

/**
 * How often the number of unsent changes is read. The store has no change event that reaches the
 * task pane from every view (and from the sync worker), and counting the outbox is one indexed count.
 */
export const PENDING_POLL_MS = 5_000;

/** What the send-soon scheduler knows. */
export interface SendSoonState {
  /** The last count of unsent changes; `null` before the first read. */
  readonly count: number | null;
  /** The quiet period runs: more edits restart it. */
  readonly waiting: boolean;
  /** The quiet period ended offline or during a synchronization: send as soon as that is over. */
  readonly due: boolean;
}

/** What happens to the scheduler; `online` and `running` are read by the runner when it happens. */
export type SendSoonEvent =
  | { readonly type: 'counted'; readonly count: number }
  | { readonly type: 'quietEnded'; readonly online: boolean; readonly running: boolean }
  | { readonly type: 'resumed'; readonly online: boolean; readonly running: boolean };

/** What the runner must do: (re)start the quiet timer, or start a normal synchronization. */
export type SendSoonEffect = { readonly type: 'startQuietTimer'; readonly ms: number } | { readonly type: 'send' };

/** The state before the first count. */
export const SEND_SOON_INITIAL: SendSoonState = { count: null, waiting: false, due: false };

function sendUnlessBusy(state: SendSoonState, online: boolean, running: boolean): [SendSoonState, SendSoonEffect[]] {
  if (!online || running) return [{ ...state, due: true }, []];
  return [{ ...state, due: false }, [{ type: 'send' }]];
}

/**
 * The next state and the effects to run. Only growth of the count starts the quiet period: the
 * first count is the baseline (what was unsent before stays for the scheduled synchronization), and
 * a count that drops (sent, discarded) starts nothing. Pure: no timer, no clock, no I/O.
 *
 * @example
 * sendSoonTransition({ count: 0, waiting: false, due: false }, { type: 'counted', count: 1 });
 * // → [{ count: 1, waiting: true, due: false }, [{ type: 'startQuietTimer', ms: 20_000 }]]
 */
export function sendSoonTransition(state: SendSoonState, event: SendSoonEvent): [SendSoonState, SendSoonEffect[]] {
  switch (event.type) {
    case 'counted':
      if (state.count !== null && event.count > state.count) {
        return [{ ...state, count: event.count, waiting: true }, [{ type: 'startQuietTimer', ms: SEND_SOON_QUIET_MS }]];
      }
      return [{ ...state, count: event.count }, []];
    case 'quietEnded':
      return sendUnlessBusy({ ...state, waiting: false }, event.online, event.running);
    case 'resumed':
      return state.due ? sendUnlessBusy(state, event.online, event.running) : [state, []];
    default:
      return assertNever(event);
  }
}
