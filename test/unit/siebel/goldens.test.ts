import { describe, expect, it } from 'vitest';
import { decodeMetadataAnswer } from '../../../src/siebel/services/decodeMetadataAnswer';
import { decodeExecuteBatch } from '../../../src/siebel/services/decodeExecuteBatch';
import { decodeQueryPage } from '../../../src/siebel/services/decodeQueryPage';
import { encodeExecuteBatch } from '../../../src/siebel/services/encodeExecuteBatch';
import { encodeMetadataRequest } from '../../../src/siebel/services/encodeMetadataRequest';
import { encodeQueryPage } from '../../../src/siebel/services/encodeQueryPage';
import { encodeEnvelope } from '../../../src/siebel/soap/encodeEnvelope';
import { DEFAULT_WIRE_PROFILE, LEGACY_WIRE_PROFILE, SiebelFaultError } from '../../../src/siebel';
import { isTokenRejection } from '../../../src/siebel/session/faultSignatures';
import { canonicalXml, readFixture, readFixture as readShared } from './support/canonicalXml';
import { accountQuery, cachedMetadata, uploadBatch } from './support/requests';

const cached = cachedMetadata;

/** The two wire shapes the goldens fix: Siebel-generated services (default) and the legacy one. */
const SHAPES = [
  { folder: '', profile: DEFAULT_WIRE_PROFILE, query: accountQuery },
  { folder: 'legacy/', profile: LEGACY_WIRE_PROFILE, query: accountQuery },
] as const;

describe.each(SHAPES)('request encoding against the golden requests in "$folder"', ({ folder, profile, query }) => {
  const fixture = (path: string) => canonicalXml(readFixture(`${folder}${path}`));

  it('writes the first metadata call with credentials, Stateless and empty ids', () => {
    const xml = encodeEnvelope(
      { kind: 'login', userName: 'JSMITH', password: 'secret' },
      encodeMetadataRequest({ packageId: '', responsibilityId: '', hashValue: '' }, profile),
      profile,
    );
    expect(canonicalXml(xml)).toEqual(fixture('metadata/DownloadMetadataFiles.login.request.xml'));
  });

  it('writes a later metadata call with the token and the cached ids', () => {
    const xml = encodeEnvelope({ kind: 'token', token: 'TOKEN-1' }, encodeMetadataRequest(cached, profile), profile);
    expect(canonicalXml(xml)).toEqual(fixture('metadata/DownloadMetadataFiles.cached.request.xml'));
  });

  it('writes the logoff with SessionType None and the metadata probe', () => {
    const xml = encodeEnvelope({ kind: 'logoff', token: 'TOKEN-2' }, encodeMetadataRequest(cached, profile), profile);
    expect(canonicalXml(xml)).toEqual(fixture('metadata/DownloadMetadataFiles.logoff.request.xml'));
  });

  it('writes the first QueryPage with escaped criteria and the query-by-example instance', () => {
    const xml = encodeEnvelope({ kind: 'token', token: 'TOKEN-1' }, encodeQueryPage(query, profile), profile);
    expect(canonicalXml(xml)).toEqual(fixture('data/QueryPage.first.request.xml'));
  });

  it('writes the next QueryPage without criteria', () => {
    const request = { ...query, searchSpec: '', pageSize: 2, startRowNum: 2, newQuery: false };
    const xml = encodeEnvelope({ kind: 'token', token: 'TOKEN-2' }, encodeQueryPage(request, profile), profile);
    expect(canonicalXml(xml)).toEqual(fixture('data/QueryPage.next.request.xml'));
  });

  it('writes an upload batch of an insert, an update clearing a field and a delete', () => {
    const xml = encodeEnvelope({ kind: 'token', token: 'TOKEN-1' }, encodeExecuteBatch(uploadBatch, profile), profile);
    expect(canonicalXml(xml)).toEqual(fixture('upload/ExecuteBatch.request.xml'));
  });

  it('differs from the golden when a value differs (the comparison can fail)', () => {
    const xml = encodeEnvelope(
      { kind: 'token', token: 'TOKEN-1' },
      encodeQueryPage({ ...query, viewMode: 'All' }, profile),
      profile,
    );
    expect(canonicalXml(xml)).not.toEqual(fixture('data/QueryPage.first.request.xml'));
  });
});

describe.each(SHAPES)('response decoding of the golden answers in "$folder"', ({ folder }) => {
  const readFixture = (path: string) => readShared(`${folder}${path}`);

  it('decodes the files answer with base64 contents as UTF-8 text', () => {
    const reply = decodeMetadataAnswer(readFixture('metadata/DownloadMetadataFiles.files.response.xml'));
    expect(reply).toEqual({
      kind: 'result',
      sessionToken: 'TOKEN-1',
      value: {
        containsFiles: true,
        ...cached,
        files: [
          {
            name: 'info.xml',
            type: 'XML',
            content:
              '<?xml version="1.0" encoding="utf-8"?>\n<info><package name="Sales Représentative" version="1.0.0"/></info>\n',
          },
          {
            name: 'package_res.xml',
            type: 'XML',
            content: '<res_root><str key="obj_account">Account &amp; Co</str></res_root>\n',
          },
        ],
      },
    });
  });

  it('decodes the unchanged answer without files', () => {
    const reply = decodeMetadataAnswer(readFixture('metadata/DownloadMetadataFiles.unchanged.response.xml'));
    expect(reply).toEqual({
      kind: 'result',
      sessionToken: 'TOKEN-2',
      value: { containsFiles: false, ...cached, files: [] },
    });
  });

  it('decodes a page with escaped, non-ASCII and empty fields', () => {
    const reply = decodeQueryPage(readFixture('data/QueryPage.page.response.xml'), accountQuery);
    expect(reply).toEqual({
      kind: 'result',
      sessionToken: 'TOKEN-2',
      value: {
        records: [
          { Id: '1-4ABCD', Updated: '02/02/2024 16:05:10', Name: 'Müller & Söhne <GmbH>', Location: 'Köln' },
          { Id: '1-4ABCF', Updated: '02/03/2024 08:30:00', Name: 'Globex 🚀', Location: '' },
        ],
        lastPage: false,
        numOutputObjects: 2,
      },
    });
  });

  it('decodes the empty last page', () => {
    const reply = decodeQueryPage(readFixture('data/QueryPage.last.response.xml'), accountQuery);
    expect(reply).toEqual({
      kind: 'result',
      sessionToken: 'TOKEN-2',
      value: { records: [], lastPage: true, numOutputObjects: 0 },
    });
  });

  it('decodes the upload answer into one result per command, in request order', () => {
    const reply = decodeExecuteBatch(readFixture('upload/ExecuteBatch.response.xml'), uploadBatch);
    expect(reply).toEqual({
      kind: 'result',
      sessionToken: 'TOKEN-2',
      value: [
        {
          commandId: 1,
          status: 'Success',
          record: {
            Id: '1-9000001',
            Updated: '02/04/2024 09:00:00',
            Name: 'Müller & Söhne',
            Location: 'Köln',
            MainPhoneNumber: '',
            Type: 'Customer',
            AccountStatus: 'Active',
          },
        },
        {
          commandId: 2,
          status: 'Error',
          errorCode: 'SBL-DAT-00523',
          errorMessage:
            'The selected record has been modified by another user since it was retrieved. Please continue.(SBL-DAT-00523)',
        },
        { commandId: 3, status: 'Success', record: null },
      ],
    });
  });

  it.each([
    ['data/QueryPage.unknown-field.fault.xml', ['SBL-EAI-04316', 'SBL-EAI-04127']],
    ['metadata/DownloadMetadataFiles.no-package.fault.xml', ['SBL-PIM-00101']],
    ['session/bad-credentials.fault.xml', ['SBL-SEC-10018']],
    ['session/session-rejected.fault.xml', folder === '' ? ['10944642'] : ['SBL-EAI-04601']],
  ])('decodes the fault %s with its error stack', (path, codes) => {
    const reply = decodeQueryPage(readFixture(path), accountQuery);
    if (reply.kind !== 'fault') throw new Error('expected a fault');
    expect(reply.fault.faultCode).toBe('SOAP-ENV:Server');
    expect(reply.fault.errors.map((error) => error.code)).toEqual(codes);
    expect(reply.fault.faultString).toBe(reply.fault.errors[0].message);
  });

  it('decodes the unknown-field fault entries with symbols and messages', () => {
    const reply = decodeQueryPage(readFixture('data/QueryPage.unknown-field.fault.xml'), accountQuery);
    expect(reply.kind === 'fault' && reply.fault.errors[1]).toEqual({
      code: 'SBL-EAI-04127',
      symbol: 'IDS_EAI_ERR_INTOBJHIER_ELEM_UNKN',
      message:
        "Element with XML tag 'Owner' is not found in the definition of EAI Integration Component 'Account'(SBL-EAI-04127)",
    });
  });
});

describe('the fault goldens of field evidence §4 and §5', () => {
  it("reads the page-size refusal as PageSizeTooLarge with the server's limit", () => {
    const reply = decodeQueryPage(readFixture('data/QueryPage.page-size.fault.xml'), accountQuery);
    if (reply.kind !== 'fault') throw new Error('expected a fault');
    expect(new SiebelFaultError(reply.fault, 'AccountQueryPage', 'JSMITH')).toMatchObject({
      code: 'PageSizeTooLarge',
      maximumPageSize: 100,
    });
  });

  it.each(['data/QueryPage.argument-refused.fault.xml', 'metadata/DownloadMetadataFiles.wrong-namespace.fault.xml'])(
    'reads %s as a plain Siebel fault (no re-login, no page size)',
    (path) => {
      const reply = decodeQueryPage(readFixture(path), accountQuery);
      if (reply.kind !== 'fault') throw new Error('expected a fault');
      const error = new SiebelFaultError(reply.fault, 'AccountQueryPage', 'JSMITH');
      expect(error.code).toBe('SiebelFault');
      expect(isTokenRejection(reply.fault)).toBe(false);
    },
  );

  it('reads the confirmed token rejection as one', () => {
    const reply = decodeQueryPage(readFixture('session/session-rejected.fault.xml'), accountQuery);
    expect(reply.kind === 'fault' && isTokenRejection(reply.fault)).toBe(true);
  });
});
