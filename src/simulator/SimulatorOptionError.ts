/**
 * An option of `createSimulator`, an admin call or a CLI flag with a value the simulator cannot use.
 * `option` names it as the caller wrote it (`timeZone`, `wire.messageShape`, `--maximum-page-size`).
 */
export class SimulatorOptionError extends Error {
  override name = 'SimulatorOptionError';
  constructor(
    readonly option: string,
    message: string,
  ) {
    super(message);
  }
}

/** `instanceof` for errors that may come from another copy of the module (cross-realm). */
export function isSimulatorOptionError(error: unknown): error is SimulatorOptionError {
  return error instanceof Error && error.name === 'SimulatorOptionError' && 'option' in error;
}
