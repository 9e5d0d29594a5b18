// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LOCAL_DATA_RECORD_KEY, readLocalDataRecord } from '../../../../src/host';
import type { BrowserStorage, StoragePersistence } from '../../../../src/host';
import { LocalDataLostNotice } from '../../../../src/taskpane/components/syncTab/LocalDataLostNotice';
import { assessLocalData } from '../../../../src/taskpane/hooks/assessLocalData';
import { fakeServices } from '../wizard/fakeServices';

afterEach(cleanup);

const SERVER = 'https://crm.example.com/eai';
const OPTIONS = { serverUrl: SERVER, userName: 'JSMITH', autoSyncMinutes: 30 };
const RECORD = { firstSyncedAt: '2025-03-03T09:00:00.000Z' };
const TITLE = 'Your CRM data is no longer on this computer';

function fakeStorage(
  persistence: StoragePersistence = 'best-effort',
): BrowserStorage & { requestPersistence: ReturnType<typeof vi.fn> } {
  return {
    requestPersistence: vi.fn(async () => persistence),
    status: vi.fn(async () => ({ persistence, usageBytes: null, quotaBytes: null })),
  };
}

/** Services whose mailbox records a first sync (or not) and whose host brings a fake Storage API. */
function setup(options: { record?: boolean; active?: boolean } = {}) {
  const fake = fakeServices({
    options: OPTIONS,
    active: options.active ? { userName: 'JSMITH', serverUrl: SERVER } : null,
  });
  if (options.record) fake.host.roamingSettings.set(LOCAL_DATA_RECORD_KEY, JSON.stringify(RECORD));
  const storage = fakeStorage();
  (fake.host as { storage?: BrowserStorage }).storage = storage;
  return { ...fake, storage };
}

describe('assessLocalData', () => {
  it('reports the data as lost when the mailbox records a synchronization and this Outlook has no database', () => {
    expect(assessLocalData({ record: RECORD, signedIn: true, database: 'absent' })).toEqual({
      lost: true,
      writeRecord: false,
      askToKeep: false,
    });
  });

  it('takes no data without a record for a first start, not a loss', () => {
    expect(assessLocalData({ record: null, signedIn: true, database: 'absent' }).lost).toBe(false);
  });

  it('decides nothing while the store is opening or failed to open', () => {
    for (const database of ['loading', 'failed'] as const) {
      expect(assessLocalData({ record: RECORD, signedIn: true, database })).toEqual({
        lost: false,
        writeRecord: false,
        askToKeep: false,
      });
    }
  });

  it('leaves a signed-out mailbox to the first-run wizard', () => {
    expect(assessLocalData({ record: RECORD, signedIn: false, database: 'absent' }).lost).toBe(false);
  });

  it('records the first synchronization once, and asks to keep the data whenever there is some', () => {
    expect(assessLocalData({ record: null, signedIn: true, database: 'present' })).toEqual({
      lost: false,
      writeRecord: true,
      askToKeep: true,
    });
    expect(assessLocalData({ record: RECORD, signedIn: true, database: 'present' })).toEqual({
      lost: false,
      writeRecord: false,
      askToKeep: true,
    });
  });
});

describe('LocalDataLostNotice', () => {
  it('says what was lost, why, and that a full synchronization downloads the data again', async () => {
    const fake = setup({ record: true });
    fake.renderInProvider(<LocalDataLostNotice />);
    const notice = await screen.findByRole('alert', { name: TITLE });
    expect(notice.textContent).toMatch(
      /Lost with it: any changes made here that had not been sent to Siebel yet\. What is already in Siebel is safe\./,
    );
    expect(notice.textContent).toMatch(
      /Office cache .* cleared, when the browser freed disk space, or when this is another Outlook: Outlook on the web, the new Outlook and classic Outlook each keep their own copy/,
    );
    expect(notice.textContent).toMatch(/A full synchronization downloads your CRM data from Siebel again/);
    expect(within(notice).getByLabelText('Password of JSMITH')).toBeTruthy();
    expect(notice.textContent).toMatch(/A remembered password is kept with the data, so it is gone too/);
  });

  it('asks for the password, downloads the data again with it, and says it is back', async () => {
    const fake = setup({ record: true });
    fake.renderInProvider(<LocalDataLostNotice />);
    const notice = await screen.findByRole('alert', { name: TITLE });
    fireEvent.click(within(notice).getByRole('button', { name: 'Download my data again' }));
    expect((await screen.findByText(/Enter the password of JSMITH first/)).textContent).toBeTruthy();
    expect(fake.synchronize).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText('Password of JSMITH'), { target: { value: 'Welcome1' } });
    fireEvent.click(within(notice).getByRole('button', { name: 'Download my data again' }));
    expect(await screen.findByText('Your CRM data was downloaded again from Siebel.')).toBeTruthy();
    expect(fake.synchronize).toHaveBeenCalledWith(
      expect.objectContaining({
        full: false,
        connection: { endpointUrl: SERVER, userName: 'JSMITH', password: 'Welcome1' },
      }),
    );
    expect(fake.synchronize.mock.calls[0][0].discardPendingChanges).toBeUndefined();
  });

  it('does not mention the password when this task pane still knows it', async () => {
    const fake = setup({ record: true });
    fake.renderInProvider(<LocalDataLostNotice />, 'Welcome1');
    const notice = await screen.findByRole('alert', { name: TITLE });
    expect(notice.textContent).not.toMatch(/remembered password/);
    expect(screen.queryByLabelText('Password of JSMITH')).toBeNull();
  });

  it('says nothing on a first start, and records in the mailbox once there is data and asks the browser to keep it', async () => {
    const first = setup();
    const { container } = first.renderInProvider(<LocalDataLostNotice />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container.textContent).toBe('');
    expect(first.saved).toEqual([]);
    cleanup();

    const synced = setup({ active: true });
    const { container: after } = synced.renderInProvider(<LocalDataLostNotice />);
    await waitFor(() => expect(readLocalDataRecord(synced.host.roamingSettings)).not.toBeNull());
    expect(synced.saved.filter((values) => LOCAL_DATA_RECORD_KEY in values)).toHaveLength(1);
    await waitFor(() => expect(synced.storage.requestPersistence).toHaveBeenCalledTimes(1));
    expect(after.textContent).toBe('');
  });

  it('shows at the top of the task pane, under the tabs and above the open view, when the pane starts without its data', async () => {
    const fake = setup({ record: true });
    fake.renderApp();
    const notice = await screen.findByRole('alert', { name: TITLE });
    // The status line and the tabs stay first (a sticky header); the notice comes before any view.
    const tabs = screen.getByRole('tablist');
    const view = screen.getByRole('tabpanel');
    expect(tabs.compareDocumentPosition(notice) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(notice.compareDocumentPosition(view) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
