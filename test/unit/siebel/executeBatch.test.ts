import { describe, expect, it } from 'vitest';
import { executeBatch, SiebelFaultError, SiebelSession, SYNC_ERROR_CODES, type SyncCommand } from '../../../src/siebel';
import { decodeExecuteBatch } from '../../../src/siebel/services/decodeExecuteBatch';
import { encodeExecuteBatch } from '../../../src/siebel/services/encodeExecuteBatch';
import { encodeEnvelope } from '../../../src/siebel/soap/encodeEnvelope';
import { parseXml } from '../../../src/siebel/xml/parseXml';
import { descendantsNamed, findChild } from '../../../src/siebel/xml/XmlElement';
import { canonicalXml, readFixture } from './support/canonicalXml';
import { uploadBatch } from './support/requests';
import { CREDENTIALS, useSoapServer, ENDPOINT_URL, soapHandler, type SeenRequest } from './support/soapServer';

const golden = readFixture('upload/ExecuteBatch.response.xml');
const encode = (commands: readonly SyncCommand[]) =>
  encodeEnvelope({ kind: 'token', token: 'T' }, encodeExecuteBatch(commands));

/** The golden answer with its `SyncCommandResult` elements replaced by `results`. */
function answerWith(results: string): string {
  return golden.replace(/<SyncCommandResult>[\s\S]*<\/SyncCommandResult>/, results);
}
const success = (id: string) =>
  `<SyncCommandResult><CommandId>${id}</CommandId><Status>Success</Status></SyncCommandResult>`;
const insertResult = (id: string, record: string) =>
  `<SyncCommandResult><CommandId>${id}</CommandId><Status>Success</Status><ListOfAccount xmlns="http://www.siebel.com/xml/CRMDesktopAccountIO">${record}</ListOfAccount></SyncCommandResult>`;
const errorResult = (id: string) =>
  `<SyncCommandResult><CommandId>${id}</CommandId><Status>Error</Status><ErrorCode>SBL-DAT-00523</ErrorCode><ErrorMessage>changed</ErrorMessage></SyncCommandResult>`;
const goldenResults = [insertResult('1', '<Account><Id>1-9</Id></Account>'), errorResult('2'), success('3')];

describe('encodeExecuteBatch', () => {
  it('escapes markup and quotes in values and sends a literal entity text unchanged', () => {
    const record = { Name: `A&B <"x"> 'y' &amp;`, Location: 'line1\r\nline2' };
    const xml = encode([{ ...uploadBatch[0], record }]);
    expect(xml).toContain('<Name>A&amp;B &lt;&quot;x&quot;&gt; &apos;y&apos; &amp;amp;</Name>');
    const account = descendantsNamed(parseXml(xml, 'test'), 'Account')[0];
    expect(findChild(account, 'Name')!.text).toBe(record.Name);
    expect(findChild(account, 'Location')!.text).toBe(record.Location);
  });

  it('leaves empty values out of an insert but writes them as empty elements in an update', () => {
    const xml = encode([
      { ...uploadBatch[0], record: { Name: 'Globex', Location: '', Type: 'Customer' } },
      { ...uploadBatch[1], record: { Id: '1-2', Updated: '01/01/2024 00:00:00', JobTitle: '' } },
    ]);
    const account = descendantsNamed(parseXml(xml, 'test'), 'Account')[0];
    expect(account.children.map((field) => field.local)).toEqual(['Name', 'Type']);
    const contact = descendantsNamed(parseXml(xml, 'test'), 'Contact')[0];
    expect(contact.children.map((field) => [field.local, field.text])).toEqual([
      ['Id', '1-2'],
      ['Updated', '01/01/2024 00:00:00'],
      ['JobTitle', ''],
    ]);
  });

  it.each([
    ['no commands', []],
    ['a command id used twice', [uploadBatch[0], { ...uploadBatch[1], commandId: 1 }]],
    ['a fractional command id', [{ ...uploadBatch[0], commandId: 1.5 }]],
    ['a negative command id', [{ ...uploadBatch[0], commandId: -1 }]],
    ['a field name with a space', [{ ...uploadBatch[0], record: { 'Main Phone': '1' } }]],
    ['a control character in a value', [{ ...uploadBatch[0], record: { Name: 'bell\u0007' } }]],
  ] as [string, SyncCommand[]][])('refuses %s with XmlEncode', (_label, commands) => {
    expect(() => encode(commands)).toThrow(expect.objectContaining({ code: 'XmlEncode' }));
  });
});

describe('decodeExecuteBatch', () => {
  it('puts results that arrive out of order back in request order', () => {
    const reply = decodeExecuteBatch(
      answerWith(
        [success('3'), errorResult('2'), insertResult('1', '<Account><Id>1-9</Id><Name/></Account>')].join(''),
      ),
      uploadBatch,
    );
    expect(reply.kind === 'result' && reply.value.map((r) => [r.commandId, r.status])).toEqual([
      [1, 'Success'],
      [2, 'Error'],
      [3, 'Success'],
    ]);
    expect(reply.kind === 'result' && reply.value[0]).toEqual({
      commandId: 1,
      status: 'Success',
      record: { Id: '1-9', Name: '' },
    });
  });

  it('takes the error code from the message when ErrorCode is absent', () => {
    const result = `<SyncCommandResult><CommandId>2</CommandId><Status>Error</Status><ErrorMessage>No record (SBL-EAI-04403)</ErrorMessage></SyncCommandResult>`;
    const reply = decodeExecuteBatch(answerWith([goldenResults[0], result, goldenResults[2]].join('')), uploadBatch);
    expect(reply.kind === 'result' && reply.value[1]).toEqual({
      commandId: 2,
      status: 'Error',
      errorCode: SYNC_ERROR_CODES.recordNotFound,
      errorMessage: 'No record (SBL-EAI-04403)',
    });
  });

  it.each([
    [
      'a command without result',
      [goldenResults[0], goldenResults[2]],
      'command 2 (Update Contact) has no <SyncCommandResult>',
    ],
    ['a result given twice', [...goldenResults, success('3')], 'command 3 has more than one'],
    ['a result for an unknown command', [...goldenResults, success('9')], '"9" names no command'],
    [
      'a status that is neither Success nor Error',
      [goldenResults[0], goldenResults[1], success('3').replace('Success', 'Done')],
      '"Done", expected Success or Error',
    ],
    [
      'a successful insert without its record',
      [success('1'), goldenResults[1], goldenResults[2]],
      'succeeded without returning the record',
    ],
    [
      'an insert answered with two records',
      [
        insertResult('1', '<Account><Id>a</Id></Account><Account><Id>b</Id></Account>'),
        goldenResults[1],
        goldenResults[2],
      ],
      'returned 2 elements',
    ],
    [
      'a result without CommandId',
      [goldenResults[0], goldenResults[1], '<SyncCommandResult><Status>Success</Status></SyncCommandResult>'],
      'has no <CommandId>',
    ],
  ])('refuses %s as UnexpectedSoapShape', (_label, results, message) => {
    expect(() => decodeExecuteBatch(answerWith(results.join('')), uploadBatch)).toThrow(
      expect.objectContaining({ code: 'UnexpectedSoapShape', message: expect.stringContaining(message) }),
    );
  });

  it('refuses an answer without any result list, naming the first command', () => {
    const xml = golden.replace(
      /<(SiebelMessage|ListOfSyncCommand)\b[\s\S]*<\/\1>\s*(?=<\/ns:ExecuteBatch_Output>)/,
      '',
    );
    expect(xml).not.toContain('<SyncCommandResult');
    expect(() => decodeExecuteBatch(xml, uploadBatch)).toThrow(
      expect.objectContaining({ message: expect.stringContaining('command 1 (Insert Account) has no') }),
    );
  });

  it('refuses a body holding another operation', () => {
    const xml = golden.replace(/ExecuteBatch_Output/g, 'AccountQueryPage_Output');
    expect(() => decodeExecuteBatch(xml, uploadBatch)).toThrow(
      expect.objectContaining({
        code: 'UnexpectedSoapShape',
        message: expect.stringContaining(
          '<AccountQueryPage_Output> in namespace "http://siebel.com/asi/" where <ExecuteBatch_Output>',
        ),
      }),
    );
  });

  it('refuses an answer that is not SOAP', () => {
    expect(() => decodeExecuteBatch('<html><body>Login</body></html>', uploadBatch)).toThrow(
      expect.objectContaining({ code: 'NotSoap' }),
    );
  });

  it('decodes a fault for the whole call with its error stack', () => {
    const reply = decodeExecuteBatch(readFixture('session/session-rejected.fault.xml'), uploadBatch);
    expect(reply.kind === 'fault' && reply.fault.errors.map((e) => e.code)).toEqual(['10944642']);
  });
});

describe('executeBatch through a session', () => {
  const server = useSoapServer();
  const session = () => new SiebelSession({ endpointUrl: ENDPOINT_URL, ...CREDENTIALS });

  it('posts the batch with the ExecuteBatch SOAPAction and returns the results in request order', async () => {
    const seen: SeenRequest[] = [];
    server.use(soapHandler(seen, () => ({ xml: golden })));
    const results = await executeBatch(session(), uploadBatch);
    expect(results.map((r) => r.status)).toEqual(['Success', 'Error', 'Success']);
    expect(seen).toHaveLength(1);
    expect(seen[0].soapAction).toBe('"document/http://siebel.com/asi/:ExecuteBatch"');
    const sent = canonicalXml(seen[0].body);
    const expected = canonicalXml(readFixture('upload/ExecuteBatch.request.xml'));
    expect(sent.children[1]).toEqual(expected.children[1]);
  });

  it('sends nothing for an empty batch', async () => {
    const seen: SeenRequest[] = [];
    server.use(soapHandler(seen, () => ({ xml: golden })));
    expect(await executeBatch(session(), [])).toEqual([]);
    expect(seen).toHaveLength(0);
  });

  it('throws a SiebelFaultError naming ExecuteBatch when the whole call faults', async () => {
    server.use(soapHandler([], () => ({ status: 500, xml: readFixture('data/QueryPage.unknown-field.fault.xml') })));
    const error = await executeBatch(session(), uploadBatch).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SiebelFaultError);
    expect((error as SiebelFaultError).message).toContain('ExecuteBatch');
  });
});
