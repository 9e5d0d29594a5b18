import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Simulator } from '../types';
import { createSimulatorMiddleware } from './createSimulatorMiddleware';

/** Where to listen; port 0 picks a free port. */
export interface SimulatorServerOptions {
  readonly port: number;
  readonly host?: string;
}

/** A running standalone simulator. */
export interface SimulatorServer {
  /** Base URL, e.g. `http://127.0.0.1:7001`. */
  readonly url: string;
  /** The Application Interface EAI endpoint with `WSSOAP=1`. */
  readonly endpointUrl: string;
  close(): Promise<void>;
}

/**
 * Serves the simulator over plain HTTP (EAI paths, CORS, admin API); anything else is 404.
 *
 * @example
 * const server = await startSimulatorServer(createSimulator(), { port: 0 });
 * await fetch(server.endpointUrl, { method: 'POST', body: envelope });
 */
export async function startSimulatorServer(
  simulator: Simulator,
  options: SimulatorServerOptions,
): Promise<SimulatorServer> {
  const middleware = createSimulatorMiddleware(simulator);
  const server = createServer((req, res) => {
    middleware(req, res, (error) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      res.writeHead(error ? 500 : 404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(error ? 'Simulator error' : 'Not Found');
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url,
    endpointUrl: `${url}/siebel/app/eai/enu/swe?SWEExtSource=WebService&SWEExtCmd=Execute&WSSOAP=1`,
    close: () =>
      new Promise<void>((resolve) => {
        simulator.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
