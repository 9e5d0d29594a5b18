/**
 * The text shown for a failed connect. Errors of our layers already carry an actionable message
 * without secrets; anything else gets a generic lead. As a last line of defence the password is
 * masked wherever it might appear (e.g. echoed back by a misconfigured proxy).
 */
export function errorMessage(error: unknown, password: string): string {
  const raw =
    error instanceof Error && error.message
      ? error.message
      : `Connecting failed: ${String(error)} — check the server URL and try again`;
  return password.length > 0 ? raw.split(password).join('••••') : raw;
}
