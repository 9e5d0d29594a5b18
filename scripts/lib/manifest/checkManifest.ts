import { checkCommands } from './checkCommands';
import { checkFiles } from './checkFiles';
import { checkFormFactors } from './checkFormFactors';
import { checkIcons } from './checkIcons';
import { checkPermissions } from './checkPermissions';
import type { ProjectFiles } from './checkFiles';
import { checkResources } from './checkResources';
import { checkStructure } from './checkStructure';
import { parseXml } from './xmlTree';

/** What the manifest checks read. */
export interface ManifestInput {
  readonly manifestXml: string;
  readonly files: ProjectFiles;
  /** The concatenated sources of src/commands. */
  readonly commandsSource: string;
  /** Where the manifest's URLs point (a build's base URL); default the dev server's. */
  readonly baseUrl?: string;
}

/**
 * Offline checks of manifest.xml (the online validator needs internet): returns one line per
 * problem, empty when the manifest is fine.
 */
export function checkManifest({ manifestXml, files, commandsSource, baseUrl }: ManifestInput): string[] {
  let root;
  try {
    root = parseXml(manifestXml);
  } catch (error) {
    return [`manifest.xml is not well-formed XML: ${(error as Error).message.split('\n').join(' ')}`];
  }
  return [
    ...checkStructure(root),
    ...checkPermissions(root),
    ...checkResources(root),
    ...checkFiles(root, files, baseUrl),
    ...checkIcons(root),
    ...checkFormFactors(root),
    ...checkCommands(root, commandsSource),
  ];
}
