import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import webpack from 'webpack';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/**
 * The add-in's own production build (webpack.config.js, `npm run build`, for `options.baseUrl` when
 * given) into `outDir`, minus
 * source maps and the type check (`npm run typecheck` does that; the bench measures speed).
 * Also returns the records list's search debounce, read from its source, to report what part of
 * "search to results" is the deliberate typing pause.
 */
export async function buildTaskPane(
  outDir: string,
  options: { readonly baseUrl?: string } = {},
): Promise<{ debounceMs: number | null }> {
  // A JS module without types: imported by URL so the type checker treats it as `any`.
  const configModule = await import(pathToFileURL(join(root, 'webpack.config.js')).href);
  const config = configModule.createConfig({ mode: 'production', ...options });
  for (const rule of config.module.rules)
    if (rule.loader === 'ts-loader') rule.options = { ...rule.options, transpileOnly: true };
  const compiler = webpack({
    ...config,
    devtool: false,
    performance: false,
    output: { ...config.output, path: outDir },
  });
  const stats = await new Promise<webpack.Stats | undefined>((resolve, reject) =>
    compiler.run((error, result) => (error ? reject(error) : resolve(result))),
  );
  await new Promise<void>((resolve) => compiler.close(() => resolve()));
  if (!stats || stats.hasErrors()) throw new Error(`task pane build failed:\n${stats?.toString('errors-only')}`);
  const source = readFileSync(join(root, 'src/taskpane/components/records/RecordList.tsx'), 'utf8');
  const debounce = /SEARCH_DEBOUNCE_MS\s*=\s*(\d+)/.exec(source);
  return { debounceMs: debounce ? Number(debounce[1]) : null };
}
