import type { PackageFile } from '../../../../src/metadata';

/** A copy of `files` with one file's content edited; fails loudly when the edit changes nothing. */
export function editFile(
  files: readonly PackageFile[],
  name: string,
  edit: (content: string) => string,
): PackageFile[] {
  return files.map((file) => {
    if (file.name !== name) return file;
    const content = edit(file.content);
    if (content === file.content) throw new Error(`editFile: the edit of ${name} changed nothing`);
    return { ...file, content };
  });
}
