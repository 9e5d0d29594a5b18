import type { PackageFile } from '../../metadata';
import { createLogger } from '../../shared';
import { deriveLayout } from '../deriveLayout';
import type { StoreLayout, TypeLayout } from '../types';

const log = createLogger('store');

/**
 * A layout with `references` on every type. Layouts stored before issue #9 lack them; they are
 * derived from the package installed in the database (the same package the layout came from),
 * taking ONLY the references so the table schema stays exactly as it was created. When the
 * package cannot be read or parsed, types get no references: local ids are then not rewritten
 * in referencing records, which a new initial synchronization repairs.
 */
export async function withReferences(
  layout: StoreLayout,
  readFiles: () => Promise<readonly PackageFile[] | undefined>,
): Promise<StoreLayout> {
  if (layout.types.every((t) => Array.isArray((t as Partial<TypeLayout>).references))) return layout;
  let derived: StoreLayout | undefined;
  try {
    const files = await readFiles();
    if (files) {
      // Only a database stored before issue #9 needs the package parser (sax, xml-js): loaded here, it
      // stays out of the task pane's first-screen script (docs/performance.md, "First screen").
      const { parsePackage } = await import(/* webpackChunkName: "package-parser" */ '../../metadata');
      derived = deriveLayout(await parsePackage(files));
    }
  } catch (error) {
    log.warn(
      `Deriving reference fields of an older local database failed (${error instanceof Error ? error.name : 'error'}); ids of new records will not be rewritten in references`,
    );
  }
  return {
    types: layout.types.map((t) => ({
      ...t,
      references:
        (t as Partial<TypeLayout>).references ?? derived?.types.find((d) => d.typeId === t.typeId)?.references ?? [],
    })),
  };
}
