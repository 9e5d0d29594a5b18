/**
 * Thrown by `simulator.handle` when the simulated connection is dropped. Adapters turn it into a
 * network error: msw `HttpResponse.error()` (or a body stream that fails half-way), the Node server
 * `socket.destroy()` after writing `partialBody` when there is one.
 */
export class SimulatedDrop extends Error {
  override name = 'SimulatedDrop';
  constructor(
    /** The first half of the answer for a drop in the middle of a page; undefined = nothing was sent. */
    readonly partial?: {
      readonly status: number;
      readonly headers: Readonly<Record<string, string>>;
      readonly body: string;
    },
  ) {
    super(partial ? 'Simulated connection drop in the middle of the response' : 'Simulated connection drop');
  }
}

/** Cross-realm check for `SimulatedDrop` (msw and the Node server may load the module twice). */
export function isSimulatedDrop(error: unknown): error is SimulatedDrop {
  return error instanceof SimulatedDrop || (error instanceof Error && error.name === 'SimulatedDrop');
}
