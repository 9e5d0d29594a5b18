import type { Identity } from '../store';

/**
 * A server URL reduced to what names the server: lower-case scheme and host, no default port,
 * no trailing slash, query parameters kept (they select the EAI entry) but sorted.
 */
export function normalizeServerUrl(url: string): string {
  try {
    const parsed = new URL(url.trim());
    parsed.hash = '';
    parsed.searchParams.sort();
    const path = parsed.pathname.replace(/\/+$/, '');
    return `${parsed.protocol}//${parsed.host}${path}${parsed.search}`.toLowerCase();
  } catch {
    return url.trim().toLowerCase();
  }
}

/** Same person on the same server: user names compare case-insensitively, URLs normalized. */
export function sameIdentity(a: Identity, b: Identity): boolean {
  return (
    a.userName.trim().toUpperCase() === b.userName.trim().toUpperCase() &&
    normalizeServerUrl(a.serverUrl) === normalizeServerUrl(b.serverUrl)
  );
}
