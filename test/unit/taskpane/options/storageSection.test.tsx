// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HostError } from '../../../../src/host';
import { createTranslator, ENGLISH_CATALOG } from '../../../../src/i18n';
import type { BrowserStorage, StoragePersistence, StorageStatus } from '../../../../src/host';
import type { DataDatabase, Store } from '../../../../src/store';
import { LocalStorageSection } from '../../../../src/taskpane/components/options/LocalStorageSection';
import {
  formatBytes,
  persistenceLabel,
  spaceText,
  unsentChangesText,
} from '../../../../src/taskpane/components/options/storageTexts';
import { fakeServices } from '../wizard/fakeServices';

afterEach(cleanup);

const english = createTranslator(ENGLISH_CATALOG);
/** English texts with German number formats (the formatting locale is its own choice). */
const germanNumbers = createTranslator({ ...ENGLISH_CATALOG, formattingLocale: 'de-DE' });

describe('storage texts', () => {
  it("names each persistence in the user's words", () => {
    expect(persistenceLabel(english, 'persistent')).toBe('Kept until you remove it');
    expect(persistenceLabel(english, 'best-effort')).toBe('The browser may clear it when space runs low');
    expect(persistenceLabel(english, 'unknown')).toBe('This Outlook does not say whether it keeps it');
  });

  it('writes sizes in decimal units in the formatting locale', () => {
    expect(formatBytes(english, 512)).toBe('0.5 kB');
    expect(formatBytes(english, 12_345_678)).toBe('12.3 MB');
    expect(formatBytes(germanNumbers, 2_100_000_000)).toMatch(/^2,1\sGB$/);
    expect(spaceText(english, { persistence: 'persistent', usageBytes: 12_345_678, quotaBytes: 2_100_000_000 })).toBe(
      '12.3 MB used of 2.1 GB the browser allows',
    );
    expect(spaceText(english, { persistence: 'unknown', usageBytes: null, quotaBytes: null })).toBeNull();
  });

  it('counts the changes that exist only on this computer', () => {
    expect(unsentChangesText(english, null)).toBeNull();
    expect(unsentChangesText(english, 0)).toBe('Every change you made here has been sent to Siebel.');
    expect(unsentChangesText(english, 1)).toBe(
      '1 change exists only on this computer until the next synchronization sends it to Siebel.',
    );
    expect(unsentChangesText(english, 3)).toMatch(/^3 changes exist only on this computer .* sends them to Siebel\.$/);
  });
});

/** The section with a host whose Storage API answers `status`, and an active database with `pending` unsent changes. */
function setup(status: StorageStatus | Error, options: { grant?: StoragePersistence; pending?: number } = {}) {
  const fake = fakeServices({
    options: { serverUrl: 'https://crm.example.com/eai', userName: 'JSMITH', autoSyncMinutes: 30 },
  });
  let current = status;
  const storage: BrowserStorage = {
    status: vi.fn(async () => {
      if (current instanceof Error) throw current;
      return current;
    }),
    requestPersistence: vi.fn(async () => {
      if (current instanceof Error) throw current;
      current = { ...current, persistence: options.grant ?? current.persistence };
      return current.persistence;
    }),
  };
  (fake.host as { storage?: BrowserStorage }).storage = storage;
  const db = {
    countPendingChanges: async () => options.pending ?? 0,
    countIssues: async () => 0,
  } as unknown as DataDatabase;
  (fake.services as { store: Store }).store = { activeDatabase: async () => db } as unknown as Store;
  fake.renderInProvider(<LocalStorageSection />);
  return { storage, section: () => screen.getByRole('region', { name: 'Data on this computer' }) };
}

describe('LocalStorageSection', () => {
  it('says the data is kept until removed, the space it uses, and what happens to unsent changes', async () => {
    const { section } = setup(
      { persistence: 'persistent', usageBytes: 12_345_678, quotaBytes: 2_100_000_000 },
      { pending: 2 },
    );
    expect(await screen.findByText('Kept until you remove it')).toBeTruthy();
    expect(section().textContent).toMatch(
      /does not delete it to free space\. Clearing the Office cache .* deletes it anyway, with any changes not yet sent to Siebel/,
    );
    expect(await within(section()).findByText(/^2 changes exist only on this computer/)).toBeTruthy();
    expect(section().textContent).toMatch(/12\.3 MB used of 2\.1 GB the browser allows/);
    expect(section().textContent).toMatch(
      /Outlook on the web, the new Outlook and classic Outlook each keep their own copy/,
    );
    expect(within(section()).queryByRole('button')).toBeNull();
  });

  it('warns that the browser may clear best-effort data and asks it to keep it on request', async () => {
    const { storage } = setup(
      { persistence: 'best-effort', usageBytes: 1_000, quotaBytes: 10_000_000 },
      { grant: 'persistent' },
    );
    expect(await screen.findByText('The browser may clear it when space runs low')).toBeTruthy();
    expect(screen.getByText(/changes not yet sent to Siebel would be lost/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ask the browser to keep it' }));
    expect(await screen.findByText('Kept until you remove it')).toBeTruthy();
    expect(storage.requestPersistence).toHaveBeenCalledTimes(1);
  });

  it('says so when the browser declines to keep the data', async () => {
    setup({ persistence: 'best-effort', usageBytes: null, quotaBytes: null }, { grant: 'best-effort' });
    fireEvent.click(await screen.findByRole('button', { name: 'Ask the browser to keep it' }));
    expect(await screen.findByText(/The browser said no for now: it decides by its own rules/)).toBeTruthy();
  });

  it("shows the browser's refusal to answer as an error with what to check", async () => {
    setup(
      new HostError(
        "Asking the browser whether it keeps CRM Desktop's data failed (storage is disabled): storage may be turned off for this site",
      ),
    );
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /failed \(storage is disabled\): storage may be turned off/,
    );
  });
});
