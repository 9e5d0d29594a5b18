/*
 * SHA-256 of UTF-8 text through Web Crypto, which Outlook's webviews (on https pages) and Node 20
 * both offer: the package fingerprints, the store's checksum and the share keys use it.
 */

async function sha256(text: string): Promise<Uint8Array> {
  // Browsers offer Web Crypto only on secure pages; Outlook serves add-ins over https, so only a demo page on plain http lacks it.
  if (!globalThis.crypto?.subtle) throw new Error('SHA-256 needs Web Crypto, which browsers offer only on https pages');
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

/** SHA-256 of `text` (UTF-8) as lower-case hex. */
export async function sha256Hex(text: string): Promise<string> {
  return Array.from(await sha256(text), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** SHA-256 of `text` (UTF-8) as base64url without padding (43 characters: short enough for an item property). */
export async function sha256Base64Url(text: string): Promise<string> {
  let binary = '';
  for (const byte of await sha256(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
