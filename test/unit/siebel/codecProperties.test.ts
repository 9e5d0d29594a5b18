import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WIRE_PROFILE,
  LEGACY_WIRE_PROFILE,
  type QueryPageRequest,
  type SyncCommand,
} from '../../../src/siebel';
import { decodeExecuteBatch } from '../../../src/siebel/services/decodeExecuteBatch';
import { encodeExecuteBatch } from '../../../src/siebel/services/encodeExecuteBatch';
import { decodeMetadataAnswer } from '../../../src/siebel/services/decodeMetadataAnswer';
import { decodeQueryPage } from '../../../src/siebel/services/decodeQueryPage';
import { encodeQueryPage } from '../../../src/siebel/services/encodeQueryPage';
import { encodeEnvelope } from '../../../src/siebel/soap/encodeEnvelope';
import { parseXml } from '../../../src/siebel/xml/parseXml';
import { childrenNamed, findChild, type XmlElement } from '../../../src/siebel/xml/XmlElement';

const tricky = fc.constantFrom('&amp;', '&lt;', ']]>', '"', "'", '😀', '\r\n', '<Name>', "O'Brien & Sons");
const value = fc
  .array(fc.oneof(tricky, fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 5 })
  .map((parts) => parts.join(''));
const name = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_.-]{0,8}$/);

// Written by hand, not by the client's writer: the decoder must not depend on the encoder's quirks.
const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#xD;');

function child(parent: XmlElement, ...path: string[]): XmlElement {
  return path.reduce((element, local) => findChild(element, local)!, parent);
}

describe('QueryPage request encoding', () => {
  it('gives back every argument, the token and the field names after decoding with xml-js', () => {
    const request = fc.record({
      intObjName: value,
      searchSpec: value,
      sortSpec: value,
      viewMode: value,
      token: value,
      fields: fc.uniqueArray(name, { maxLength: 4 }),
      pageSize: fc.integer({ min: 1, max: 10_000 }),
      startRowNum: fc.nat(),
    });
    fc.assert(
      fc.property(request, ({ token, ...args }) => {
        const query: QueryPageRequest = {
          ...args,
          collectionElemName: 'ListOfThing',
          recordElemName: 'Thing',
          newQuery: false,
        };
        const envelope = parseXml(
          encodeEnvelope({ kind: 'token', token }, encodeQueryPage(query, LEGACY_WIRE_PROFILE), LEGACY_WIRE_PROFILE),
          'test',
        );
        expect(child(envelope, 'Header', 'SessionToken').text).toBe(token);
        const input = child(envelope, 'Body', 'ThingQueryPage_Input');
        expect(child(input, 'OutputIntObjectName').text).toBe(args.intObjName);
        expect(child(input, 'SearchSpec').text).toBe(args.searchSpec);
        expect(child(input, 'SortSpec').text).toBe(args.sortSpec);
        expect(child(input, 'ViewMode').text).toBe(args.viewMode);
        expect(child(input, 'PageSize').text).toBe(String(args.pageSize));
        expect(child(input, 'StartRowNum').text).toBe(String(args.startRowNum));
        const list = child(input, 'SiebelMessage', 'ListOfThing');
        expect(list.ns).toBe(`http://www.siebel.com/xml/${args.intObjName.replace(/ /g, '%20')}`);
        expect(child(list, 'Thing').children.map((field) => field.local)).toEqual(args.fields);
      }),
      { numRuns: 200 },
    );
  });

  it('gives back the criteria attribute, the arguments of a generated service and the field names (default profile)', () => {
    const request = fc.record({
      intObjName: value,
      searchSpec: value,
      viewMode: value,
      fields: fc.uniqueArray(name, { maxLength: 4 }),
      pageSize: fc.integer({ min: 1, max: 10_000 }),
      startRowNum: fc.nat(),
    });
    fc.assert(
      fc.property(request, (args) => {
        const query: QueryPageRequest = {
          ...args,
          sortSpec: 'Id',
          collectionElemName: 'ListOfThing',
          recordElemName: 'Thing',
          newQuery: true,
        };
        const input = child(
          parseXml(encodeEnvelope({ kind: 'token', token: 'T' }, encodeQueryPage(query)), 'test'),
          'Body',
          'ThingQueryPage_Input',
        );
        expect(input.ns).toBe(DEFAULT_WIRE_PROFILE.operationNamespace);
        expect(input.children.map((element) => element.local)).toEqual([
          'PageSize',
          'ListOfThing',
          'ViewMode',
          'StartRowNum',
        ]);
        expect(child(input, 'PageSize').text).toBe(String(args.pageSize));
        expect(child(input, 'ViewMode').text).toBe(args.viewMode);
        expect(child(input, 'StartRowNum').text).toBe(String(args.startRowNum));
        const thing = child(input, 'ListOfThing', 'Thing');
        expect(thing.attributes.searchspec).toBe(args.searchSpec === '' ? undefined : args.searchSpec);
        expect(thing.children.map((field) => field.local)).toEqual(args.fields);
      }),
      { numRuns: 200 },
    );
  });
});

const operation = fc.constantFrom<SyncCommand['operation']>('Insert', 'Update', 'Delete');
const batch = fc
  .array(fc.record({ operation, intObjName: value, record: fc.dictionary(name, value, { maxKeys: 4 }) }), {
    minLength: 1,
    maxLength: 4,
  })
  .map((commands) =>
    commands.map((command, index): SyncCommand => ({
      ...command,
      commandId: index + 1,
      collectionElemName: 'ListOfThing',
      recordElemName: 'Thing',
    })),
  );

describe('ExecuteBatch request encoding', () => {
  it.each([
    ['direct', DEFAULT_WIRE_PROFILE, [] as string[]],
    ['siebelMessage', LEGACY_WIRE_PROFILE, ['SiebelMessage']],
  ] as const)(
    'gives back every command and record value after decoding with xml-js (%s shape; an insert without its empty values)',
    (_shape, profile, wrapper) => {
      fc.assert(
        fc.property(batch, (commands) => {
          const envelope = parseXml(
            encodeEnvelope({ kind: 'token', token: 'T' }, encodeExecuteBatch(commands, profile), profile),
            'test',
          );
          const written = childrenNamed(
            child(envelope, 'Body', 'ExecuteBatch_Input', ...wrapper, 'ListOfSyncCommand'),
            'SyncCommand',
          );
          expect(written).toHaveLength(commands.length);
          written.forEach((element, index) => {
            const command = commands[index];
            expect(child(element, 'CommandId').text).toBe(String(command.commandId));
            expect(child(element, 'Operation').text).toBe(command.operation);
            expect(child(element, 'IntObjName').text).toBe(command.intObjName);
            const list = child(element, ...wrapper, 'ListOfThing');
            expect(list.ns).toBe(`http://www.siebel.com/xml/${command.intObjName.replace(/ /g, '%20')}`);
            const sent = Object.entries(command.record).filter(
              ([, text]) => command.operation !== 'Insert' || text !== '',
            );
            expect(child(list, 'Thing').children.map((field) => [field.local, field.text])).toEqual(sent);
          });
        }),
        { numRuns: 200 },
      );
    },
  );
});

describe('response decoding', () => {
  it('gives back arbitrary record values and error texts from a hand-written ExecuteBatch answer', () => {
    fc.assert(
      fc.property(batch, fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }), value, (commands, failed, message) => {
        const results = commands.map((command, index) => {
          const head = `<CommandId>${command.commandId}</CommandId>`;
          if (failed[index])
            return `<SyncCommandResult>${head}<Status>Error</Status><ErrorCode>SBL-X</ErrorCode><ErrorMessage>${escape(message)}</ErrorMessage></SyncCommandResult>`;
          const fields = Object.entries(command.record)
            .map(([key, text]) => `<${key}>${escape(text)}</${key}>`)
            .join('');
          return `<SyncCommandResult>${head}<Status>Success</Status><SiebelMessage><ListOfThing xmlns="urn:x"><Thing>${fields}</Thing></ListOfThing></SiebelMessage></SyncCommandResult>`;
        });
        const xml = `<e:Envelope xmlns:e="http://schemas.xmlsoap.org/soap/envelope/"><e:Body><o:ExecuteBatch_Output xmlns:o="http://siebel.com/CustomUI">
          <SiebelMessage><ListOfSyncCommand>${[...results].reverse().join('\n')}</ListOfSyncCommand></SiebelMessage></o:ExecuteBatch_Output></e:Body></e:Envelope>`;
        const expected = commands.map((command, index) =>
          failed[index]
            ? { commandId: command.commandId, status: 'Error', errorCode: 'SBL-X', errorMessage: message.trim() }
            : {
                commandId: command.commandId,
                status: 'Success',
                record: command.operation === 'Delete' ? null : command.record,
              },
        );
        expect(decodeExecuteBatch(xml, commands)).toEqual({ kind: 'result', sessionToken: undefined, value: expected });
      }),
      { numRuns: 200 },
    );
  });

  it('gives back arbitrary record values from a hand-written page', () => {
    const records = fc.array(fc.record({ Id: value, Name: value, Location: value }), { maxLength: 4 });
    fc.assert(
      fc.property(records, fc.boolean(), (rows, lastPage) => {
        const xml = `<?xml version="1.0"?><e:Envelope xmlns:e="http://schemas.xmlsoap.org/soap/envelope/"><e:Body>
          <o:ThingQueryPage_Output xmlns:o="http://siebel.com/CustomUI"><SiebelMessage><ListOfThing xmlns="http://www.siebel.com/xml/X">
          ${rows
            .map(
              (row) =>
                `<Thing>${Object.entries(row)
                  .map(([key, text]) => `<${key}>${escape(text)}</${key}>`)
                  .join('')}</Thing>`,
            )
            .join('\n')}
          </ListOfThing></SiebelMessage><LastPage>${lastPage}</LastPage><NumOutputObjects>${rows.length}</NumOutputObjects></o:ThingQueryPage_Output></e:Body></e:Envelope>`;
        const request = {
          intObjName: 'X',
          collectionElemName: 'ListOfThing',
          recordElemName: 'Thing',
        } as QueryPageRequest;
        expect(decodeQueryPage(xml, request)).toEqual({
          kind: 'result',
          sessionToken: undefined,
          value: { records: rows, lastPage, numOutputObjects: rows.length },
        });
      }),
      { numRuns: 200 },
    );
  });

  it('gives back arbitrary metadata file contents sent as base64 of UTF-8', () => {
    fc.assert(
      fc.property(value, value, (fileName, content) => {
        const base64 = Buffer.from(content, 'utf8').toString('base64');
        const xml = `<Envelope xmlns="http://schemas.xmlsoap.org/soap/envelope/"><Body><DownloadMetadataFiles_Output xmlns="http://siebel.com/CustomUI">
          <containsFiles xmlns="">true</containsFiles><packageId xmlns="">P</packageId><responsibilityId xmlns="">R</responsibilityId><hashValue xmlns="">H</hashValue>
          <SiebelMessage xmlns=""><ListOfCRMDesktopMetadataFiles xmlns="http://www.siebel.com/xml/CRM%20Desktop%20Metadata%20Files">
          <MetadataFile><Name>${escape(fileName)}</Name><Type>XML</Type><Content>${base64}</Content></MetadataFile>
          </ListOfCRMDesktopMetadataFiles></SiebelMessage></DownloadMetadataFiles_Output></Body></Envelope>`;
        const reply = decodeMetadataAnswer(xml);
        expect(reply.kind === 'result' && reply.value.files).toEqual([{ name: fileName.trim(), type: 'XML', content }]);
      }),
      { numRuns: 200 },
    );
  });
});
