import { describe, expect, it } from 'vitest';
import { SiebelFaultError } from '../../../src/siebel';
import { decodeFault } from '../../../src/siebel/soap/decodeFault';
import { parseXml } from '../../../src/siebel/xml/parseXml';
import { findChild } from '../../../src/siebel/xml/XmlElement';
import { readFixture } from './support/canonicalXml';

function faultOf(xml: string) {
  const body = findChild(parseXml(xml, 'Test'), 'Body')!;
  return decodeFault(findChild(body, 'Fault')!);
}

describe('decodeFault', () => {
  it('reads the older ASI form: errorstack directly under detail, oracle namespace, no errorcode', () => {
    const fault = faultOf(`<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/"><SOAP-ENV:Body>
      <SOAP-ENV:Fault xmlns:siebelf="http://www.oracle.com/ws/fault"><faultcode>Client</faultcode><faultstring>Invalid search spec(SBL-DAT-00225)</faultstring>
      <detail><siebelf:errorstack><siebelf:error><siebelf:errorsymbol>IDS_ERR</siebelf:errorsymbol><siebelf:errormsg>Invalid search spec(SBL-DAT-00225)</siebelf:errormsg></siebelf:error></siebelf:errorstack></detail>
      </SOAP-ENV:Fault></SOAP-ENV:Body></SOAP-ENV:Envelope>`);
    expect(fault).toEqual({
      faultCode: 'Client',
      faultString: 'Invalid search spec(SBL-DAT-00225)',
      errors: [{ code: 'SBL-DAT-00225', symbol: 'IDS_ERR', message: 'Invalid search spec(SBL-DAT-00225)' }],
    });
  });

  it('strips the parentheses some servers put around errorcode', () => {
    const xml = readFixture('data/QueryPage.unknown-field.fault.xml').replace(
      '<siebelf:errorcode>SBL-EAI-04127',
      '<siebelf:errorcode>(SBL-EAI-04127)',
    );
    expect(faultOf(xml).errors.map((error) => error.code)).toEqual(['SBL-EAI-04316', 'SBL-EAI-04127']);
  });

  it('reads a fault without detail', () => {
    const fault = faultOf(
      `<e:Envelope xmlns:e="http://schemas.xmlsoap.org/soap/envelope/"><e:Body><e:Fault><faultcode>e:Server</faultcode><faultstring>boom</faultstring></e:Fault></e:Body></e:Envelope>`,
    );
    expect(fault).toEqual({ faultCode: 'e:Server', faultString: 'boom', errors: [] });
  });
});

describe('SiebelFaultError', () => {
  const fault = (code: string) => ({
    faultCode: 'SOAP-ENV:Server',
    faultString: `Failed(${code})`,
    errors: [{ code, symbol: '', message: `Failed(${code})` }],
  });

  it('is NoPublishedPackage with the administrator advice for SBL-PIM-00101', () => {
    const error = new SiebelFaultError(fault('SBL-PIM-00101'), 'DownloadMetadataFiles', 'NOPKG');
    expect(error.code).toBe('NoPublishedPackage');
    expect(error.message).toBe(
      "No customization package is published for your responsibility: ask your CRM administrator to publish one for user NOPKG's responsibility, then synchronize again",
    );
  });

  it('is SiebelFault naming the operation and every code for other faults', () => {
    const error = new SiebelFaultError(
      {
        ...fault('SBL-EAI-04316'),
        errors: [...fault('SBL-EAI-04316').errors, { code: 'SBL-EAI-04127', symbol: '', message: 'x' }],
      },
      'AccountQueryPage',
      'JSMITH',
    );
    expect(error.code).toBe('SiebelFault');
    expect(error.operation).toBe('AccountQueryPage');
    expect(error.siebelCodes).toEqual(['SBL-EAI-04316', 'SBL-EAI-04127']);
    expect(error.message).toMatch(
      /^Siebel rejected the AccountQueryPage call \(SBL-EAI-04316, SBL-EAI-04127\): Failed\(SBL-EAI-04316\) — /,
    );
  });

  it('finds a code named only in the fault string', () => {
    const error = new SiebelFaultError(
      { faultCode: 'Server', faultString: 'No package (SBL-PIM-00101)', errors: [] },
      'DownloadMetadataFiles',
      'U',
    );
    expect(error.hasCode('SBL-PIM-00101')).toBe(true);
    expect(error.code).toBe('NoPublishedPackage');
  });
});
