// Build of the add-in: two entries (task pane, ribbon function file), two HTML pages, the copied
// manifest and icons. `npm start` also mounts the Siebel Server simulator on the same origin, so the
// task pane can sign in at ${origin}/siebel/app/eai/enu/swe without CORS.
//
// Outlook sideloading needs HTTPS: run `npx office-addin-dev-certs install` once, start the dev
// server with `DEV_SERVER_HTTPS=1 npm start`, then `npm run start:outlook` in a second terminal.
// A build for the company's web server names its public URL: `npm run build -- --env
// baseUrl=https://addin.contoso.com/crm/` or `ADDIN_BASE_URL=… npm run build` (docs/deployment.md).
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import webpack from 'webpack';

const root = dirname(fileURLToPath(import.meta.url));

/** Default dev-server port; manifest.xml points Outlook at https://localhost:3000. */
export const DEV_PORT = 3000;

/** scripts/lib/manifest/baseUrl.ts, loaded through tsx like the simulator. */
async function loadBaseUrl() {
  const { tsImport } = await import('tsx/esm/api');
  return tsImport('./scripts/lib/manifest/baseUrl.ts', import.meta.url);
}

/**
 * Emits dist/manifest.json: the unified manifest for Microsoft 365, converted from manifest.xml by
 * Microsoft's converter (scripts/lib/manifest/convertManifest.ts, loaded through tsx like the
 * simulator), after moving its URLs to `baseUrl` when the build has one (docs/deployment.md).
 * Sideloading tools zip it with the two icons it names (README, "Outlook").
 */
export class UnifiedManifestPlugin {
  /** @param {{ baseUrl?: string }} [options] */
  constructor({ baseUrl } = {}) {
    this.baseUrl = baseUrl;
  }

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
        let xml = readFileSync(xmlPath, 'utf8');
        if (this.baseUrl) xml = (await loadBaseUrl()).rewriteManifestXml(xml, this.baseUrl);
        const manifest = await convertManifest(xml);
        compilation.emitAsset(UNIFIED_MANIFEST_FILE, new sources.RawSource(formatUnifiedManifest(manifest)));
      });
    });
  }
}

/**
 * The part of the pages' meta Content-Security-Policy that lets them reach a Siebel simulator on
 * this machine over plain http (docs/reliability.md, "Content-Security-Policy").
 */
export const LOOPBACK_CSP_SOURCES = ' http://localhost:* http://127.0.0.1:*';

/**
 * A build for a real host (one with a base URL): the pages' meta CSP loses the loopback sources, so
 * nothing in dist/ names the local machine except code that recognises it (docs/deployment.md).
 */
export class HostedPagesPlugin {
  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('HostedPagesPlugin', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap('HostedPagesPlugin', (data) => {
        if (!data.html.includes(LOOPBACK_CSP_SOURCES))
          throw new Error(
            `${data.outputName}: its Content-Security-Policy lacks "${LOOPBACK_CSP_SOURCES.trim()}" — update LOOPBACK_CSP_SOURCES in webpack.config.js with the page`,
          );
        return { ...data, html: data.html.replaceAll(LOOPBACK_CSP_SOURCES, '') };
      });
    });
  }
}

/** A production build without a base URL: says loudly that dist/ is for the dev server only. */
export class DevManifestWarningPlugin {
  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('DevManifestWarningPlugin', (compilation) => {
      compilation.warnings.push(
        new compiler.webpack.WebpackError(
          [
            'NO BASE URL: dist/manifest.xml and dist/manifest.json point at https://localhost:3000 (the dev server).',
            'That is right for sideloading on this machine, wrong for any other host. For a real host, build with',
            '  npm run build -- --env baseUrl=https://addin.contoso.com/crm/   (or ADDIN_BASE_URL=https://… npm run build)',
            'See docs/deployment.md.',
          ].join('\n'),
        ),
      );
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
 * `baseUrl` (checked by parseBaseUrl in scripts/lib/manifest/baseUrl.ts) is the public URL dist/ is
 * built for; without it the manifests keep the dev server's https://localhost:3000. `typeCheck`
 * (default: production builds) lets ts-loader check the types of what it bundles.
 * @param {{ mode: 'development' | 'production', baseUrl?: string, typeCheck?: boolean, devServer?: { port: number, simulatorMiddleware: Function, demoUsers: ReadonlyArray<{ userName: string, password: string, fullName?: string }> } }} options
 */
export function createConfig({ mode, baseUrl, typeCheck, devServer }) {
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
            // type-checks what it bundles, but not tests or unfinished folders outside the bundle
            // (`typeCheck: false` skips that, for tests that check the output, not the types).
            transpileOnly: !(typeCheck ?? !dev),
            onlyCompileBundledFiles: true,
          },
        },
      ],
    },
    plugins: [
      // The version and build the diagnostic report names (src/shared/addinVersion.ts).
      new webpack.DefinePlugin({
        __ADDIN_VERSION__: JSON.stringify(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version),
        __ADDIN_BUILD__: JSON.stringify(
          devServer
            ? 'development server'
            : `${dev ? 'development' : 'production'} build for ${baseUrl ?? 'localhost'}`,
        ),
      }),
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
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            // A build for a real host: every URL moves to the base URL (docs/deployment.md).
            ...(baseUrl
              ? {
                  transform: {
                    transformer: async (content) =>
                      (await loadBaseUrl()).rewriteManifestXml(content.toString('utf8'), baseUrl),
                  },
                }
              : {}),
          },
        ],
      }),
      // Builds that write dist/ only: Outlook reads a manifest from disk, never from the dev server.
      ...(devServer ? [] : [new UnifiedManifestPlugin({ baseUrl })]),
      ...(baseUrl ? [new HostedPagesPlugin()] : []),
      ...(!baseUrl && !devServer && !dev ? [new DevManifestWarningPlugin()] : []),
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
// `--env baseUrl=https://…` (or ADDIN_BASE_URL) builds dist/ for that host (docs/deployment.md); the
// dev server ignores both: it is https://localhost:3000 by definition.
export default async (env, argv) => {
  const mode = argv.mode === 'production' ? 'production' : 'development';
  if (!process.env.WEBPACK_SERVE) {
    const { baseUrlFrom } = await loadBaseUrl();
    return createConfig({ mode, baseUrl: baseUrlFrom(env ?? {}, process.env) });
  }
  const { createSimulator, createSimulatorMiddleware, DEMO_USERS } = await loadSimulator();
  const accounts = Number(process.env.SIMULATOR_ACCOUNTS ?? 500);
  const simulatorMiddleware = createSimulatorMiddleware(createSimulator({ data: { accounts } }));
  const port = Number(argv.port ?? DEV_PORT);
  return createConfig({ mode, devServer: { port, simulatorMiddleware, demoUsers: DEMO_USERS } });
};
