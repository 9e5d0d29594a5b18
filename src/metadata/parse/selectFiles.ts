import type { Diagnostics } from '../internal/Diagnostics';
import type { PackageFile } from '../types';

/** Files without which the add-in cannot synchronize: the objects and the synchronized types. */
export const REQUIRED_FILES = ['siebel_meta_info.xml', 'connector_configuration.xml'] as const;

/** Files the add-in reads but can do without, and what the user loses when one is missing. */
export const OPTIONAL_FILES: Readonly<Record<string, string>> = {
  'siebel_basic_mapping.xml': 'types are shown without their forms',
  'package_res.xml': 'display texts show as their keys',
  'info.xml': 'the package has no name or version',
};

const FORMS_FILE = /^forms_(\d+)\.xml$/;
const LOCALE_FILE = /^package_res\.([a-z]{2})[_-]([a-z]{2})\.xml$/i;

/** The package files the add-in reads, found by name. */
export interface SelectedFiles {
  readonly byName: ReadonlyMap<string, PackageFile>;
  /** The forms file with the highest number (forms per Outlook version; the newest wins). */
  readonly forms?: PackageFile;
  /** Locale (`de_DE`) → its package_res file. */
  readonly locales: ReadonlyMap<string, PackageFile>;
}

/** Finds the files by name; a missing required file is a problem, a missing optional one a warning. */
export function selectFiles(d: Diagnostics, files: readonly PackageFile[]): SelectedFiles {
  const byName = new Map<string, PackageFile>();
  for (const file of files) {
    if (byName.has(file.name)) d.warn(file.name, '/', 'the package lists this file twice; the first copy is used');
    else byName.set(file.name, file);
  }
  for (const name of REQUIRED_FILES) {
    if (!byName.has(name)) d.problem(name, '/', 'required file is missing from the package');
  }
  for (const [name, consequence] of Object.entries(OPTIONAL_FILES)) {
    if (!byName.has(name)) d.warn(name, '/', `file is missing from the package: ${consequence}`);
  }
  let forms: PackageFile | undefined;
  let formsNumber = -1;
  const locales = new Map<string, PackageFile>();
  for (const file of byName.values()) {
    const formsMatch = FORMS_FILE.exec(file.name);
    if (formsMatch && Number(formsMatch[1]) > formsNumber) {
      forms = file;
      formsNumber = Number(formsMatch[1]);
    }
    const localeMatch = LOCALE_FILE.exec(file.name);
    if (localeMatch) locales.set(`${localeMatch[1].toLowerCase()}_${localeMatch[2].toUpperCase()}`, file);
  }
  if (!forms)
    d.warn(
      'forms_<n>.xml',
      '/',
      'file is missing from the package (no forms_<n>.xml, e.g. forms_12.xml): types are shown without their forms',
    );
  return { byName, ...(forms ? { forms } : {}), locales };
}
