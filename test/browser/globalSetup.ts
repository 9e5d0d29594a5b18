// Playwright's global setup: one webpack build before the workers start, so that their dev servers
// (the `origin` fixture, one per worker) start from webpack's cache instead of building the bundle
// at the same time on this machine's two cores (startDevServer.ts); and the lock directory through
// which `@exclusive` tests run alone (machineShare.ts). Returns the teardown.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCKS_ENV } from './machineShare';
import { startDevServer } from './startDevServer';

export default async function globalSetup(): Promise<() => void> {
  const started = Date.now();
  const server = await startDevServer();
  await server.stop();
  console.log(`bundle built for the workers' dev servers (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  // Playwright hands the environment of the global setup on to the workers.
  const locks = mkdtempSync(join(tmpdir(), 'crm-desktop-browser-locks-'));
  process.env[LOCKS_ENV] = locks;
  return () => rmSync(locks, { recursive: true, force: true });
}
