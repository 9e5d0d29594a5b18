import type { IncomingHttpHeaders } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createSimulatorMiddleware, type Simulator } from '../../../src/simulator';

/** A request as it reached the simulator, behind the proxy. */
export interface SeenRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** The simulator over HTTPS on 127.0.0.1, recording every request it is sent. */
export interface TlsSimulator {
  readonly port: number;
  readonly seen: SeenRequest[];
  close(): Promise<void>;
}

/**
 * Serves `simulator` over TLS with the given key and certificate (a Siebel Server behind its
 * internal CA, as the deployment sample's proxy expects one), on a free port of 127.0.0.1.
 */
export async function startTlsSimulator(
  simulator: Simulator,
  tls: { key: string; cert: string },
): Promise<TlsSimulator> {
  const middleware = createSimulatorMiddleware(simulator);
  const seen: SeenRequest[] = [];
  const server = createServer(tls, (req, res) => {
    middleware(req, res, (error) => {
      res.writeHead(error ? 500 : 404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(error ? 'Simulator error' : 'Not Found');
    });
    // A second reader of the body, attached in the same tick as the middleware's, sees every chunk too.
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () =>
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      }),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        simulator.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
