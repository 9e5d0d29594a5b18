import { describe, expect, it } from 'vitest';
import { decodeMetadataAnswer } from '../../../src/siebel/services/decodeMetadataAnswer';
import { decodeQueryPage } from '../../../src/siebel/services/decodeQueryPage';
import { attributeAccountQuery as request } from './support/requests';

/*
 * Answers as Siebel-generated services write them and as other deployments may (field evidence
 * §1, §2): the client reads records wherever their list is and whatever the namespaces, and an
 * answer it cannot read is an error naming what came — never an empty page.
 */

const envelope = (body: string) =>
  `<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/"><SOAP-ENV:Body>${body}</SOAP-ENV:Body></SOAP-ENV:Envelope>`;
const account = '<Account><Id>1-1</Id><Name>Acme</Name></Account>';

describe('QueryPage answers in the field', () => {
  it.each([
    [
      'generated service (list in the output, asi namespace)',
      `<ns:AccountQueryPage_Output xmlns:ns="http://siebel.com/asi/"><ListOfAccount xmlns="http://www.siebel.com/xml/CRMDesktopAccountIO">${account}</ListOfAccount><LastPage>true</LastPage></ns:AccountQueryPage_Output>`,
    ],
    [
      'another operation namespace (asi/V0)',
      `<AccountQueryPage_Output xmlns="http://siebel.com/asi/V0"><ListOfAccount xmlns="http://www.siebel.com/xml/CRMDesktopAccountIO">${account}</ListOfAccount><LastPage xmlns="">true</LastPage></AccountQueryPage_Output>`,
    ],
    [
      'a list in another namespace than ours',
      `<x:AccountQueryPage_Output xmlns:x="urn:crm"><y:ListOfAccount xmlns:y="urn:other"><y:Account><y:Id>1-1</y:Id><y:Name>Acme</y:Name></y:Account></y:ListOfAccount><LastPage>true</LastPage></x:AccountQueryPage_Output>`,
    ],
    [
      'the SiebelMessage wrapper',
      `<x:AccountQueryPage_Output xmlns:x="http://siebel.com/CustomUI"><SiebelMessage><ListOfAccount>${account}</ListOfAccount></SiebelMessage><LastPage>true</LastPage><NumOutputObjects>1</NumOutputObjects></x:AccountQueryPage_Output>`,
    ],
  ])('reads the records of %s', (_shape, body) => {
    const reply = decodeQueryPage(envelope(body), request);
    expect(reply).toMatchObject({
      kind: 'result',
      value: { records: [{ Id: '1-1', Name: 'Acme' }], lastPage: true, numOutputObjects: 1 },
    });
  });

  it('refuses a page whose list has another name, naming the element and its namespace', () => {
    const body = `<ns:AccountQueryPage_Output xmlns:ns="http://siebel.com/asi/"><ListOfCRMDesktopAccountIO xmlns="http://www.siebel.com/xml/CRMDesktopAccountIO">${account}</ListOfCRMDesktopAccountIO><LastPage>true</LastPage></ns:AccountQueryPage_Output>`;
    expect(() => decodeQueryPage(envelope(body), request)).toThrow(
      expect.objectContaining({
        code: 'UnexpectedSoapShape',
        message: expect.stringContaining(
          '<ListOfCRMDesktopAccountIO> in namespace "http://www.siebel.com/xml/CRMDesktopAccountIO" where <ListOfAccount>',
        ),
      }),
    );
  });

  it('refuses a page that is not the last and holds no list at all', () => {
    const body =
      '<ns:AccountQueryPage_Output xmlns:ns="http://siebel.com/asi/"><LastPage>false</LastPage></ns:AccountQueryPage_Output>';
    expect(() => decodeQueryPage(envelope(body), request)).toThrow(
      /holds no <ListOfAccount>, neither directly nor inside <SiebelMessage>, and LastPage is false/,
    );
  });

  it('reads an empty last page without any list as no records', () => {
    const body =
      '<ns:AccountQueryPage_Output xmlns:ns="http://siebel.com/asi/"><LastPage>true</LastPage></ns:AccountQueryPage_Output>';
    expect(decodeQueryPage(envelope(body), request)).toMatchObject({
      kind: 'result',
      value: { records: [], lastPage: true },
    });
  });

  it('refuses another operation with a message that names both elements and the namespaces', () => {
    const body =
      '<ns:ContactQueryPage_Output xmlns:ns="http://example.com/crm"><LastPage>true</LastPage></ns:ContactQueryPage_Output>';
    expect(() => decodeQueryPage(envelope(body), request)).toThrow(
      expect.objectContaining({
        message: expect.stringContaining(
          '<ContactQueryPage_Output> in namespace "http://example.com/crm" where <AccountQueryPage_Output> (wire profile namespace "http://siebel.com/asi/"',
        ),
      }),
    );
  });
});

describe('DownloadMetadataFiles answers in the field', () => {
  const file = '<MetadataFile><Name>info.xml</Name><Type>XML</Type><Content>PGluZm8vPg==</Content></MetadataFile>';
  const head =
    '<containsFiles>true</containsFiles><packageId>P</packageId><responsibilityId>R</responsibilityId><hashValue>H</hashValue>';

  it.each([
    [
      'list in the output',
      `<o:DownloadMetadataFiles_Output xmlns:o="http://siebel.com/asi/">${head}<ListOfCRMDesktopMetadataFiles xmlns="http://www.siebel.com/xml/CRM%20Desktop%20Metadata%20Files">${file}</ListOfCRMDesktopMetadataFiles></o:DownloadMetadataFiles_Output>`,
    ],
    [
      'SiebelMessage wrapper',
      `<o:DownloadMetadataFiles_Output xmlns:o="http://siebel.com/CustomUI">${head}<SiebelMessage><ListOfCRMDesktopMetadataFiles>${file}</ListOfCRMDesktopMetadataFiles></SiebelMessage></o:DownloadMetadataFiles_Output>`,
    ],
  ])('reads the files of the %s shape', (_shape, body) => {
    expect(decodeMetadataAnswer(envelope(body))).toMatchObject({
      kind: 'result',
      value: { files: [{ name: 'info.xml', content: '<info/>' }] },
    });
  });

  it('refuses containsFiles=true without a file list', () => {
    const body = `<o:DownloadMetadataFiles_Output xmlns:o="http://siebel.com/asi/">${head}</o:DownloadMetadataFiles_Output>`;
    expect(() => decodeMetadataAnswer(envelope(body))).toThrow(
      /containsFiles is true but the answer holds no file list/,
    );
  });
});
