import { systemClock } from '../shared';
import type { Clock } from '../shared';
import { HostError } from './errors/HostError';

/** How often a page inside Office looks again for a `window.Office` that has not arrived yet. */
export const OFFICE_POLL_MS = 100;
/** After this long inside Office without an answer, the page says that Office is still loading. */
export const OFFICE_SLOW_MS = 15_000;
/** The query parameter Office adds to every add-in page it opens (task pane, function file, dialog). */
export const HOST_INFO_PARAM = '_host_Info';

/** What {@link detectOutlook} looks at; injected so tests need neither a DOM nor office.js. */
export interface OfficeProbe {
  /** The page's query string: `_host_Info` means Office opened it; `?standalone` is the development flag. */
  readonly search: string;
  /** `window.Office`, read lazily because office.js may still arrive while the page waits. */
  readonly getOffice: () => typeof Office | undefined;
  readonly clock?: Clock;
  /** Called once when Office has not answered after `slowAfterMs` (the page says what to try). */
  readonly onSlow?: () => void;
  readonly slowAfterMs?: number;
  readonly pollMs?: number;
}

/** The `_host_Info` value of a query string (any case of the name), or `null` when Office did not open the page. */
export function hostInfoOf(search: string): string | null {
  for (const [name, value] of new URLSearchParams(search)) {
    if (name.toLowerCase() === HOST_INFO_PARAM.toLowerCase()) return value;
  }
  return null;
}

/** Resolves with `window.Office` once it exists, looking every `pollMs`; never gives up. */
async function officeArrival(probe: OfficeProbe, clock: Clock): Promise<typeof Office> {
  for (;;) {
    const office = probe.getOffice();
    if (office) return office;
    await clock.sleep(probe.pollMs ?? OFFICE_POLL_MS);
  }
}

/** Calls `probe.onSlow` once if `work` has not settled after `slowAfterMs`. */
async function reportingSlowness<T>(work: Promise<T>, probe: OfficeProbe, clock: Clock): Promise<T> {
  const controller = new AbortController();
  clock.sleep(probe.slowAfterMs ?? OFFICE_SLOW_MS, controller.signal).then(
    () => probe.onSlow?.(),
    () => undefined,
  );
  try {
    return await work;
  } finally {
    controller.abort();
  }
}

/** Only Outlook is accepted: another Office application (or none) under `_host_Info` is an error, not standalone. */
function requireOutlook(
  host: Office.HostType | null | undefined,
  office: typeof Office,
  hostInfo: string | null,
): true {
  if (host === office.HostType.Outlook) return true;
  const where = hostInfo === null ? '' : ` (${HOST_INFO_PARAM}=${hostInfo})`;
  throw new HostError(
    `CRM Desktop runs only in Outlook, but Office reports the host "${host ?? 'none'}"${where} — open CRM Desktop from Outlook's ribbon`,
  );
}

/** Inside Office (`_host_Info`): wait for office.js and `Office.onReady` as long as it takes. */
async function insideOffice(probe: OfficeProbe, hostInfo: string, clock: Clock): Promise<true> {
  const ready = officeArrival(probe, clock).then(async (office) => ({ office, info: await office.onReady() }));
  const { office, info } = await reportingSlowness(ready, probe, clock).catch((cause: unknown) => {
    throw cause instanceof HostError
      ? cause
      : new HostError(
          `Office could not start the add-in: ${(cause as Error)?.message ?? String(cause)} — close the task pane and open it again`,
          { cause },
        );
  });
  return requireOutlook(info.host, office, hostInfo);
}

/**
 * True when the page runs inside Outlook, false when it runs standalone (a plain browser tab).
 *
 * The answer does not depend on timing. A page Office opened carries `_host_Info` in its URL: it
 * waits for office.js and `Office.onReady` however long they take (calling `onSlow` after a while)
 * and never starts standalone. Without `_host_Info` the page runs standalone when office.js is
 * absent (it is a blocking `<script>` in `<head>`, so by the time the bundle runs it has loaded or
 * failed) or when `Office.onReady` reports no host; it runs in Outlook when `onReady` says Outlook
 * (a client that dropped `_host_Info`).
 *
 * @throws HostError `Host` when Office reports an application other than Outlook, or fails to start inside Office
 * @example
 * const inOutlook = await detectOutlook({ search: location.search, getOffice: () => window.Office });
 */
export async function detectOutlook(probe: OfficeProbe): Promise<boolean> {
  const clock = probe.clock ?? systemClock;
  const hostInfo = hostInfoOf(probe.search);
  if (hostInfo !== null) return insideOffice(probe, hostInfo, clock);
  if (new URLSearchParams(probe.search).has('standalone')) return false;
  const office = probe.getOffice();
  if (!office) return false;
  // Outside Office, office.js answers at once with no host; a rejection is no sign of Office either.
  const info = await reportingSlowness(office.onReady(), probe, clock).catch(() => ({ host: null }));
  if (info.host === null || info.host === undefined) return false;
  return requireOutlook(info.host, office, null);
}
