import { computeContentHash } from './computeContentHash';
import { computeSchemaFingerprint } from './computeSchemaFingerprint';
import { PackageError } from './errors/PackageError';
import { deepFreeze } from './internal/deepFreeze';
import { Diagnostics } from './internal/Diagnostics';
import { parseXml } from './internal/parseXml';
import type { XmlNode } from './internal/XmlNode';
import { checkDisplayKeys } from './parse/checkDisplayKeys';
import { indexObjects } from './parse/ObjectIndex';
import { orderSyncedTypes } from './parse/orderSyncedTypes';
import { readBasicMapping } from './parse/readBasicMapping';
import { readConnectorConfiguration } from './parse/readConnectorConfiguration';
import { readForms } from './parse/readForms';
import { readInfo } from './parse/readInfo';
import { readMetaInfo } from './parse/readMetaInfo';
import { readStrings } from './parse/readStrings';
import { selectFiles } from './parse/selectFiles';
import type { CustomizationPackage, PackageFile, ParsePackageOptions } from './types';

/**
 * Parses and validates the files of a customization package (as `DownloadMetadataFiles` returns
 * them) into the immutable {@link CustomizationPackage}. Every problem is collected and thrown
 * together in one {@link PackageError}; ignorable oddities go to `options.onWarning`.
 *
 * @example
 * const pkg = await parsePackage(answer.files, { onWarning: (w) => log.warn(`${w.file} ${w.path}: ${w.message}`) });
 */
export async function parsePackage(files: readonly PackageFile[], options: ParsePackageOptions = {}): Promise<CustomizationPackage> {
  const d = new Diagnostics(options.onWarning);
  const selected = selectFiles(d, files);
  const roots = new Map<string, XmlNode>();
  const parse = (file: PackageFile | undefined): XmlNode | undefined => {
    if (!file) return undefined;
    const parsed = parseXml(file.content);
    if (!parsed.ok) return void d.problem(file.name, '/', parsed.message, parsed.cause);
    roots.set(file.name, parsed.root);
    return parsed.root;
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
    files: files.map((f) => ({ name: f.name, type: f.type, content: f.content })),
  };
  const [contentHash, schemaFingerprint] = await Promise.all([
    computeContentHash(model.files),
    computeSchemaFingerprint(model),
  ]);
  return deepFreeze({ ...model, contentHash, schemaFingerprint });
}
