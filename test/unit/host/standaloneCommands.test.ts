import { describe, expect, it, vi } from 'vitest';
import { COMMAND_COMPLETED_EVENT, createStandaloneHost, RUN_COMMAND_EVENT } from '../../../src/host';

function memoryStorage(): Storage {
  const values = new Map<string, string>();
  return {
    getItem: (k) => values.get(k) ?? null,
    setItem: (k, v) => void values.set(k, v),
    removeItem: (k) => void values.delete(k),
    clear: () => values.clear(),
    key: () => null,
    get length() {
      return values.size;
    },
  };
}

describe('standalone commands', () => {
  it('runs a registered command when the page receives the run-command event and reports completion', async () => {
    const target = new EventTarget();
    const host = createStandaloneHost({ search: '', storage: memoryStorage(), target });
    const handler = vi.fn((event: { completed(): void }) => event.completed());
    host.registerCommand('syncNowTest', handler);
    const completed = new Promise((resolve) =>
      target.addEventListener(COMMAND_COMPLETED_EVENT, (e) => resolve((e as CustomEvent).detail)),
    );
    target.dispatchEvent(new CustomEvent(RUN_COMMAND_EVENT, { detail: 'syncNowTest' }));
    await expect(completed).resolves.toBe('syncNowTest');
    expect(handler).toHaveBeenCalledTimes(1);
  });
});
