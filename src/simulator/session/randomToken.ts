/** An opaque session token: 36 random bytes, base64url (48 characters), like Siebel's encrypted token. */
export function randomToken(): string {
  const bytes = new Uint8Array(36);
  globalThis.crypto.getRandomValues(bytes);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_');
}
