import { computeContentHash } from './computeContentHash';
import { computeSchemaFingerprint } from './computeSchemaFingerprint';
import { PackageError } from './errors/PackageError';
import { deepFreeze } from './internal/deepFreeze';
import { Diagnostics } from './internal/Diagnostics';
import { parseXml } from './internal/parseXml';
import type { XmlNode } from './internal/XmlNode';
import { checkDisplayKeys } from './parse/checkDisplayKeys';
import { checkPicklistLinks } from './parse/checkPicklistLinks';
import { indexObjects } from './parse/ObjectIndex';
import { orderSyncedTypes } from './parse/orderSyncedTypes';
import { readBasicMapping } from './parse/readBasicMapping';
import { readConnectorConfiguration } from './parse/readConnectorConfiguration';
import { readForms } from './parse/readForms';
import { readInfo } from './parse/readInfo';
import { readMetaInfo } from './parse/readMetaInfo';
import { readStrings } from './parse/readStrings';
import { REQUIRED_FILES, selectFiles } from './parse/selectFiles';
import type { CustomizationPackage, PackageFile, ParsePackageOptions } from './types';

/**
 * Parses and validates the files of a customization package (as `DownloadMetadataFiles` returns
 * them) into the immutable {@link CustomizationPackage}. Only what leaves the data unusable is a
 * problem (no synchronized object, an object without its Id, a broken reference between objects,
 * an unusable wire name, a missing or malformed siebel_meta_info.xml or connector_configuration.xml);
 * every problem is collected and thrown together in one {@link PackageError}. Everything else the
 * add-in cannot use is ignored or degraded locally, with a warning: on `pkg.warnings` and to
 * `options.onWarning`. One bad preset, form control or pick-list never sinks the package.
 *
 * @example
 * const pkg = await parsePackage(answer.files, { onWarning: (w) => log.warn(`${w.file} ${w.path}: ${w.message}`) });
 */
export async function parsePackage(
  files: readonly PackageFile[],
  options: ParsePackageOptions = {},
): Promise<CustomizationPackage> {
  const d = new Diagnostics(options.onWarning);
  const selected = selectFiles(d, files);
  const roots = new Map<string, XmlNode>();
  const parse = (file: PackageFile | undefined): XmlNode | undefined => {
    if (!file) return undefined;
    const parsed = parseXml(file.content);
    if (parsed.ok) {
      roots.set(file.name, parsed.root);
      return parsed.root;
    }
    if ((REQUIRED_FILES as readonly string[]).includes(file.name))
      return void d.problem(file.name, '/', parsed.message, parsed.cause);
    return void d.warn(file.name, '/', `${parsed.message}; the file is ignored`);
  };
  const infoRoot = parse(selected.byName.get('info.xml'));
  const metaRoot = parse(selected.byName.get('siebel_meta_info.xml'));
  const connectorRoot = parse(selected.byName.get('connector_configuration.xml'));
  const mappingRoot = parse(selected.byName.get('siebel_basic_mapping.xml'));
  const formsRoot = parse(selected.forms);
  const stringsRoot = parse(selected.byName.get('package_res.xml'));

  const info = infoRoot ? readInfo(d, infoRoot) : { name: '', version: '' };
  const meta = metaRoot ? readMetaInfo(d, metaRoot) : undefined;
  const objects = indexObjects(meta?.objects);
  const connector = connectorRoot ? readConnectorConfiguration(d, connectorRoot, objects) : undefined;
  const mappings = mappingRoot ? readBasicMapping(d, mappingRoot, objects) : [];
  const forms = formsRoot && selected.forms ? readForms(d, selected.forms.name, formsRoot, mappings, objects) : [];
  const defaultStrings = stringsRoot ? readStrings(d, 'package_res.xml', stringsRoot) : {};
  const byLocale: Record<string, Record<string, string>> = {};
  for (const [locale, file] of selected.locales) {
    const root = parse(file);
    if (root) byLocale[locale] = readStrings(d, file.name, root);
  }
  const syncedTypes = connector && objects ? orderSyncedTypes(d, connector.syncedTypes, objects) : [];
  if (meta && connector) checkPicklistLinks(d, meta.objects, meta.picklists, syncedTypes);
  if (stringsRoot) {
    for (const [name, root] of roots) {
      if (!name.startsWith('package_res')) checkDisplayKeys(d, name, root, defaultStrings);
    }
  }
  if (d.problems.length > 0 || !meta || !connector) {
    throw new PackageError(d.problems, { cause: d.cause });
  }

  const model = {
    info,
    commonSettings: meta.commonSettings,
    objects: meta.objects,
    syncedTypes,
    filterPresets: connector.filterPresets,
    deletionConfirmation: connector.deletionConfirmation,
    mappings: mappings.map((m) => m.mapping),
    forms,
    strings: { default: defaultStrings, byLocale },
    picklists: meta.picklists,
    warnings: [...d.warnings],
    files: files.map((f) => ({ name: f.name, type: f.type, content: f.content })),
  };
  const [contentHash, schemaFingerprint] = await Promise.all([
    computeContentHash(model.files),
    computeSchemaFingerprint(model),
  ]);
  return deepFreeze({ ...model, contentHash, schemaFingerprint });
}
