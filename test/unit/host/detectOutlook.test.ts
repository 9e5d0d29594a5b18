import { describe, expect, it } from 'vitest';
import { detectOutlook } from '../../../src/host';
import { ManualClock } from '../../support/ManualClock';

type ReadyInfo = { host: string | null };

function fakeOffice(onReady: () => Promise<ReadyInfo>): typeof Office {
  return { onReady, HostType: { Outlook: 'Outlook' } } as unknown as typeof Office;
}

describe('detectOutlook', () => {
  it('answers standalone at once for ?standalone, without touching Office', async () => {
    const getOffice = () => {
      throw new Error('must not be read');
    };
    await expect(detectOutlook({ search: '?standalone', officeScript: null, getOffice })).resolves.toBe(false);
  });

  it('answers Outlook when Office.onReady reports Outlook', async () => {
    const office = fakeOffice(async () => ({ host: 'Outlook' }));
    await expect(detectOutlook({ search: '', officeScript: null, getOffice: () => office, clock: new ManualClock() })).resolves.toBe(true);
  });

  it('answers standalone when office.js loaded in a plain browser tab (no host)', async () => {
    const office = fakeOffice(async () => ({ host: null }));
    await expect(detectOutlook({ search: '', officeScript: null, getOffice: () => office, clock: new ManualClock() })).resolves.toBe(false);
  });

  it('answers standalone as soon as the office.js script fails to load', async () => {
    const script = new EventTarget();
    const clock = new ManualClock();
    const answer = detectOutlook({ search: '', officeScript: script, getOffice: () => undefined, clock });
    script.dispatchEvent(new Event('error'));
    await expect(answer).resolves.toBe(false);
    expect(clock.pendingSleeps).toBe(0);
  });

  it('waits for office.js to arrive and then asks Office.onReady', async () => {
    const script = new EventTarget();
    let office: typeof Office | undefined;
    const answer = detectOutlook({ search: '', officeScript: script, getOffice: () => office, clock: new ManualClock() });
    office = fakeOffice(async () => ({ host: 'Outlook' }));
    script.dispatchEvent(new Event('load'));
    await expect(answer).resolves.toBe(true);
  });

  it('gives up and answers standalone when office.js never settles within the wait', async () => {
    const clock = new ManualClock();
    const answer = detectOutlook({ search: '', officeScript: new EventTarget(), getOffice: () => undefined, clock, timeoutMs: 1500 });
    await clock.advance(1499);
    let settled = false;
    void answer.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await clock.advance(1);
    await expect(answer).resolves.toBe(false);
  });

  it('gives a slow Office.onReady more time than the script wait, then answers standalone', async () => {
    const clock = new ManualClock();
    const office = fakeOffice(() => new Promise<ReadyInfo>(() => undefined));
    const answer = detectOutlook({ search: '', officeScript: null, getOffice: () => office, clock, timeoutMs: 1500, readyTimeoutMs: 10_000 });
    let settled = false;
    void answer.then(() => (settled = true));
    await clock.advance(1500);
    await Promise.resolve();
    expect(settled).toBe(false);
    await clock.advance(8500);
    await expect(answer).resolves.toBe(false);
  });

  it('answers Outlook when Office.onReady reports Outlook after the script wait has passed', async () => {
    const clock = new ManualClock();
    let ready: (info: ReadyInfo) => void = () => undefined;
    const office = fakeOffice(() => new Promise<ReadyInfo>((resolve) => (ready = resolve)));
    const answer = detectOutlook({ search: '', officeScript: null, getOffice: () => office, clock });
    await clock.advance(3000);
    ready({ host: 'Outlook' });
    await expect(answer).resolves.toBe(true);
  });

  it('answers standalone when Office.onReady rejects', async () => {
    const office = fakeOffice(() => Promise.reject(new Error('Office.js has not fully loaded')));
    await expect(detectOutlook({ search: '', officeScript: null, getOffice: () => office, clock: new ManualClock() })).resolves.toBe(false);
  });
});
