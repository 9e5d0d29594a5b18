import { parseXml, XmlReadError } from '../xml/parseXml';
import type { XmlElement } from '../xml/XmlElement';
import { unreadableRequest } from './faultCatalog';

const SOAP_ENV = 'http://schemas.xmlsoap.org/soap/envelope/';
const SIEBEL_HEADER = 'http://siebel.com/webservices';

/** The Siebel session headers of a request (values trimmed; absent = undefined). */
export interface SessionHeaders {
  readonly sessionType?: string;
  readonly userName?: string;
  readonly password?: string;
  readonly sessionToken?: string;
}

/** A request read far enough to dispatch it. */
export interface SoapRequest {
  readonly headers: SessionHeaders;
  /** The body's first element (the operation), e.g. local name `AccountQueryPage_Input`. */
  readonly operation: XmlElement;
  /** Operation name for counters and fault rules: the local name without `_Input`. */
  readonly operationName: string;
  /** The `SOAPAction` header without its quotes; `undefined` when the request has none. */
  readonly soapAction?: string;
}

/**
 * Reads envelope, Siebel headers and the operation element. Header elements are matched by
 * namespace (default xmlns or any prefix); an unreadable document becomes a `SOAP-ENV:Client` fault.
 * `soapActionHeader` is the HTTP header as sent (quoted or not).
 */
export function readSoapRequest(text: string, soapActionHeader?: string | null): SoapRequest {
  let root: XmlElement;
  try {
    root = parseXml(text);
  } catch (error) {
    if (error instanceof XmlReadError) throw unreadableRequest(error.message);
    throw error;
  }
  if (root.local !== 'Envelope' || root.uri !== SOAP_ENV)
    throw unreadableRequest('the root element is not a SOAP 1.1 Envelope');
  const body = root.children.find((child) => child.local === 'Body' && child.uri === SOAP_ENV);
  const operation = body?.children[0];
  if (!operation) throw unreadableRequest('the SOAP Body holds no operation element');
  const header = root.children.find((child) => child.local === 'Header' && child.uri === SOAP_ENV);
  const soapAction = soapActionHeader?.trim().replace(/^"(.*)"$/, '$1');
  return {
    headers: readSessionHeaders(header),
    operation,
    operationName: operation.local.replace(/_Input$/, ''),
    ...(soapAction === undefined ? {} : { soapAction }),
  };
}

function readSessionHeaders(header: XmlElement | undefined): SessionHeaders {
  const value = (local: string) => {
    const found = header?.children.find((child) => child.local === local && child.uri === SIEBEL_HEADER);
    return found === undefined ? undefined : found.text.trim();
  };
  return {
    sessionType: value('SessionType'),
    userName: value('UsernameToken'),
    password: value('PasswordText'),
    sessionToken: value('SessionToken'),
  };
}
