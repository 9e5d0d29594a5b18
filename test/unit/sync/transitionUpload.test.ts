import { describe, expect, it } from 'vitest';
import { transition } from '../../../src/sync/machine/transition';
import type { SyncEvent, SyncStartInput, SyncState } from '../../../src/sync/machine/types';
import { incrementalInput, installed, parsedPackage } from './transitionFixtures';

const uploads = { inserted: 2, updated: 1, deleted: 0, issues: 1 };

function start(input: SyncStartInput): SyncState {
  return transition({ phase: 'idle' }, { type: 'start', input })[0];
}

function withPending(
  pending: number,
  ready: number,
  overrides: Partial<SyncStartInput> = {},
  identityMatches = true,
): SyncStartInput {
  return incrementalInput({
    ...overrides,
    active: { identityMatches, installed, lastSyncStartedAtMs: 1, pendingChanges: pending, readyChanges: ready },
  });
}

function uploaded(pendingChanges: number): SyncEvent {
  return {
    type: 'uploaded',
    uploads,
    issues: [{ typeId: 'Contact', recordId: 'local-1', message: 'refused' }],
    pendingChanges,
  };
}

describe('transition: the upload phase', () => {
  it('uploads right after the session opens when the active database has ready changes', () => {
    const [state, effects] = transition(start(withPending(3, 2)), { type: 'sessionOpened' });
    expect(state.phase).toBe('uploading');
    expect(effects).toEqual([{ type: 'upload', kind: 'incremental' }]);
  });

  it('goes straight to the metadata check when every pending change is blocked', () => {
    const [state] = transition(start(withPending(2, 0)), { type: 'sessionOpened' });
    expect(state.phase).toBe('checkingMetadata');
  });

  it('never uploads for another login: the changes belong to the old one', () => {
    const state = start(withPending(2, 2, { discardPendingChanges: true }, false));
    expect(state.phase === 'connecting' && state.upload).toBe(false);
  });

  it('does not upload with a damaged local package (announced without ids)', () => {
    const input = incrementalInput({
      active: {
        identityMatches: true,
        installed: { ...installed, packageId: '' },
        lastSyncStartedAtMs: 1,
        pendingChanges: 1,
        readyChanges: 1,
      },
    });
    const state = start(input);
    expect(state.phase === 'connecting' && state.upload).toBe(false);
  });

  it('keeps the upload counts and issues in the context and then checks the metadata', () => {
    const [uploading] = transition(start(withPending(3, 3)), { type: 'sessionOpened' });
    const [state, effects] = transition(uploading, uploaded(1));
    expect(state.phase).toBe('checkingMetadata');
    expect(effects.map((e) => e.type)).toEqual(['downloadMetadata']);
    expect(state.phase !== 'idle' && [state.ctx.uploads, state.ctx.pendingChanges, state.ctx.issues.length]).toEqual([
      uploads,
      1,
      1,
    ]);
  });
});

describe('transition: the full resynchronization guard', () => {
  it('stops a run for another login at once, without a session, when changes are pending', () => {
    const [state, effects] = transition({ phase: 'idle' }, { type: 'start', input: withPending(4, 4, {}, false) });
    expect(state.phase).toBe('failed');
    expect(effects).toEqual([]);
    const error = state.phase === 'failed' ? (state.error as { code: string; pendingCount: number }) : null;
    expect([error?.code, error?.pendingCount]).toEqual(['PendingChanges', 4]);
  });

  it('lets a run for another login go on when the user agreed to discard the changes', () => {
    const state = start(withPending(4, 4, { discardPendingChanges: true }, false));
    expect(state.phase).toBe('connecting');
  });

  it('uploads first on a full resynchronization and stops when changes are still unsent afterwards', () => {
    const [uploading] = transition(start(withPending(2, 2, { full: true })), { type: 'sessionOpened' });
    expect(uploading.phase).toBe('uploading');
    const [state, effects] = transition(uploading, uploaded(1));
    expect(state.phase).toBe('loggingOut');
    expect(effects).toEqual([{ type: 'logoff' }]);
    expect(state.phase === 'loggingOut' && (state.error as { code: string }).code).toBe('PendingChanges');
  });

  it('goes on with a full resynchronization once the upload sent everything', () => {
    const [uploading] = transition(start(withPending(2, 2, { full: true })), { type: 'sessionOpened' });
    const [state] = transition(uploading, uploaded(0));
    expect(state.phase).toBe('checkingMetadata');
  });

  it('stops before a schema change builds a new database while changes are unsent', () => {
    const [uploading] = transition(start(withPending(2, 2)), { type: 'sessionOpened' });
    const [checking] = transition(uploading, uploaded(1));
    const [parsing] = transition(checking, {
      type: 'metadataReceived',
      answer: { containsFiles: true, packageId: 'PKG-1', responsibilityId: 'RESP-1', hashValue: 'HASH-2', files: [] },
    });
    const [state] = transition(parsing, { type: 'packageParsed', pkg: parsedPackage('SCHEMA-2') });
    expect(state.phase === 'loggingOut' && state.outcome).toBe('failed');
  });

  it('installs a package with the same schema in place even with unsent changes', () => {
    const [uploading] = transition(start(withPending(2, 2)), { type: 'sessionOpened' });
    const [checking] = transition(uploading, uploaded(1));
    const [parsing] = transition(checking, {
      type: 'metadataReceived',
      answer: { containsFiles: true, packageId: 'PKG-1', responsibilityId: 'RESP-1', hashValue: 'HASH-2', files: [] },
    });
    const [state, effects] = transition(parsing, { type: 'packageParsed', pkg: parsedPackage('SCHEMA-1') });
    expect(state.phase).toBe('applyingPackage');
    expect(effects.map((e) => e.type)).toEqual(['installPackage']);
  });
});
