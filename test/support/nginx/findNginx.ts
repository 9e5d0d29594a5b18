import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEFAULT_PATH = '/usr/sbin/nginx';
/** Debian's smallest nginx with TLS, HTTP/2 and the proxy: what docs/deployment/nginx.conf needs. */
const PACKAGE = 'nginx-light';

/**
 * The nginx to run: `NGINX_PATH`, else Debian's `/usr/sbin/nginx`. When missing and running as root,
 * installs Debian's `nginx-light` (as test/browser/findChromium.ts installs Chromium); otherwise
 * throws with the exact command to run. The proxy test never skips: a missing nginx is a failure.
 */
export function findNginx(): string {
  const wanted = process.env.NGINX_PATH;
  if (wanted) {
    if (existsSync(wanted)) return wanted;
    throw new Error(
      `NGINX_PATH=${wanted} does not exist — point it at an nginx binary or unset it to use ${DEFAULT_PATH}`,
    );
  }
  if (existsSync(DEFAULT_PATH)) return DEFAULT_PATH;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `nginx not found at ${DEFAULT_PATH} — install it with "sudo apt-get update && sudo apt-get install -y ${PACKAGE}", or set NGINX_PATH`,
    );
  }
  console.log(`nginx not found: installing Debian's ${PACKAGE} (apt-get)…`);
  for (const args of [['update'], ['install', '-y', PACKAGE]]) {
    // Where an init system runs, the package also starts a system nginx on port 80; the test never uses it.
    const result = spawnSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status !== 0)
      throw new Error(
        `"apt-get ${args.join(' ')}" failed (exit ${result.status}) — install ${PACKAGE} by hand or set NGINX_PATH`,
      );
  }
  if (!existsSync(DEFAULT_PATH))
    throw new Error(`apt-get installed ${PACKAGE} but ${DEFAULT_PATH} is still missing — set NGINX_PATH`);
  return DEFAULT_PATH;
}
