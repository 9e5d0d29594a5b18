import { findObject, formatRecordName, type CustomizationPackage } from '../../../metadata';
import type { DataDatabase, StoredRecord } from '../../../store';
import { shareState, type ShareState } from '../../../sync';
import type { ShareOptions } from './ShareForm';
import type { PickOption } from './SharePicker';
import type { SharePicks, ShareTypes } from './shareSuggestions';

/** A shared item as the panel shows it. */
export interface Shared {
  readonly state: ShareState;
  readonly activityName: string;
  readonly links: {
    readonly account: PickOption | null;
    readonly opportunity: PickOption | null;
    readonly contacts: readonly PickOption[];
  };
}

/** The share of the item found by any of its `keys` (see `shareLookupKeys`) with its links by name, or `null` when not shared. */
export async function readShare(
  db: DataDatabase,
  pkg: CustomizationPackage,
  types: ShareTypes,
  keys: readonly string[],
): Promise<Shared | null> {
  const wanted = keys.filter((key) => key !== '');
  if (wanted.length === 0) return null;
  const [state, entry] = await Promise.all([shareState({ db, pkg }, wanted), db.sharedItem(wanted)]);
  if (!state) return null;
  const option = (typeId: string | null, record: StoredRecord | null): PickOption | null => {
    if (!typeId || !record) return null;
    const id = idOf(pkg, typeId, record);
    return { id, name: formatRecordName(pkg, typeId, record) || id };
  };
  return {
    state,
    activityName:
      (entry && (formatRecordName(pkg, entry.typeId, state.activity) || idOf(pkg, entry.typeId, state.activity))) ||
      wanted[0],
    links: {
      account: option(types.account, state.account),
      opportunity: option(types.opportunity, state.opportunity),
      contacts: state.contacts.map((c) => option(types.contact, c)).filter((o): o is PickOption => o !== null),
    },
  };
}

function idOf(pkg: CustomizationPackage, typeId: string, record: StoredRecord): string {
  return String(record[findObject(pkg, typeId)?.primaryKey ?? 'Id'] ?? '');
}

/** The suggestions plus the current links (which the addresses may not suggest). */
export function mergeOptions(base: ShareOptions, links: Shared['links']): ShareOptions {
  const merge = (list: readonly PickOption[], extra: readonly (PickOption | null)[]) => [
    ...list,
    ...extra.filter((o): o is PickOption => o !== null && !list.some((l) => l.id === o.id)),
  ];
  return {
    accounts: merge(base.accounts, [links.account]),
    opportunities: merge(base.opportunities, [links.opportunity]),
    contacts: merge(base.contacts, links.contacts),
  };
}

/** The current links as picks, to change them. */
export function picksOf(links: Shared['links']): SharePicks {
  return {
    accountId: links.account?.id ?? null,
    opportunityId: links.opportunity?.id ?? null,
    contactIds: links.contacts.map((c) => c.id),
  };
}
