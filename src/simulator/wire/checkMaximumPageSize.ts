import { SimulatorOptionError } from '../SimulatorOptionError';

/** The `MaximumPageSize` value if it is a positive integer; else `SimulatorOptionError` naming `option`. */
export function checkMaximumPageSize(value: number, option = 'maximumPageSize'): number {
  if (!Number.isInteger(value) || value < 1) {
    throw new SimulatorOptionError(option, `MaximumPageSize must be a positive integer, not ${String(value)}`);
  }
  return value;
}
