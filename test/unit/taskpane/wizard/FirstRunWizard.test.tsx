// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LOGIN_OPTIONS_KEY } from '../../../../src/host';
import { SessionError } from '../../../../src/siebel';
import type { SyncReport } from '../../../../src/sync';
import type { SynchronizeOptions } from '../../../../src/sync/createSyncEngine';
import { fakeServices, successReport } from './fakeServices';

afterEach(cleanup);

function type(label: RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

async function toCredentials() {
  fireEvent.click(screen.getByRole('button', { name: 'Get started' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Next' }));
  await screen.findByRole('heading', { name: 'Sign in' });
}

async function signIn(userName = 'JSMITH', password = 'Welcome1', remember = false) {
  type(/^User name/, userName);
  type(/^Password/, password);
  if (remember) fireEvent.click(screen.getByLabelText('Remember password on this computer'));
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('FirstRunWizard', () => {
  it('walks from welcome to a finished first sync and shows what was downloaded per object', async () => {
    const fake = fakeServices();
    fake.renderApp();
    expect(screen.getByRole('heading', { name: 'Welcome to CRM Desktop' })).toBeTruthy();
    await toCredentials();
    expect(fake.testConnection).toHaveBeenCalledWith(
      'http://localhost:4321/siebel/app/eai/enu/swe?SWEExtSource=WebService&SWEExtCmd=Execute&WSSOAP=1',
    );
    await signIn();
    expect(await screen.findByRole('heading', { name: 'Your CRM package' })).toBeTruthy();
    expect(screen.getByText(/"Sales Representative" \(1-PKG-SALES\)/)).toBeTruthy();
    const objects = within(screen.getByRole('list'))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(objects).toEqual(['Accounts', 'Contacts', 'Opportunities', 'Activities']);
    expect(screen.getByRole('radio', { name: 'My open opportunities and activities (recommended)' })).toHaveProperty(
      'checked',
      true,
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Upcoming activities only' }));
    fireEvent.click(screen.getByRole('button', { name: 'Start synchronization' }));
    expect(await screen.findByRole('heading', { name: 'You are all set' })).toBeTruthy();
    const rows = within(screen.getByRole('table', { name: 'Downloaded records' }))
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(rows).toEqual(['ObjectRecords', 'Accounts50', 'Contacts120']);
    const saved = JSON.parse(fake.saved.at(-1)?.[LOGIN_OPTIONS_KEY] as string);
    expect(saved).toEqual({
      serverUrl: expect.stringContaining('/siebel/app/eai/'),
      userName: 'JSMITH',
      autoSyncMinutes: 30,
      syncFilterPreset: '#preset_upcoming_activities',
    });
    expect(JSON.stringify(fake.saved)).not.toContain('Welcome1');
    expect(fake.synchronize.mock.calls[0][0].connection).toEqual({
      endpointUrl: saved.serverUrl,
      userName: 'JSMITH',
      password: 'Welcome1',
    });
    fireEvent.click(screen.getByRole('button', { name: 'Open my CRM data' }));
    expect(await screen.findByRole('tab', { name: 'Records' })).toBeTruthy();
  });

  it('stops on the server step with the precise problem the connection test found', async () => {
    const fake = fakeServices({
      testConnection: async () => ({
        ok: false,
        problem: 'notSiebel',
        message: 'http://x answered with a web page, not SOAP: it is not a Siebel EAI endpoint — use the EAI address',
      }),
    });
    fake.renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Get started' }));
    type(/^Siebel Server URL/, 'http://localhost:4321/index.html');
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/not a Siebel EAI endpoint/);
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(fake.testConnection).toHaveBeenCalledTimes(2));
    expect(screen.getByRole('heading', { name: 'Siebel Server' })).toBeTruthy();
  });

  it('shows a wrong password as an alert on the sign-in step, without the password', async () => {
    const error = new SessionError({
      code: 'BadCredentials',
      operation: 'DownloadMetadataFiles',
      url: 'http://localhost:4321/eai',
      userName: 'JSMITH',
    });
    const fake = fakeServices({ discoverError: error });
    fake.renderApp();
    await toCredentials();
    await signIn('JSMITH', 'wrong-secret');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/user ID or password is incorrect/);
    expect(alert.textContent).not.toContain('wrong-secret');
    expect(fake.saved).toEqual([]);
  });

  it('asks for user name and password before signing in', async () => {
    const fake = fakeServices();
    fake.renderApp();
    await toCredentials();
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter your Siebel user name.')).toBeTruthy();
    expect(screen.getByText('Enter your password.')).toBeTruthy();
    expect(fake.discoverPackage).not.toHaveBeenCalled();
  });

  it('remembers the password in the vault only when asked to', async () => {
    const fake = fakeServices();
    fake.renderApp();
    await toCredentials();
    await signIn('JSMITH', 'Welcome1', true);
    fireEvent.click(await screen.findByRole('button', { name: 'Start synchronization' }));
    await screen.findByRole('heading', { name: 'You are all set' });
    expect(fake.vault.remember).toHaveBeenCalledWith(expect.objectContaining({ userName: 'JSMITH' }), 'Welcome1');
  });

  it('cancels the first synchronization and offers to try again', async () => {
    let calls = 0;
    const fake = fakeServices({
      synchronize: (request: SynchronizeOptions) =>
        ++calls === 1
          ? new Promise<SyncReport>((resolve) =>
              request.signal?.addEventListener('abort', () =>
                resolve({ ...successReport(), outcome: 'cancelled', counts: {} }),
              ),
            )
          : Promise.resolve(successReport()),
    });
    fake.renderApp();
    await toCredentials();
    await signIn();
    fireEvent.click(await screen.findByRole('button', { name: 'Start synchronization' }));
    await screen.findByRole('heading', { name: 'First synchronization' });
    await act(async () => fireEvent.click(await screen.findByRole('button', { name: 'Cancel' })));
    expect((await screen.findByRole('alert')).textContent).toMatch(/cancelled/);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'You are all set' })).toBeTruthy();
    expect(fake.synchronize).toHaveBeenCalledTimes(2);
  });

  it("shows object names in Outlook's display language when the package has it", async () => {
    const fake = fakeServices({ language: 'de-DE' });
    fake.renderApp();
    await toCredentials();
    await signIn();
    await screen.findByRole('heading', { name: 'Your CRM package' });
    const objects = within(screen.getByRole('list'))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(objects).toEqual(['Firmen', 'Kontakte', 'Verkaufschancen', 'Aktivitäten']);
  });
});
