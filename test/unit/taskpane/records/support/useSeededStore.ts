import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach } from 'vitest';
import type { CustomizationPackage } from '../../../../../src/metadata';
import type { DataDatabase, Store } from '../../../../../src/store';
import { salesPackage, sampleRecords, seededStore } from './seedStore';

/** The store of the running test and its active database (read them inside a test or hook). */
export interface SeededStore {
  readonly store: Store;
  readonly db: DataDatabase;
}

/**
 * Gives every test of the calling file a fresh store seeded with `sampleRecords(recordCount)`
 * and unmounts and closes it after the test. `prepare` runs before each seeding (e.g. `fakeLayout`).
 */
export function useSeededStore(recordCount: number, prepare?: () => void): SeededStore {
  let pkg: CustomizationPackage;
  let current: { store: Store; db: DataDatabase } | undefined;
  beforeAll(async () => {
    pkg = await salesPackage();
  });
  beforeEach(async () => {
    prepare?.();
    current = await seededStore(pkg, sampleRecords(recordCount));
  });
  afterEach(() => {
    cleanup();
    current?.store.close();
  });
  const seeded = () => {
    if (!current)
      throw new Error('useSeededStore: the store exists only inside a test — read it there, not at module level');
    return current;
  };
  return {
    get store() {
      return seeded().store;
    },
    get db() {
      return seeded().db;
    },
  };
}
