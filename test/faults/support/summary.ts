import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

/** One measured case for docs/reliability.md. */
export interface CaseResult {
  readonly name: string;
  readonly phase: string;
  readonly outcome: string;
  readonly code?: string;
  /** Records the server had for the user that were missing locally after the final (resumed) sync. */
  readonly dataLost: number;
  readonly sessionsLeaked: number;
  readonly passed: boolean;
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/**
 * Collects the results of one test file and writes them to `test-results/faults/<file>.json` once
 * the file is done, so the figures in docs/reliability.md come from a real run.
 */
export function recordResults(file: string): (result: CaseResult) => void {
  const results: CaseResult[] = [];
  afterAll(() => {
    const dir = join(root, 'test-results', 'faults');
    mkdirSync(dir, { recursive: true });
    const summary = {
      file,
      cases: results.length,
      passed: results.filter((r) => r.passed).length,
      dataLost: results.reduce((sum, r) => sum + r.dataLost, 0),
      sessionsLeaked: results.reduce((sum, r) => sum + r.sessionsLeaked, 0),
      results,
    };
    writeFileSync(join(dir, `${file}.json`), `${JSON.stringify(summary, null, 2)}\n`);
  });
  return (result) => results.push(result);
}
