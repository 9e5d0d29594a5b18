import type {
  CommandRejection,
  FaultRule,
  PackageChange,
  ServerClockChange,
  Simulator,
  SimulatorSettingsChange,
} from '../types';

/** Answer of an admin call: HTTP status and a JSON-able body. */
export interface AdminAnswer {
  readonly status: number;
  readonly body: unknown;
}

type Json = Record<string, unknown>;

/**
 * The JSON admin API under `/simulator/admin/` (browser tests and demos drive the simulator with it):
 * GET `state`; POST `publish` {key, change?} or {key, unpublish: true}; POST `faults` {rules} or {clear: true}
 * (`times: "Infinity"` for a persistent rule); POST `data` {op: create|update|delete|get, typeId, id?, fields?, owner?};
 * POST `data` {op: "rejectNext", rejection: {typeId?, operation?, field?, value?, code?, message?, times?}};
 * GET `traffic` (requests, bytes, logins, logoffs, peak sessions, calls per operation); POST `traffic` {reset: true};
 * GET `settings`; POST `settings` {wire?, maximumPageSize?, latency?: {fixedMs, jitterMs?} | null,
 * maxSessionsPerUser?: n | null}; POST `clock` {offsetMs?, timeZone?}; POST `restart`; POST `reset`.
 * `state` includes the write counters (inserts, updates, deletes, writes per type), refused sessions,
 * and the settings (wire profile, MaximumPageSize, latency, session bound, clock offset, time zone, server time).
 */
export function adminApi(simulator: Simulator, method: string, action: string, body: Json): AdminAnswer {
  try {
    if (method === 'GET' && action === 'state') return ok(state(simulator));
    if (method === 'GET' && action === 'settings') return ok(simulator.admin.settings());
    if (method === 'GET' && action === 'traffic') return ok(simulator.admin.traffic());
    if (method !== 'POST') return { status: 405, body: { error: `Use POST for /simulator/admin/${action}` } };
    switch (action) {
      case 'publish':
        return ok(
          body.unpublish === true
            ? simulator.admin.unpublishPackage(String(body.key))
            : simulator.admin.publishPackage(String(body.key), body.change as PackageChange | undefined),
        );
      case 'faults':
        if (body.clear === true) simulator.faults.clear();
        for (const rule of (body.rules as Json[] | undefined) ?? []) simulator.faults.add(toRule(rule));
        return ok({ faults: simulator.faults.list() });
      case 'data':
        return ok(dataChange(simulator, body));
      case 'settings':
        return ok(simulator.admin.configure(body as SimulatorSettingsChange));
      case 'traffic':
        // POST {reset: true}: the counts so far, then from zero (a benchmark's "before each sync").
        if (body.reset !== true)
          return { status: 400, body: { error: 'POST traffic expects {"reset": true}; GET traffic reads it' } };
        return ok(simulator.admin.resetTraffic());
      case 'clock':
        return ok(simulator.admin.setServerClock(body as ServerClockChange));
      case 'restart':
        simulator.admin.restart();
        return ok(state(simulator));
      case 'reset':
        simulator.admin.reset();
        return ok(state(simulator));
      default:
        return {
          status: 404,
          body: {
            error: `Unknown admin action "${action}" — use state, settings, traffic, clock, publish, faults, data, restart or reset`,
          },
        };
    }
  } catch (error) {
    return { status: 400, body: { error: error instanceof Error ? error.message : String(error) } };
  }
}

function state(simulator: Simulator) {
  return {
    openSessions: simulator.openSessionCount(),
    counters: simulator.counters(),
    packages: simulator.admin.packages(),
    faults: simulator.faults.list().length,
    settings: simulator.admin.settings(),
    traffic: simulator.admin.traffic(),
  };
}

function dataChange(simulator: Simulator, body: Json) {
  const typeId = String(body.typeId);
  const fields = (body.fields ?? {}) as Record<string, string>;
  switch (body.op) {
    case 'create':
      return simulator.data.create(typeId, fields, body.owner ? { owner: String(body.owner) } : undefined);
    case 'update':
      return simulator.data.update(typeId, String(body.id), fields);
    case 'delete':
      simulator.data.delete(typeId, String(body.id));
      return { deleted: body.id };
    case 'rejectNext':
      simulator.data.rejectNext((body.rejection ?? {}) as CommandRejection);
      return { rejecting: body.rejection ?? {} };
    case 'get':
      // Browser tests read what the server holds after a synchronization sent a change.
      return { record: simulator.data.get(typeId, String(body.id)) ?? null };
    default:
      throw new Error(`Unknown data op "${String(body.op)}" — use create, update, delete, get or rejectNext`);
  }
}

// JSON has no Infinity: accept "Infinity" or null for a persistent rule.
function toRule(rule: Json): FaultRule {
  const times = rule.times === 'Infinity' || rule.times === null ? Infinity : rule.times;
  return { ...rule, ...(times === undefined ? {} : { times }) } as FaultRule;
}

function ok(body: unknown): AdminAnswer {
  return { status: 200, body };
}
