import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { isSimulatedDrop } from '../SimulatedDrop';

/** A web `Request` for a Node request; its signal aborts when the client goes away before the answer. */
export function toWebRequest(req: IncomingMessage, res: ServerResponse): Request {
  const origin = `http://${req.headers.host ?? 'localhost'}`;
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(new URL(req.url ?? '/', origin), {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
    signal: controller.signal,
    // Node's fetch needs this for a streamed request body.
    ...(hasBody ? { duplex: 'half' } : {}),
  } as RequestInit);
}

/** Writes a web `Response` to a Node response, with extra headers (CORS). */
export async function writeWebResponse(
  res: ServerResponse,
  response: Response,
  extra: Record<string, string> = {},
): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer());
  const headers: Record<string, string> = { ...extra };
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, { ...headers, 'Content-Length': String(body.byteLength) });
  res.end(body);
}

/**
 * Turns a thrown `SimulatedDrop` into a broken connection: nothing, or the headers and half of the
 * body (announcing the full length) followed by `socket.destroy()`.
 */
export function writeDrop(res: ServerResponse, error: unknown, extra: Record<string, string> = {}): boolean {
  if (!isSimulatedDrop(error)) return false;
  if (error.partial) {
    const half = Buffer.from(error.partial.body);
    res.writeHead(error.partial.status, {
      ...extra,
      ...error.partial.headers,
      'Content-Length': String(half.byteLength * 2 + 1),
    });
    res.write(half, () => res.socket?.destroy());
  } else {
    res.socket?.destroy();
  }
  return true;
}
