import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { LAYERS } from '../../../eslint.config.mjs';

/**
 * The layer rules (one direction of dependency, other layers through their index.ts, `Office.*`
 * only in host, React only in the task pane, a simulator that imports nothing of the client, no
 * import cycle) live in eslint.config.mjs, and `npm test` lints the whole tree. These tests prove
 * each rule fires on a violation, so a broken configuration cannot pass silently.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const eslint = new ESLint({ cwd: root });

async function findings(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layers (eslint.config.mjs)', () => {
  it('names every folder of src/ as a layer', () => {
    const folders = readdirSync(join(root, 'src'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(folders.map((folder) => folder.name).sort()).toEqual(Object.keys(LAYERS).sort());
  });

  it.each([
    [
      'src/siebel/x.ts',
      "import { openStore } from '../store';\nexport const x = openStore;\n",
      /siebel" layer may import only: shared/,
    ],
    [
      'src/simulator/x.ts',
      "import { createSyncEngine } from '../sync';\nexport const x = createSyncEngine;\n",
      /simulator" layer may import only: nothing of the client/,
    ],
    [
      'src/sync/internal/x.ts',
      "import type { DatabaseSyncState } from '../../store/types';\nexport type X = DatabaseSyncState;\n",
      /through its index\.ts/,
    ],
    [
      'src/sync/x.ts',
      "import { useState } from 'react';\nexport const x = useState;\n",
      /React and Fluent UI belong to the task pane only/,
    ],
    ['src/sync/x.ts', 'export const x = () => Office.context.mailbox;\n', /Office\.\* is touched only in src\/host/],
  ])('refuses %s importing across the rules', async (filePath, code, message) => {
    expect((await findings(filePath, code)).join('\n')).toMatch(message);
  });

  it('lets the task pane use React and the sync layer, and host use Office', async () => {
    expect(
      await findings(
        'src/taskpane/x.ts',
        "import { useState } from 'react';\nimport { createSyncEngine } from '../sync';\nexport const x = [useState, createSyncEngine];\n",
      ),
    ).toEqual([]);
    expect(await findings('src/host/x.ts', 'export const x = () => Office.context.mailbox;\n')).toEqual([]);
  });

  describe('import cycles', () => {
    const folder = join(root, 'src/shared/zz-cycle-test');
    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    it('are refused', async () => {
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'a.ts'), "import { b } from './b';\nexport const a = () => b;\n");
      writeFileSync(join(folder, 'b.ts'), "import { a } from './a';\nexport const b = () => a;\n");
      const [result] = await eslint.lintFiles([join(folder, 'a.ts')]);
      expect(result.messages.map((m) => m.ruleId)).toContain('import-x/no-cycle');
    });
  });
});
