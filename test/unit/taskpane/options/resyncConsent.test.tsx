// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LOGIN_OPTIONS_KEY } from '../../../../src/host';
import type { SynchronizeOptions } from '../../../../src/sync/createSyncEngine';
import { IdentityChangeNotice } from '../../../../src/taskpane/components/options/IdentityChangeNotice';
import { OptionsView } from '../../../../src/taskpane/components/options/OptionsView';
import { fakeServices, successReport } from '../wizard/fakeServices';

afterEach(cleanup);

const SERVER = 'https://crm.example.com/eai';
const OPTIONS = { serverUrl: SERVER, userName: 'JSMITH', autoSyncMinutes: 30 };

async function askForUserChange() {
  fireEvent.change(screen.getByLabelText(/^User name/), { target: { value: 'MJONES' } });
  fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: 'Secret2' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  const warning = await screen.findByRole('alertdialog', { name: 'Full synchronization needed' });
  await within(warning).findByText(/local changes have not been sent/);
  return warning;
}

describe('a login change with unsent local changes', () => {
  it('names the real count and refuses the full synchronization until the user agrees to discard them', async () => {
    const fake = fakeServices({
      options: OPTIONS,
      active: { userName: 'JSMITH', serverUrl: SERVER },
      pendingChanges: 3,
    });
    fake.renderInProvider(<OptionsView />, 'Welcome1');
    const warning = await askForUserChange();
    expect(warning.textContent).toMatch(/3 local changes have not been sent to Siebel yet/);
    const confirm = within(warning).getByRole('button', { name: 'Change and synchronize' });
    expect(confirm.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(confirm);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(fake.synchronize).not.toHaveBeenCalled();
    expect(fake.saved).toEqual([]);

    fireEvent.click(within(warning).getByRole('checkbox', { name: 'Discard 3 unsent changes' }));
    expect(confirm.getAttribute('aria-disabled')).toBeNull();
    fireEvent.click(confirm);
    await waitFor(() => expect(fake.synchronize).toHaveBeenCalledTimes(1));
    expect(fake.synchronize).toHaveBeenCalledWith(
      expect.objectContaining({
        full: true,
        discardPendingChanges: true,
        connection: { endpointUrl: SERVER, userName: 'MJONES', password: 'Secret2' },
      }),
    );
  });

  it('sends the changes first with the saved login, before the login change is saved, and then needs no consent', async () => {
    const calls: Array<{ options: SynchronizeOptions; savedUser: string | undefined }> = [];
    let fake: ReturnType<typeof fakeServices>;
    const savedUser = () => {
      const raw = fake.saved.at(-1)?.[LOGIN_OPTIONS_KEY];
      return raw ? (JSON.parse(raw as string) as { userName: string }).userName : undefined;
    };
    fake = fakeServices({
      options: OPTIONS,
      active: { userName: 'JSMITH', serverUrl: SERVER },
      pendingChanges: 2,
      synchronize: async (options) => {
        calls.push({ options, savedUser: savedUser() });
        if (!options.full) fake.setPendingChanges(0);
        return successReport();
      },
    });
    fake.renderInProvider(<OptionsView />, 'Welcome1');
    const warning = await askForUserChange();
    fireEvent.click(within(warning).getByRole('button', { name: 'Send changes first' }));
    await within(warning).findByText(/No local changes are waiting/);
    expect(calls).toHaveLength(1);
    expect(calls[0].options).toMatchObject({
      full: false,
      connection: { endpointUrl: SERVER, userName: 'JSMITH', password: 'Welcome1' },
    });
    expect(calls[0].options.discardPendingChanges).toBeUndefined();
    // The login change was not saved while the old user's changes were sent.
    expect(calls[0].savedUser).toBeUndefined();
    expect(within(warning).queryByRole('checkbox')).toBeNull();

    fireEvent.click(within(warning).getByRole('button', { name: 'Change and synchronize' }));
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1].options).toMatchObject({ full: true, connection: { userName: 'MJONES' } });
    expect(calls[1].options.discardPendingChanges).toBeUndefined();
  });

  it('asks for consent in the notice shown when another Outlook changed the login, and passes it on', async () => {
    const fake = fakeServices({
      options: { ...OPTIONS, userName: 'MJONES' },
      active: { userName: 'JSMITH', serverUrl: SERVER },
      pendingChanges: 1,
    });
    fake.renderInProvider(<IdentityChangeNotice />);
    const warning = await screen.findByRole('alertdialog');
    await within(warning).findByText(/1 local change has not been sent/);
    expect(within(warning).queryByRole('button', { name: 'Send changes first' })).toBeNull();
    fireEvent.change(screen.getByLabelText('Password of MJONES'), { target: { value: 'Welcome1' } });
    const confirm = within(warning).getByRole('button', { name: 'Synchronize now' });
    expect(confirm.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(within(warning).getByRole('checkbox', { name: 'Discard 1 unsent change' }));
    fireEvent.click(confirm);
    await waitFor(() =>
      expect(fake.synchronize).toHaveBeenCalledWith(
        expect.objectContaining({ full: true, discardPendingChanges: true }),
      ),
    );
  });
});
