/** Result of reading a body under a size cap: the text, or `tooLarge` when the cap was passed. */
export type CappedBody = { readonly tooLarge: false; readonly text: string } | { readonly tooLarge: true };

/**
 * Reads a request body as UTF-8 but stops at `limit` bytes, so an oversized upload is refused
 * without holding it in memory. A declared Content-Length over the limit is refused unread.
 */
export async function readBodyCapped(request: Request, limit: number): Promise<CappedBody> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limit) return { tooLarge: true };
  if (!request.body) return { tooLarge: false, text: '' };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return { tooLarge: true };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { tooLarge: false, text: new TextDecoder('utf-8').decode(bytes) };
}
