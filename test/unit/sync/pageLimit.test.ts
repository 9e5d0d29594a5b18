import { describe, expect, it } from 'vitest';
import { DEFAULT_WIRE_PROFILE, SiebelFaultError, type SoapFault } from '../../../src/siebel';
import { effectivePageSize, learnPageLimit } from '../../../src/sync/session/pageLimit';
import type { Workspace } from '../../../src/sync/run/Workspace';

const pageFault = (text: string): SiebelFaultError => {
  const fault: SoapFault = {
    faultCode: 'SOAP-ENV:Server',
    faultString: text,
    errors: [{ code: 'SBL-EAI-04447', symbol: '', message: text }],
  };
  return new SiebelFaultError(fault, 'AccountQueryPage', 'JSMITH');
};

function workspace(maximumPageSize: number | null = null) {
  const written: unknown[] = [];
  const db = { writeBatch: async (batch: unknown) => void written.push(batch) };
  const ws = {
    runtime: { wireProfile: { ...DEFAULT_WIRE_PROFILE, maximumPageSize } },
    target: db,
    active: null,
    pageLimit: null,
  } as unknown as Workspace;
  return { ws, written };
}

describe('the page limit (SBL-EAI-04447, field evidence §5)', () => {
  it("takes the server's limit from the message, keeps it for the run and in the sync state", async () => {
    const { ws, written } = workspace();
    expect(
      await learnPageLimit(
        ws,
        pageFault(
          "PageSize method argument cannot be greater than '100' specified by the server parameter 'MaximumPageSize'",
        ),
        500,
      ),
    ).toBe(true);
    expect(ws.pageLimit).toBe(100);
    expect(written).toEqual([{ syncState: { maximumPageSize: 100 } }]);
    expect(effectivePageSize(ws, 5000)).toBe(100);
    expect(effectivePageSize(ws, 40)).toBe(40);
  });

  it('halves the size when the message states no limit, and never goes below one row', async () => {
    const { ws } = workspace();
    expect(await learnPageLimit(ws, pageFault('PageSize too large (SBL-EAI-04447)'), 500)).toBe(true);
    expect(ws.pageLimit).toBe(250);
    expect(await learnPageLimit(ws, pageFault('PageSize too large (SBL-EAI-04447)'), 1)).toBe(false);
  });

  it('refuses a stated limit that would not lower the size (no loop), and any other error', async () => {
    const { ws, written } = workspace();
    expect(await learnPageLimit(ws, pageFault("cannot be greater than '500'"), 500)).toBe(false);
    expect(await learnPageLimit(ws, new Error('network'), 500)).toBe(false);
    expect(ws.pageLimit).toBeNull();
    expect(written).toEqual([]);
  });

  it('never asks for more than the wire profile states', () => {
    const { ws } = workspace(75);
    expect(effectivePageSize(ws, 500)).toBe(75);
  });
});
