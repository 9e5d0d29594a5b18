import type { KeyboardEvent } from 'react';

/**
 * Arrow keys inside a list of `data-home-row` buttons: down and up go to the next and previous row
 * (up from the first goes to `before`, e.g. the search box), Home and End to the ends.
 */
export function moveAmongRows(event: KeyboardEvent<HTMLElement>, before?: HTMLElement | null): void {
  if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
  const rows = [...event.currentTarget.querySelectorAll<HTMLElement>('[data-home-row]')];
  const at = rows.indexOf(event.target as HTMLElement);
  if (at < 0) return;
  event.preventDefault();
  const next =
    event.key === 'Home' ? 0 : event.key === 'End' ? rows.length - 1 : at + (event.key === 'ArrowDown' ? 1 : -1);
  if (next < 0) before?.focus();
  else rows[Math.min(next, rows.length - 1)]?.focus();
}
