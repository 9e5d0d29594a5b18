/**
 * The endpoint as it may appear in a message or log line: origin and path only. The query is
 * dropped because sessionless Siebel URLs carry `UserName=` and `Password=` there, and user info
 * because it is a credential too.
 */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return '(not a valid URL)';
  }
}
