import { formatRecordName, type CustomizationPackage } from '../../../metadata';
import type { DataDatabase, StoredRecord } from '../../../store';
import type { RecordRef } from '../records/RecordRef';
import type { EmailPlan, PersonType } from './emailPlan';
import { isOpenOpportunity } from './isOpenOpportunity';
import type { ItemAddress } from './mailAddresses';

/** Contacts matched per address; more than this many are surely not one person. */
const MAX_PER_ADDRESS = 20;

/** A record with its display name. */
export interface NamedRecord {
  readonly ref: RecordRef;
  readonly name: string;
}

/** An open opportunity of a matched contact's account. */
export interface OpenDeal extends NamedRecord {
  readonly stage: string;
}

/** A matched contact's account and its open opportunities. */
export interface MatchedAccount extends NamedRecord {
  readonly openDeals: readonly OpenDeal[];
}

/** A CRM contact whose e-mail address is on the open item. */
export interface EmailContact extends NamedRecord {
  readonly address: ItemAddress;
  readonly accounts: readonly MatchedAccount[];
}

/**
 * The contacts whose e-mail address equals (ignoring case) an address of the item, in the item's
 * order (sender first), each with its account(s) and their open opportunities.
 */
export async function findEmailContacts(
  db: DataDatabase,
  pkg: CustomizationPackage,
  plan: EmailPlan,
  addresses: readonly ItemAddress[],
): Promise<EmailContact[]> {
  const result: EmailContact[] = [];
  for (const address of addresses) {
    for (const person of plan.people) {
      for (const record of await recordsWithEmail(db, person, address)) {
        const ref = { typeId: person.object.typeId, id: String(record[person.object.primaryKey]) };
        if (result.some((c) => c.ref.typeId === ref.typeId && c.ref.id === ref.id)) continue;
        result.push({
          ref,
          name: formatRecordName(pkg, ref.typeId, record) || ref.id,
          address,
          accounts: await accountsOf(db, pkg, plan, person, record),
        });
      }
    }
  }
  return result;
}

async function recordsWithEmail(db: DataDatabase, person: PersonType, address: ItemAddress): Promise<StoredRecord[]> {
  const email = address.email;
  const field = person.email.ioElemName;
  const typeId = person.object.typeId;
  const same = (r: StoredRecord) => typeof r[field] === 'string' && (r[field] as string).trim().toLowerCase() === email;
  // The index is case-insensitive for prefixes: a prefix search then an exact comparison.
  if (person.indexed)
    return (await db.search(typeId, { field, text: email, limit: MAX_PER_ADDRESS * 5 }))
      .filter(same)
      .slice(0, MAX_PER_ADDRESS);
  // Without an index only exact values can be asked for: the address as written and lower-cased.
  const spellings = [...new Set([address.written, email])];
  const found = (await Promise.all(spellings.map((s) => db.whereEquals(typeId, field, s)))).flat();
  return found.filter(same).slice(0, MAX_PER_ADDRESS);
}

async function accountsOf(
  db: DataDatabase,
  pkg: CustomizationPackage,
  plan: EmailPlan,
  person: PersonType,
  record: StoredRecord,
): Promise<MatchedAccount[]> {
  const accounts: MatchedAccount[] = [];
  for (const reference of person.accounts) {
    const id = record[reference.ioElemName];
    if (typeof id !== 'string' || id === '') continue;
    const account = await db.get(reference.refObjTypeId, id).catch(() => undefined);
    if (!account) continue;
    const ref = { typeId: reference.refObjTypeId, id };
    accounts.push({
      ref,
      name: formatRecordName(pkg, ref.typeId, account) || id,
      openDeals: await openDealsOf(db, pkg, plan, ref),
    });
  }
  return accounts;
}

async function openDealsOf(
  db: DataDatabase,
  pkg: CustomizationPackage,
  plan: EmailPlan,
  account: RecordRef,
): Promise<OpenDeal[]> {
  const deals: OpenDeal[] = [];
  for (const deal of plan.deals.filter((d) => d.account.refObjTypeId === account.typeId)) {
    const records = await db.whereEquals(deal.object.typeId, deal.account.ioElemName, account.id);
    for (const r of records) {
      const stage = r[deal.stage.ioElemName];
      if (!isOpenOpportunity(stage)) continue;
      const ref = { typeId: deal.object.typeId, id: String(r[deal.object.primaryKey]) };
      deals.push({
        ref,
        name: formatRecordName(pkg, ref.typeId, r) || ref.id,
        stage: typeof stage === 'string' ? stage : '',
      });
    }
  }
  return deals.sort((a, b) => a.name.localeCompare(b.name));
}
