import { describe, expect, it } from 'vitest';
import { decodeMetadataAnswer } from '../../../src/siebel/services/decodeMetadataAnswer';
import { encodeQueryPage } from '../../../src/siebel/services/encodeQueryPage';
import { encodeEnvelope } from '../../../src/siebel/soap/encodeEnvelope';
import { readFixture } from './support/canonicalXml';
import { accountQuery } from './support/requests';

const files = readFixture('metadata/DownloadMetadataFiles.files.response.xml');

describe('encoding a QueryPage request', () => {
  it.each([
    ['a zero page size', { pageSize: 0 }],
    ['a fractional page size', { pageSize: 1.5 }],
    ['a negative start row', { startRowNum: -1 }],
    ['a field name with a space', { fields: ['Main Phone'] }],
    ['a record element name with markup', { recordElemName: 'Account><x' }],
  ])('refuses %s with XmlEncode', (_label, change) => {
    expect(() =>
      encodeEnvelope({ kind: 'token', token: 'T' }, encodeQueryPage({ ...accountQuery, ...change })),
    ).toThrow(expect.objectContaining({ code: 'XmlEncode' }));
  });
});

describe('decodeMetadataAnswer', () => {
  it('refuses a file content that is not base64', () => {
    const xml = files.replace(/<Content>PHJl[^<]*<\/Content>/, '<Content>not base64!</Content>');
    expect(() => decodeMetadataAnswer(xml)).toThrow(
      expect.objectContaining({ code: 'UnexpectedSoapShape', message: expect.stringContaining('base64') }),
    );
  });

  it('refuses a file content that is not UTF-8 once decoded', () => {
    const xml = files.replace(
      /<Content>PHJl[^<]*<\/Content>/,
      `<Content>${Buffer.from([0xff, 0xfe, 0x41]).toString('base64')}</Content>`,
    );
    expect(() => decodeMetadataAnswer(xml)).toThrow(
      expect.objectContaining({ code: 'UnexpectedSoapShape', message: expect.stringContaining('UTF-8') }),
    );
  });

  it('accepts base64 wrapped over several lines', () => {
    const wrapped = files.replace(
      'PHJlc19yb290PjxzdHIga2V5PSJvYmpfYWNjb3VudCI+',
      'PHJlc19yb290Pjxz\n    dHIga2V5PSJvYmpfYWNjb3VudCI+',
    );
    const reply = decodeMetadataAnswer(wrapped);
    expect(reply.kind === 'result' && reply.value.files[1].content).toBe(
      '<res_root><str key="obj_account">Account &amp; Co</str></res_root>\n',
    );
  });

  it('refuses an answer without containsFiles', () => {
    const xml = files.replace('<containsFiles>true</containsFiles>', '');
    expect(() => decodeMetadataAnswer(xml)).toThrow(
      expect.objectContaining({ code: 'UnexpectedSoapShape', message: expect.stringContaining('containsFiles') }),
    );
  });

  it('refuses a body holding another operation', () => {
    const xml = files.replace(/DownloadMetadataFiles_Output/g, 'AccountQueryPage_Output');
    expect(() => decodeMetadataAnswer(xml)).toThrow(expect.objectContaining({ code: 'UnexpectedSoapShape' }));
  });

  it('refuses an envelope with an empty body', () => {
    const xml = '<e:Envelope xmlns:e="http://schemas.xmlsoap.org/soap/envelope/"><e:Body>  </e:Body></e:Envelope>';
    expect(() => decodeMetadataAnswer(xml)).toThrow(
      expect.objectContaining({ code: 'UnexpectedSoapShape', message: expect.stringContaining('Body is empty') }),
    );
  });
});
