import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PendingChange, PendingOperation } from '../../../../src/store';
import { planUpload } from '../../../../src/sync';
import { chunk } from '../../../../src/shared';
import { pending } from '../support/salesRep';

const ORDER = ['Account', 'Contact', 'Opportunity', 'Action', 'ActionContact'];

describe('planUpload', () => {
  it('sends inserts per type in sync order, then all updates, then deletes in reverse order', () => {
    const changes = [
      pending({ typeId: 'Contact', recordId: 'local-c', operation: 'insert' }),
      pending({ typeId: 'Account', recordId: '1-A', operation: 'delete' }),
      pending({ typeId: 'Account', recordId: 'local-a', operation: 'insert' }),
      pending({ typeId: 'Contact', recordId: '1-C', operation: 'update' }),
      pending({ typeId: 'Contact', recordId: '1-D', operation: 'delete' }),
      pending({ typeId: 'Account', recordId: '1-B', operation: 'update' }),
    ];
    const waves = planUpload(changes, ORDER);
    expect(waves.map((w) => [w.operation, w.typeIds, w.changes.map((c) => c.recordId)])).toEqual([
      ['insert', ['Account'], ['local-a']],
      ['insert', ['Contact'], ['local-c']],
      ['update', ['Account', 'Contact'], ['1-B', '1-C']],
      ['delete', ['Contact', 'Account'], ['1-D', '1-A']],
    ]);
  });

  it('leaves blocked changes out', () => {
    const waves = planUpload(
      [pending({ typeId: 'Account', recordId: 'local-a', operation: 'insert', state: 'blocked' })],
      ORDER,
    );
    expect(waves).toEqual([]);
  });

  it('sends every ready change exactly once whatever the mix', () => {
    const ops: PendingOperation[] = ['insert', 'update', 'delete'];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ typeId: fc.constantFrom(...ORDER, 'Other'), op: fc.constantFrom(...ops), blocked: fc.boolean() }),
          { maxLength: 30 },
        ),
        (items) => {
          const changes: PendingChange[] = items.map((it, i) =>
            pending({
              typeId: it.typeId,
              recordId: `r${i}`,
              operation: it.op,
              state: it.blocked ? 'blocked' : 'ready',
            }),
          );
          const sent = planUpload(changes, ORDER).flatMap((w) => w.changes.map((c) => c.recordId));
          expect(sent.sort()).toEqual(
            changes
              .filter((c) => c.state === 'ready')
              .map((c) => c.recordId)
              .sort(),
          );
        },
      ),
    );
  });
});

describe('chunk', () => {
  it('cuts into batches of at most the limit, and treats null as no limit', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([1, 2, 3], null)).toEqual([[1, 2, 3]]);
    expect(chunk([], 50)).toEqual([]);
  });
});
