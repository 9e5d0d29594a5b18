import { validateServerUrl } from './validateServerUrl';

/** Path of the Siebel Application Interface EAI endpoint (English object manager). */
export const DEFAULT_ENDPOINT_PATH = '/siebel/app/eai/enu/swe';

// WSSOAP=1 makes the web server pass the Siebel session headers on (without it they are ignored).
const REQUIRED_PARAMETERS: readonly (readonly [string, string])[] = [
  ['SWEExtSource', 'WebService'],
  ['SWEExtCmd', 'Execute'],
  ['WSSOAP', '1'],
];

/**
 * Turns what a person typed into the EAI endpoint URL: a bare origin gets the default path; a URL
 * with a path keeps it; the three web-service parameters are added when missing (and `WSSOAP` is
 * forced to 1). Other parameters are kept.
 *
 * @example
 * toEndpointUrl('https://crm.example.com');
 * // 'https://crm.example.com/siebel/app/eai/enu/swe?SWEExtSource=WebService&SWEExtCmd=Execute&WSSOAP=1'
 * @throws AddinError `InvalidServerUrl` (see validateServerUrl)
 */
export function toEndpointUrl(input: string): string {
  const url = validateServerUrl(input);
  if (url.pathname === '' || url.pathname === '/') url.pathname = DEFAULT_ENDPOINT_PATH;
  for (const [name, value] of REQUIRED_PARAMETERS) {
    if (!url.searchParams.has(name) || (name === 'WSSOAP' && url.searchParams.get(name) !== value))
      url.searchParams.set(name, value);
  }
  url.hash = '';
  return url.toString();
}
