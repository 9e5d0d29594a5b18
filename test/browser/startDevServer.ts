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
 * Where the tests' dev servers keep webpack's cache between builds (under node_modules/, so git and
 * `npm ci` ignore it): the browser tests' global setup builds once, and each Playwright worker's dev
 * server then starts from that cache instead of building the bundle again.
 */
const CACHE_DIRECTORY = join(root, 'node_modules', '.cache', 'webpack-browser-tests');

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
  // No dev-server client in the pages (`client: false`: no web socket, overlay or reload, which the
  // tests never used): the bundle is then the same for every port, so each worker's build is a
  // cache hit, and no page holds a socket to a server other than its own origin.
  const server = new WebpackDevServer(
    { ...config.devServer, liveReload: false, client: false, webSocketServer: false, onListening: undefined },
    webpack({
      ...config,
      stats: 'errors-warnings',
      infrastructureLogging: { level: 'warn' },
      // The bundle of the run's start: a source file saved during a run does not rebuild it (in each
      // worker's server), so every test of a run sees the same code.
      watchOptions: { ignored: '**' },
      cache: {
        type: 'filesystem',
        cacheDirectory: CACHE_DIRECTORY,
        buildDependencies: { config: [join(root, 'webpack.config.js')] },
      },
    }),
  );
  await server.start();
  const origin = `http://localhost:${port}`;
  // The dev middleware holds requests until the first compilation is done.
  const response = await fetch(`${origin}/taskpane.html`);
  if (!response.ok)
    throw new Error(`dev server answered ${response.status} for /taskpane.html — see the webpack output above`);
  return { origin, stop: () => server.stop() };
}
