import { SimulatorOptionError } from '../SimulatorOptionError';

/** The bound if it is a positive integer or `Infinity` (unbounded); else `SimulatorOptionError` naming `option`. */
export function checkMaxSessionsPerUser(value: number, option = 'maxSessionsPerUser'): number {
  if (value !== Infinity && (!Number.isInteger(value) || value < 1)) {
    throw new SimulatorOptionError(
      option,
      `${option} must be a positive integer (or Infinity for no bound), not ${String(value)}`,
    );
  }
  return value;
}
