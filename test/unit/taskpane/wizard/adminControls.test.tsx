// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LOGIN_OPTIONS_KEY } from '../../../../src/host';
import { parseAdminSettings } from '../../../../src/sync';
import { OptionsView } from '../../../../src/taskpane/components/options/OptionsView';
import { manualNetwork, manualTimers } from '../support/manualTimers';
import { fakeServices, successReport } from './fakeServices';

afterEach(cleanup);

const LOCKED_URL = 'https://crm.contoso.com/siebel/app/eai/enu?SWEExtSource=WebService&SWEExtCmd=Execute&WSSOAP=1';
const admin = parseAdminSettings(
  {
    serverUrl: LOCKED_URL,
    lockServerUrl: true,
    autoSyncMinutes: [0, 60, 120],
    defaultAutoSyncMinutes: 120,
    offerRememberPassword: false,
    supportContact: 'CRM helpdesk, +1 555 0100',
  },
  'deployment.json',
);

describe('the administrator’s settings in the wizard and Options', () => {
  it('shows the locked server URL read-only, offers no password saving and saves the administrator’s interval', async () => {
    const fake = fakeServices({ admin });
    fake.renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Get started' }));
    const url = (await screen.findByLabelText(/^Siebel Server URL/)) as HTMLInputElement;
    expect(url.value).toBe(LOCKED_URL);
    expect(url.readOnly).toBe(true);
    expect(screen.getByText('Set by your CRM administrator')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('heading', { name: 'Sign in' });
    expect(fake.testConnection).toHaveBeenCalledWith(LOCKED_URL);
    expect(screen.queryByLabelText('Remember password on this computer')).toBeNull();
    fireEvent.change(screen.getByLabelText(/^User name/), { target: { value: 'JSMITH' } });
    fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: 'Welcome1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Start synchronization' }));
    await screen.findByRole('heading', { name: 'You are all set' });
    const saved = JSON.parse(fake.saved.at(-1)?.[LOGIN_OPTIONS_KEY] as string);
    expect(saved).toMatchObject({ serverUrl: LOCKED_URL, autoSyncMinutes: 120 });
    expect(fake.vault.remember).not.toHaveBeenCalled();
  });

  it('sends a user signed in to another server back to the wizard, to the locked one', async () => {
    const fake = fakeServices({
      admin,
      options: { serverUrl: 'https://old.example.com/eai', userName: 'JSMITH', autoSyncMinutes: 60 },
      active: { serverUrl: 'https://old.example.com/eai', userName: 'JSMITH' },
    });
    fake.renderApp();
    expect(screen.getByRole('heading', { name: 'Welcome to CRM Desktop' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Get started' }));
    expect(((await screen.findByLabelText(/^Siebel Server URL/)) as HTMLInputElement).value).toBe(LOCKED_URL);
  });

  it('lets Options offer only the administrator’s intervals, the URL read-only, and the support contact', async () => {
    const fake = fakeServices({
      admin,
      options: { serverUrl: LOCKED_URL, userName: 'JSMITH', autoSyncMinutes: 60 },
      active: { serverUrl: LOCKED_URL, userName: 'JSMITH' },
    });
    fake.renderInProvider(<OptionsView />);
    const url = screen.getByLabelText(/^Siebel Server URL/) as HTMLInputElement;
    expect(url.readOnly).toBe(true);
    expect(screen.queryByLabelText('Remember password on this computer')).toBeNull();
    const choices = within(screen.getByLabelText(/^Automatic synchronization/))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(choices).toEqual(['Off', 'Every hour', 'Every 2 hours']);
    expect(screen.getByText('Help: CRM helpdesk, +1 555 0100')).toBeTruthy();
  });
});

describe('the administrator’s throttling windows and automatic synchronization', () => {
  const signedIn = { serverUrl: LOCKED_URL, userName: 'JSMITH', autoSyncMinutes: 15 };

  async function autoRunsIn(throttling: unknown[]): Promise<number> {
    const fake = fakeServices({
      admin: parseAdminSettings({ throttling }, 'deployment.json'),
      options: signedIn,
      // Counted, not run: what a run does is not this test's business.
      synchronize: async () => ({ ...successReport(), kind: 'incremental', outcome: 'cancelled' }),
    });
    const { timers, advance } = manualTimers();
    fake.renderApp({
      initialPassword: 'Welcome1',
      autoSync: { timers, network: manualNetwork(true).network, random: () => 0.5 },
    });
    await screen.findByRole('tab', { name: 'Records' });
    await advance(16 * 60_000);
    return fake.synchronize.mock.calls.length;
  }

  it('skips the automatic run inside a "no automatic sync" window and runs it outside', async () => {
    expect(await autoRunsIn([{ from: '00:00', to: '24:00', autoSync: false }])).toBe(0);
    cleanup();
    expect(await autoRunsIn([])).toBe(1);
  });
});

describe('Options’ diagnostic report', () => {
  const signedIn = { serverUrl: LOCKED_URL, userName: 'JSMITH', autoSyncMinutes: 60 };

  it('puts the report on the clipboard, or shows it to copy by hand when the clipboard is refused', async () => {
    const fake = fakeServices({ admin, options: signedIn, active: { serverUrl: LOCKED_URL, userName: 'JSMITH' } });
    const copied: string[] = [];
    let refuse = false;
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: {
        writeText: async (text: string) => {
          if (refuse) throw new DOMException('Write permission denied.', 'NotAllowedError');
          copied.push(text);
        },
      },
    });
    fake.renderInProvider(<OptionsView />, 'Welcome1');
    fireEvent.click(screen.getByRole('button', { name: 'Copy diagnostic report' }));
    expect(await screen.findByText(/The diagnostic report is on the clipboard/)).toBeTruthy();
    expect(copied[0]).toContain('CRM Desktop for Outlook — diagnostic report');
    expect(copied[0]).toContain(`Login: JSMITH at ${LOCKED_URL}`);
    expect(copied[0]).toContain('"offerRememberPassword": false');
    expect(copied[0]).not.toContain('Welcome1');
    refuse = true;
    fireEvent.click(screen.getByRole('button', { name: 'Copy diagnostic report' }));
    const text = (await screen.findByLabelText('Diagnostic report text')) as HTMLTextAreaElement;
    expect(text.value).toContain('CRM Desktop for Outlook — diagnostic report');
    expect(screen.getByText(/could not be copied automatically/)).toBeTruthy();
  });
});
