import { AddinError } from '../../shared';

const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Checks a Siebel server URL typed by a person: https (http only on this computer, for the
 * simulator), no user name or password inside it. Returns the parsed URL.
 *
 * @example
 * validateServerUrl('https://crm.example.com'); // URL
 * validateServerUrl('http://crm.example.com');  // throws: plain http would expose the password
 * @throws AddinError `InvalidServerUrl`
 */
export function validateServerUrl(input: string): URL {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch (error) {
    // The input is not echoed: people paste odd things, credentials included.
    throw invalid(
      'the text entered is not a web address',
      'enter the full address, e.g. https://crm.example.com',
      error,
    );
  }
  if (url.username !== '' || url.password !== '') {
    // Never echo the input here: it holds a password.
    throw invalid(
      'the address contains a user name or password',
      'remove the "user:password@" part and enter the credentials in the sign-in fields',
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw invalid(
      'the address does not start with https://',
      'enter an https:// address, e.g. https://crm.example.com',
    );
  }
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) {
    throw invalid(
      `${url.origin}${url.pathname} uses http`,
      'use https:// (plain http would send your password unencrypted); http is only allowed for localhost',
    );
  }
  return url;
}

function invalid(what: string, advice: string, cause?: unknown): AddinError {
  return new AddinError('InvalidServerUrl', `Invalid Siebel server URL: ${what} — ${advice}`, { cause });
}
