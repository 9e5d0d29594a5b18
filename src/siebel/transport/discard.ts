/**
 * Releases a response body we will not read. Not awaited: with some fetch implementations (msw's
 * interceptor among them) the cancel promise only settles once the source is done, which may be never.
 */
export function discard(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}
