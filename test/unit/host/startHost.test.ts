// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HostError, OFFICE_SLOW_MS, startHost, STARTUP_PROBLEM_ID, STARTUP_SLOW_ID } from '../../../src/host';
import { ManualClock } from '../../support/ManualClock';
import { outlookMock } from './officeMock';

const OUTLOOK_PAGE = '?_host_Info=Outlook$Win32$16.02$en-US$$$$0';

beforeEach(() => {
  // The start-up markup of taskpane.html, reduced to what the host touches.
  document.body.innerHTML = `<div id="root"><p id="${STARTUP_SLOW_ID}" hidden>Office is still loading.</p><p id="${STARTUP_PROBLEM_ID}" hidden></p></div>`;
});

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

const slowText = () => document.getElementById(STARTUP_SLOW_ID)!;
const problemText = () => document.getElementById(STARTUP_PROBLEM_ID)!;

describe('startHost', () => {
  it('reveals the "Office is still loading" text when Outlook has not delivered Office after a while, then starts on Outlook', async () => {
    const clock = new ManualClock();
    const { mock } = outlookMock();
    let office: unknown;
    const started = startHost({ search: OUTLOOK_PAGE, getOffice: () => office as typeof Office, clock });
    await clock.advance(OFFICE_SLOW_MS - 100);
    expect(slowText().hidden).toBe(true);
    await clock.advance(100);
    await clock.advance(100);
    expect(slowText().hidden).toBe(false);
    (globalThis as { Office?: unknown }).Office = mock;
    office = { ...(mock as object), onReady: async () => ({ host: 'Outlook' }), HostType: { Outlook: 'Outlook' } };
    await clock.advance(100);
    await expect(started).resolves.toMatchObject({ kind: 'outlook' });
  });

  it('shows why the page cannot start when Office opened it in another application, and rejects', async () => {
    const office = {
      onReady: async () => ({ host: 'Excel' }),
      HostType: { Outlook: 'Outlook' },
    } as unknown as typeof Office;
    const error = await startHost({
      search: '?_host_Info=Excel$Win32$16.01$en-US$$$$0',
      getOffice: () => office,
      clock: new ManualClock(),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(problemText().hidden).toBe(false);
    expect(problemText().textContent).toMatch(/^CRM Desktop runs only in Outlook, but Office reports the host "Excel"/);
  });

  it('starts standalone, with its sample item, when the page has no _host_Info and no office.js', async () => {
    const host = await startHost({ search: '', getOffice: () => undefined, clock: new ManualClock() });
    expect(host.kind).toBe('standalone');
    await expect(host.currentItem()).resolves.toMatchObject({ isSample: true });
    expect(slowText().hidden).toBe(true);
  });
});
