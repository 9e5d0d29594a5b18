import { describe, expect, it } from 'vitest';
import { detectOutlook, hostInfoOf, HostError, OFFICE_SLOW_MS } from '../../../src/host';
import type { OfficeProbe } from '../../../src/host';
import { ManualClock } from '../../support/ManualClock';

type ReadyInfo = { host: string | null };

const OUTLOOK_PAGE = '?_host_Info=Outlook$Win32$16.02$en-US$$$$0';

function fakeOffice(onReady: () => Promise<ReadyInfo>): typeof Office {
  return { onReady, HostType: { Outlook: 'Outlook' } } as unknown as typeof Office;
}

/** Whether `promise` settled after the microtasks that are due have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  promise.then(
    () => (done = true),
    () => (done = true),
  );
  for (let i = 0; i < 10; i++) await Promise.resolve();
  return done;
}

function probe(overrides: Partial<OfficeProbe>): OfficeProbe {
  return { search: '', getOffice: () => undefined, clock: new ManualClock(), ...overrides };
}

describe('hostInfoOf', () => {
  it("reads Outlook's _host_Info parameter, whatever the case of its name, and null without it", () => {
    expect(hostInfoOf(OUTLOOK_PAGE)).toBe('Outlook$Win32$16.02$en-US$$$$0');
    expect(hostInfoOf('?_HOST_INFO=Outlook$Mac$16.01$en-US$$$$0&x=1')).toBe('Outlook$Mac$16.01$en-US$$$$0');
    expect(hostInfoOf('?standalone')).toBeNull();
  });
});

describe('detectOutlook', () => {
  it('waits for office.js that arrives 4 s late inside Outlook and answers Outlook, never standalone', async () => {
    const clock = new ManualClock();
    let office: typeof Office | undefined;
    const answer = detectOutlook(probe({ search: OUTLOOK_PAGE, getOffice: () => office, clock }));
    await clock.advance(3900);
    expect(await settled(answer)).toBe(false);
    office = fakeOffice(async () => ({ host: 'Outlook' }));
    await clock.advance(100);
    await expect(answer).resolves.toBe(true);
  });

  it('keeps waiting inside Outlook however long office.js takes, and says once that Office is slow', async () => {
    const clock = new ManualClock();
    let slow = 0;
    const answer = detectOutlook(probe({ search: OUTLOOK_PAGE, clock, onSlow: () => slow++ }));
    await clock.advance(OFFICE_SLOW_MS - 100);
    expect(slow).toBe(0);
    for (let i = 0; i < 100; i++) await clock.advance(1000);
    expect(slow).toBe(1);
    expect(await settled(answer)).toBe(false);
  });

  it('keeps waiting inside Outlook for a slow Office.onReady instead of giving up', async () => {
    const clock = new ManualClock();
    let ready: (info: ReadyInfo) => void = () => undefined;
    const office = fakeOffice(() => new Promise<ReadyInfo>((resolve) => (ready = resolve)));
    const answer = detectOutlook(probe({ search: OUTLOOK_PAGE, getOffice: () => office, clock }));
    await clock.advance(60_000);
    expect(await settled(answer)).toBe(false);
    ready({ host: 'Outlook' });
    await expect(answer).resolves.toBe(true);
  });

  it('prefers _host_Info to ?standalone, so a page Outlook opened never runs standalone', async () => {
    const office = fakeOffice(async () => ({ host: 'Outlook' }));
    await expect(detectOutlook(probe({ search: `${OUTLOOK_PAGE}&standalone`, getOffice: () => office }))).resolves.toBe(
      true,
    );
  });

  it('rejects with a HostError naming the host when Office under _host_Info is not Outlook', async () => {
    const office = fakeOffice(async () => ({ host: 'Word' }));
    const error = await detectOutlook(
      probe({ search: '?_host_Info=Word$Win32$16.01$en-US$$$$0', getOffice: () => office }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toMatch(
      /^CRM Desktop runs only in Outlook, but Office reports the host "Word" \(_host_Info=Word\$Win32.*\) — open CRM Desktop from Outlook's ribbon$/,
    );
  });

  it('rejects with a HostError when Office.onReady fails inside Outlook', async () => {
    const office = fakeOffice(() => Promise.reject(new Error('Office.js has not fully loaded')));
    const error = await detectOutlook(probe({ search: OUTLOOK_PAGE, getOffice: () => office })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toMatch(
      /Office could not start the add-in: Office.js has not fully loaded — close the task pane/,
    );
  });

  it('answers standalone at once without _host_Info and without office.js, sleeping on nothing', async () => {
    const clock = new ManualClock();
    const answer = detectOutlook(probe({ clock }));
    expect(await settled(answer)).toBe(true);
    await expect(answer).resolves.toBe(false);
    expect(clock.pendingSleeps).toBe(0);
  });

  it('answers standalone at once for ?standalone, without touching Office', async () => {
    const getOffice = () => {
      throw new Error('must not be read');
    };
    await expect(detectOutlook(probe({ search: '?standalone', getOffice }))).resolves.toBe(false);
  });

  it('answers standalone when office.js loaded in a plain browser tab (no host)', async () => {
    const office = fakeOffice(async () => ({ host: null }));
    await expect(detectOutlook(probe({ getOffice: () => office }))).resolves.toBe(false);
  });

  it('answers Outlook without _host_Info when Office.onReady reports Outlook (a client that dropped the parameter)', async () => {
    const office = fakeOffice(async () => ({ host: 'Outlook' }));
    await expect(detectOutlook(probe({ getOffice: () => office }))).resolves.toBe(true);
  });

  it('answers standalone without _host_Info when Office.onReady rejects', async () => {
    const office = fakeOffice(() => Promise.reject(new Error('Office.js has not fully loaded')));
    await expect(detectOutlook(probe({ getOffice: () => office }))).resolves.toBe(false);
  });
});
