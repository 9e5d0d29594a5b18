import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { BASE_URL } from '../../integration/support/syncHarness';
import {
  createFaultWorld,
  HOUR,
  rewritingHandler,
  useFaultWorld,
  type FaultWorld,
} from '../../faults/support/faultWorld';
import { snapshot } from '../../faults/support/localData';

useFaultWorld();

const PROLOG = '<?xml version="1.0" encoding="UTF-8"?>';
/** Declarations put in front of the real answer's root element. */
const HOSTILE: ReadonlyArray<[string, string]> = [
  ['a DOCTYPE', '<!DOCTYPE SOAP-ENV:Envelope>'],
  ['an external entity', '<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'],
  [
    'a parameter entity fetching a remote DTD',
    '<!DOCTYPE r [<!ENTITY % dtd SYSTEM "http://127.0.0.1:9/evil.dtd"> %dtd;]>',
  ],
  [
    'entity expansion ("billion laughs")',
    `<!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]>`,
  ],
];

function inject(declaration: string): (xml: string) => string {
  // The entity is also used in the body, as an attack would.
  return (xml) =>
    `${PROLOG}${declaration}${xml.replace(/^<\?xml[^>]*\?>\s*/, '').replace('<SOAP-ENV:Body>', '<SOAP-ENV:Body>&lol9;')}`;
}

/** Where an answer can come from in one sync: the login (metadata) answer, a data page, a fault, the logoff answer. */
const ANSWERS: ReadonlyArray<{ kind: string; operation: string; setUp?: (world: FaultWorld) => void }> = [
  { kind: 'metadata answer (login)', operation: 'DownloadMetadataFiles' },
  { kind: 'QueryPage data page', operation: 'ContactQueryPage' },
  {
    kind: 'SOAP fault (HTTP 500)',
    operation: 'AccountQueryPage',
    setUp: (world) =>
      world.simulator.faults.add({ kind: 'soapFault', operation: 'AccountQueryPage', times: Number.POSITIVE_INFINITY }),
  },
];

describe('hostile XML in any answer is refused before parsing', () => {
  for (const { kind, operation, setUp } of ANSWERS) {
    for (const [name, declaration] of HOSTILE) {
      it(`refuses ${name} in a ${kind}, stops the sync with a clear error and leaves no session open`, async () => {
        const world = await createFaultWorld();
        setUp?.(world);
        world.use(rewritingHandler(world.simulator, operation, inject(declaration)));
        const started = Date.now();
        const report = await world.engine().synchronize({ connection: world.connection() });
        expect(Date.now() - started).toBeLessThan(5000);
        expect(report.outcome).toBe('failed');
        if (kind.startsWith('SOAP fault')) {
          // A 500 whose body cannot be read as a fault is reported by its status; the body is never expanded.
          expect(report.error?.code).toBe('HttpStatus');
        } else {
          expect(report.error).toMatchObject({ code: 'XmlRefused' });
          expect(report.error?.message).toMatch(/declares a DOCTYPE or ENTITY.* — /);
        }
        expect(report.error?.message).not.toMatch(/lollol|root:/);
        expect((await snapshot(world.store)).active).toBeNull();
        // The metadata answer carries the session token: when it is refused the client never learns the token.
        if (operation !== 'DownloadMetadataFiles') expect(world.simulator.openSessionCount()).toBe(0);
      });
    }
  }

  it('refuses a DOCTYPE in the logoff answer without changing the outcome of the sync', async () => {
    const world = await createFaultWorld();
    world.use(
      http.post(`${BASE_URL}/siebel/app/eai/:lang/swe`, async ({ request }) => {
        const body = await request.clone().text();
        if (!/SessionType[^>]*>None</.test(body)) return undefined;
        const answer = await world.simulator.handle(request);
        return new Response(inject(HOSTILE[3][1])(await answer.text()), {
          status: answer.status,
          headers: answer.headers,
        });
      }),
    );
    const report = await world.engine().synchronize({ connection: world.connection() });
    expect(report.outcome).toBe('succeeded');
    expect(world.simulator.openSessionCount()).toBe(0);
  });
});

/** A body of `total` bytes made on demand from one reused chunk: nothing near 100 MB is ever built. */
function hugeBody(total: number, produced: { bytes: number }): ReadableStream<Uint8Array> {
  const chunk = new TextEncoder().encode('<x>'.padEnd(1024 * 1024, 'a'));
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (produced.bytes >= total) return controller.close();
      produced.bytes += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
}

describe('answers too large or too deep', () => {
  it('refuses a 100 MB answer by its size while streaming, without reading it all', async () => {
    const world = await createFaultWorld();
    const produced = { bytes: 0 };
    world.use(
      http.post(`${BASE_URL}/siebel/app/eai/:lang/swe`, async ({ request }) => {
        if (!(await request.clone().text()).includes('ContactQueryPage_Input')) return undefined;
        return new Response(hugeBody(100 * 1024 * 1024, produced), {
          status: 200,
          headers: { 'Content-Type': 'text/xml; charset=UTF-8' },
        });
      }),
    );
    const report = await world
      .engine()
      .synchronize({ connection: world.connection({ maxResponseBytes: 8 * 1024 * 1024 }) });
    expect(report.error).toMatchObject({ code: 'XmlRefused' });
    expect(report.error?.message).toMatch(/larger than 8388608 bytes — /);
    expect(produced.bytes).toBeLessThan(12 * 1024 * 1024);
    expect(world.simulator.openSessionCount()).toBe(0);
  });

  it('refuses an answer whose Content-Length says 100 MB before reading its body', async () => {
    const world = await createFaultWorld();
    const produced = { bytes: 0 };
    world.use(
      http.post(`${BASE_URL}/siebel/app/eai/:lang/swe`, async ({ request }) => {
        if (!(await request.clone().text()).includes('ContactQueryPage_Input')) return undefined;
        return new Response(hugeBody(100 * 1024 * 1024, produced), {
          status: 200,
          headers: { 'Content-Type': 'text/xml', 'Content-Length': String(100 * 1024 * 1024) },
        });
      }),
    );
    const report = await world.engine().synchronize({ connection: world.connection() });
    expect(report.error).toMatchObject({ code: 'XmlRefused' });
    expect(produced.bytes).toBeLessThanOrEqual(2 * 1024 * 1024);
  });

  it('bounds deep nesting: 100 000 nested elements in a data page are refused, not recursed into', async () => {
    const world = await createFaultWorld();
    world.clock.advance(HOUR);
    const depth = 100_000;
    world.use(
      rewritingHandler(world.simulator, 'ContactQueryPage', (xml) =>
        xml.replace('<FirstName>', `<FirstName>${'<d>'.repeat(depth)}${'</d>'.repeat(depth)}`),
      ),
    );
    const report = await world.engine().synchronize({ connection: world.connection() });
    expect(report.error).toMatchObject({ code: 'XmlRefused' });
    expect(report.error?.message).toMatch(/nested more than \d+ levels deep — /);
    expect(world.simulator.openSessionCount()).toBe(0);
  });
});
