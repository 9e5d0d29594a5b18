import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { findObject, parsePackage, type ObjectType } from '../../../src/metadata';
import { setLogSink } from '../../../src/shared';
import { queryPage, SiebelSession } from '../../../src/siebel';
import { createSimulator, type Simulator } from '../../../src/simulator';
import { fieldReference, quoteSiebel } from '../../../src/sync/download/buildSearchSpec';

const ENDPOINT = 'https://siebel.test/siebel/app/eai/enu/swe?SWEExtSource=WebService&SWEExtCmd=Execute&WSSOAP=1';

/** XML 1.0 forbids most C0 controls and lone surrogates; everything else must survive. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const XML_SAFE = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]*$/u;
const tricky = fc.constantFrom(
  '<',
  '>',
  '&',
  '&amp;',
  '&lt;',
  '&#13;',
  ']]>',
  '<![CDATA[',
  '"',
  "'",
  "''",
  '\r',
  '\r\n',
  '\t',
  '\n',
  ' ',
  '😀',
  '👩‍👩‍👧',
  '\u{10FFFF}',
  'é',
  '\u0301',
  '<!DOCTYPE x>',
  '<!ENTITY e "x">',
  '%',
  '*',
  '?',
  '[Account.Name]',
  'AND',
  'OR',
  '\\',
);
/** Strings built from tricky pieces and arbitrary full-Unicode text (surrogate pairs included). */
const value = fc
  .array(fc.oneof(tricky, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), {
    minLength: 1,
    maxLength: 8,
  })
  .map((parts) => parts.join(''))
  .filter(
    (s) =>
      XML_SAFE.test(s) &&
      s.trim() !== '' &&
      s.length < 400 &&
      !/[\uD800-\uDFFF]/.test(s.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '')),
  );

let simulator: Simulator;
let account: ObjectType;

beforeAll(async () => {
  setLogSink(() => undefined);
  simulator = createSimulator({
    data: { accounts: 2, contactsPerAccount: 0, opportunitiesPerAccount: 0, activitiesPerAccount: 0, seed: 1 },
  });
  const pkg = await parsePackage(
    simulator.admin.packageFiles('sales-rep').map((f) => ({ name: f.name, type: f.type, content: f.content })),
  );
  account = findObject(pkg, 'Account') as ObjectType;
});

function session(): SiebelSession {
  // The simulator's own request handler is the server: the client's encoder and the simulator's parser meet on the wire.
  return new SiebelSession({
    endpointUrl: ENDPOINT,
    userName: 'JSMITH',
    password: 'Welcome1',
    fetch: async (input, init) => simulator.handle(new Request(input, init)),
  });
}

describe('values sent to the server are escaped: client encoder → simulator parser round trip', () => {
  it('finds a record whose name is an arbitrary string by an exact SearchSpec on that string, and reads the name back unchanged', async () => {
    const s = session();
    try {
      await fc.assert(
        fc.asyncProperty(value, async (name) => {
          const created = simulator.data.create('Account', { Name: name }, { owner: 'JSMITH' });
          const page = await queryPage(s, {
            intObjName: account.intObjName,
            collectionElemName: account.collectionElemName,
            recordElemName: account.recordElemName,
            fields: ['Id', 'Name'],
            searchSpec: `${fieldReference(account.recordElemName, 'Name')} = ${quoteSiebel(name)}`,
            sortSpec: '',
            viewMode: account.viewMode,
            pageSize: 10,
            startRowNum: 0,
            newQuery: true,
          });
          simulator.data.delete('Account', created.Id);
          // The simulator understood exactly the string sent (no other record matched, this one did)…
          expect(page.records.map((r) => r.Id)).toEqual([created.Id]);
          // …and the value came back through its writer and the client's decoder unchanged.
          expect(page.records[0].Name).toBe(name);
        }),
        { numRuns: 150 },
      );
    } finally {
      await s.logoff();
    }
    expect(simulator.openSessionCount()).toBe(0);
  });
});
