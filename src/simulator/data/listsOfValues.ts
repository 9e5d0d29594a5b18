import { ACCOUNT_STATUSES, ACCOUNT_TYPES, ACTION_TYPES, INDUSTRIES, OPEN_STATUSES, SALES_STAGES } from './wordLists';

/**
 * The server's lists of values for picklist-bound fields (`HasPicklist="yes"`), by type and field
 * Name: what a write must hold, as a bounded picklist in Siebel. The generated data draws from the
 * same word lists, so every generated value is valid. Action Type also has the values used when an
 * email or a meeting is shared with Siebel; they are never generated (the data must not change).
 */
export const LISTS_OF_VALUES: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  Account: {
    Type: ACCOUNT_TYPES,
    'Account Status': [...new Set(ACCOUNT_STATUSES)],
    Industry: INDUSTRIES,
  },
  Opportunity: { 'Sales Stage': SALES_STAGES },
  Action: {
    Type: [...ACTION_TYPES, 'Email - Inbound', 'Email - Outbound'],
    Status: [...OPEN_STATUSES, 'Done', 'Cancelled'],
  },
};

/** The values a field accepts, or `undefined` when the server does not bound it. */
export function listOfValues(typeId: string, fieldName: string): readonly string[] | undefined {
  return LISTS_OF_VALUES[typeId]?.[fieldName];
}
