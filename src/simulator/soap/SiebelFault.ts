/** One entry of a Siebel error stack (outermost first). */
export interface SiebelErrorEntry {
  readonly code: string;
  readonly symbol: string;
  /** Message without the trailing `(CODE)`; the writer appends it. */
  readonly message: string;
}

/**
 * A SOAP fault the simulated server answers with (HTTP 500, see shared/spec/faults.md).
 * Operations throw it; the core renders it. `faultCode` is `Client` only for unreadable requests.
 */
export class SiebelFault extends Error {
  override name = 'SiebelFault';
  constructor(
    readonly errors: readonly [SiebelErrorEntry, ...SiebelErrorEntry[]],
    readonly faultCode: 'Server' | 'Client' = 'Server',
  ) {
    super(`${errors[0].message}(${errors[0].code})`);
  }
}
