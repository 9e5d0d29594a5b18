import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';

/** A running nginx (a child process of the test) and how to stop it. */
export interface RunningNginx {
  /** What nginx wrote to stderr so far (its error log). */
  readonly log: () => string;
  stop(): Promise<void>;
}

/** What {@link runNginx} runs. */
export interface NginxRun {
  readonly binary: string;
  /** An empty folder of its own: configuration, pid file and temp folders go there, nothing elsewhere. */
  readonly prefix: string;
  /** Site configuration included at the http level (as conf.d/*.conf is by the stock nginx.conf). */
  readonly site: string;
  /** More http-level directives for the test (e.g. an `upstream`). */
  readonly http?: string;
  /** Local ports the site listens on: nginx counts as started when all accept connections. */
  readonly ports: readonly number[];
}

/**
 * Runs nginx in the foreground (`daemon off`) as a child process with its own prefix, pid file,
 * error log (stderr) and temp paths, so nothing system-wide is read but Debian's mime.types, and
 * nothing is written outside `prefix`. The configuration is checked first (`nginx -t`), so a
 * refused directive fails with nginx's own message.
 */
export async function runNginx(run: NginxRun): Promise<RunningNginx> {
  const conf = join(run.prefix, 'nginx.conf');
  for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
    mkdirSync(join(run.prefix, 'temp', dir), { recursive: true });
  writeFileSync(join(run.prefix, 'site.conf'), run.site);
  writeFileSync(conf, mainConfiguration(run));
  const args = ['-p', run.prefix, '-c', conf, '-e', 'stderr'];
  const check = spawnSync(run.binary, ['-t', ...args], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx refused the configuration (nginx -t):\n${check.stderr}`);

  const child = spawn(run.binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const started = Promise.all(run.ports.map(waitForPort));
  const first = await Promise.race([started.then(() => 'started' as const), exited.then(() => 'exited' as const)]);
  if (first === 'exited') throw new Error(`nginx stopped at start:\n${log}`);
  return {
    log: () => log,
    stop: async () => {
      // SIGTERM is nginx's fast shutdown; the master ends its workers before it exits.
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

function mainConfiguration(run: NginxRun): string {
  const temp = (name: string) => join(run.prefix, 'temp', name);
  // As root, the workers would run as "nobody", which cannot read the test's private temp folders.
  const user = process.getuid?.() === 0 ? 'user root;' : '';
  return `# Written by test/support/nginx/runNginx.ts
daemon off;
${user}
worker_processes 1;
pid ${join(run.prefix, 'nginx.pid')};
error_log stderr notice;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${temp('body')};
    proxy_temp_path ${temp('proxy')};
    fastcgi_temp_path ${temp('fastcgi')};
    uwsgi_temp_path ${temp('uwsgi')};
    scgi_temp_path ${temp('scgi')};
${run.http ?? ''}
    include ${join(run.prefix, 'site.conf')};
}
`;
}

/** Resolves once something accepts connections on 127.0.0.1:`port` (tries for 10 s). */
async function waitForPort(port: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`nothing listens on 127.0.0.1:${port} after 10 s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
