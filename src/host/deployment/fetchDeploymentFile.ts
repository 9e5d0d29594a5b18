import { HostError } from '../errors/HostError';

/** Where the deployment file lives: beside the add-in's pages, on the add-in's own origin. */
export const DEPLOYMENT_FILE = 'deployment.json';

/**
 * Reads the company's deployment file (`deployment.json` next to the page) as JSON. An add-in
 * deployed without one gets `null` (HTTP 404: every default applies); any other failure is an
 * error, because running with defaults the administrator meant to replace would talk to the
 * server in the wrong shape.
 *
 * @throws HostError `Host` when the file cannot be read or is not JSON
 */
export async function fetchDeploymentFile(
  base: string = globalThis.location?.href ?? 'http://localhost/',
  doFetch: typeof fetch = (input, init) => globalThis.fetch(input, init),
): Promise<unknown> {
  const url = new URL(DEPLOYMENT_FILE, base);
  let response: Response;
  try {
    response = await doFetch(url.href, { cache: 'no-cache' });
  } catch (cause) {
    throw new HostError(
      `The add-in's deployment file ${url.pathname} could not be read (${String((cause as Error)?.message ?? cause)}) — reload the task pane; if it keeps failing, contact your CRM administrator`,
      { cause },
    );
  }
  if (response.status === 404) return null;
  if (!response.ok)
    throw new HostError(
      `The add-in's deployment file ${url.pathname} answered HTTP ${response.status} — contact your CRM administrator`,
    );
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new HostError(
      `The add-in's deployment file ${url.pathname} is not valid JSON (${(cause as Error).message}) — contact your CRM administrator, who deploys it with the add-in`,
      { cause },
    );
  }
}
