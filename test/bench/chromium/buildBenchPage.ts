import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import webpack from 'webpack';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/**
 * Bundles test/bench/page (the real engine, store and codec) in production mode into `outDir`,
 * with a bare bench.html: the same code the task pane ships, minus React. `minimize: false` keeps
 * function names readable for `test/bench/profile.ts`.
 */
export async function buildBenchPage(outDir: string, options: { minimize?: boolean } = {}): Promise<void> {
  const compiler = webpack({
    mode: 'production',
    context: root,
    devtool: false,
    entry: { bench: './test/bench/page/benchPage.ts' },
    output: { path: outDir, filename: '[name].js' },
    resolve: { extensions: ['.ts', '.js'], fallback: { stream: false } },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          options: { transpileOnly: true, compilerOptions: { noEmit: false } },
        },
      ],
    },
    performance: false,
    // A profile needs readable function names.
    optimization: { minimize: options.minimize ?? true },
  });
  const stats = await new Promise<webpack.Stats | undefined>((resolve, reject) =>
    compiler.run((error, result) => (error ? reject(error) : resolve(result))),
  );
  await new Promise<void>((resolve) => compiler.close(() => resolve()));
  if (!stats || stats.hasErrors()) throw new Error(`bench page build failed:\n${stats?.toString('errors-only')}`);
  writeFileSync(
    join(outDir, 'bench.html'),
    '<!doctype html><html><head><meta charset="utf-8"><title>bench</title></head><body><script src="bench.js"></script></body></html>',
  );
}
