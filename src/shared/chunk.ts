/**
 * `items` in chunks of at most `size` (`null` or a non-positive size = one chunk: no limit), for
 * the package's batch limits (`max_commands_per_batch`, `max_ids_per_command`).
 */
export function chunk<T>(items: readonly T[], size: number | null): T[][] {
  if (items.length === 0) return [];
  if (size === null || !(size > 0)) return [[...items]];
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
