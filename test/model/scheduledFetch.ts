import type * as fc from 'fast-check';

/**
 * The network of one add-in process under `fc.scheduler`: every request reaches the simulator at
 * once (the server acts on it), and its answer reaches the engine only when the scheduler
 * releases it, so the scheduler decides in which order the answers of parallel sessions and the
 * user's edits happen. After `die()` (the process crashed) nothing more is sent, and answers
 * still on their way are never read.
 */
export interface ScheduledNetwork {
  readonly fetch: typeof fetch;
  die(): void;
}

/** `on.request`: each request as it is sent (numbered from 1); `on.answer`: each answer as it is released. */
export function scheduledNetwork(
  scheduler: fc.Scheduler,
  on: { request(call: number, operation: string): void; answer(label: string): void },
): ScheduledNetwork {
  let calls = 0;
  let dead = false;
  const gone = () => new TypeError('fetch failed: the add-in process is gone');
  const scheduledFetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    if (dead) return Promise.reject(gone());
    calls += 1;
    const operation = operationOf(init);
    // Read whole before it is held: a held answer must not depend on how long the scheduler holds
    // it (the client's timeout runs in real time); a connection dropped mid-body still fails here.
    const answer = globalThis.fetch(input, init).then(buffered);
    // An answer nobody reads any more (the run gave the call up, or died) must not fail the process.
    answer.catch(() => undefined);
    const label = `#${calls} ${operation}`;
    const held = scheduler.schedule(answer, label).then(
      (response) => {
        on.answer(label);
        if (dead) throw gone();
        return response;
      },
      (error: unknown) => {
        on.answer(`${label} (failed)`);
        throw dead ? gone() : error;
      },
    );
    on.request(calls, operation);
    return held;
  };
  return { fetch: scheduledFetch as typeof fetch, die: () => void (dead = true) };
}

async function buffered(response: Response): Promise<Response> {
  const body = await response.arrayBuffer();
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

/** The SOAP operation from the SOAPAction header (`"document/…:QueryPage"` → `QueryPage`), for the interleaving's log. */
function operationOf(init: RequestInit | undefined): string {
  const headers = new Headers(init?.headers);
  return (headers.get('SOAPAction') ?? '?').replace(/"/g, '').split(/[:/]/).pop() ?? '?';
}
