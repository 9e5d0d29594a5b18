import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach } from 'vitest';
import { parsePackage, type CustomizationPackage } from '../../../../src/metadata';
import type { DataDatabase, Store } from '../../../../src/store';
import { sampleRecords, seededStore } from '../records/support/seedStore';

const SALES_REP = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../src/simulator/packages/sales-rep');

/**
 * The sales-rep package the simulator publishes now (with the ActionContact association and the
 * conflict rules of issue #9), read from its folder as the server would send it.
 */
export async function publishedSalesPackage(): Promise<CustomizationPackage> {
  const files = readdirSync(SALES_REP)
    .filter((name) => name.endsWith('.xml'))
    .sort()
    .map((name) => ({ name, type: 'XML', content: readFileSync(join(SALES_REP, name), 'utf8') }));
  return parsePackage(files);
}

/** The store, active database and package of the running test. */
export interface ShareStore {
  readonly store: Store;
  readonly db: DataDatabase;
  readonly pkg: CustomizationPackage;
}

/** Every test of the calling file gets a fresh store of `sampleRecords(count)` under the published package. */
export function useShareStore(count: number): ShareStore {
  let pkg: CustomizationPackage | undefined;
  let current: { store: Store; db: DataDatabase } | undefined;
  beforeAll(async () => {
    pkg = await publishedSalesPackage();
  });
  beforeEach(async () => {
    current = await seededStore(pkg as CustomizationPackage, sampleRecords(count));
  });
  afterEach(() => {
    cleanup();
    current?.store.close();
  });
  const get = () => {
    if (!current || !pkg) throw new Error('useShareStore: the store exists only inside a test');
    return { ...current, pkg };
  };
  return {
    get store() {
      return get().store;
    },
    get db() {
      return get().db;
    },
    get pkg() {
      return get().pkg;
    },
  };
}
