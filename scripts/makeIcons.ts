// Writes the add-in's icons (assets/icon-<size>.png, assets/sync-<size>.png). Run: npx tsx scripts/makeIcons.ts
// No image package is installed, so the PNGs are drawn and encoded here (node:zlib for deflate).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { drawIcon } from './lib/drawIcon';
import type { Glyph } from './lib/drawIcon';
import { encodePng } from './lib/png';

/**
 * The sizes Outlook asks for: 16–80 for ribbon buttons (every scale of every client), 25/32/48 for
 * Outlook mobile, 64/128 for IconUrl/HighResolutionIconUrl.
 */
export const ICON_SIZES = [16, 20, 24, 25, 32, 40, 48, 64, 80, 128] as const;

const assets = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');
mkdirSync(assets, { recursive: true });
const glyphs: Record<string, Glyph> = { icon: 'app', sync: 'sync' };
for (const [prefix, glyph] of Object.entries(glyphs)) {
  for (const size of ICON_SIZES) {
    const file = join(assets, `${prefix}-${size}.png`);
    writeFileSync(file, encodePng(size, size, drawIcon(glyph, size)));
    console.log(`wrote ${file}`);
  }
}
