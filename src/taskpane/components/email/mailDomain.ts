/** The domain of an e-mail address, lower-cased (`David@Acme.example` → `acme.example`); `''` when none. */
export function domainOfAddress(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? '' : normalizeDomain(email.slice(at + 1));
}

/**
 * The domain a field value names: an e-mail address's, or a web site's without scheme, `www.`,
 * port and path (`https://www.Acme.example/de/` → `acme.example`); `''` when it names none.
 */
export function domainOfValue(value: unknown): string {
  if (typeof value !== 'string') return '';
  const text = value.trim();
  if (text.includes('@') && !text.includes('/')) return domainOfAddress(text);
  const host = text.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split(/[/?#:]/)[0] ?? '';
  const domain = normalizeDomain(host.replace(/^www\d*\./i, ''));
  return domain.includes('.') ? domain : '';
}

function normalizeDomain(domain: string): string {
  return domain.trim().toLowerCase().replace(/\.$/, '');
}
