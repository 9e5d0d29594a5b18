/**
 * Replaces every occurrence of a secret (password, session token) in text that came from the
 * server: a fault string may echo what it was sent, and such text ends up in messages and logs.
 */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret) result = result.split(secret).join('***');
  }
  return result;
}
