import { findObject, formatRecordName, type CustomizationPackage, type FieldDefinition } from '../../../metadata';
import type { DataDatabase, StoredRecord } from '../../../store';
import type { RecordRef } from '../records/RecordRef';
import type { ContactFields } from './contactFields';
import { domainOfAddress, domainOfValue } from './mailDomain';
import { isPublicMailDomain } from './publicMailDomains';
import { rankAccountsByDomain, type DomainEvidence } from './rankAccountsByDomain';

/** Records read per page while scanning (a rep's data: a few thousand contacts at most). */
const PAGE = 1000;
const TEXTUAL = new Set(['DTYPE_TEXT', 'DTYPE_NOTE']);
const DOMAIN_FIELD = /web|site|url|home\s*page|domain|e-?mail/i;

/** The account suggested for a new contact, and why. */
export interface AccountSuggestion {
  readonly ref: RecordRef;
  readonly name: string;
  readonly domain: string;
  readonly evidence: DomainEvidence;
}

/**
 * The account a new contact at `email` most likely belongs to: the local account whose web site or
 * e-mail field, or whose contacts' addresses, are at the address's domain (see
 * `rankAccountsByDomain`). `null` for a public mail domain (gmail.com …), for a type without an
 * account reference, and when nothing matches. Suffixes cannot be looked up through the store's
 * prefix indexes, so this reads the accounts and contacts once; it runs when the user asks to add
 * a contact, not for every e-mail.
 */
export async function suggestAccount(
  db: DataDatabase,
  pkg: CustomizationPackage,
  fields: ContactFields,
  email: string,
): Promise<AccountSuggestion | null> {
  const domain = domainOfAddress(email);
  const account = fields.account;
  if (!account || domain === '' || isPublicMailDomain(domain)) return null;
  const accountType = findObject(pkg, account.refObjTypeId);
  if (!accountType) return null;
  const domainFields = accountType.fields.filter(
    (f) => TEXTUAL.has(f.dataType) && (DOMAIN_FIELD.test(f.name) || DOMAIN_FIELD.test(f.ioElemName)),
  );
  const accountDomains = new Map<string, string[]>();
  if (domainFields.length > 0)
    await scan(db, accountType.typeId, (r) =>
      accountDomains.set(String(r[accountType.primaryKey]), domainsOf(r, domainFields)),
    );
  const contacts: { accountId: string; domain: string }[] = [];
  await scan(db, fields.typeId, (r) => {
    const accountId = r[account.ioElemName];
    if (typeof accountId === 'string' && accountId !== '')
      contacts.push({ accountId, domain: domainOfAddress(String(r[fields.email] ?? '')) });
  });
  for (const evidence of rankAccountsByDomain(domain, { accountDomains, contacts })) {
    const record = await db.get(accountType.typeId, evidence.accountId);
    if (!record) continue;
    const ref = { typeId: accountType.typeId, id: evidence.accountId };
    return { ref, name: formatRecordName(pkg, ref.typeId, record) || ref.id, domain, evidence };
  }
  return null;
}

function domainsOf(record: StoredRecord, fields: readonly FieldDefinition[]): string[] {
  return fields.map((f) => domainOfValue(record[f.ioElemName])).filter((d) => d !== '');
}

async function scan(db: DataDatabase, typeId: string, visit: (record: StoredRecord) => void): Promise<void> {
  for (let offset = 0; ; offset += PAGE) {
    const page = await db.list(typeId, { offset, limit: PAGE });
    page.forEach(visit);
    if (page.length < PAGE) return;
  }
}
