import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { isContentHashed } from '../report/firstScreen';

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

/**
 * Serves the files of `dir` on 127.0.0.1 (free port); resolves with the origin and a closer.
 * With `cache`, answers as a static host of the add-in would: every file with an ETag (a
 * conditional request gets 304), content-hashed names (`taskpane.1a2b3c4d.js`) with a year's
 * `immutable` lifetime, the others (`taskpane.html`, unhashed bundles) `no-cache` (asked again
 * each time, 304 when unchanged). Without it: plain 200s with no caching headers.
 */
export async function serveStatic(
  dir: string,
  options: { middleware?: Middleware; cache?: boolean } = {},
): Promise<{ origin: string; close(): Promise<void> }> {
  const serveFile = (req: IncomingMessage, res: ServerResponse) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const file = join(dir, path);
    Promise.all([readFile(file), options.cache ? stat(file) : null]).then(
      ([body, info]) => {
        const headers: Record<string, string> = {
          'Content-Type': TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream',
        };
        if (info) {
          const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
          headers.ETag = etag;
          headers['Last-Modified'] = info.mtime.toUTCString();
          headers['Cache-Control'] = isContentHashed(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
          if (req.headers['if-none-match'] === etag) {
            res.writeHead(304, headers);
            res.end();
            return;
          }
        }
        res.writeHead(200, headers);
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
