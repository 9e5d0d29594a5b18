import { validateServerUrl } from '../../siebel';

/** What is wrong with a server URL, as precisely as the runtime lets us tell. */
export type ConnectionProblem = 'invalidUrl' | 'unreachable' | 'tls' | 'cors' | 'timeout' | 'httpStatus' | 'notSiebel';

/** Result of {@link testConnection}; `message` is ready to show ("<what> — <what to try>"). */
export type ConnectionTestResult =
  | { readonly ok: true; readonly message: string }
  | { readonly ok: false; readonly problem: ConnectionProblem; readonly message: string };

/** Options of {@link testConnection}; injected in tests. */
export interface TestConnectionOptions {
  readonly fetch?: typeof fetch;
  readonly timeoutMs?: number;
}

/** A SOAP envelope with no operation and no credentials: a Siebel EAI endpoint answers it with a SOAP fault. */
const PROBE =
  '<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Header/><soapenv:Body/></soapenv:Envelope>';

const TLS_CODES = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/i;
const DNS_CODES = /ENOTFOUND|EAI_AGAIN/;

function fail(problem: ConnectionProblem, message: string): ConnectionTestResult {
  return { ok: false, problem, message };
}

/** Node's fetch names the cause (`ENOTFOUND`, `CERT_HAS_EXPIRED`); browsers only say "Failed to fetch". */
function causeCode(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } })?.cause;
  return `${String(cause?.code ?? '')} ${String(cause?.message ?? '')}`;
}

async function diagnoseFetchFailure(url: URL, error: unknown, doFetch: typeof fetch): Promise<ConnectionTestResult> {
  const where = `${url.origin}${url.pathname}`;
  const code = causeCode(error);
  if (TLS_CODES.test(code))
    return fail(
      'tls',
      `The secure connection to ${where} failed (certificate or TLS: ${code.trim()}) — ask IT whether the server certificate is trusted on this computer`,
    );
  if (DNS_CODES.test(code))
    return fail(
      'unreachable',
      `The server name ${url.hostname} was not found (DNS) — check the spelling of the address`,
    );
  // A browser hides the reason; an opaque no-cors request tells "reachable but not allowed" apart.
  const reachable = await doFetch(url.href, { method: 'GET', mode: 'no-cors' }).then(
    () => true,
    () => false,
  );
  if (reachable)
    return fail(
      'cors',
      `${where} answered, but it does not allow the add-in's page to read its answers (CORS) — ask your Siebel administrator to allow the origin ${globalThis.location?.origin ?? 'of the add-in'}`,
    );
  const tlsHint = url.protocol === 'https:' ? ', or its certificate is not trusted' : '';
  return fail(
    'unreachable',
    `Could not connect to ${where}: the name is unknown, the server is down${tlsHint} — check the address and your network`,
  );
}

/**
 * Reaches a Siebel Server URL without signing in and tells what is wrong: an invalid URL (https
 * except on loopback), DNS or connection failure, TLS, CORS, an HTTP error, or a page that is not
 * a Siebel EAI endpoint (HTML instead of SOAP). Never throws.
 *
 * @example
 * const result = await testConnection('https://crm.example.com/siebel/app/eai/enu/swe?...');
 * if (!result.ok) show(result.message);
 */
export async function testConnection(
  serverUrl: string,
  options: TestConnectionOptions = {},
): Promise<ConnectionTestResult> {
  let url: URL;
  try {
    url = validateServerUrl(serverUrl);
  } catch (error) {
    return fail('invalidUrl', (error as Error).message);
  }
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const where = `${url.origin}${url.pathname}`;
  let response: Response;
  try {
    response = await doFetch(url.href, {
      method: 'POST',
      headers: { 'Content-Type': 'text/xml; charset=UTF-8', SOAPAction: '"document/test"' },
      body: PROBE,
      signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
    });
  } catch (error) {
    if ((error as Error)?.name === 'TimeoutError')
      return fail(
        'timeout',
        `${where} did not answer within ${Math.round((options.timeoutMs ?? 15_000) / 1000)} s — check the address; the server may be down`,
      );
    return diagnoseFetchFailure(url, error, doFetch);
  }
  const text = (await response.text().catch(() => '')).slice(0, 4096);
  const type = response.headers.get('Content-Type') ?? '';
  if (/Envelope/.test(text) && /xml/i.test(type + text.slice(0, 100)))
    return { ok: true, message: `${where} is a Siebel EAI endpoint` };
  if (/html/i.test(type) || /^\s*<(!doctype html|html)/i.test(text)) {
    return fail(
      'notSiebel',
      `${where} answered with a web page, not SOAP: it is not a Siebel EAI endpoint — use the EAI address (…/siebel/app/eai/<lang>/swe?SWEExtSource=WebService&SWEExtCmd=Execute&WSSOAP=1)`,
    );
  }
  if (!response.ok) {
    return fail(
      response.status === 404 ? 'notSiebel' : 'httpStatus',
      `${where} answered HTTP ${response.status} — check that the address is the Siebel EAI endpoint (…/siebel/app/eai/<lang>/swe)`,
    );
  }
  return fail(
    'notSiebel',
    `${where} answered, but not with SOAP: it is not a Siebel EAI endpoint — check the address with your Siebel administrator`,
  );
}
