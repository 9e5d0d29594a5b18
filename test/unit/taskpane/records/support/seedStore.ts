import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { parsePackage, type CustomizationPackage } from '../../../../../src/metadata';
import { openStore, type DataDatabase, type StoredRecord, type Store } from '../../../../../src/store';
import { loadPackageFolder } from '../../../metadata/support/loadPackageFolder';

/** The sales-rep package the simulator publishes, parsed like the sync layer does. */
export async function salesPackage(): Promise<CustomizationPackage> {
  return parsePackage(loadPackageFolder('valid/sales-rep'));
}

const STAGES = ['01 - Prospecting', '03 - Qualification', '07 - Closed/Won', '08 - Closed/Lost'];

/** `n` accounts A-0000…, each with one contact and one opportunity; activities for the first few. */
export function sampleRecords(n: number): Record<'Account' | 'Contact' | 'Opportunity' | 'Action', StoredRecord[]> {
  const pad = (i: number) => String(i).padStart(4, '0');
  const accounts = Array.from({ length: n }, (_, i) => ({
    Id: `A-${pad(i)}`,
    Updated: '2025-01-02T03:04:05',
    Name: `Account ${pad(i)}`,
    Location: i % 2 ? 'Berlin' : 'Paris',
    MainPhoneNumber: `+49 30 ${pad(i)}`,
    Type: 'Customer',
    AccountStatus: 'Active',
  }));
  const contacts = Array.from({ length: n }, (_, i) => ({
    Id: `C-${pad(i)}`,
    Updated: '2025-01-02T03:04:05',
    FirstName: `First${pad(i)}`,
    LastName: `Last${pad(i)}`,
    JobTitle: 'Buyer',
    EmailAddress: `person${pad(i)}@example.com`,
    WorkPhone: null,
    AccountId: `A-${pad(i)}`,
  }));
  const opportunities = Array.from({ length: n }, (_, i) => ({
    Id: `O-${pad(i)}`,
    Updated: '2025-01-02T03:04:05',
    Name: `Deal ${pad(i)}`,
    AccountId: `A-${pad(i % 50)}`,
    SalesStage: STAGES[i % STAGES.length],
    PrimaryRevenueCloseDate: '2025-06-30',
    Description: null,
  }));
  const actions = Array.from({ length: 20 }, (_, i) => ({
    Id: `X-${pad(i)}`,
    Updated: '2025-01-02T03:04:05',
    Description: `Call ${pad(i)}`,
    Type: 'Call',
    Planned: '2025-03-04T10:00:00Z',
    PlannedCompletion: null,
    Status: 'Planned',
    AccountId: `A-${pad(i % 5)}`,
    PrimaryContactId: `C-${pad(i % 5)}`,
    OpportunityId: null,
    Comment: null,
  }));
  return { Account: accounts, Contact: contacts, Opportunity: opportunities, Action: actions };
}

let counter = 0;

/** A real store on a fresh in-memory IndexedDB whose active database holds `records`. */
export async function seededStore(
  pkg: CustomizationPackage,
  records: Partial<Record<string, StoredRecord[]>>,
): Promise<{ store: Store; db: DataDatabase }> {
  const store = await openStore({ indexedDB: new IDBFactory(), IDBKeyRange, namePrefix: `ui${++counter}-` });
  const installed = {
    pkg,
    packageId: '1-PKG-SALES',
    responsibilityId: '1-RESP',
    hashValue: 'h',
    installedAt: 1_700_000_000_000,
  };
  const staging = await store.createStagingDatabase(installed, {
    userName: 'JSMITH',
    serverUrl: 'http://localhost/siebel',
  });
  const puts = Object.entries(records).map(([typeId, rows]) => ({ typeId, records: rows ?? [] }));
  await staging.writeBatch({ puts, syncState: { initialSyncComplete: true } });
  await store.activateDatabase(staging.name);
  return { store, db: staging };
}
