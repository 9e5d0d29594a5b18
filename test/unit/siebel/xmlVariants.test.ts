import { describe, expect, it } from 'vitest';
import type { QueryPageRequest } from '../../../src/siebel';
import { decodeQueryPage } from '../../../src/siebel/services/decodeQueryPage';
import { parseXml } from '../../../src/siebel/xml/parseXml';

const request = {
  intObjName: 'CRMDesktopAccountIO',
  collectionElemName: 'ListOfAccount',
  recordElemName: 'Account',
} as QueryPageRequest;
const expected = {
  kind: 'result',
  sessionToken: 'TOK',
  value: { records: [{ Id: '1-A', Name: 'Müller & Söhne <GmbH>', Location: '' }], lastPage: true, numOutputObjects: 1 },
};

/** The same answer, written in every valid way a server might choose. */
const variants: Record<string, string> = {
  'SOAP-ENV prefix': `<?xml version="1.0" encoding="UTF-8"?>
<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/"><SOAP-ENV:Header><h:SessionToken xmlns:h="http://siebel.com/webservices">TOK</h:SessionToken></SOAP-ENV:Header>
<SOAP-ENV:Body><ns:AccountQueryPage_Output xmlns:ns="http://siebel.com/CustomUI"><SiebelMessage><ListOfAccount xmlns="http://www.siebel.com/xml/CRMDesktopAccountIO">
<Account><Id>1-A</Id><Name>Müller &amp; Söhne &lt;GmbH&gt;</Name><Location/></Account></ListOfAccount></SiebelMessage><LastPage>true</LastPage><NumOutputObjects>1</NumOutputObjects></ns:AccountQueryPage_Output></SOAP-ENV:Body></SOAP-ENV:Envelope>`,
  'soap prefix, comments and a Siebel processing instruction': `<?xml version="1.0"?><?Siebel-Property-Set EscapeNames="false"?>
<!-- leading comment --><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
  <!-- c1 --><soap:Header><SessionToken xmlns="http://siebel.com/webservices"><!-- inside -->TOK</SessionToken></soap:Header>
  <soap:Body>
    <!-- c2 -->
    <cus:AccountQueryPage_Output xmlns:cus="http://siebel.com/CustomUI">
      <SiebelMessage>
        <ListOfAccount xmlns="http://www.siebel.com/xml/CRMDesktopAccountIO">
          <Account>
            <Id>1-A</Id>
            <Name>Müller &amp; Söhne &lt;GmbH&gt;</Name>
            <Location></Location>
          </Account>
        </ListOfAccount>
      </SiebelMessage>
      <LastPage>true</LastPage>
      <NumOutputObjects>1</NumOutputObjects>
    </cus:AccountQueryPage_Output>
  </soap:Body>
</soap:Envelope>`,
  'soapenv prefix with CDATA and character references': `<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Header><x:SessionToken xmlns:x="http://siebel.com/webservices">T&#79;&#x4B;</x:SessionToken></soapenv:Header>
<soapenv:Body><o:AccountQueryPage_Output xmlns:o="http://siebel.com/CustomUI"><SiebelMessage><l:ListOfAccount xmlns:l="http://www.siebel.com/xml/CRMDesktopAccountIO">
<l:Account><l:Id><![CDATA[1-A]]></l:Id><l:Name><![CDATA[Müller & Söhne]]> &#60;GmbH&#x3E;</l:Name><l:Location/></l:Account></l:ListOfAccount></SiebelMessage><LastPage>TRUE</LastPage><NumOutputObjects> 1 </NumOutputObjects></o:AccountQueryPage_Output></soapenv:Body></soapenv:Envelope>`,
  'no prefix, default namespaces everywhere': `<Envelope xmlns="http://schemas.xmlsoap.org/soap/envelope/"><Header><SessionToken xmlns="http://siebel.com/webservices">TOK</SessionToken></Header>
<Body><AccountQueryPage_Output xmlns="http://siebel.com/CustomUI"><SiebelMessage xmlns=""><ListOfAccount xmlns="http://www.siebel.com/xml/CRMDesktopAccountIO">
<Account><Id>1-A</Id><Name>M&#252;ller &amp; S&#xF6;hne &lt;GmbH></Name><Location /></Account></ListOfAccount></SiebelMessage><LastPage xmlns="">true</LastPage><NumOutputObjects xmlns="">1</NumOutputObjects></AccountQueryPage_Output></Body></Envelope>`,
  'single-quoted attributes and a UTF-8 BOM': `\uFEFF<?xml version='1.0' encoding='UTF-8'?><S:Envelope xmlns:S='http://schemas.xmlsoap.org/soap/envelope/'><S:Header><SessionToken xmlns='http://siebel.com/webservices'>TOK</SessionToken></S:Header>
<S:Body><q:AccountQueryPage_Output xmlns:q='http://siebel.com/CustomUI'><SiebelMessage><ListOfAccount xmlns='http://www.siebel.com/xml/CRMDesktopAccountIO'>
<Account><Id>1-A</Id><Name>Müller &amp; Söhne &lt;GmbH&gt;</Name><Location/></Account></ListOfAccount></SiebelMessage><LastPage>true</LastPage><NumOutputObjects>1</NumOutputObjects></q:AccountQueryPage_Output></S:Body></S:Envelope>`,
};

describe('decoding the same answer written in different valid ways', () => {
  it.each(Object.entries(variants))('decodes the %s form to the same page', (_label, xml) => {
    expect(decodeQueryPage(xml.replace(/^\uFEFF/, ''), request)).toEqual(expected);
  });

  it('does not mistake an element of another namespace for the SOAP envelope', () => {
    const xml = variants['SOAP-ENV prefix'].replace(
      'http://schemas.xmlsoap.org/soap/envelope/',
      'http://www.w3.org/2003/05/soap-envelope',
    );
    expect(() => decodeQueryPage(xml, request)).toThrow(expect.objectContaining({ code: 'NotSoap' }));
  });

  it('refuses a wrong operation element', () => {
    const xml = variants['SOAP-ENV prefix'].replace(/AccountQueryPage_Output/g, 'ContactQueryPage_Output');
    expect(() => decodeQueryPage(xml, request)).toThrow(expect.objectContaining({ code: 'UnexpectedSoapShape' }));
  });

  it('refuses a LastPage that is not a boolean', () => {
    const xml = variants['SOAP-ENV prefix'].replace('<LastPage>true', '<LastPage>maybe');
    expect(() => decodeQueryPage(xml, request)).toThrow(/LastPage/);
  });
});

describe('parseXml on hostile or broken input', () => {
  it.each([
    ['a DOCTYPE', '<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>'],
    ['an ENTITY declaration after the prolog', '<?xml version="1.0"?>\n<!ENTITY lol "lol"><x/>'],
    ['a lower-case doctype', '<!doctype html><html/>'],
  ])('refuses %s before parsing', (_label, xml) => {
    expect(() => parseXml(xml, 'Test')).toThrow(expect.objectContaining({ code: 'XmlRefused' }));
  });

  it('refuses nesting deeper than 64 levels', () => {
    const deep = `${'<a>'.repeat(65)}${'</a>'.repeat(65)}`;
    expect(() => parseXml(deep, 'Test')).toThrow(expect.objectContaining({ code: 'XmlRefused' }));
    expect(() => parseXml(`${'<a>'.repeat(64)}${'</a>'.repeat(64)}`, 'Test')).not.toThrow();
  });

  it.each([
    ['an HTML page', '<html><body>Sign in<br></body></html>'],
    ['plain text', 'Service Unavailable'],
    ['two root elements', '<a/><b/>'],
    ['an undeclared prefix', '<x:a/>'],
    ['an unclosed element', '<a><b></a>'],
  ])('reports %s as NotSoap', (_label, xml) => {
    expect(() => parseXml(xml, 'Test')).toThrow(expect.objectContaining({ code: 'NotSoap' }));
  });
});
