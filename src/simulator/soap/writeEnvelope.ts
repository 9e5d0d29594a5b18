import { element, escapeXml, textElement } from '../xml/xmlWriter';
import { errorText, type SiebelFault } from './SiebelFault';

const SOAP_ENV = 'http://schemas.xmlsoap.org/soap/envelope/';
const SIEBEL_HEADER = 'http://siebel.com/webservices';
const SIEBEL_FAULT = 'http://www.siebel.com/ws/fault';

/** A SOAP 1.1 envelope as Siebel writes it (prefix SOAP-ENV), with the session token when there is one. */
export function writeEnvelope(body: string, sessionToken?: string): string {
  const header =
    sessionToken === undefined
      ? ''
      : `<SOAP-ENV:Header><siebel-header:SessionToken xmlns:siebel-header="${SIEBEL_HEADER}">${escapeXml(sessionToken)}</siebel-header:SessionToken></SOAP-ENV:Header>`;
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<SOAP-ENV:Envelope xmlns:SOAP-ENV="${SOAP_ENV}">${header}<SOAP-ENV:Body>${body}</SOAP-ENV:Body></SOAP-ENV:Envelope>`
  );
}

/** The `siebdetail` form of a fault (shared/spec/faults.md, "Simulator rule"). */
export function writeFault(fault: SiebelFault, logFileName: string): string {
  const errors = fault.errors
    .map((error) =>
      element(
        'siebelf:error',
        {},
        textElement('siebelf:errorcode', error.code) +
          textElement('siebelf:errorsymbol', error.symbol) +
          textElement('siebelf:errormsg', errorText(error)),
      ),
    )
    .join('');
  const detail = element(
    'siebelf:siebdetail',
    { 'xmlns:siebelf': SIEBEL_FAULT },
    textElement('siebelf:logfilename', logFileName) + element('siebelf:errorstack', {}, errors),
  );
  const body = element(
    'SOAP-ENV:Fault',
    {},
    textElement('faultcode', `SOAP-ENV:${fault.faultCode}`) +
      textElement('faultstring', fault.message) +
      element('detail', {}, detail),
  );
  return writeEnvelope(body);
}
