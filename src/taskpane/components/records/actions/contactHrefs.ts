/**
 * The `mailto:` link of one address (RFC 6068): the address as it is, its characters that mean
 * something in a URL encoded, so `?`, `#` or `%` in the local part cannot add headers.
 *
 * @example
 * mailtoHref('david.rossi@acme.example'); // 'mailto:david.rossi@acme.example'
 */
export function mailtoHref(address: string): string {
  const [local, domain] = splitAtLast(address.trim(), '@');
  return `mailto:${encodeURIComponent(local).replaceAll('%2B', '+')}@${encodeURIComponent(domain)}`;
}

/**
 * The `tel:` link of a phone number as people write it (RFC 3966): a leading `+` and the digits,
 * an extension ("x 12", "ext. 12") as `;ext=12`; `null` when fewer than three digits are left.
 *
 * @example
 * telHref('+1 (415) 555-0100 x 12'); // 'tel:+14155550100;ext=12'
 */
export function telHref(phone: string): string | null {
  const match = /^(.*?)(?:\s*(?:x|ext\.?)\s*(\d+))?\s*$/i.exec(phone.trim());
  const number = match?.[1] ?? '';
  const digits = number.replace(/\D/g, '');
  if (digits.length < 3) return null;
  const plus = number.trimStart().startsWith('+') ? '+' : '';
  return `tel:${plus}${digits}${match?.[2] ? `;ext=${match[2]}` : ''}`;
}

function splitAtLast(text: string, separator: string): [string, string] {
  const at = text.lastIndexOf(separator);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + 1)];
}
