// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DataDatabase, Store } from '../../../../src/store';
import { AppContext } from '../../../../src/taskpane/AppContext';
import type { AppContextValue, SyncController } from '../../../../src/taskpane/AppContext';
import type { AppServices } from '../../../../src/taskpane/AppServices';
import {
  PENDING_POLL_MS,
  SEND_SOON_INITIAL,
  SEND_SOON_QUIET_MS,
  sendSoonTransition,
} from '../../../../src/taskpane/hooks/sendSoon';
import type { SendSoonState } from '../../../../src/taskpane/hooks/sendSoon';
import { manualNetwork, manualTimers } from '../support/manualTimers';
import { useSendChangesSoon } from '../../../../src/taskpane/hooks/useSendChangesSoon';
import { fakeHost } from '../fakeHost';

afterEach(cleanup);

const idle = (count: number | null): SendSoonState => ({ count, waiting: false, due: false });

describe('sendSoonTransition', () => {
  it('takes the first count as the baseline and starts nothing, even with changes left from before', () => {
    expect(sendSoonTransition(SEND_SOON_INITIAL, { type: 'counted', count: 3 })).toEqual([idle(3), []]);
  });

  it('starts the quiet period when the count grows, and restarts it on every further growth', () => {
    const [waiting, effects] = sendSoonTransition(idle(0), { type: 'counted', count: 1 });
    expect(waiting).toEqual({ count: 1, waiting: true, due: false });
    expect(effects).toEqual([{ type: 'startQuietTimer', ms: SEND_SOON_QUIET_MS }]);
    expect(sendSoonTransition(waiting, { type: 'counted', count: 2 })[1]).toEqual([
      { type: 'startQuietTimer', ms: SEND_SOON_QUIET_MS },
    ]);
  });

  it('starts nothing when the count stays or drops (changes sent or discarded)', () => {
    expect(sendSoonTransition(idle(2), { type: 'counted', count: 2 })).toEqual([idle(2), []]);
    expect(sendSoonTransition(idle(2), { type: 'counted', count: 0 })).toEqual([idle(0), []]);
  });

  it('sends when the quiet period ends online with no synchronization running', () => {
    expect(
      sendSoonTransition({ count: 1, waiting: true, due: false }, { type: 'quietEnded', online: true, running: false }),
    ).toEqual([idle(1), [{ type: 'send' }]]);
  });

  it('waits for the network when the quiet period ends offline, then sends once it returns', () => {
    const [due, none] = sendSoonTransition(
      { count: 1, waiting: true, due: false },
      { type: 'quietEnded', online: false, running: false },
    );
    expect(due).toEqual({ count: 1, waiting: false, due: true });
    expect(none).toEqual([]);
    expect(sendSoonTransition(due, { type: 'resumed', online: true, running: false })).toEqual([
      idle(1),
      [{ type: 'send' }],
    ]);
  });

  it('waits for a running synchronization to end instead of starting a second one', () => {
    const [due] = sendSoonTransition(
      { count: 1, waiting: true, due: false },
      { type: 'quietEnded', online: true, running: true },
    );
    expect(sendSoonTransition(due, { type: 'resumed', online: true, running: true })).toEqual([due, []]);
    expect(sendSoonTransition(due, { type: 'resumed', online: true, running: false })[1]).toEqual([{ type: 'send' }]);
  });

  it('does nothing when the network returns or a run ends and nothing is due', () => {
    expect(sendSoonTransition(idle(1), { type: 'resumed', online: true, running: false })).toEqual([idle(1), []]);
  });
});

/** The hook inside an AppContext whose store counts `pending` unsent changes and whose sync is a spy. */
function setup(options: { enabled?: boolean; online?: boolean } = {}) {
  let pending = 0;
  const countPendingChanges = vi.fn(async () => pending);
  const db = { name: 'db', countPendingChanges } as unknown as DataDatabase;
  const store = { activeDatabase: async () => db } as unknown as Store;
  const services = { host: fakeHost().host, store } as unknown as AppServices;
  const start = vi.fn(async () => {
    pending = 0;
    return null;
  });
  let running = false;
  const value = (): AppContextValue => ({
    services,
    session: { options: null, password: null },
    setSession: () => undefined,
    sync: {
      running,
      progress: null,
      lastReport: null,
      startError: null,
      start,
      cancel: () => undefined,
    } as SyncController,
    dataVersion: 0,
  });
  const { timers, advance } = manualTimers();
  const net = manualNetwork(options.online ?? true);
  let current = value();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <AppContext.Provider value={current}>{children}</AppContext.Provider>
  );
  const hook = renderHook(
    () => useSendChangesSoon({ enabled: options.enabled ?? true, timers, network: net.network }),
    { wrapper },
  );
  const setRunning = async (next: boolean) => {
    running = next;
    current = value();
    await act(async () => hook.rerender());
  };
  // Lets the database load (a real promise) and polls until the first count, the baseline, was taken.
  const ready = async () => {
    for (let poll = 0; poll < 10 && countPendingChanges.mock.calls.length === 0; poll++) {
      await act(async () => new Promise((resolve) => setTimeout(resolve, 10)));
      await advance(PENDING_POLL_MS);
    }
    expect(countPendingChanges).toHaveBeenCalled();
  };
  return { start, advance, net, setRunning, ready, edit: (n = 1) => void (pending += n) };
}

describe('useSendChangesSoon', () => {
  it('starts a normal synchronization 20 seconds after the last edit, not at each edit', async () => {
    const t = setup();
    await t.ready();
    t.edit();
    await t.advance(PENDING_POLL_MS);
    t.edit();
    await t.advance(PENDING_POLL_MS);
    await t.advance(SEND_SOON_QUIET_MS - 1);
    expect(t.start).not.toHaveBeenCalled();
    await t.advance(1);
    await waitFor(() => expect(t.start).toHaveBeenCalledTimes(1));
    expect(t.start).toHaveBeenCalledWith();
    await t.advance(10 * SEND_SOON_QUIET_MS);
    expect(t.start).toHaveBeenCalledTimes(1);
  });

  it('waits offline and sends as soon as the network returns', async () => {
    const t = setup({ online: false });
    await t.ready();
    t.edit();
    await t.advance(PENDING_POLL_MS + SEND_SOON_QUIET_MS);
    expect(t.start).not.toHaveBeenCalled();
    await t.net.set(true);
    // The send first counts again (a promise), so the start follows a moment later.
    await waitFor(() => expect(t.start).toHaveBeenCalledTimes(1));
  });

  it('waits for a running synchronization to end, then sends what is still unsent', async () => {
    const t = setup();
    await t.ready();
    await t.setRunning(true);
    t.edit();
    await t.advance(PENDING_POLL_MS + SEND_SOON_QUIET_MS);
    expect(t.start).not.toHaveBeenCalled();
    await t.setRunning(false);
    await waitFor(() => expect(t.start).toHaveBeenCalledTimes(1));
  });

  it('does nothing while disabled (wizard, no password, automatic synchronization off)', async () => {
    const t = setup({ enabled: false });
    await act(async () => new Promise((resolve) => setTimeout(resolve, 10)));
    t.edit();
    await t.advance(PENDING_POLL_MS + 10 * SEND_SOON_QUIET_MS);
    expect(t.start).not.toHaveBeenCalled();
  });
});
