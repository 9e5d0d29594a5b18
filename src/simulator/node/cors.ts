import type { IncomingMessage } from 'node:http';

/**
 * CORS headers of the EAI path for a task pane served from another origin (standalone server):
 * the request's own origin is allowed, with the two headers a SOAP client sends. No credentials:
 * the session travels in the SOAP header, not in cookies.
 */
export function corsHeaders(req: IncomingMessage): Record<string, string> {
  const origin = req.headers.origin;
  if (!origin) return {};
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Methods': 'POST, OPTIONS',
    'Access-Control-Allow-Headers': 'Content-Type, SOAPAction',
    'Access-Control-Max-Age': '600',
    Vary: 'Origin',
  };
}
