import { describe, expect, it } from 'vitest';
import { transition } from '../../../src/sync/machine/transition';
import type { SyncEffect, SyncEvent, SyncState } from '../../../src/sync/machine/types';
import { answer, incrementalInput, installed, parsedPackage, sampleEvents, sampleStates } from './transitionFixtures';

type Expected = 'same' | [phase: SyncState['phase'], effects: SyncEffect['type'][]];
const ALL_EVENTS = Object.keys(sampleEvents) as SyncEvent['type'][];
const toLogoff: Expected = ['loggingOut', ['logoff']];

/** Every state × event: 'same' = the state object is returned unchanged with no effect. */
const table: Record<string, Partial<Record<SyncEvent['type'], Expected>>> = {
  idle: { start: ['connecting', ['openSession']] },
  connecting: { sessionOpened: ['checkingMetadata', ['downloadMetadata']], effectFailed: toLogoff, cancel: toLogoff },
  uploading: { uploaded: ['checkingMetadata', ['downloadMetadata']], effectFailed: toLogoff, cancel: toLogoff },
  checkingMetadata: { metadataReceived: ['downloading', ['downloadType']], effectFailed: toLogoff, cancel: toLogoff },
  'applyingPackage/parsing': {
    packageParsed: ['applyingPackage', ['installPackage']],
    effectFailed: toLogoff,
    cancel: toLogoff,
  },
  'applyingPackage/installing': {
    packageInstalled: ['downloading', ['downloadType']],
    effectFailed: toLogoff,
    cancel: toLogoff,
  },
  'applyingPackage/preparingStaging': {
    stagingReady: ['downloading', ['downloadType']],
    effectFailed: toLogoff,
    cancel: toLogoff,
  },
  // The sample run is incremental: each type's deletion check follows its download.
  downloading: { typeDownloaded: ['removingDeleted', ['removeDeleted']], effectFailed: toLogoff, cancel: toLogoff },
  removingDeleted: { deletionsRemoved: ['downloading', ['downloadType']], effectFailed: toLogoff, cancel: toLogoff },
  committing: { committed: toLogoff, effectFailed: toLogoff, cancel: toLogoff },
  loggingOut: { loggedOff: ['done', []], effectFailed: ['done', []] },
  done: {},
  failed: {},
  cancelled: {},
};

describe('transition (every state × every event)', () => {
  for (const [stateName, row] of Object.entries(table)) {
    for (const eventType of ALL_EVENTS) {
      const expected = row[eventType] ?? 'same';
      const title =
        expected === 'same'
          ? `ignores ${eventType} in ${stateName}`
          : `moves ${stateName} to ${expected[0]} on ${eventType} with [${expected[1].join(', ')}]`;
      it(title, () => {
        const state = sampleStates[stateName];
        const [next, effects] = transition(state, sampleEvents[eventType]);
        if (expected === 'same') {
          expect(next).toBe(state);
          expect(effects).toEqual([]);
        } else {
          expect(next.phase).toBe(expected[0]);
          expect(effects.map((e) => e.type)).toEqual(expected[1]);
        }
      });
    }
  }

  it('covers every phase of the machine in the table', () => {
    const phases = new Set(Object.values(sampleStates).map((s) => s.phase));
    expect([...phases].sort()).toEqual([
      'applyingPackage',
      'cancelled',
      'checkingMetadata',
      'committing',
      'connecting',
      'done',
      'downloading',
      'failed',
      'idle',
      'loggingOut',
      'removingDeleted',
      'uploading',
    ]);
  });
});

describe('transition: starting a run', () => {
  it('starts an initial run on first use and asks for metadata with empty ids', () => {
    const [connecting] = transition(
      { phase: 'idle' },
      { type: 'start', input: { full: false, startedAtMs: 5, active: null } },
    );
    expect(connecting.phase === 'connecting' && connecting.ctx.kind).toBe('initial');
    expect(connecting.phase === 'connecting' && connecting.ctx.reason).toBe('firstUse');
    const [, effects] = transition(connecting, { type: 'sessionOpened' });
    expect(effects).toEqual([{ type: 'downloadMetadata', packageId: '', responsibilityId: '', hashValue: '' }]);
  });

  it('starts an initial run when the identity changed, even with a package installed', () => {
    const input = incrementalInput({ active: { identityMatches: false, installed, lastSyncStartedAtMs: 1 } });
    const [state] = transition({ phase: 'idle' }, { type: 'start', input });
    expect(state.phase === 'connecting' && [state.ctx.kind, state.ctx.reason]).toEqual(['initial', 'identityChanged']);
  });

  it('starts an initial run when a full synchronization is requested', () => {
    const [state] = transition({ phase: 'idle' }, { type: 'start', input: incrementalInput({ full: true }) });
    expect(state.phase === 'connecting' && state.ctx.reason).toBe('fullRequested');
  });

  it('sends the cached package id, responsibility id and hash on an incremental run', () => {
    const [connecting] = transition({ phase: 'idle' }, { type: 'start', input: incrementalInput() });
    const [, effects] = transition(connecting, { type: 'sessionOpened' });
    expect(effects).toEqual([
      { type: 'downloadMetadata', packageId: 'PKG-1', responsibilityId: 'RESP-1', hashValue: 'HASH-1' },
    ]);
  });
});

function runTo(events: SyncEvent[], input = incrementalInput()): [SyncState, SyncEffect[]] {
  let result = transition({ phase: 'idle' }, { type: 'start', input });
  for (const event of events) result = transition(result[0], event);
  return result;
}

describe('transition: metadata answers', () => {
  it("downloads the changes (since each type's server-time watermark) when no new metadata exists", () => {
    const [state, effects] = runTo([{ type: 'sessionOpened' }, { type: 'metadataReceived', answer: answer(false) }]);
    expect(state.phase).toBe('downloading');
    expect(effects).toEqual([{ type: 'downloadType', typeId: 'Account', mode: 'incremental' }]);
  });

  it('installs a package with the same schema in place and continues incrementally', () => {
    const [state, effects] = runTo([
      { type: 'sessionOpened' },
      { type: 'metadataReceived', answer: answer(true) },
      { type: 'packageParsed', pkg: parsedPackage('SCHEMA-1') },
    ]);
    expect(effects.map((e) => e.type)).toEqual(['installPackage']);
    expect(state.phase === 'applyingPackage' && [state.ctx.kind, state.ctx.hashValue]).toEqual([
      'incremental',
      'HASH-2',
    ]);
  });

  it('switches to an initial run into a staging database when the schema changed', () => {
    const [state, effects] = runTo([
      { type: 'sessionOpened' },
      { type: 'metadataReceived', answer: answer(true) },
      { type: 'packageParsed', pkg: parsedPackage('SCHEMA-2', ['Account']) },
    ]);
    expect(effects.map((e) => e.type)).toEqual(['prepareStaging']);
    expect(state.phase === 'applyingPackage' && [state.ctx.kind, state.ctx.reason, state.typeIds]).toEqual([
      'initial',
      'schemaChanged',
      ['Account'],
    ]);
    const [downloading, next] = transition(state, { type: 'stagingReady', databaseName: 'db2', resumed: false });
    expect(downloading.phase).toBe('downloading');
    expect(next).toEqual([{ type: 'downloadType', typeId: 'Account', mode: 'initial' }]);
  });

  it('records a changed responsibility id from the answer', () => {
    const [state] = runTo([
      { type: 'sessionOpened' },
      { type: 'metadataReceived', answer: answer(false, { responsibilityId: 'RESP-9' }) },
    ]);
    expect(state.phase === 'downloading' && [state.ctx.responsibilityId, state.ctx.responsibilityChanged]).toEqual([
      'RESP-9',
      true,
    ]);
  });

  it('fails with a NoPublishedPackage error when an initial run gets no files', () => {
    const [state, effects] = runTo([{ type: 'sessionOpened' }, { type: 'metadataReceived', answer: answer(false) }], {
      full: false,
      startedAtMs: 1,
      active: null,
    });
    expect(effects).toEqual([{ type: 'logoff' }]);
    const [failed] = transition(state, { type: 'loggedOff' });
    expect(failed.phase === 'failed' && (failed.error as { code: string }).code).toBe('NoPublishedPackage');
  });
});

describe('transition: downloading, deletions and the end of a run', () => {
  const incremental: SyncEvent[] = [{ type: 'sessionOpened' }, { type: 'metadataReceived', answer: answer(false) }];

  it('accumulates added, changed and removed counts per type and commits with the start time', () => {
    const [state, effects] = runTo([
      ...incremental,
      { type: 'typeDownloaded', typeId: 'Account', added: 2, changed: 1, issues: [] },
      { type: 'deletionsRemoved', typeId: 'Account', removed: 1, added: 1, issues: [] },
      {
        type: 'typeDownloaded',
        typeId: 'Contact',
        added: 0,
        changed: 4,
        issues: [{ typeId: 'Contact', recordId: 'C1', message: 'bad' }],
      },
      {
        type: 'deletionsRemoved',
        typeId: 'Contact',
        removed: 0,
        added: 0,
        issues: [{ typeId: 'Contact', message: 'no Id' }],
      },
    ]);
    expect(state.phase).toBe('committing');
    expect(effects).toEqual([
      {
        type: 'commit',
        kind: 'incremental',
        packageId: 'PKG-1',
        responsibilityId: 'RESP-1',
        hashValue: 'HASH-1',
        startedAtMs: 1_000_000_000,
      },
    ]);
    expect(state.phase === 'committing' && state.ctx.counts).toEqual({
      Account: { added: 3, changed: 1, removed: 1 },
      Contact: { added: 0, changed: 4, removed: 0 },
    });
    expect(state.phase === 'committing' && state.ctx.issues).toHaveLength(2);
  });

  it('counts filter exits of the download as removed, and records which deletion check each type had', () => {
    const [state] = runTo([
      ...incremental,
      { type: 'typeDownloaded', typeId: 'Account', added: 1, changed: 2, removed: 3, issues: [] },
      { type: 'deletionsRemoved', typeId: 'Account', removed: 1, added: 0, issues: [], check: 'slice' },
      { type: 'typeDownloaded', typeId: 'Contact', added: 0, changed: 0, issues: [] },
      { type: 'deletionsRemoved', typeId: 'Contact', removed: 0, added: 0, issues: [], check: 'none' },
    ]);
    expect(state.phase === 'committing' && state.ctx.counts).toEqual({
      Account: { added: 1, changed: 2, removed: 4, deletionCheck: 'slice' },
      Contact: { added: 0, changed: 0, removed: 0, deletionCheck: 'none' },
    });
  });
  it('checks each type for deletions right after its download on an incremental run', () => {
    const effectsOf = (events: SyncEvent[]) => {
      let [state] = transition({ phase: 'idle' }, { type: 'start', input: incrementalInput() });
      const seen: string[] = [];
      for (const event of events) {
        const [next, effects] = transition(state, event);
        state = next;
        seen.push(...effects.map((e) => ('typeId' in e ? `${e.type} ${e.typeId}` : e.type)));
      }
      return seen;
    };
    expect(
      effectsOf([
        ...incremental,
        { type: 'typeDownloaded', typeId: 'Account', added: 0, changed: 0, issues: [] },
        { type: 'deletionsRemoved', typeId: 'Account', removed: 0, added: 0, issues: [] },
        { type: 'typeDownloaded', typeId: 'Contact', added: 0, changed: 0, issues: [] },
        { type: 'deletionsRemoved', typeId: 'Contact', removed: 0, added: 0, issues: [] },
      ]),
    ).toEqual([
      'downloadMetadata',
      'downloadType Account',
      'removeDeleted Account',
      'downloadType Contact',
      'removeDeleted Contact',
      'commit',
    ]);
  });

  it('downloads the next type right after the previous one on an initial run', () => {
    const [state, effects] = runTo(
      [
        { type: 'sessionOpened' },
        { type: 'metadataReceived', answer: answer(true) },
        { type: 'packageParsed', pkg: parsedPackage('S', ['Account', 'Contact']) },
        { type: 'stagingReady', databaseName: 'd', resumed: false },
        { type: 'typeDownloaded', typeId: 'Account', added: 7, changed: 0, issues: [] },
      ],
      { full: false, startedAtMs: 3, active: null },
    );
    expect(state.phase === 'downloading' && state.index).toBe(1);
    expect(effects).toEqual([{ type: 'downloadType', typeId: 'Contact', mode: 'initial' }]);
  });

  it('skips deletion detection on an initial run and commits after the last type', () => {
    const [state, effects] = runTo(
      [
        { type: 'sessionOpened' },
        { type: 'metadataReceived', answer: answer(true) },
        { type: 'packageParsed', pkg: parsedPackage('S', ['Account']) },
        { type: 'stagingReady', databaseName: 'd', resumed: true },
        { type: 'typeDownloaded', typeId: 'Account', added: 7, changed: 0, issues: [] },
      ],
      { full: false, startedAtMs: 3, active: null },
    );
    expect(state.phase).toBe('committing');
    expect(effects.map((e) => e.type)).toEqual(['commit']);
  });

  it('ignores a result for a type other than the one being downloaded', () => {
    const [state] = runTo(incremental);
    const [next, effects] = transition(state, {
      type: 'typeDownloaded',
      typeId: 'Contact',
      added: 1,
      changed: 0,
      issues: [],
    });
    expect(next).toBe(state);
    expect(effects).toEqual([]);
  });

  it('logs off after a failure and ends failed with the original error', () => {
    const error = new Error('Storage full');
    const [loggingOut, effects] = runTo([...incremental, { type: 'effectFailed', error }]);
    expect(effects).toEqual([{ type: 'logoff' }]);
    const [failed] = transition(loggingOut, { type: 'loggedOff' });
    expect(failed.phase === 'failed' && failed.error).toBe(error);
  });

  it('logs off after a cancel and ends cancelled even when the logoff fails', () => {
    const [loggingOut] = runTo([...incremental, { type: 'cancel' }]);
    const [ended] = transition(loggingOut, { type: 'effectFailed', error: new Error('network down') });
    expect(ended.phase).toBe('cancelled');
  });

  it('goes straight to committing when the package synchronizes no type', () => {
    const [state, effects] = runTo([
      { type: 'sessionOpened' },
      { type: 'metadataReceived', answer: answer(true) },
      { type: 'packageParsed', pkg: parsedPackage('SCHEMA-1', []) },
      { type: 'packageInstalled' },
    ]);
    expect(state.phase).toBe('committing');
    expect(effects.map((e) => e.type)).toEqual(['commit']);
  });
});
