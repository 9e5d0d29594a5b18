import { act } from '@testing-library/react';
import type { AutoSyncTimers, NetworkStatus } from '../../../../src/taskpane/hooks/useAutoSync';

/** Timers driven by `advance(ms)`; nothing waits for real time. */
export function manualTimers() {
  let now = 0;
  let nextId = 1;
  const pending = new Map<number, { at: number; callback: () => void }>();
  const timers: AutoSyncTimers = {
    setTimeout: (callback, ms) => {
      const id = nextId++;
      pending.set(id, { at: now + ms, callback });
      return id;
    },
    clearTimeout: (handle) => void pending.delete(handle as number),
  };
  const advance = async (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = [...pending.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      pending.delete(due[0]);
      now = due[1].at;
      await act(async () => due[1].callback());
    }
    now = end;
  };
  return { timers, advance, pending };
}

export function manualNetwork(online = true) {
  const listeners = new Set<(online: boolean) => void>();
  const network: NetworkStatus = {
    isOnline: () => online,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const set = async (value: boolean) => {
    online = value;
    await act(async () => listeners.forEach((listener) => listener(value)));
  };
  return { network, set };
}
