/* Canned answers of the fault injector: what proxies, login pages and broken servers send instead of SOAP. */

const XML = 'text/xml; charset=UTF-8';
const HTML = 'text/html; charset=UTF-8';

const STATUS_TEXT: Record<number, string> = {
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

/** An error page of a reverse proxy in front of the Siebel web server. */
export function proxyErrorPage(status: number): Response {
  const text = STATUS_TEXT[status] ?? 'Error';
  return new Response(
    `<!DOCTYPE html><html><head><title>${status} ${text}</title></head><body><h1>${text}</h1><p>The proxy server could not handle the request.</p><hr><address>Oracle-HTTP-Server</address></body></html>`,
    { status, statusText: text, headers: { 'Content-Type': HTML } },
  );
}

/** The Siebel login page an SSO gateway serves with 200 when it does not recognise the caller. */
export function loginPage(): Response {
  return new Response(
    '<!DOCTYPE html><html><head><title>Siebel Login</title></head><body><form method="post" action="/siebel/app/callcenter/enu"><input name="SWEUserName"><input name="SWEPassword" type="password"><button>Login</button></form></body></html>',
    { status: 200, headers: { 'Content-Type': HTML } },
  );
}

/** 200 with no body at all. */
export function emptyResponse(): Response {
  return new Response('', { status: 200, headers: { 'Content-Type': XML } });
}

/** 200 with text that is not well-formed XML. */
export function malformedResponse(): Response {
  return new Response(
    '<?xml version="1.0" encoding="UTF-8"?>\n<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/"><SOAP-ENV:Body><ns:Output xmlns:ns="http://siebel.com/CustomUI"><Broken attr=>&undefined;</SOAP-ENV:Body>',
    { status: 200, headers: { 'Content-Type': XML } },
  );
}

/** A valid envelope whose body is not the answer the client asked for. */
export function wrongShapeResponse(): Response {
  return new Response(
    '<?xml version="1.0" encoding="UTF-8"?>\n<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/"><SOAP-ENV:Body><ns:UnexpectedOperation_Output xmlns:ns="http://siebel.com/CustomUI"><Status>OK</Status></ns:UnexpectedOperation_Output></SOAP-ENV:Body></SOAP-ENV:Envelope>',
    { status: 200, headers: { 'Content-Type': XML } },
  );
}
