import type { Page } from 'playwright-core';
import {
  findObject,
  formatRecordName,
  parsePackage,
  type CustomizationPackage,
  type PackageFile,
} from '../../../src/metadata';
import {
  isLocalId,
  tableNameFor,
  type LocalIssue,
  type PendingChange,
  type StoredRecord,
  type SyncLogEntry,
} from '../../../src/store';
import { openFreshTaskpane, syncFirstTimeAndOpenData, openTab } from '../addinPages';
import type { BrowserTestContext } from '../fixtures';

/** The record types the browser schedules edit, create and change on the server. */
export const BROWSER_TYPES = ['Account', 'Contact'] as const;
export type BrowserType = (typeof BROWSER_TYPES)[number];

/** Plural of a type as the Records tab names its list and search box. */
const PLURAL: Readonly<Record<BrowserType, string>> = { Account: 'Accounts', Contact: 'Contacts' };

/** What the task pane's IndexedDB holds for the active data database, read in one go. */
export interface LocalSnapshot {
  /** Records per type, without the store's `_` bookkeeping fields. */
  readonly records: Readonly<Record<string, readonly StoredRecord[]>>;
  readonly outbox: readonly PendingChange[];
  readonly issues: readonly LocalIssue[];
  /** `pending` or `issue` when the record has local work, else null. */
  work(typeId: string, id: string): 'pending' | 'issue' | null;
}

/** A sync the UI started: what it was and what the sync log said when it ended. */
export interface SyncOutcome {
  /** The sync log's newest entry after the run. */
  readonly entry: SyncLogEntry;
  /** The history row's outcome text in the Sync tab ("Succeeded", "Failed", …). */
  readonly shown: string;
}

/** The simulator's counters and sessions (GET /simulator/admin/state). */
export interface ServerState {
  readonly openSessions: number;
  readonly counters: {
    readonly inserts: number;
    readonly updates: number;
    readonly deletes: number;
    readonly faultsInjected: number;
    /** Calls per operation that ran (counted after any latency). */
    readonly calls: Readonly<Record<string, number>>;
    readonly writes: Readonly<
      Record<string, { readonly inserts: number; readonly updates: number; readonly deletes: number }>
    >;
  };
}

/**
 * Reads `tables` of the active data database (the directory's `databases` row in state "active") in
 * one transaction. A string, because tsx would wrap named inner functions in a `__name` helper the
 * page lacks (see addinPages.ts).
 */
function readIndexedDb(tables: readonly string[]): string {
  return `(async () => {
  const open = (name) => new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const all = (transaction, table) => new Promise((resolve, reject) => {
    const request = transaction.objectStore(table).getAll();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const directory = await open('crm-desktop');
  const entry = (await all(directory.transaction('databases', 'readonly'), 'databases')).find((row) => row.state === 'active');
  directory.close();
  if (!entry) return null;
  const data = await open(entry.name);
  // One transaction: the tables as of one moment.
  const names = ${JSON.stringify(tables)};
  const transaction = data.transaction(names, 'readonly');
  const rows = await Promise.all(names.map((table) => all(transaction, table)));
  data.close();
  return { tables: Object.fromEntries(names.map((table, i) => [table, rows[i]])) };
})()`;
}

/** Reads only the directory's sync log (cheap enough to poll while a run goes on). */
const READ_SYNC_LOG = `(async () => {
  const directory = await new Promise((resolve, reject) => {
    const request = indexedDB.open('crm-desktop');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const log = await new Promise((resolve, reject) => {
    const request = directory.transaction('syncLog', 'readonly').objectStore('syncLog').getAll();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  directory.close();
  return log;
})()`;

/** `Name (Location)` → a RegExp matching a list row whose accessible name starts with it. */
function rowName(display: string): RegExp {
  return new RegExp(`^${display.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( |$)`);
}

/**
 * The real system one browser schedule drives: the task pane in a Chromium page (driven through its
 * UI), its IndexedDB (read raw from the page), and the dev server's simulator (its admin API).
 */
export class BrowserWorld {
  /** The installed customization package, parsed once after the first sync. */
  pkg!: CustomizationPackage;

  constructor(
    readonly page: Page,
    readonly ctx: BrowserTestContext,
    /** The deployment's `sync.deletionCheckHours`: 0 lists every Id on every run, 24 is the default. */
    readonly deletionCheckHours: 0 | 24,
  ) {}

  // ---------------------------------------------------------------- simulator (the server)

  /**
   * One call of the simulator's admin API. Through Node's fetch, not `page.request`: that one reuses
   * a kept-alive connection the dev server may close at the same moment (ECONNRESET after 5 s idle),
   * while Node's fetch retires such connections before the server's keep-alive timeout.
   */
  private async adminCall<T>(method: 'GET' | 'POST', action: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.ctx.origin}/simulator/admin/${action}`, {
      method,
      ...(method === 'POST' ? { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) } : {}),
    });
    if (!response.ok)
      throw new Error(`simulator admin ${method} ${action} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as T;
  }

  admin<T = Record<string, unknown>>(action: string, body: unknown): Promise<T> {
    return this.adminCall<T>('POST', action, body);
  }

  serverState(): Promise<ServerState> {
    return this.adminCall<ServerState>('GET', 'state');
  }

  /** Calls of `operation` the simulator has received (counted on arrival, before any latency). */
  async callsReceived(operation: string): Promise<number> {
    return (await this.adminCall<{ operations: Record<string, number> }>('GET', 'traffic')).operations[operation] ?? 0;
  }

  /** The server's record (Siebel field names, wire text), or null when it has none. */
  async serverRecord(typeId: string, id: string): Promise<Record<string, string> | null> {
    return (await this.admin<{ record: Record<string, string> | null }>('data', { op: 'get', typeId, id })).record;
  }

  // ---------------------------------------------------------------- IndexedDB (the local side)

  async snapshot(): Promise<LocalSnapshot> {
    const tables = [...BROWSER_TYPES.map(tableNameFor), '_outbox', '_issues'];
    const raw = (await this.page.evaluate(readIndexedDb(tables))) as { tables: Record<string, unknown[]> } | null;
    if (!raw) throw new Error('no active data database in IndexedDB');
    const records: Record<string, StoredRecord[]> = {};
    for (const typeId of BROWSER_TYPES) {
      records[typeId] = (raw.tables[tableNameFor(typeId)] as StoredRecord[]).map((r) =>
        Object.fromEntries(Object.entries(r).filter(([key]) => !key.startsWith('_'))),
      );
    }
    const outbox = raw.tables._outbox as PendingChange[];
    const issues = raw.tables._issues as LocalIssue[];
    const pendingKeys = new Set(outbox.map((p) => `${p.typeId}:${p.recordId}`));
    const issueKeys = new Set(issues.map((i) => `${i.typeId}:${i.recordId}`));
    return {
      records,
      outbox,
      issues,
      work: (typeId, id) =>
        issueKeys.has(`${typeId}:${id}`) ? 'issue' : pendingKeys.has(`${typeId}:${id}`) ? 'pending' : null,
    };
  }

  /** The sync log, newest first. */
  async syncLog(): Promise<SyncLogEntry[]> {
    return ((await this.page.evaluate(READ_SYNC_LOG)) as SyncLogEntry[]).sort((a, b) => (b.id ?? 0) - (a.id ?? 0));
  }

  /** The outcome the sync log holds for run `id` (undefined before it is logged). */
  async syncOutcome(id: number): Promise<SyncLogEntry['outcome'] | undefined> {
    return (await this.syncLog()).find((e) => e.id === id)?.outcome;
  }

  /** Reads and parses the installed package (for field names, types and record names). */
  async loadPackage(): Promise<void> {
    const raw = (await this.page.evaluate(readIndexedDb(['_package']))) as {
      tables: { _package: Array<{ files: PackageFile[] }> };
    } | null;
    const files = raw?.tables._package[0]?.files;
    if (!files) throw new Error('no installed package in IndexedDB');
    this.pkg = await parsePackage(files);
  }

  /** Siebel field Name of an ioElemName (the simulator keys its records by Name). */
  fieldName(typeId: string, ioElemName: string): string {
    const field = findObject(this.pkg, typeId)?.fields.find((f) => f.ioElemName === ioElemName);
    if (!field) throw new Error(`the package has no ${typeId}.${ioElemName}`);
    return field.name;
  }

  /** The name the task pane shows for a record (list row and detail heading). */
  displayName(typeId: string, record: StoredRecord): string {
    return formatRecordName(this.pkg, typeId, record);
  }

  // ---------------------------------------------------------------- the task pane's UI

  /** Fresh task pane (nothing saved), the deployment's sync settings, the first-run wizard and its initial sync. */
  async start(): Promise<void> {
    await this.admin('reset', {});
    if (this.deletionCheckHours !== 24) {
      const body = JSON.stringify({ sync: { deletionCheckHours: this.deletionCheckHours } });
      await this.page.route('**/deployment.json', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body }),
      );
    }
    await openFreshTaskpane(this.page, this.ctx);
    await syncFirstTimeAndOpenData(this.page);
    await this.loadPackage();
  }

  async stop(): Promise<void> {
    await this.page.unroute('**/deployment.json').catch(() => undefined);
  }

  /** The Records tab at the list of `typeId`: closes an open form and leaves any detail view. */
  async showList(typeId: BrowserType): Promise<void> {
    const { page } = this;
    await page.getByRole('tab', { name: 'Records' }).click();
    const show = page.getByRole('combobox', { name: 'Show' });
    for (let step = 0; !(await show.isVisible()); step++) {
      if (step > 10) throw new Error('could not get back to the record list');
      const cancel = page
        .getByRole('tabpanel', { name: 'Records' })
        .getByRole('button', { name: 'Cancel', exact: true });
      const back = page.getByRole('button', { name: /^← Back/ }).first();
      if (await cancel.isVisible()) await cancel.click();
      else if (await back.isVisible()) await back.click();
      else await page.waitForTimeout(100);
    }
    await show.selectOption(typeId);
  }

  /** Searches the list for `record` and opens its detail view. */
  async openRecord(typeId: BrowserType, record: StoredRecord, searchText: string): Promise<string> {
    const { page } = this;
    const display = this.displayName(typeId, record);
    await this.showList(typeId);
    await page.getByRole('searchbox', { name: `Search ${PLURAL[typeId]}` }).fill(searchText);
    await page
      .getByRole('list', { name: PLURAL[typeId] })
      .getByRole('button', { name: rowName(display) })
      .first()
      .click({ timeout: 10_000 });
    await page.getByRole('heading', { level: 2, name: display, exact: true }).waitFor({ timeout: 10_000 });
    return display;
  }

  /** Opens the record, Edit, types `value` into the field labelled `label`, Save; waits for the detail view to show it. */
  async editField(
    typeId: BrowserType,
    record: StoredRecord,
    searchText: string,
    label: string,
    value: string,
  ): Promise<void> {
    const { page } = this;
    const display = await this.openRecord(typeId, record, searchText);
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const form = page.getByRole('form', { name: `Edit ${display}` });
    await form.getByRole('textbox', { name: label, exact: true }).fill(value);
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await form.waitFor({ state: 'detached', timeout: 10_000 });
    // Back on the detail view, which shows the saved value.
    await page
      .getByRole('article', { name: display, exact: true })
      .getByRole('definition')
      .filter({ hasText: value })
      .waitFor({ timeout: 10_000 });
  }

  /** "New <type>" on the Records tab: fills the labelled fields, Save, waits for the new record's detail view. */
  async createRecord(
    typeId: BrowserType,
    values: ReadonlyArray<readonly [label: string, value: string]>,
    display: string,
  ): Promise<void> {
    const { page } = this;
    await this.showList(typeId);
    await page.getByRole('button', { name: `New ${typeId}`, exact: true }).click();
    const form = page.getByRole('form', { name: `New ${typeId}` });
    for (const [label, value] of values) await form.getByRole('textbox', { name: label, exact: true }).fill(value);
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await form.waitFor({ state: 'detached', timeout: 10_000 });
    await page.getByRole('heading', { level: 2, name: display, exact: true }).waitFor({ timeout: 10_000 });
  }

  /** Sync now on the Sync tab; resolves once the run is in the sync log (its outcome may still be "running"). */
  async startSync(): Promise<number> {
    const { page } = this;
    await openTab(page, 'Sync');
    const button = page.getByRole('button', { name: 'Sync now' });
    await button.waitFor();
    const before = (await this.syncLog())[0]?.id ?? 0;
    await button.click();
    const deadline = Date.now() + 10_000;
    for (;;) {
      const newest = (await this.syncLog())[0];
      if (newest && (newest.id ?? 0) > before) return newest.id ?? 0;
      if (Date.now() > deadline) throw new Error('Sync now started no synchronization within 10 s');
      await page.waitForTimeout(50);
    }
  }

  /** Waits on the Sync tab until the run `id` has ended and its history row shows the outcome. */
  async waitForSync(id: number): Promise<SyncOutcome> {
    const { page } = this;
    await openTab(page, 'Sync');
    const button = page.getByRole('button', { name: 'Sync now' });
    const newestRow = page.getByRole('list', { name: 'Synchronization history' }).locator(':scope > li').first();
    const deadline = Date.now() + 20_000;
    for (;;) {
      const entry = (await this.syncLog()).find((e) => e.id === id);
      if (entry && entry.outcome !== 'running' && (await button.isEnabled())) {
        const label = (await newestRow.getAttribute('aria-label')) ?? '';
        const shown = label.slice(label.lastIndexOf(': ') + 2);
        if (shown !== 'Running') return { entry, shown };
      }
      if (Date.now() > deadline) throw new Error('the synchronization did not finish within 20 s');
      await page.waitForTimeout(100);
    }
  }
}

/** Records of a type in a replayable order: server Ids first, then never-sent records by display name. */
export function orderedRecords(
  world: BrowserWorld,
  typeId: BrowserType,
  records: readonly StoredRecord[],
): StoredRecord[] {
  const key = (r: StoredRecord) => (isLocalId(String(r.Id)) ? `~${world.displayName(typeId, r)}` : String(r.Id));
  return [...records].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
