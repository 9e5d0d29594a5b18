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

/** Why a sample item may not be shared: the page's origin and the server the pane is connected to. */
export interface SampleShareRefusal {
  /** The standalone page's origin, whose simulator may receive the sample. */
  readonly origin: string;
  /** The origin of the Siebel Server the task pane is connected to; `null` when none is set up yet. */
  readonly server: string | null;
}

/**
 * Why `item` may not be shared with `serverUrl`, or `null` when it may. Only the standalone page's
 * made-up item (`isSample`) is ever refused: it may reach the embedded simulator, never a real
 * Siebel Server, where it would become an activity nobody wrote.
 */
export function sampleShareRefusal(
  item: MailItemSummary,
  serverUrl: string | null,
  origin: string,
): SampleShareRefusal | null {
  if (!item.isSample) return null;
  if (serverUrl !== null && isEmbeddedSimulator(serverUrl, origin)) return null;
  return { origin, server: serverUrl ? originOf(serverUrl) : null };
}
