import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';
import type { CredentialVault, LoginOptions } from '../../../../src/host';
import { LOGIN_OPTIONS_KEY } from '../../../../src/host';
import { parsePackage } from '../../../../src/metadata';
import type { CustomizationPackage, PackageFile } from '../../../../src/metadata';
import type { DataDatabase, Identity, Store } from '../../../../src/store';
import { broadcastSyncProgress } from '../../../../src/sync/progress/progressChannel';
import type { AdminSettings, ConnectionTestResult, SyncEngine, SyncReport } from '../../../../src/sync';
import type { SynchronizeOptions } from '../../../../src/sync/createSyncEngine';
import { App } from '../../../../src/taskpane/App';
import type { AppProps } from '../../../../src/taskpane/App';
import type { AppServices } from '../../../../src/taskpane/AppServices';
import { AppProvider } from '../../../../src/taskpane/AppProvider';
import type { ReactNode } from 'react';
import { fakeHost } from '../fakeHost';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../src/simulator/packages/sales-rep');

/** The simulator's sales-rep package files (Accounts, Contacts, Opportunities, Activities; German strings). */
export function salesRepFiles(): PackageFile[] {
  return readdirSync(packageDir)
    .sort()
    .map((name) => ({ name, type: 'XML', content: readFileSync(join(packageDir, name), 'utf8') }));
}

let parsed: Promise<CustomizationPackage> | null = null;
/** The parsed sales-rep package (parsed once per test file). */
export function salesRepPackage(): Promise<CustomizationPackage> {
  return (parsed ??= parsePackage(salesRepFiles()));
}

/** A successful initial report with the given counts. */
export function successReport(
  counts: SyncReport['counts'] = {
    Account: { added: 50, changed: 0, removed: 0 },
    Contact: { added: 120, changed: 0, removed: 0 },
  },
): SyncReport {
  return {
    kind: 'initial',
    reason: 'firstUse',
    outcome: 'succeeded',
    packageId: '1-PKG-SALES',
    hashValue: 'h',
    responsibilityId: '1-RESP-SALES',
    counts,
    durationMs: 2500,
    sessions: { opened: 1, closed: 1 },
    issues: [],
  };
}

/**
 * Answers after a timer, as IndexedDB does: a test that clicks before the count is shown
 * fails every time instead of only on a loaded machine.
 */
function later<T>(value: () => T): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value()), 20));
}

function fakeDatabase(identity: Identity, pendingChanges: () => number): DataDatabase {
  return {
    name: `db-${identity.userName}`,
    identity,
    installedPackage: async () => ({ files: salesRepFiles() }),
    countPendingChanges: () => later(pendingChanges),
    countIssues: async () => 0,
    // The status line orders the sync's progress by the stored types.
    layout: { types: [] },
  } as unknown as DataDatabase;
}

/** Options of {@link fakeServices}. */
export interface FakeServicesOptions {
  readonly options?: LoginOptions | null;
  /** Identity of the data on this computer; `null` = none yet. */
  readonly active?: Identity | null;
  readonly testConnection?: (url: string) => Promise<ConnectionTestResult>;
  readonly discoverError?: Error;
  /** Runs instead of the default (one progress report, then success). */
  readonly synchronize?: (options: SynchronizeOptions) => Promise<SyncReport>;
  readonly failSave?: boolean;
  readonly language?: string;
  /** Unsent local changes in the active database (0 when absent). */
  readonly pendingChanges?: number;
  /** The deployment file's `admin` section (all open when absent). */
  readonly admin?: AdminSettings;
}

/** Services for App with an in-memory store, vault and engine; records what was asked of them. */
export function fakeServices(options: FakeServicesOptions = {}) {
  const initial = options.options ? { [LOGIN_OPTIONS_KEY]: JSON.stringify(options.options) } : {};
  const { host, saved } = fakeHost(initial, { failSave: options.failSave });
  if (options.language) (host as { displayLanguage: string }).displayLanguage = options.language;
  let active: Identity | null = options.active ?? null;
  let pendingChanges = options.pendingChanges ?? 0;
  const store = {
    activeDatabase: async () => (active ? fakeDatabase(active, () => pendingChanges) : null),
    listSyncLog: async () => [],
  } as unknown as Store;
  const vaultEntries = new Map<string, string>();
  const vault: CredentialVault = {
    remember: vi.fn(async (identity, password) => void vaultEntries.set(identity.userName, password)),
    recall: vi.fn(async (identity) => vaultEntries.get(identity.userName) ?? null),
    forget: vi.fn(async () => vaultEntries.clear()),
  };
  const synchronize = vi.fn(async (request: SynchronizeOptions): Promise<SyncReport> => {
    const report = options.synchronize
      ? await options.synchronize(request)
      : (broadcastSyncProgress({
          phase: 'downloading',
          kind: 'initial',
          typeId: 'Account',
          recordsWritten: 20,
          pages: 1,
          recordsExpected: 50,
          elapsedMs: 10,
        }),
        successReport());
    broadcastSyncProgress({
      phase: report.outcome === 'succeeded' ? 'done' : report.outcome,
      kind: 'initial',
      typeId: null,
      recordsWritten: 0,
      pages: 0,
      recordsExpected: null,
      elapsedMs: 20,
    });
    if (report.outcome === 'succeeded')
      active = { userName: request.connection.userName, serverUrl: request.connection.endpointUrl };
    return report;
  });
  const engine: SyncEngine = { synchronize, status: async () => ({ running: false, lastRun: null }) };
  const discoverPackage = vi.fn(async () => {
    if (options.discoverError) throw options.discoverError;
    return { packageId: '1-PKG-SALES', responsibilityId: '1-RESP-SALES', pkg: await salesRepPackage() };
  });
  const testConnection = vi.fn(
    options.testConnection ??
      (async (): Promise<ConnectionTestResult> => ({
        ok: true,
        message: 'http://localhost:4321/eai is a Siebel EAI endpoint',
      })),
  );
  const services: AppServices = {
    host,
    store,
    engine,
    vault,
    testConnection,
    discoverPackage,
    ...(options.admin ? { admin: options.admin } : {}),
  };
  const renderApp = (props: Partial<AppProps> = {}) =>
    render(
      <FluentProvider theme={webLightTheme}>
        <App services={services} origin="http://localhost:4321" {...props} />
      </FluentProvider>,
    );
  const renderInProvider = (ui: ReactNode, initialPassword: string | null = null) =>
    render(
      <FluentProvider theme={webLightTheme}>
        <AppProvider services={services} initialPassword={initialPassword}>
          {ui}
        </AppProvider>
      </FluentProvider>,
    );
  return {
    services,
    host,
    saved,
    vault,
    synchronize,
    discoverPackage,
    testConnection,
    renderApp,
    renderInProvider,
    activeIdentity: () => active,
    setPendingChanges: (n: number) => void (pendingChanges = n),
  };
}
