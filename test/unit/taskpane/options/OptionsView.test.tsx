// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LOGIN_OPTIONS_KEY } from '../../../../src/host';
import { createTranslator, ENGLISH_CATALOG } from '../../../../src/i18n';
import { OptionsView } from '../../../../src/taskpane/components/options/OptionsView';
import { pendingChangesText } from '../../../../src/taskpane/components/options/ResyncWarning';
import { fakeServices } from '../wizard/fakeServices';

afterEach(cleanup);

const english = createTranslator(ENGLISH_CATALOG);

const SERVER = 'https://crm.example.com/eai';
const OPTIONS = { serverUrl: SERVER, userName: 'JSMITH', autoSyncMinutes: 30 };

function type(label: RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

function setup(extra: Parameters<typeof fakeServices>[0] = {}) {
  const fake = fakeServices({ options: OPTIONS, active: { userName: 'JSMITH', serverUrl: SERVER }, ...extra });
  fake.renderInProvider(<OptionsView />, 'Welcome1');
  return fake;
}

describe('OptionsView', () => {
  it('saves a new automatic sync interval without a full synchronization', async () => {
    const fake = setup();
    fireEvent.change(screen.getByLabelText(/^Automatic synchronization/), { target: { value: '60' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('status')).textContent).toBe('Options saved.');
    expect(JSON.parse(fake.saved.at(-1)?.[LOGIN_OPTIONS_KEY] as string)).toMatchObject({
      autoSyncMinutes: 60,
      userName: 'JSMITH',
    });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(fake.synchronize).not.toHaveBeenCalled();
  });

  it('warns before a change of user name, naming whose data is replaced and that nothing unsent is lost', async () => {
    const fake = setup();
    type(/^User name/, 'MJONES');
    type(/^Password/, 'Welcome1');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const warning = await screen.findByRole('alertdialog', { name: 'Full synchronization needed' });
    expect(warning.textContent).toMatch(/belongs to JSMITH on crm\.example\.com/);
    expect(warning.textContent).toMatch(
      /MJONES on crm\.example\.com, all CRM data must be downloaded again, and the local data will be replaced/,
    );
    await within(warning).findByText(/No local changes are waiting to be sent/);
    expect(warning.textContent).toMatch(/keep seeing the current data until the new synchronization has finished/);
    expect(fake.saved).toEqual([]);
  });

  it('runs a full synchronization as the new user once the change is confirmed', async () => {
    const fake = setup();
    type(/^User name/, 'MJONES');
    type(/^Password/, 'Secret2');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const warning = await screen.findByRole('alertdialog', { name: 'Full synchronization needed' });
    // Enabled once the unsent changes are counted; a click before that is ignored.
    await within(warning).findByText(/No local changes are waiting/);
    fireEvent.click(within(warning).getByRole('button', { name: 'Change and synchronize' }));
    expect(await screen.findByText('Synchronized the data of MJONES.')).toBeTruthy();
    expect(fake.synchronize).toHaveBeenCalledWith(
      expect.objectContaining({
        full: true,
        connection: { endpointUrl: SERVER, userName: 'MJONES', password: 'Secret2' },
      }),
    );
    expect(JSON.parse(fake.saved.at(-1)?.[LOGIN_OPTIONS_KEY] as string)).toMatchObject({ userName: 'MJONES' });
    expect(fake.activeIdentity()?.userName).toBe('MJONES');
  });

  it('keeps the current data when the change is not confirmed', async () => {
    const fake = setup();
    type(/^Siebel Server URL/, 'https://other.example.com/eai');
    type(/^Password/, 'Welcome1');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Keep current' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(fake.saved).toEqual([]);
    expect(fake.synchronize).not.toHaveBeenCalled();
  });

  it("asks for the new user's password before warning", async () => {
    setup();
    type(/^User name/, 'MJONES');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Enter the password of MJONES/);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('shows a failed save of the roaming settings', async () => {
    setup({ failSave: true });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /could not be saved to your mailbox \(storage full\)/,
    );
  });

  it('forgets the remembered password on sign-out', async () => {
    const fake = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(fake.vault.forget).toHaveBeenCalled());
    expect((await screen.findByRole('status')).textContent).toMatch(/password is forgotten/);
  });
});

describe('pendingChangesText', () => {
  it('names the number of unsent local changes', () => {
    expect(pendingChangesText(english, 3)).toBe('3 local changes have not been sent to Siebel yet and would be lost.');
    expect(pendingChangesText(english, 1)).toBe('1 local change has not been sent to Siebel yet and would be lost.');
    expect(pendingChangesText(english, 0)).toMatch(/^No local changes/);
    expect(pendingChangesText(english, null)).toMatch(/^Checking/);
  });
});
