import { checkTimeZone } from '../clock/wallTime';
import { SimulatorOptionError } from '../SimulatorOptionError';
import type { SimulatorOptions, SimulatorWire, SimulatorWireOptions } from '../types';
import { checkMaximumPageSize } from '../wire/checkMaximumPageSize';

/** Help lines of the flags read here (part of `CLI_HELP`). */
export const SERVER_FLAGS_HELP = `  --message-shape <s>    direct (default: ListOf… straight in the operation element) or siebelMessage
  --query-criteria <c>   searchspecAttribute (default) or searchSpecArgument (also accept SearchSpec, SortSpec, NewQuery, OutputIntObjectName)
  --operation-namespace <uri>  namespace of the operation elements (default http://siebel.com/asi/)
  --maximum-page-size <n>      the server's MaximumPageSize (default 100; a larger PageSize is refused)
  --clock-offset <ms>    server clock = real clock + ms (may be negative; default 0)
  --time-zone <zone>     IANA zone of the server's stamps and criteria dates (default UTC)`;

const SHAPES: ReadonlyArray<SimulatorWire['messageShape']> = ['direct', 'siebelMessage'];
const CRITERIA: ReadonlyArray<SimulatorWire['queryCriteria']> = ['searchspecAttribute', 'searchSpecArgument'];

/** The wire profile, page limit and server clock flags, as `createSimulator` options (only those given). */
export function readServerFlags(values: ReadonlyMap<string, string>): Partial<SimulatorOptions> {
  const wire: { -readonly [K in keyof SimulatorWireOptions]: SimulatorWireOptions[K] } = {};
  const shape = values.get('message-shape');
  if (shape !== undefined) wire.messageShape = oneOf('message-shape', shape, SHAPES);
  const criteria = values.get('query-criteria');
  if (criteria !== undefined) wire.queryCriteria = oneOf('query-criteria', criteria, CRITERIA);
  const namespace = values.get('operation-namespace');
  if (namespace !== undefined) wire.operationNamespace = namespace;
  const options: { -readonly [K in keyof SimulatorOptions]: SimulatorOptions[K] } = {};
  if (Object.keys(wire).length > 0) options.wire = wire;
  const limit = values.get('maximum-page-size');
  if (limit !== undefined)
    options.maximumPageSize = asFlag('--maximum-page-size', () => checkMaximumPageSize(Number(limit)));
  const offset = values.get('clock-offset');
  if (offset !== undefined) {
    const ms = Number(offset);
    if (offset.trim() === '' || !Number.isFinite(ms))
      throw new SimulatorOptionError(
        '--clock-offset',
        `--clock-offset needs a number of ms (e.g. -3600000), not "${offset}"`,
      );
    options.clockOffsetMs = ms;
  }
  const zone = values.get('time-zone');
  if (zone !== undefined) {
    asFlag('--time-zone', () => checkTimeZone(zone));
    options.timeZone = zone;
  }
  return options;
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value))
    throw new SimulatorOptionError(`--${flag}`, `--${flag} must be ${allowed.join(' or ')}, not "${value}"`);
  return value as T;
}

// The checks shared with createSimulator name its options; on the command line, name the flag.
function asFlag<T>(flag: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof SimulatorOptionError) throw new SimulatorOptionError(flag, `${flag}: ${error.message}`);
    throw error;
  }
}
