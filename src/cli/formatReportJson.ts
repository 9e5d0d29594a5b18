import type { SyncReport } from '../sync';
import { reportTraffic } from './reportTraffic';

/**
 * The `--json` output: the report as the engine gave it plus the local totals per object. `traffic`
 * (requests, bytes, peak sessions) is written only when the engine reported a usable one, so a script
 * can tell "not counted" (absent) from "nothing sent" (zeros).
 */
export function formatReportJson(report: SyncReport, totals: Readonly<Record<string, number>>): string {
  const { traffic: _ignored, ...rest } = report as SyncReport & { traffic?: unknown };
  const traffic = reportTraffic(report);
  return JSON.stringify({ ...rest, ...(traffic ? { traffic } : {}), totals }, null, 2);
}
