import { findObject } from './findObject';
import type { CustomizationPackage } from './types';

/** `:[ … :]`: an optional segment. */
const OPTIONAL_SEGMENT = /:\[([\s\S]*?):\]/g;
/**
 * `:(Field Name):` a field's value. In `:[:(Name):]` the field's closing colon is also the
 * segment's, so the closing colon of a field is optional.
 */
const FIELD = /:\(([^)]*)\):?/g;

/**
 * A record's display name by its type's `name_format` (connector_configuration.xml), e.g.
 * `:[:(Name):] (:[:(Location):])` → "Acme (Berlin)". An optional segment whose fields are all empty
 * is dropped. Because Oracle's formats put brackets outside the optional segment, brackets left
 * empty are removed too, and spaces are collapsed. `record` is keyed by IOElemName.
 *
 * @example
 * formatRecordName(pkg, 'Account', { Name: 'Acme', Location: '' }); // "Acme"
 */
export function formatRecordName(
  pkg: CustomizationPackage,
  typeId: string,
  record: Readonly<Record<string, unknown>>,
): string {
  const object = findObject(pkg, typeId);
  const format = pkg.syncedTypes.find((t) => t.typeId === typeId)?.nameFormat ?? '';
  const valueOf = (name: string): string => {
    const ioElemName = object?.fields.find((f) => f.name === name)?.ioElemName ?? name;
    return asText(record[ioElemName]);
  };
  const withSegments = format.replace(OPTIONAL_SEGMENT, (_, segment: string) => {
    const names = [...segment.matchAll(FIELD)].map((m) => m[1]);
    return names.some((name) => valueOf(name) !== '') ? segment : '';
  });
  return withSegments
    .replace(FIELD, (_, name: string) => valueOf(name))
    .replace(/\(\s*\)|\[\s*\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value).trim();
}
