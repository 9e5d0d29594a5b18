import type { FaultRule, SimulatorOptions } from '../../src/simulator';

/** What a case must end with. */
export type Expected =
  | { readonly outcome: 'succeeded'; readonly sessionsOpened?: number }
  | { readonly outcome: 'failed'; readonly code: string; readonly message: RegExp };

/** One row of the fault table: a fault (or several) injected into one kind of sync. */
export interface FaultCase {
  readonly name: string;
  readonly phase: 'initial' | 'incremental';
  readonly faults: readonly FaultRule[];
  readonly expected: Expected;
  /** Per-request timeout of the client (real milliseconds); default 60 s. */
  readonly timeoutMs?: number;
  /** The simulator sleeps in real time (latency) instead of on the shared clock. */
  readonly realLatency?: boolean;
  readonly password?: string;
  readonly simulator?: SimulatorOptions;
}

const forever = Number.POSITIVE_INFINITY;
const ok: Expected = { outcome: 'succeeded' };
const failed = (code: string, message: RegExp): Expected => ({ outcome: 'failed', code, message });

/** Every SOAP fault class of shared/spec/faults.md §2 that a business call can raise. */
export const SOAP_FAULT_CLASSES = [
  { code: 'SBL-EAI-04316', label: 'argument error (EAI wrapper)' },
  { code: 'SBL-EAI-04127', label: 'unknown integration component element (EAI)' },
  { code: 'SBL-EAI-04376', label: 'business component method error (EAI)' },
  { code: 'SBL-EAI-04421', label: 'operation not allowed on the business component (EAI)' },
  { code: 'SBL-DAT-00225', label: 'value not in bounded picklist (DAT)' },
  { code: 'SBL-BPR-00162', label: 'workflow step error (BPR)' },
] as const;

/*
 * Persistent faults on an initial sync hit the third Contact page, so Accounts and two Contact
 * pages are already in the staging database and the resume has something to continue. Persistent
 * faults on an incremental sync hit every QueryPage, so the first data call fails before anything is
 * written. One-off faults hit a call in the middle of the run.
 */
const midInitial = { operation: 'ContactQueryPage', onCall: 3 } as const;
const midIncremental = { operation: 'ContactQueryPage', onCall: 1 } as const;
const firstData = { operation: 'QueryPage' } as const;

function both(name: string, rule: FaultRule, expected: Expected, extra: Partial<FaultCase> = {}): FaultCase[] {
  const incremental = expected.outcome === 'succeeded' ? midIncremental : firstData;
  return [
    { name, phase: 'initial', faults: [{ ...midInitial, ...rule }], expected, ...extra },
    { name, phase: 'incremental', faults: [{ ...incremental, ...rule }], expected, ...extra },
  ];
}

const network = /connection|network/i;
const http = (status: number) => new RegExp(`HTTP ${status}`);

/** The fault table: each row runs as its own test (see faultSuite.test.ts). */
export const FAULT_CASES: readonly FaultCase[] = [
  // Connection and HTTP
  ...both('connection dropped in the middle of a page, once', { kind: 'drop', partial: true, times: 1 }, ok),
  ...both(
    'connection dropped in the middle of a page, every time',
    { kind: 'drop', partial: true, times: forever },
    failed('Network', network),
  ),
  ...both('connection refused before any answer, once', { kind: 'drop', times: 1 }, ok),
  ...([500, 502, 503] as const).flatMap((status) => [
    ...both(`HTTP ${status} once`, { kind: 'http', status, times: 1 }, ok),
    ...both(
      `HTTP ${status} persistently`,
      { kind: 'http', status, times: forever },
      failed('HttpStatus', http(status)),
    ),
  ]),
  ...both('a request that never answers, once', { kind: 'hang', times: 1 }, ok, { timeoutMs: 150 }),
  ...both(
    'a request that never answers, every time',
    { kind: 'hang', times: forever },
    failed('Timeout', /did not answer|time/i),
    { timeoutMs: 150 },
  ),
  {
    name: 'latency of 3 s on every call (simulated clock)',
    phase: 'initial',
    faults: [{ kind: 'latency', ms: 3000, times: forever }],
    expected: ok,
  },
  {
    name: 'latency of 3 s on every call (simulated clock)',
    phase: 'incremental',
    faults: [{ kind: 'latency', ms: 3000, times: forever }],
    expected: ok,
  },
  {
    name: 'real latency of 40 ms on every call',
    phase: 'initial',
    faults: [{ kind: 'latency', ms: 40, times: forever }],
    expected: ok,
    realLatency: true,
    timeoutMs: 2000,
  },
  {
    name: 'real latency longer than the client timeout',
    phase: 'initial',
    faults: [{ kind: 'latency', ms: 400, ...midInitial, times: forever }],
    expected: failed('Timeout', /did not answer|time/i),
    realLatency: true,
    timeoutMs: 100,
  },

  // SOAP faults: a business fault is the server's answer to that request (field evidence §4): a typed
  // stop, once or persistently, and the next sync completes; only a rejected token earns a fresh login.
  ...SOAP_FAULT_CLASSES.flatMap(({ code, label }) => [
    ...both(
      `SOAP fault ${code} ${label}, once`,
      { kind: 'soapFault', code, times: 1 },
      failed('SiebelFault', new RegExp(code)),
    ),
    ...both(
      `SOAP fault ${code} ${label}, persistently`,
      { kind: 'soapFault', code, times: forever },
      failed('SiebelFault', new RegExp(code)),
    ),
  ]),
  {
    name: 'SOAP fault on the login call (DownloadMetadataFiles)',
    phase: 'initial',
    faults: [{ kind: 'soapFault', code: 'SBL-EAI-04376', operation: 'DownloadMetadataFiles' }],
    expected: failed('SiebelFault', /SBL-EAI-04376/),
  },
  {
    name: 'bad credentials',
    phase: 'initial',
    faults: [],
    password: 'not-the-password',
    expected: failed('BadCredentials', /password|user/i),
  },
  {
    name: 'bad credentials',
    phase: 'incremental',
    faults: [],
    password: 'not-the-password',
    expected: failed('BadCredentials', /password|user/i),
  },
  ...both(
    'session token rejected in the middle of a sync',
    { kind: 'expireSession', times: 1 },
    { outcome: 'succeeded', sessionsOpened: 2 },
  ),
  ...both(
    'server restarted (all sessions lost) in the middle of a sync',
    { kind: 'restart', times: 1 },
    { outcome: 'succeeded', sessionsOpened: 2 },
  ),
  // A rejected token means the server closed that session: expire it, then answer with the rejection.
  ...both(
    'session token rejected on every call',
    { kind: 'expireSession', times: forever },
    failed('SessionRejected', /session|sign in|log in/i),
  ).map((row): FaultCase => ({
    ...row,
    faults: [
      ...row.faults,
      {
        ...row.faults[0],
        kind: 'soapFault',
        code: 'SBL-EAI-04601',
        message: 'The session token is invalid or has expired.',
      },
    ],
  })),

  // Bodies that are not the expected SOAP answer
  ...both('malformed XML body', { kind: 'malformed', times: forever }, failed('NotSoap', /not .*XML|not a SOAP/i)),
  ...both('truncated body', { kind: 'truncated', times: forever }, failed('NotSoap', /not a SOAP|XML/i)),
  ...both('empty body', { kind: 'empty', times: forever }, failed('NotSoap', /empty/i)),
  ...both('HTML login page instead of SOAP', { kind: 'html', times: forever }, failed('NotSoap', /HTML page/i)),
  ...both('wrong content type', { kind: 'wrongContentType', times: forever }, failed('NotSoap', /content type/i)),
  ...both(
    'valid envelope of the wrong shape',
    { kind: 'wrongShape', times: forever },
    failed('UnexpectedSoapShape', /was expected/i),
  ),
];
