import { afterEach, describe, expect, it } from 'vitest';
import { createSimulator } from '../../../src/simulator';
import type { Simulator } from '../../../src/simulator';
import { checkMetadata } from '../../../src/sync';

/**
 * The task pane's Connect (sync's `checkMetadata`) against the simulator, in process: the
 * client's `fetch` is handed straight to the simulator, so no port is opened.
 */
const ENDPOINT = 'http://localhost/siebel/app/eai/enu/swe?SWEExtSource=WebService&SWEExtCmd=Execute&WSSOAP=1';
let simulator: Simulator | undefined;

afterEach(() => {
  simulator?.close();
  simulator = undefined;
});

function connect(userName: string, password: string) {
  simulator = simulator ?? createSimulator({ data: { accounts: 5 } });
  const sim = simulator;
  const fetchToSimulator: typeof fetch = (input, init) => sim.handle(new Request(input, init));
  return checkMetadata({ endpointUrl: ENDPOINT, userName, password, fetch: fetchToSimulator });
}

describe('the task pane connect (checkMetadata)', () => {
  it("returns JSMITH's package with siebel_meta_info.xml and leaves no session open", async () => {
    const answer = await connect('JSMITH', 'Welcome1');
    expect(answer.containsFiles).toBe(true);
    expect(answer.packageId).toMatch(/^1-PKG-/);
    expect(answer.files.map((file) => file.name)).toContain('siebel_meta_info.xml');
    expect(simulator?.openSessionCount()).toBe(0);
  });

  it('rejects a wrong password with an actionable message that does not contain it', async () => {
    const error = await connect('JSMITH', 'wrong-pass-42').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as { code?: string }).code).toBe('BadCredentials');
    expect((error as Error).message).not.toContain('wrong-pass-42');
    expect(simulator?.openSessionCount()).toBe(0);
  });

  it('reports a user without a published package as NoPublishedPackage', async () => {
    const error = await connect('NOPKG', 'Welcome1').catch((e: unknown) => e);
    expect((error as { code?: string }).code).toBe('NoPublishedPackage');
  });
});
