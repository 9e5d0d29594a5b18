// Build of the add-in: two entries (task pane, ribbon function file), two HTML pages, the copied
// manifest and icons. `npm start` also mounts the Siebel Server simulator on the same origin, so the
// task pane can sign in at ${origin}/siebel/app/eai/enu/swe without CORS.
//
// Outlook sideloading needs HTTPS: run `npx office-addin-dev-certs install` once, start the dev
// server with `DEV_SERVER_HTTPS=1 npm start`, then `npm run start:outlook` in a second terminal.
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';

const root = dirname(fileURLToPath(import.meta.url));

/** Default dev-server port; manifest.xml points Outlook at https://localhost:3000. */
export const DEV_PORT = 3000;

/**
 * Emits dist/manifest.json: the unified manifest for Microsoft 365, converted from manifest.xml by
 * Microsoft's converter (scripts/lib/manifest/convertManifest.ts, loaded through tsx like the
 * simulator). Sideloading tools zip it with the two icons it names (README, "Outlook").
 */
export class UnifiedManifestPlugin {
  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    const xmlPath = join(root, 'manifest.xml');
    compiler.hooks.thisCompilation.tap('UnifiedManifestPlugin', (compilation) => {
      const stage = Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL;
      compilation.hooks.processAssets.tapPromise({ name: 'UnifiedManifestPlugin', stage }, async () => {
        compilation.fileDependencies.add(xmlPath);
        const { tsImport } = await import('tsx/esm/api');
        const { convertManifest, formatUnifiedManifest, UNIFIED_MANIFEST_FILE } = await tsImport(
          './scripts/lib/manifest/convertManifest.ts',
          import.meta.url,
        );
        const manifest = await convertManifest(readFileSync(xmlPath, 'utf8'));
        compilation.emitAsset(UNIFIED_MANIFEST_FILE, new sources.RawSource(formatUnifiedManifest(manifest)));
      });
    });
  }
}

/**
 * Loads the TypeScript simulator through tsx (it is Node-only code and never bundled).
 * @returns {Promise<{ createSimulator: Function, createSimulatorMiddleware: Function, DEMO_USERS: Array<{ userName: string, password: string, fullName?: string }> }>}
 */
export async function loadSimulator() {
  const { tsImport } = await import('tsx/esm/api');
  return tsImport('./src/simulator/index.ts', import.meta.url);
}

/** The Office dev certificates, when `DEV_SERVER_HTTPS=1` asks for HTTPS (Outlook sideloading). */
function serverOption() {
  if (process.env.DEV_SERVER_HTTPS !== '1') return 'http';
  const dir = join(homedir(), '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  const missing = Object.values(files).filter((name) => !existsSync(join(dir, name)));
  if (missing.length > 0) {
    throw new Error(
      `DEV_SERVER_HTTPS=1: ${missing.join(', ')} missing in ${dir} — run "npx office-addin-dev-certs install" first`,
    );
  }
  const options = Object.fromEntries(Object.entries(files).map(([key, name]) => [key, readFileSync(join(dir, name))]));
  return { type: 'https', options };
}

/**
 * Prints where to open the task pane and who can sign in.
 * @param {string} origin
 * @param {ReadonlyArray<{ userName: string, password: string, fullName?: string }>} users
 */
function printWelcome(origin, users) {
  const lines = [
    '',
    `CRM Desktop task pane:  ${origin}/taskpane.html?standalone`,
    `Siebel simulator (EAI): ${origin}/siebel/app/eai/enu/swe?SWEExtSource=WebService&SWEExtCmd=Execute&WSSOAP=1`,
    'Demo users (user name / password):',
    ...users.map(
      (user) => `  ${user.userName.padEnd(8)} / ${user.password}${user.fullName ? `   (${user.fullName})` : ''}`,
    ),
    '',
  ];
  console.log(lines.join('\n'));
}

/**
 * The dev-server part: the simulator goes first, before webpack's own middlewares, because
 * its EAI paths must never fall through to the bundle or the history fallback.
 * @param {{ port: number, simulatorMiddleware: Function, demoUsers: ReadonlyArray<{ userName: string, password: string, fullName?: string }> }} options
 */
function devServerOptions({ port, simulatorMiddleware, demoUsers }) {
  return {
    port,
    host: 'localhost',
    server: serverOption(),
    hot: false,
    liveReload: true,
    static: false,
    // Applies to the bundle and the HTML only; the simulator sets its own headers (stack.md).
    headers: { 'Access-Control-Allow-Origin': '*' },
    client: { overlay: { errors: true, warnings: false }, logging: 'warn' },
    setupMiddlewares: (middlewares) => {
      middlewares.unshift({ name: 'siebel-simulator', middleware: simulatorMiddleware });
      return middlewares;
    },
    onListening: (devServer) => {
      const address = devServer.server?.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      const scheme = process.env.DEV_SERVER_HTTPS === '1' ? 'https' : 'http';
      printWelcome(`${scheme}://localhost:${actualPort}`, demoUsers);
    },
  };
}

/**
 * The webpack configuration, also used by the browser tests to start a dev server in-process.
 * @param {{ mode: 'development' | 'production', devServer?: { port: number, simulatorMiddleware: Function, demoUsers: ReadonlyArray<{ userName: string, password: string, fullName?: string }> } }} options
 */
export function createConfig({ mode, devServer }) {
  const dev = mode === 'development';
  return {
    mode,
    context: root,
    // No eval-based source maps: the pages' Content-Security-Policy has no 'unsafe-eval' (docs/reliability.md).
    devtool: dev ? 'cheap-module-source-map' : 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      loginDialog: './src/commands/loginDialog.ts',
    },
    // Production file names carry a content hash, so a host can let browsers keep every script for a
    // year (only the HTML pages are asked for again); the dev server keeps plain names.
    output: {
      path: join(root, 'dist'),
      filename: dev ? '[name].js' : '[name].[contenthash:16].js',
      chunkFilename: dev ? '[name].js' : '[name].[contenthash:16].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // xml-js's sax parser probes for Node's stream module and works without it.
      fallback: { stream: false },
    },
    module: {
      rules: [
        // The add-in's own modules have no import-time side effects (conventions: no top-level work
        // but constants, loggers and pure factories), so webpack may drop a module whose exports no
        // page uses and skip the layers' index.ts re-exports: the first screen's script then holds
        // what it uses, not every module an index.ts names (docs/performance.md, "First screen").
        { test: /\.tsx?$/, include: join(root, 'src'), sideEffects: false },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          options: {
            compilerOptions: { noEmit: false },
            // Dev rebuilds stay fast (`npm run typecheck` checks types); the production build
            // type-checks what it bundles, but not tests or unfinished folders outside the bundle.
            transpileOnly: dev,
            onlyCompileBundledFiles: true,
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
      // The ribbon's sign-in window (displayDialogAsync) when no password is remembered.
      new HtmlWebpackPlugin({
        filename: 'loginDialog.html',
        template: './src/commands/loginDialog.html',
        chunks: ['loginDialog'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets', globOptions: { ignore: ['**/.*'] } },
          { from: 'manifest.xml', to: 'manifest.xml' },
        ],
      }),
      // Builds that write dist/ only: Outlook reads a manifest from disk, never from the dev server.
      ...(devServer ? [] : [new UnifiedManifestPlugin()]),
    ],
    // Lazily loaded chunks share modules through split chunks (webpack's default), except the
    // records list's: `tab-records` keeps every module it needs, so a returning user's first screen is
    // two scripts (the page's and it) instead of a dozen small ones fetched in waves of six. A module it
    // shares with a later chunk (a tab, the editor) is then fetched twice, when the page is idle.
    optimization: {
      splitChunks: { chunks: (chunk) => !chunk.canBeInitial() && chunk.name !== 'tab-records' },
    },
    // The task pane's first-screen script (React, Fluent UI v9's provider and button, Dexie, the frame
    // and the wizard's welcome step) is ~550 KiB (~165 KiB gzipped); the rest are chunks of their own
    // (docs/performance.md, "First screen"). Warn only when it grows well beyond that.
    performance: dev ? false : { hints: 'warning', maxAssetSize: 1024 * 1024, maxEntrypointSize: 1024 * 1024 },

    devServer: devServer ? devServerOptions(devServer) : undefined,
  };
}

// webpack-cli reads the default export of a config file, so this file is the one exception to
// "named exports only". `SIMULATOR_ACCOUNTS` sizes the simulator's data (default 500 accounts).
export default async (_env, argv) => {
  const mode = argv.mode === 'production' ? 'production' : 'development';
  if (!process.env.WEBPACK_SERVE) return createConfig({ mode });
  const { createSimulator, createSimulatorMiddleware, DEMO_USERS } = await loadSimulator();
  const accounts = Number(process.env.SIMULATOR_ACCOUNTS ?? 500);
  const simulatorMiddleware = createSimulatorMiddleware(createSimulator({ data: { accounts } }));
  const port = Number(argv.port ?? DEV_PORT);
  return createConfig({ mode, devServer: { port, simulatorMiddleware, demoUsers: DEMO_USERS } });
};
