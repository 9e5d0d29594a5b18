import { afterEach, describe, expect, it } from 'vitest';
import {
  createOutlookHost,
  HostError,
  LOGIN_OPTIONS_KEY,
  MAX_OPTIONS_BYTES,
  readLoginOptions,
  writeLoginOptions,
} from '../../../src/host';
import type { LoginOptions } from '../../../src/host';
import { failed, outlookMock } from './officeMock';

function outlookSettings(saveResult?: unknown) {
  const { mock, stored } = outlookMock(saveResult ? { saveResult } : {});
  (globalThis as { Office?: unknown }).Office = mock;
  return {
    settings: createOutlookHost((mock as unknown as { context: Office.Context }).context).roamingSettings,
    stored,
  };
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

const OPTIONS: LoginOptions = {
  serverUrl: 'https://crm.example.com/eai',
  userName: 'JSMITH',
  autoSyncMinutes: 15,
  syncFilterPreset: '#preset_my',
};

describe('login options in roaming settings', () => {
  it('saves the options as JSON under one key and reads them back', async () => {
    const { settings, stored } = outlookSettings();
    await writeLoginOptions(settings, OPTIONS);
    expect(JSON.parse(stored[LOGIN_OPTIONS_KEY] as string)).toEqual(OPTIONS);
    expect(readLoginOptions(settings)).toEqual(OPTIONS);
  });

  it('reads nothing before the first sign-in and when the stored value is damaged', () => {
    const { settings } = outlookSettings();
    expect(readLoginOptions(settings)).toBeNull();
    settings.set(LOGIN_OPTIONS_KEY, '{not json');
    expect(readLoginOptions(settings)).toBeNull();
  });

  it('turns a failed saveAsync into a HostError that says the options apply until Outlook restarts', async () => {
    const { settings } = outlookSettings(failed('The mailbox is over its quota'));
    const error = await writeLoginOptions(settings, OPTIONS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).code).toBe('Host');
    expect((error as HostError).message).toMatch(
      /could not be saved to your mailbox \(.*over its quota.*\) — .*save again/,
    );
  });

  it('refuses a password, a token or credentials in the URL, and never saves them', async () => {
    const { settings, stored } = outlookSettings();
    const withPassword = { ...OPTIONS, password: 'Welcome1' } as LoginOptions;
    await expect(writeLoginOptions(settings, withPassword)).rejects.toThrow(/"password" looks like a credential/);
    await expect(
      writeLoginOptions(settings, { ...OPTIONS, serverUrl: 'https://jsmith:Welcome1@crm.example.com/eai' }),
    ).rejects.toThrow(/contains a user name, password or token/);
    await expect(
      writeLoginOptions(settings, { ...OPTIONS, serverUrl: 'https://crm.example.com/eai?SessionToken=abc' }),
    ).rejects.toThrow(HostError);
    expect(stored[LOGIN_OPTIONS_KEY]).toBeUndefined();
  });

  it('refuses options far above what they should weigh, well inside the 32 KB limit', async () => {
    const { settings } = outlookSettings();
    const huge = { ...OPTIONS, serverUrl: `https://crm.example.com/${'x'.repeat(MAX_OPTIONS_BYTES)}` };
    await expect(writeLoginOptions(settings, huge)).rejects.toThrow(/more than 4096/);
    expect(MAX_OPTIONS_BYTES).toBeLessThan(32 * 1024);
  });
});
