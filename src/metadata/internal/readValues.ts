import type { Diagnostics } from './Diagnostics';
import type { XmlNode } from './XmlNode';

const TRUE_VALUES = new Set(['yes', 'true', 'y', '1']);
const FALSE_VALUES = new Set(['no', 'false', 'n', '0']);

/**
 * A binary flag attribute. Oracle's pages use both `yes`/`no` and `true`/`false`, so both are
 * accepted (any case); anything else is ignored with a warning.
 */
export function readFlag(d: Diagnostics, file: string, node: XmlNode, attribute: string, fallback = false): boolean {
  const raw = node.attributes[attribute];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = raw.trim().toLowerCase();
  if (TRUE_VALUES.has(value)) return true;
  if (FALSE_VALUES.has(value)) return false;
  d.warn(
    file,
    node.path,
    `attribute "${attribute}" has the value "${raw}", expected yes/no or true/false; using ${fallback ? 'yes' : 'no'}`,
  );
  return fallback;
}

/** A whole number written in an attribute or element text, or `undefined` with a warning. */
export function readInteger(
  d: Diagnostics,
  file: string,
  path: string,
  what: string,
  raw: string | undefined,
): number | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  if (!/^[+-]?\d+$/.test(raw.trim())) {
    d.warn(file, path, `${what} "${raw}" is not a whole number; using the default`);
    return undefined;
  }
  return Number(raw.trim());
}
