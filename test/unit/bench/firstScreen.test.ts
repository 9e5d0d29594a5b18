import { describe, expect, it } from 'vitest';
import {
  isContentHashed,
  judgeFirstScreenGoals,
  scriptTotals,
  summarizeLoads,
  type FirstScreenLoad,
} from '../../bench/report/firstScreen';

const main = { path: '/taskpane.0123456789abcdef.js', bytes: 800 * 1024, gzipBytes: 200 * 1024 };
const worker = { path: '/242.fedcba9876543210.js', bytes: 70 * 1024, gzipBytes: 20 * 1024 };
const load = (interactiveMs: number, scripts = [main]): FirstScreenLoad => ({
  screen: 'wizard',
  interactiveMs,
  domContentLoadedMs: interactiveMs / 2,
  scripts,
});

describe('first-screen figures', () => {
  it('counts each script once, however often the page listed it', () => {
    expect(scriptTotals([main, worker, main])).toEqual({
      count: 2,
      bytes: main.bytes + worker.bytes,
      gzipBytes: main.gzipBytes + worker.gzipBytes,
    });
  });

  it('summarizes loads by their medians, in KiB', () => {
    const summary = summarizeLoads('warm', [load(300), load(900), load(400, [main, worker])]);
    expect(summary).toMatchObject({
      load: 'warm',
      screen: 'wizard',
      runs: 3,
      interactiveMs: 400,
      minMs: 300,
      maxMs: 900,
      domContentLoadedMs: 200,
      scripts: 1,
      scriptKiB: 800,
      scriptGzipKiB: 200,
    });
    expect(summary.scriptFiles).toEqual([main.path]);
  });

  it('refuses to summarize no loads', () => {
    expect(() => summarizeLoads('cold', [])).toThrow(/no cold loads/);
  });

  it('judges the goals on the warm wizard load', () => {
    const rows = [summarizeLoads('cold', [load(900)]), summarizeLoads('warm', [load(450)])];
    const goals = judgeFirstScreenGoals(rows);
    expect(goals.map((g) => [g.target, g.met])).toEqual([
      ['≤ 500 ms', true],
      ['≤ 150 KiB', false],
    ]);
  });

  it('judges only the script size when no warm load was measured', () => {
    const goals = judgeFirstScreenGoals([summarizeLoads('cold', [load(900, [worker])])]);
    expect(goals.map((g) => [g.target, g.met])).toEqual([['≤ 150 KiB', true]]);
  });

  it('tells content-hashed file names from plain ones', () => {
    expect(isContentHashed('/taskpane.0123456789abcdef.js')).toBe(true);
    expect(isContentHashed('/tab-records.70d5beac.js')).toBe(true);
    expect(isContentHashed('/taskpane.js')).toBe(false);
    expect(isContentHashed('/taskpane.html')).toBe(false);
    expect(isContentHashed('/messages-de.js')).toBe(false);
  });
});
