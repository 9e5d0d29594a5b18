import { describe, expect, it } from 'vitest';
import type { SimulatorTraffic } from '../../../src/simulator';
import { judgeFieldGoals } from '../../bench/report/goals';
import { serverLoad } from '../../bench/report/serverLoad';

const traffic = (requests: number, peakSessions: number, logins = peakSessions): SimulatorTraffic => ({
  requests,
  requestBytes: 2 * 2 ** 20,
  responseBytes: 30 * 2 ** 20,
  logins,
  logoffs: logins,
  peakSessions,
  peakSessionsByUser: { JSMITH: peakSessions },
  peakRequestsInFlight: peakSessions,
  requestsInFlight: 0,
  operations: {},
  errorResponses: 0,
  sinceMs: 0,
});

describe("the bench's server-load rows and field goals", () => {
  const initial = serverLoad({
    profile: 'field',
    scenario: 'initial',
    size: 100_000,
    records: 80_000,
    ms: 60_000,
    traffic: traffic(1_000, 4),
    meanLatencyMs: 175,
    writeBoundMs: 25_000,
    clientTraffic: null,
  });

  it('computes the latency bound from the server counts and divides the sync by the larger bound', () => {
    // 1,000 requests × 175 ms ÷ 4 sessions = 43.75 s, above the 25 s write bound.
    expect(initial).toMatchObject({
      latencyBoundS: 43.75,
      writeBoundS: 25,
      ratioToBound: 1.37,
      requestsPer1kRecords: 12.5,
      sessionsPer1kRecords: 0.05,
      sentMb: 2,
      receivedMb: 30,
    });
  });

  it('judges the field goals: bound and session limit for the initial sync, time and requests for the incremental one', () => {
    const incremental = serverLoad({
      profile: 'field',
      scenario: 'incremental',
      size: 100_000,
      records: 900,
      ms: 2_400,
      traffic: traffic(40, 1),
      meanLatencyMs: 175,
      writeBoundMs: null,
      clientTraffic: null,
      initial: { ms: 60_000, requests: 1_000 },
    });
    expect(incremental).toMatchObject({ timeVsInitial: 0.04, requestsVsInitial: 0.04, ratioToBound: 0.34 });
    expect(judgeFieldGoals({ initial, incremental, sessionLimit: 4 }).map((g) => g.met)).toEqual([true, true, true]);
    expect(judgeFieldGoals({ initial, incremental, sessionLimit: 2 })[0].met).toBe(false);
    const costly = serverLoad({
      profile: 'field',
      scenario: 'incremental',
      size: 100_000,
      records: 900,
      ms: 2_400,
      traffic: traffic(400, 1),
      meanLatencyMs: 175,
      writeBoundMs: null,
      clientTraffic: null,
      initial: { ms: 60_000, requests: 1_000 },
    });
    expect(judgeFieldGoals({ initial, incremental: costly, sessionLimit: 4 })[1].met).toBe(false);
  });
});
