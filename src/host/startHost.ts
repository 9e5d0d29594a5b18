import { createLogger } from '../shared';
import { detectOutlook } from './detectOutlook';
import type { OfficeProbe } from './detectOutlook';
import { createOutlookHost } from './outlook/createOutlookHost';
import { createStandaloneHost } from './standalone/createStandaloneHost';
import { showSlowStart, showStartProblem } from './startupStatus';
import type { Host } from './types';

const log = createLogger('host');

/**
 * Starts the add-in's host: Outlook when the page was opened by Outlook (see {@link detectOutlook}
 * — it waits for Office as long as it takes), else the standalone host of a plain browser tab.
 * While Office is slow the page's start-up screen says what to try; a page Office opened in the
 * wrong application shows why it cannot start, and the promise rejects with that `HostError`.
 *
 * @example
 * const host = await startHost();
 * if (host.kind === 'outlook') host.notify('Signed in', 'info');
 */
export async function startHost(probe?: Partial<OfficeProbe>): Promise<Host> {
  let inOutlook: boolean;
  try {
    inOutlook = await detectOutlook({
      search: window.location.search,
      getOffice: () => (typeof Office === 'undefined' ? undefined : Office),
      onSlow: () => {
        log.warn('Office has not answered yet: still waiting, never starting standalone inside Office');
        showSlowStart();
      },
      ...probe,
    });
  } catch (error) {
    showStartProblem((error as Error)?.message ?? String(error));
    throw error;
  }
  if (inOutlook) return createOutlookHost();
  log.info('no Office host: running standalone with a sample item');
  return createStandaloneHost({
    search: window.location.search,
    storage: window.localStorage,
    language: navigator.language,
  });
}
