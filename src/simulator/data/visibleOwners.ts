import type { SimulatorUser } from '../types';

/**
 * Owners whose records a user sees in a view mode, or `'all'`.
 * `Personal` and `Sales Rep`: the user's own records (in the demo every position team is one person);
 * `Manager`: the user and everyone below him in the reporting line; `All`/`Organization`: everything.
 */
export function visibleOwners(
  users: readonly SimulatorUser[],
  userName: string,
  viewMode: string,
): ReadonlySet<string> | 'all' {
  const mode = viewMode.trim().toLowerCase();
  if (mode === 'all' || mode === 'organization' || mode === 'all across organizations') return 'all';
  const owners = new Set([userName]);
  if (mode !== 'manager') return owners;
  const queue = [userName];
  while (queue.length > 0) {
    const name = queue.shift();
    const manager = users.find((user) => user.userName === name);
    for (const report of manager?.reports ?? []) {
      if (!owners.has(report)) {
        owners.add(report);
        queue.push(report);
      }
    }
  }
  return owners;
}
