import type { Workspace } from './Workspace';

/** Notes one call repeated after a failure (transient, or a page size the server refused): the report's `traffic.calls.retries`. */
export function countRetry(ws: Workspace): void {
  ws.retries = (ws.retries ?? 0) + 1;
}
