/** Which glyph an icon shows: the app (a person inside sync arrows) or the Sync command (arrows only). */
export type Glyph = 'app' | 'sync';

/** Fluent's brand blue (#0F6CBD), the square every icon sits on. */
const BRAND: readonly [number, number, number] = [0x0f, 0x6c, 0xbd];
const SUPERSAMPLE = 4;

function inRoundedSquare(x: number, y: number, radius: number): boolean {
  const dx = Math.max(radius - x, 0, x - (1 - radius));
  const dy = Math.max(radius - y, 0, y - (1 - radius));
  return dx * dx + dy * dy <= radius * radius;
}

/** Angle in degrees, 0..360, clockwise on screen (y grows downwards). */
function angleOf(x: number, y: number): number {
  return ((Math.atan2(y - 0.5, x - 0.5) * 180) / Math.PI + 360) % 360;
}

function inTriangle(px: number, py: number, [a, b, c]: Array<[number, number]>): boolean {
  const side = (p: [number, number], q: [number, number]) => (q[0] - p[0]) * (py - p[1]) - (q[1] - p[1]) * (px - p[0]);
  const s1 = side(a, b);
  const s2 = side(b, c);
  const s3 = side(c, a);
  return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
}

function polar(angle: number, radius: number): [number, number] {
  const rad = (angle * Math.PI) / 180;
  return [0.5 + radius * Math.cos(rad), 0.5 + radius * Math.sin(rad)];
}

/** Two arcs with a gap each and an arrowhead where each arc ends: the usual "sync" sign. */
function inSyncArrows(x: number, y: number, ring: number, width: number): boolean {
  const r = Math.hypot(x - 0.5, y - 0.5);
  const a = angleOf(x, y);
  const onArc = (a >= 125 && a <= 255) || a >= 305 || a <= 75;
  if (Math.abs(r - ring) <= width / 2 && onArc) return true;
  return [255, 75].some((end) =>
    inTriangle(x, y, [polar(end, ring - width * 1.7), polar(end, ring + width * 1.7), polar(end + 32, ring)]),
  );
}

function inPerson(x: number, y: number): boolean {
  const head = Math.hypot(x - 0.5, y - 0.43) <= 0.085;
  const body = y >= 0.56 && y <= 0.66 && Math.hypot((x - 0.5) / 1.25, y - 0.66) <= 0.11;
  return head || body;
}

function coverage(glyph: Glyph, x: number, y: number): { square: boolean; mark: boolean } {
  const square = inRoundedSquare(x, y, 0.2);
  const mark = glyph === 'app' ? inSyncArrows(x, y, 0.33, 0.075) || inPerson(x, y) : inSyncArrows(x, y, 0.27, 0.1);
  return { square, mark: square && mark };
}

/** RGBA pixels of a `size`×`size` icon, anti-aliased by supersampling. */
export function drawIcon(glyph: Glyph, size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let square = 0;
      let mark = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const hit = coverage(glyph, (px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size);
          square += hit.square ? 1 : 0;
          mark += hit.mark ? 1 : 0;
        }
      }
      const samples = SUPERSAMPLE * SUPERSAMPLE;
      const white = square === 0 ? 0 : mark / square;
      const offset = (py * size + px) * 4;
      BRAND.forEach((channel, i) => (pixels[offset + i] = Math.round(channel + (255 - channel) * white)));
      pixels[offset + 3] = Math.round((255 * square) / samples);
    }
  }
  return pixels;
}
