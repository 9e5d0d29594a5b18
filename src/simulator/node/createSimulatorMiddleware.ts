import type { IncomingMessage, ServerResponse } from 'node:http';
import { isEaiPath } from '../http/parseEndpoint';
import type { Simulator } from '../types';
import { adminApi } from './adminApi';
import { corsHeaders } from './cors';
import { toWebRequest, writeDrop, writeWebResponse } from './nodeHttp';

/** A Connect-style middleware (webpack dev server `setupMiddlewares`, Express, the standalone server). */
export type SimulatorMiddleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

const ADMIN_PREFIX = '/simulator/admin/';

/**
 * Serves the EAI endpoints (with CORS for other origins: OPTIONS preflight answered) and the JSON
 * admin API under `/simulator/admin/`; passes every other request to `next`.
 *
 * @example
 * setupMiddlewares: (middlewares) => [createSimulatorMiddleware(createSimulator()), ...middlewares]
 */
export function createSimulatorMiddleware(simulator: Simulator): SimulatorMiddleware {
  return (req, res, next) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (pathname.startsWith(ADMIN_PREFIX)) {
      void serveAdmin(simulator, req, res, pathname.slice(ADMIN_PREFIX.length)).catch(next);
      return;
    }
    if (!isEaiPath(pathname)) {
      next();
      return;
    }
    const cors = corsHeaders(req);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors);
      res.end();
      return;
    }
    simulator
      .handle(toWebRequest(req, res))
      .then((response) => writeWebResponse(res, response, cors))
      .catch((error: unknown) => {
        if (!writeDrop(res, error, cors)) next(error);
      });
  };
}

async function serveAdmin(
  simulator: Simulator,
  req: IncomingMessage,
  res: ServerResponse,
  action: string,
): Promise<void> {
  let body: Record<string, unknown> = {};
  if (req.method === 'POST') {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    try {
      body = text.trim() === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
    } catch {
      return sendJson(res, 400, { error: 'The admin API expects a JSON body' });
    }
  }
  const answer = adminApi(simulator, req.method ?? 'GET', action, body);
  sendJson(res, answer.status, answer.body);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body, (_, value: unknown) => (value === Infinity ? 'Infinity' : value));
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}
