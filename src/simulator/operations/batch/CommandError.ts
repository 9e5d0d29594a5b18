/**
 * The failure of one command of a batch: becomes that command's `Status` Error with `ErrorCode` and
 * `ErrorMessage`, while the other commands run on (unlike a `SiebelFault`, which ends the call).
 */
export class CommandError extends Error {
  override name = 'CommandError';
  constructor(
    readonly code: string,
    /** Siebel's text without the trailing `(CODE)`; the answer appends it. */
    readonly siebelMessage: string,
  ) {
    super(`${siebelMessage}(${code})`);
  }
}
