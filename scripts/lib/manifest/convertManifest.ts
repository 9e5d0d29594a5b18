import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convert } from 'office-addin-manifest-converter';
import { manifestBaseUrl } from './baseUrl';
import { editConvertedManifest } from './editConvertedManifest';
import type { UnifiedManifest } from './unifiedManifest';

/** The file name Microsoft's tools look for in an add-in's app package. */
export const UNIFIED_MANIFEST_FILE = 'manifest.json';

/**
 * Converts manifest.xml's text to the unified manifest for Microsoft 365 with Microsoft's
 * converter (office-addin-manifest-converter, offline), then applies {@link editConvertedManifest}.
 * @example const manifest = await convertManifest(readFileSync('manifest.xml', 'utf8'));
 * @see https://learn.microsoft.com/office/dev/add-ins/develop/convert-xml-to-json-manifest
 */
export async function convertManifest(manifestXml: string): Promise<UnifiedManifest> {
  // The converter reads a file and writes a folder, so both live in a fresh temporary folder.
  const dir = await mkdtemp(join(tmpdir(), 'crm-desktop-manifest-'));
  try {
    const input = join(dir, 'manifest.xml');
    const output = join(dir, 'json');
    await writeFile(input, manifestXml);
    // Arguments by position: input, output folder, imageDownload, schema URL, schema version, verbose.
    // The package README shows verbose fourth; that slot is the schema URL. imageDownload stays false:
    // it would fetch the two root icons over the network, and ours are already in assets/.
    await convert(input, output, false, undefined, undefined, false);
    const written = await readdir(output);
    const extra = written.filter((name) => name !== UNIFIED_MANIFEST_FILE);
    // Localized strings (<Override> in the XML) come out as extra files the build would have to ship.
    if (extra.length > 0)
      throw new Error(
        `it also wrote ${extra.join(', ')}, which the build does not emit — add them to the build and the app package`,
      );
    return editConvertedManifest(
      JSON.parse(await readFile(join(output, UNIFIED_MANIFEST_FILE), 'utf8')) as UnifiedManifest,
      manifestBaseUrl(manifestXml),
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Converting manifest.xml to the unified manifest failed: ${reason} — run "npm run validate" for the XML checks, or "npx office-addin-manifest-converter convert manifest.xml -v" for the converter's log`,
      { cause: error },
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The manifest as the build writes it: two-space indents and a final newline. */
export function formatUnifiedManifest(manifest: UnifiedManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
