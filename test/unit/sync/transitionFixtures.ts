import type { CustomizationPackage } from '../../../src/metadata';
import type { MetadataAnswer } from '../../../src/siebel';
import type {
  InstalledPackageRef,
  SyncContext,
  SyncEvent,
  SyncStartInput,
  SyncState,
} from '../../../src/sync/machine/types';

/** The installed package of an active database used across machine tests. */
export const installed: InstalledPackageRef = {
  packageId: 'PKG-1',
  responsibilityId: 'RESP-1',
  hashValue: 'HASH-1',
  schemaFingerprint: 'SCHEMA-1',
  typeIds: ['Account', 'Contact'],
};

/** A start input for an incremental run (an active, matching database). */
export function incrementalInput(overrides: Partial<SyncStartInput> = {}): SyncStartInput {
  return {
    full: false,
    startedAtMs: 1_000_000_000,
    active: { identityMatches: true, installed, lastSyncStartedAtMs: 900_000_000 },
    ...overrides,
  };
}

/** A package as the metadata layer would parse it (only what the machine reads). */
export function parsedPackage(
  schemaFingerprint: string,
  typeIds: readonly string[] = ['Account', 'Contact'],
): CustomizationPackage {
  return {
    schemaFingerprint,
    contentHash: `content-of-${schemaFingerprint}`,
    syncedTypes: typeIds.map((typeId) => ({ typeId, nameFormat: '', links: [], naturalKeys: [] })),
  } as unknown as CustomizationPackage;
}

/** A DownloadMetadataFiles answer. */
export function answer(containsFiles: boolean, overrides: Partial<MetadataAnswer> = {}): MetadataAnswer {
  return {
    containsFiles,
    packageId: 'PKG-1',
    responsibilityId: 'RESP-1',
    hashValue: containsFiles ? 'HASH-2' : 'HASH-1',
    files: containsFiles ? [{ name: 'info.xml', type: 'XML', content: '<info/>' }] : [],
    ...overrides,
  };
}

const ctx: SyncContext = {
  kind: 'incremental',
  reason: null,
  startedAtMs: 1_000_000_000,
  installed,
  lastSyncStartedAtMs: 900_000_000,
  packageId: 'PKG-1',
  responsibilityId: 'RESP-1',
  hashValue: 'HASH-1',
  responsibilityChanged: false,
  counts: {},
  issues: [],
  uploads: { inserted: 0, updated: 0, deleted: 0, issues: 0 },
  pendingChanges: 0,
  discardPendingChanges: false,
};

/** One representative state per phase (and per step of applyingPackage). */
export const sampleStates: Record<string, SyncState> = {
  idle: { phase: 'idle' },
  connecting: { phase: 'connecting', ctx, upload: false },
  uploading: { phase: 'uploading', ctx },
  checkingMetadata: { phase: 'checkingMetadata', ctx },
  'applyingPackage/parsing': { phase: 'applyingPackage', ctx, step: 'parsing', typeIds: [] },
  'applyingPackage/installing': { phase: 'applyingPackage', ctx, step: 'installing', typeIds: ['Account', 'Contact'] },
  'applyingPackage/preparingStaging': {
    phase: 'applyingPackage',
    ctx: { ...ctx, kind: 'initial', reason: 'schemaChanged' },
    step: 'preparingStaging',
    typeIds: ['Account', 'Contact'],
  },
  downloading: { phase: 'downloading', ctx, typeIds: ['Account', 'Contact'], index: 0 },
  removingDeleted: { phase: 'removingDeleted', ctx, typeIds: ['Account', 'Contact'], index: 0 },
  committing: { phase: 'committing', ctx },
  loggingOut: { phase: 'loggingOut', ctx, outcome: 'succeeded', error: undefined },
  done: { phase: 'done', ctx },
  failed: { phase: 'failed', ctx, error: new Error('boom') },
  cancelled: { phase: 'cancelled', ctx },
};

const failure = new Error('request failed');

/** One event of every type. */
export const sampleEvents: Record<SyncEvent['type'], SyncEvent> = {
  start: { type: 'start', input: incrementalInput() },
  sessionOpened: { type: 'sessionOpened' },
  uploaded: {
    type: 'uploaded',
    uploads: { inserted: 1, updated: 0, deleted: 0, issues: 0 },
    issues: [],
    pendingChanges: 0,
  },
  metadataReceived: { type: 'metadataReceived', answer: answer(false) },
  packageParsed: { type: 'packageParsed', pkg: parsedPackage('SCHEMA-1') },
  packageInstalled: { type: 'packageInstalled' },
  stagingReady: { type: 'stagingReady', databaseName: 'crm-data-2', resumed: false },
  typeDownloaded: { type: 'typeDownloaded', typeId: 'Account', added: 2, changed: 1, issues: [] },
  deletionsRemoved: { type: 'deletionsRemoved', typeId: 'Account', removed: 3, added: 0, issues: [] },
  committed: { type: 'committed' },
  loggedOff: { type: 'loggedOff' },
  effectFailed: { type: 'effectFailed', error: failure },
  cancel: { type: 'cancel' },
};
