import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import webpack from 'webpack';
import WebpackDevServer from 'webpack-dev-server';

/** A running dev server (task pane bundle + same-origin simulator). */
export interface DevServer {
  readonly origin: string;
  stop(): Promise<void>;
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A port nobody listens on right now (the OS picks it), so tests never touch 3000 or 7001. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Starts `npm start`'s dev server in this process, with the same webpack.config.js, on a free
 * port, and resolves once the first build is served.
 */
export async function startDevServer(options: { accounts?: number } = {}): Promise<DevServer> {
  // A JS module without types: imported by URL so the type checker treats it as `any`.
  const configModule = await import(pathToFileURL(join(root, 'webpack.config.js')).href);
  const { createSimulator, createSimulatorMiddleware, DEMO_USERS } = await configModule.loadSimulator();
  const port = await freePort();
  const simulatorMiddleware = createSimulatorMiddleware(
    createSimulator({ data: { accounts: options.accounts ?? 50 } }),
  );
  const config = configModule.createConfig({
    mode: 'development',
    devServer: { port, simulatorMiddleware, demoUsers: DEMO_USERS },
  });
  const server = new WebpackDevServer(
    { ...config.devServer, liveReload: false, onListening: undefined },
    webpack({ ...config, stats: 'errors-warnings', infrastructureLogging: { level: 'warn' } }),
  );
  await server.start();
  const origin = `http://localhost:${port}`;
  // The dev middleware holds requests until the first compilation is done.
  const response = await fetch(`${origin}/taskpane.html`);
  if (!response.ok)
    throw new Error(`dev server answered ${response.status} for /taskpane.html — see the webpack output above`);
  return { origin, stop: () => server.stop() };
}
