import type { MetadataFileContent, PackageChange } from '../types';
import { escapeXml } from '../xml/xmlWriter';

// Account fields a schema change adds, in order; past the list, numbered custom fields.
const SCHEMA_FIELDS: ReadonlyArray<readonly [name: string, ioElemName: string]> = [
  ['Industry', 'Industry'],
  ['Industry Code', 'IndustryCode'],
];

/**
 * The files of the next version of a package. `schema` adds an Account field (a data-schema change),
 * `ui` changes a display string only, `files` replaces everything (also with broken files);
 * `schema`, `ui` and a plain republish bump the version in info.xml, so the hash always moves.
 */
export function applyPackageChange(
  files: readonly MetadataFileContent[],
  change: PackageChange | undefined,
): MetadataFileContent[] {
  if (change?.kind === 'files') return [...change.files].sort((a, b) => (a.name < b.name ? -1 : 1));
  const version = nextVersion(files);
  return files.map((file) => {
    if (file.name === 'info.xml')
      return { ...file, content: file.content.replace(/(<package\b[^>]*\bversion=")[^"]*(")/, `$1${version}$2`) };
    if (change?.kind === 'schema' && file.name === 'siebel_meta_info.xml')
      return { ...file, content: addAccountField(file.content) };
    if (change?.kind === 'ui' && file.name === 'package_res.xml')
      return { ...file, content: relabel(file.content, version) };
    return file;
  });
}

/** The version after the one in info.xml (minor + 1). */
function nextVersion(files: readonly MetadataFileContent[]): string {
  const info = files.find((file) => file.name === 'info.xml')?.content ?? '';
  const current = /<package\b[^>]*\bversion="(\d+)\.(\d+)(?:\.(\d+))?"/.exec(info);
  if (!current) return '1.1.0';
  return `${current[1]}.${Number(current[2]) + 1}.0`;
}

function addAccountField(metaInfo: string): string {
  const accountStart = metaInfo.search(/<object\b[^>]*\bTypeId="Account"/);
  if (accountStart < 0) return metaInfo;
  const accountEnd = metaInfo.indexOf('</object>', accountStart);
  const account = metaInfo.slice(accountStart, accountEnd);
  let field = SCHEMA_FIELDS.find(([, io]) => !account.includes(`IOElemName="${io}"`));
  for (let n = 1; !field; n += 1) {
    if (!account.includes(`IOElemName="CustomField${n}"`)) field = [`Custom Field ${n}`, `CustomField${n}`];
  }
  const [name, ioElemName] = field;
  const xml = `  <field Name="${escapeXml(name)}" Label="${escapeXml(name)}" DataType="DTYPE_TEXT" IsFilterable="yes" IOElemName="${ioElemName}"/>\n  `;
  return metaInfo.slice(0, accountEnd) + xml + metaInfo.slice(accountEnd);
}

/** A visible, schema-neutral change: the folder name of accounts carries the version. */
function relabel(packageRes: string, version: string): string {
  const changed = packageRes.replace(
    /(<str key="folder_accounts">)([^<(]*?)(?: \(v[^)]*\))?(<\/str>)/,
    `$1$2 (v${version})$3`,
  );
  return changed !== packageRes
    ? changed
    : packageRes.replace(/<\/res_root>/, `  <str key="ui_version">${version}</str>\n</res_root>`);
}
