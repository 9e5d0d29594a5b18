import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** A connect-style handler tried before the files (e.g. the simulator, for a same-origin task pane). */
export type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** Serves the files of `dir` on 127.0.0.1 (free port); resolves with the origin and a closer. */
export async function serveStatic(
  dir: string,
  options: { middleware?: Middleware } = {},
): Promise<{ origin: string; close(): Promise<void> }> {
  const serveFile = (req: IncomingMessage, res: ServerResponse) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    readFile(join(dir, path)).then(
      (body) => {
        res.writeHead(200, { 'Content-Type': TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream' });
        res.end(body);
      },
      () => {
        res.writeHead(404);
        res.end();
      },
    );
  };
  const server = createServer((req, res) =>
    options.middleware ? options.middleware(req, res, () => serveFile(req, res)) : serveFile(req, res),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
