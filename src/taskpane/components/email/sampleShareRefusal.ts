import type { MailItemSummary } from '../../../host';
import { defaultServerUrl } from '../../defaultServerUrl';

/** True when `serverUrl` is the Siebel simulator the page's own origin serves (`npm start`): same origin, same EAI path. */
export function isEmbeddedSimulator(serverUrl: string, origin: string): boolean {
  try {
    const server = new URL(serverUrl);
    const simulator = new URL(defaultServerUrl(origin));
    return server.origin === simulator.origin && server.pathname.replace(/\/+$/, '') === simulator.pathname;
  } catch {
    return false;
  }
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

/**
 * Why `item` may not be shared with `serverUrl`, or `null` when it may. Only the standalone page's
 * made-up item (`isSample`) is ever refused: it may reach the embedded simulator, never a real
 * Siebel Server, where it would become an activity nobody wrote.
 */
export function sampleShareRefusal(item: MailItemSummary, serverUrl: string | null, origin: string): string | null {
  if (!item.isSample) return null;
  if (serverUrl !== null && isEmbeddedSimulator(serverUrl, origin)) return null;
  const server = serverUrl ? originOf(serverUrl) : 'no server yet';
  return `This is the sample email of CRM Desktop's standalone page, not an email from Outlook: it can be shared only with the Siebel simulator this page serves (${origin}), and this task pane is connected to ${server}. Open CRM Desktop in Outlook to share your own emails.`;
}
