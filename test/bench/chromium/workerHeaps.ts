import type { CDPSession } from 'playwright-core';

/** The JS heaps of a page's dedicated workers (the sync worker), read over DevTools. */
export interface WorkerHeaps {
  /** Bytes in use (live data plus garbage not yet collected) and allocated, summed over the page's workers. */
  usage(): Promise<{ usedBytes: number; totalBytes: number }>;
  /** A full GC in every worker, so a measure starts from what the workers hold. */
  collectGarbage(): Promise<void>;
}

interface HeapUsage {
  readonly usedSize: number;
  readonly totalSize: number;
}

const NO_HEAP: HeapUsage = { usedSize: 0, totalSize: 0 };

interface Pending {
  readonly sessionId: string;
  resolve(value: HeapUsage): void;
  reject(error: Error): void;
}

/**
 * Attaches to the page's workers and reads their heaps with `Runtime.getHeapUsage`. A worker's heap
 * is not part of the page's `JSHeapUsedSize`, and `performance.memory` does not exist in workers,
 * so the engine's heap in the task pane's configuration is only visible this way. Playwright's
 * `CDPSession` cannot address a child session directly, so this uses the non-flattened mode: each
 * command travels inside `Target.sendMessageToTarget` and its answer comes back as an event.
 */
export async function watchWorkerHeaps(cdp: CDPSession): Promise<WorkerHeaps> {
  const workers = new Set<string>();
  const pending = new Map<number, Pending>();
  let nextId = 1;
  cdp.on('Target.attachedToTarget', (event) => {
    if (event.targetInfo.type === 'worker') workers.add(event.sessionId);
  });
  cdp.on('Target.detachedFromTarget', (event) => {
    if (!event.sessionId) return;
    workers.delete(event.sessionId);
    // A worker that ended will not answer: its reads count as 0.
    for (const [id, waiting] of pending) {
      if (waiting.sessionId !== event.sessionId) continue;
      pending.delete(id);
      waiting.resolve(NO_HEAP);
    }
  });
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as {
      id?: number;
      result?: Partial<HeapUsage>;
      error?: { message: string };
    };
    const waiting = message.id === undefined ? undefined : pending.get(message.id);
    if (!waiting || message.id === undefined) return;
    pending.delete(message.id);
    if (message.result)
      waiting.resolve({ usedSize: message.result.usedSize ?? 0, totalSize: message.result.totalSize ?? 0 });
    else waiting.reject(new Error(message.error?.message ?? `no answer to command ${message.id}`));
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  const command = (sessionId: string, method: string) =>
    new Promise<HeapUsage>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { sessionId, resolve, reject });
      cdp
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) })
        .catch((error: Error) => {
          pending.delete(id);
          reject(error);
        });
    });
  return {
    async usage() {
      const heaps = await Promise.all(
        [...workers].map((sessionId) => command(sessionId, 'Runtime.getHeapUsage').catch(() => NO_HEAP)),
      );
      return {
        usedBytes: heaps.reduce((sum, h) => sum + h.usedSize, 0),
        totalBytes: heaps.reduce((sum, h) => sum + h.totalSize, 0),
      };
    },
    async collectGarbage() {
      await Promise.all(
        [...workers].map((sessionId) => command(sessionId, 'HeapProfiler.collectGarbage').catch(() => NO_HEAP)),
      );
    },
  };
}
