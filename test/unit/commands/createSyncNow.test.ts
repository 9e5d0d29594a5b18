import { describe, expect, it, vi } from 'vitest';
import { ALREADY_RUNNING_MESSAGE, PROGRESS_INTERVAL_MS, SIGN_IN_MESSAGE } from '../../../src/commands/createSyncNow';
import { parseLoginDialogAnswer } from '../../../src/commands/loginDialog';
import { pluralLabel } from '../../../src/i18n';
import { SyncAlreadyRunningError } from '../../../src/sync';
import { ManualClock } from '../../support/ManualClock';
import { CONNECTION, downloading, report, setup } from './syncNowHarness';

describe('createSyncNow', () => {
  it('synchronizes with the stored connection and reports new, changed and removed records', async () => {
    const { handler, event, notifications, synchronize } = setup();
    await handler(event);
    expect(synchronize).toHaveBeenCalledWith(CONNECTION, expect.any(Function), expect.any(AbortSignal));
    expect(notifications.at(-1)).toEqual(['CRM Desktop: Synchronized: 14 new, 3 changed, 1 removed', 'info']);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('shows throttled progress such as "3,200 of 12,000 accounts" while downloading', async () => {
    const clock = new ManualClock();
    const { handler, event, notifications } = setup({
      clock,
      synchronize: async (_, onProgress) => {
        onProgress(downloading('Account', 3200, 12000));
        await clock.advance(600);
        onProgress(downloading('Account', 3300, 12000)); // 600 ms later: skipped
        await clock.advance(600);
        onProgress(downloading('Account', 3400, 12000));
        return report();
      },
    });
    await handler(event);
    const messages = notifications.map(([message]) => message);
    expect(messages).toContain('CRM Desktop: Synchronizing… 3,200 of 12,000 accounts');
    expect(messages).not.toContain('CRM Desktop: Synchronizing… 3,300 of 12,000 accounts');
    expect(messages).toContain('CRM Desktop: Synchronizing… 3,400 of 12,000 accounts');
    expect(PROGRESS_INTERVAL_MS).toBe(1000);
  });

  it('asks the user to sign in in the task pane when no password is remembered, without syncing', async () => {
    const { handler, event, notifications, synchronize } = setup({ connection: null });
    await handler(event);
    expect(synchronize).not.toHaveBeenCalled();
    expect(notifications).toEqual([[SIGN_IN_MESSAGE, 'error']]);
    expect(SIGN_IN_MESSAGE.length).toBeLessThanOrEqual(150);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('opens the sign-in dialog when no password is remembered and syncs with its answer', async () => {
    const askPassword = vi.fn(async () => CONNECTION);
    const { handler, event, synchronize } = setup({ connection: null, askPassword });
    await handler(event);
    expect(askPassword).toHaveBeenCalledTimes(1);
    expect(synchronize).toHaveBeenCalledWith(CONNECTION, expect.any(Function), expect.any(AbortSignal));
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('asks to open the task pane when the sign-in dialog was closed without an answer', async () => {
    const { handler, event, notifications, synchronize } = setup({ connection: null, askPassword: async () => null });
    await handler(event);
    expect(synchronize).not.toHaveBeenCalled();
    expect(notifications).toEqual([[SIGN_IN_MESSAGE, 'error']]);
  });

  it('refuses politely when a synchronization is already running', async () => {
    const { handler, event, notifications } = setup({
      synchronize: async () => Promise.reject(new SyncAlreadyRunningError()),
    });
    await handler(event);
    expect(notifications.at(-1)).toEqual([ALREADY_RUNNING_MESSAGE, 'info']);
    expect(ALREADY_RUNNING_MESSAGE.length).toBeLessThanOrEqual(150);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('shows the error of a failed run with what to do', async () => {
    const error = {
      code: 'BadCredentials' as const,
      message: 'Siebel rejected the user name or password — check them in the task pane',
    };
    const { handler, event, notifications } = setup({ synchronize: async () => report({ outcome: 'failed', error }) });
    await handler(event);
    expect(notifications.at(-1)).toEqual([`CRM Desktop: ${error.message}`, 'error']);
  });

  it('calls completed even when the sync throws and every notification fails', async () => {
    const { handler, event } = setup({ synchronize: async () => Promise.reject(new Error('boom')), failNotify: true });
    await handler(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});

describe('pluralLabel', () => {
  it('makes lower-case plurals of TypeIds', () => {
    expect([
      pluralLabel('Account'),
      pluralLabel('Opportunity'),
      pluralLabel('Action'),
      pluralLabel('SalesStages'),
    ]).toEqual(['accounts', 'opportunities', 'actions', 'sales stages']);
  });
});

describe('parseLoginDialogAnswer', () => {
  it('reads the password and the remember choice, and nothing else', () => {
    expect(parseLoginDialogAnswer('{"password":"Welcome1","remember":true}')).toEqual({
      password: 'Welcome1',
      remember: true,
    });
    expect(parseLoginDialogAnswer('{"password":"Welcome1"}')).toEqual({ password: 'Welcome1', remember: false });
    expect([
      parseLoginDialogAnswer(null),
      parseLoginDialogAnswer('{"password":""}'),
      parseLoginDialogAnswer('oops'),
    ]).toEqual([null, null, null]);
  });
});
