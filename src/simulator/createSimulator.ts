import { ServerClock } from './clock/ServerClock';
import { createAdmin } from './createAdmin';
import { DataSet } from './data/DataSet';
import { createDataAccess } from './createDataAccess';
import { DEMO_USERS } from './demoUsers';
import { FaultInjector } from './faults/FaultInjector';
import { handleSoapRequest } from './handleSoapRequest';
import { PackageCatalog } from './metadata/PackageCatalog';
import { packageHash } from './metadata/packageHash';
import { checkMaxSessionsPerUser } from './profile/checkMaxSessionsPerUser';
import { checkLatency } from './profile/SimulatorLatency';
import { zeroCounters, type ServerState } from './ServerState';
import { SessionStore } from './session/SessionStore';
import { TrafficMeter } from './traffic/TrafficMeter';
import { randomToken } from './session/randomToken';
import { isSimulatedDrop, SimulatedDrop } from './SimulatedDrop';
import type { Simulator, SimulatorOptions } from './types';
import { checkMaximumPageSize } from './wire/checkMaximumPageSize';
import { resolveWire } from './wire/resolveWire';
import { DEFAULT_SIMULATOR_WIRE } from './wire/wireProfiles';

const systemClock = { now: () => Date.now() };

/**
 * Creates a simulated Siebel Server: the demo users, the two customization packages, a
 * deterministic CRM data set and fault injection, answering SOAP through `handle(request)`.
 * It speaks what Siebel-generated services put on the wire unless `options.wire` says otherwise;
 * a bad option throws `SimulatorOptionError`.
 *
 * @example
 * const simulator = createSimulator({ data: { accounts: 20 }, maximumPageSize: 500 });
 * server.use(...simulatorHandlers(simulator)); // msw, see test/support/simulatorMsw.ts
 * const slow = createSimulator({ ...FIELD_PROFILE, clock: manualClock }); // 150–200 ms a call, 4 sessions a user
 */
export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const clock = options.clock ?? systemClock;
  const wire = resolveWire(DEFAULT_SIMULATOR_WIRE, options.wire);
  const maximumPageSize = checkMaximumPageSize(options.maximumPageSize ?? 100);
  const latency = options.latency === undefined ? undefined : checkLatency(options.latency);
  const maxSessionsPerUser = checkMaxSessionsPerUser(options.maxSessionsPerUser ?? Infinity);
  const random = options.random ?? Math.random;
  const serverClock = new ServerClock(clock, {
    offsetMs: options.clockOffsetMs ?? 0,
    timeZone: options.timeZone ?? 'UTC',
  });
  const state: ServerState = {
    clock,
    random,
    serverClock,
    settings: { wire, maximumPageSize, latency, maxSessionsPerUser },
    users: options.users ?? DEMO_USERS,
    sessions: new SessionStore(
      () => clock.now(),
      options.tokenGenerator ?? randomToken,
      (options.sessionTokenTimeoutSeconds ?? 900) * 1000,
      (options.sessionTokenMaxAgeMinutes ?? 2880) * 60_000,
    ),
    catalog: new PackageCatalog(options.packageHash ?? packageHash),
    // Generated stamps are server wall time before the server's start (see generateRecord).
    data: new DataSet(options.data ?? {}, serverClock.wallNow()),
    faults: new FaultInjector(random),
    counters: zeroCounters(),
    traffic: new TrafficMeter(() => clock.now()),
    maxRequestBytes: options.maxRequestBytes ?? 8 * 1024 * 1024,
    maxCachedQueries: options.maxCachedQueries ?? 4,
    defaultSort: options.defaultSort ?? {},
    rejections: [],
    hangs: new Set(),
  };
  const initialClock = { offsetMs: serverClock.offsetMs, timeZone: serverClock.timeZone };
  return {
    async handle(request) {
      state.traffic.requestStarted();
      let response: Response;
      try {
        response = await handleSoapRequest(state, request);
      } catch (error) {
        state.traffic.requestEnded();
        // A client that gave up during a latency or hang sees a dropped connection, whatever the cause.
        if (isSimulatedDrop(error) || request.signal.aborted)
          throw isSimulatedDrop(error) ? error : new SimulatedDrop();
        throw error;
      }
      return meteredResponse(state, response);
    },
    openSessionCount: () => state.sessions.count(),
    counters: () => {
      const { faultLogs: _, ...counters } = state.counters;
      const writes = Object.fromEntries(Object.entries(counters.writes).map(([type, counts]) => [type, { ...counts }]));
      return { ...counters, calls: { ...counters.calls }, writes };
    },
    users: state.users,
    admin: createAdmin(state, { settings: { ...state.settings }, clock: initialClock }),
    data: createDataAccess(state),
    faults: {
      add: (rule) => state.faults.add(rule),
      clear: () => state.faults.clear(),
      list: () => state.faults.list(),
    },
    close: () => {
      for (const release of [...state.hangs]) release();
    },
  };
}

/**
 * The answer re-built from its text, so the traffic meter counts the bytes the client receives.
 * Every answer is a string already (an envelope, a fault, an injected body), so this costs a copy,
 * not a change of behaviour.
 */
async function meteredResponse(state: ServerState, response: Response): Promise<Response> {
  let body: string;
  try {
    body = await response.text();
  } catch (error) {
    state.traffic.requestEnded();
    throw error;
  }
  state.traffic.requestEnded({ status: response.status, body });
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}
