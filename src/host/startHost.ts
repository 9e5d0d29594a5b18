import { createLogger } from '../shared';
import { detectOutlook } from './detectOutlook';
import type { OfficeProbe } from './detectOutlook';
import { createOutlookHost } from './outlook/createOutlookHost';
import { createStandaloneHost } from './standalone/createStandaloneHost';
import type { Host } from './types';

/** The `id` of the office.js `<script>` in taskpane.html and commands.html. */
export const OFFICE_SCRIPT_ID = 'office-js';

const log = createLogger('host');

/**
 * Starts the add-in's host: Outlook when office.js reports Outlook, else the standalone host
 * (a plain browser tab). Resolves within about 1.5 s even when office.js cannot be loaded.
 *
 * @example
 * const host = await startHost();
 * if (host.kind === 'outlook') host.notify('Signed in', 'info');
 */
export async function startHost(probe?: Partial<OfficeProbe>): Promise<Host> {
  const inOutlook = await detectOutlook({
    search: window.location.search,
    officeScript: document.getElementById(OFFICE_SCRIPT_ID),
    getOffice: () => (typeof Office === 'undefined' ? undefined : Office),
    ...probe,
  });
  if (inOutlook) return createOutlookHost();
  log.info('Outlook not detected: running standalone');
  return createStandaloneHost({ search: window.location.search, storage: window.localStorage, language: navigator.language });
}
