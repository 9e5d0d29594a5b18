import { OfficeMockObject } from 'office-addin-mock';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createOutlookHost, HostError } from '../../../src/host';
import { failed, succeeded } from './officeMock';

type Handler = (arg: unknown) => void;

function install(openResult: 'ok' | 'fail') {
  const handlers = new Map<string, Handler>();
  const dialog = {
    addEventHandler: (type: string, handler: Handler) => void handlers.set(type, handler),
    close: vi.fn(),
  };
  const opened: Array<{ url: string; options: unknown }> = [];
  const mock = new OfficeMockObject({
    host: 'outlook',
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
    context: {
      displayLanguage: 'en-US',
      mailbox: {},
      roamingSettings: {},
      ui: {
        displayDialogAsync: (url: string, options: unknown, callback: (result: unknown) => void) => {
          opened.push({ url, options });
          callback(openResult === 'ok' ? succeeded(dialog) : failed('A dialog is already opened.'));
        },
      },
    },
  });
  (globalThis as { Office?: unknown }).Office = mock;
  const host = createOutlookHost((mock as unknown as { context: Office.Context }).context);
  return { host, handlers, dialog, opened };
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe('Outlook dialogs', () => {
  it('resolves with the first message of the dialog page and closes it', async () => {
    const { host, handlers, dialog, opened } = install('ok');
    const answer = host.openDialog!('https://localhost:3000/loginDialog.html?user=JSMITH', { height: 40, width: 30 });
    await Promise.resolve();
    handlers.get('dialogMessageReceived')?.({ message: '{"password":"x"}', origin: 'https://localhost:3000' });
    await expect(answer).resolves.toBe('{"password":"x"}');
    expect(dialog.close).toHaveBeenCalled();
    expect(opened[0]).toEqual({
      url: 'https://localhost:3000/loginDialog.html?user=JSMITH',
      options: { height: 40, width: 30, displayInIframe: true },
    });
  });

  it('resolves with null when the user closes the dialog', async () => {
    const { host, handlers } = install('ok');
    const answer = host.openDialog!('https://localhost:3000/loginDialog.html', { height: 40, width: 30 });
    await Promise.resolve();
    handlers.get('dialogEventReceived')?.({ error: 12006 });
    await expect(answer).resolves.toBeNull();
  });

  it('closes the dialog and resolves with null when the caller aborts (the ribbon command ran out of time)', async () => {
    const { host, handlers, dialog } = install('ok');
    const controller = new AbortController();
    const answer = host.openDialog!(
      'https://localhost:3000/loginDialog.html',
      { height: 40, width: 30 },
      controller.signal,
    );
    await Promise.resolve();
    controller.abort(new Error('time is up'));
    await expect(answer).resolves.toBeNull();
    expect(dialog.close).toHaveBeenCalledTimes(1);
    // A message that arrives afterwards changes nothing.
    handlers.get('dialogMessageReceived')?.({ message: '{"password":"x"}', origin: 'https://localhost:3000' });
    await expect(answer).resolves.toBeNull();
  });

  it('opens nothing when the caller has already aborted', async () => {
    const { host, opened } = install('ok');
    await expect(
      host.openDialog!('https://localhost:3000/loginDialog.html', { height: 40, width: 30 }, AbortSignal.abort()),
    ).resolves.toBeNull();
    expect(opened).toEqual([]);
  });

  it('rejects with a HostError when Outlook cannot open it', async () => {
    const { host } = install('fail');
    const error = await host.openDialog!('https://localhost:3000/loginDialog.html', { height: 40, width: 30 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HostError);
    expect((error as Error).message).toMatch(/could not open the sign-in window: A dialog is already opened/);
  });
});
