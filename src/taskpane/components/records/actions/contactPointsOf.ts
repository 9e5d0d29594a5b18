import type { FieldDefinition } from '../../../../metadata';
import type { StoredRecord } from '../../../../store';
import { contactPointKind } from './contactPointKind';

/** The address and number a record's Email and Call actions use. */
export interface ContactPoints {
  readonly email: string | null;
  readonly phone: string | null;
}

/**
 * The first e-mail address and the first phone number (a fax is no number to call) of `record`,
 * looking at `fields` in the order given: the form's order first, so the action writes to the
 * address the form shows on top.
 */
export function contactPointsOf(fields: readonly FieldDefinition[], record: StoredRecord): ContactPoints {
  let email: string | null = null;
  let phone: string | null = null;
  for (const field of fields) {
    const value = record[field.ioElemName];
    const kind = contactPointKind(field, value);
    if (typeof value !== 'string') continue;
    if (kind === 'email') email ??= value.trim();
    if (kind === 'phone') phone ??= value.trim();
  }
  return { email, phone };
}
