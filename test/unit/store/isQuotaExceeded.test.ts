import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { isQuotaExceeded, StorageFullError, StoreError } from '../../../src/store';
import { toStoreError } from '../../../src/store/errors/toStoreError';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('isQuotaExceeded', () => {
  it('recognizes the DOMException IndexedDB raises', () => {
    expect(isQuotaExceeded(quota())).toBe(true);
  });

  it('recognizes a quota failure wrapped in a Dexie AbortError', () => {
    expect(isQuotaExceeded(new Dexie.AbortError('Transaction aborted', quota()))).toBe(true);
  });

  it('recognizes a quota failure among the failures of a Dexie BulkError', () => {
    expect(isQuotaExceeded(new Dexie.BulkError('1 of 2 failed', { 1: quota() }))).toBe(true);
  });

  it('recognizes a quota failure in an error cause chain', () => {
    expect(isQuotaExceeded(new Error('outer', { cause: new Error('mid', { cause: quota() }) }))).toBe(true);
  });

  it('does not take other failures for a full storage', () => {
    expect(isQuotaExceeded(new Dexie.AbortError('Transaction aborted', new DOMException('x', 'DataError')))).toBe(
      false,
    );
    expect(isQuotaExceeded('QuotaExceededError')).toBe(false);
    expect(isQuotaExceeded(null)).toBe(false);
  });
});

describe('toStoreError', () => {
  it('maps a wrapped quota failure to StorageFullError and keeps it as cause', () => {
    const original = new Dexie.AbortError('Transaction aborted', quota());
    const mapped = toStoreError(original, 'Saving synchronized records', 'db-1');
    expect(mapped).toBeInstanceOf(StorageFullError);
    expect(mapped.message.startsWith('Saving synchronized records: ')).toBe(true);
    expect((mapped as StorageFullError).cause).toBe(original);
  });

  it('maps another failure to StoreError naming the operation, the database and the original error', () => {
    const original = new Dexie.DatabaseClosedError('Database has been closed');
    const mapped = toStoreError(original, 'Reading a record', 'db-1');
    expect(mapped).toBeInstanceOf(StoreError);
    expect(mapped.message).toMatch(
      /^Reading a record failed: db-1 \(DatabaseClosedError: Database has been closed\) — /,
    );
    expect((mapped as StoreError).cause).toBe(original);
  });

  it('passes an add-in error through unchanged', () => {
    const original = new StoreError('Reading x failed: y — z');
    expect(toStoreError(original, 'Other', 'db')).toBe(original);
  });
});
