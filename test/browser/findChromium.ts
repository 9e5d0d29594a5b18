import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEFAULT_PATH = '/usr/bin/chromium';

/** Flags of every headless run (browser tests and `npm run bench`). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The Chromium to drive: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. When missing and
 * running as root, installs Debian's package; otherwise throws with the exact command to run.
 * The browser tests never skip: a missing browser is a failure.
 */
export function findChromium(): string {
  const wanted = process.env.CHROMIUM_PATH;
  if (wanted) {
    if (existsSync(wanted)) return wanted;
    throw new Error(
      `CHROMIUM_PATH=${wanted} does not exist — point it at a Chromium binary or unset it to use ${DEFAULT_PATH}`,
    );
  }
  if (existsSync(DEFAULT_PATH)) return DEFAULT_PATH;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `Chromium not found at ${DEFAULT_PATH} — install it with "sudo apt-get update && sudo apt-get install -y chromium", or set CHROMIUM_PATH`,
    );
  }
  console.log(`Chromium not found: installing Debian's chromium (apt-get)…`);
  for (const args of [['update'], ['install', '-y', 'chromium']]) {
    const result = spawnSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status !== 0)
      throw new Error(
        `"apt-get ${args.join(' ')}" failed (exit ${result.status}) — install chromium by hand or set CHROMIUM_PATH`,
      );
  }
  if (!existsSync(DEFAULT_PATH))
    throw new Error(`apt-get installed chromium but ${DEFAULT_PATH} is still missing — set CHROMIUM_PATH`);
  return DEFAULT_PATH;
}
