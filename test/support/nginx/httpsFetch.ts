import { request } from 'node:https';

/**
 * A `fetch` over node:https that trusts `ca` and sends `servername` (SNI) whatever the URL's host,
 * so a client can talk to a TLS server on 127.0.0.1 under its public name. Enough of fetch for the
 * add-in's SOAP client and the test's own requests: method, headers, a string body, the signal.
 */
export function httpsFetch(ca: string, servername: string): typeof fetch {
  return (input, init = {}) =>
    new Promise<Response>((resolve, reject) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      const headers = Object.fromEntries(new Headers(init.headers).entries());
      const req = request(
        url,
        { method: init.method ?? 'GET', headers, ca, servername, signal: init.signal ?? undefined },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const answer = new Headers();
            for (const [name, value] of Object.entries(res.headers))
              for (const one of Array.isArray(value) ? value : [value ?? '']) answer.append(name, one);
            const status = res.statusCode ?? 0;
            const body = status === 204 || status === 304 || init.method === 'HEAD' ? null : Buffer.concat(chunks);
            resolve(new Response(body, { status, headers: answer }));
          });
        },
      );
      req.on('error', reject);
      req.end(typeof init.body === 'string' ? init.body : undefined);
    });
}
