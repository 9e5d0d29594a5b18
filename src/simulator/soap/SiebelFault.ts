/** One entry of a Siebel error stack (outermost first). */
export interface SiebelErrorEntry {
  readonly code: string;
  readonly symbol: string;
  /** Message without the trailing `(CODE)`; the writer appends it unless `bare`. */
  readonly message: string;
  /** The message is written as it is, without `(CODE)` (texts that carry their code in front, like 10944642's). */
  readonly bare?: boolean;
}

/** The text Siebel writes for an error entry: the message, then the code in parentheses unless `bare`. */
export function errorText(entry: SiebelErrorEntry): string {
  return entry.bare ? entry.message : `${entry.message}(${entry.code})`;
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
    super(errorText(errors[0]));
  }
}
