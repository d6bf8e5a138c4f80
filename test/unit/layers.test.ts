import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { cruise } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';
import { tmpDir } from '../helpers/tmp';

/** The layer rules of .dependency-cruiser.cjs, over the real source tree. */
const config = createRequire(import.meta.url)(path.resolve('.dependency-cruiser.cjs'));

async function violations(dirs: string[], baseDir = process.cwd()) {
  const result = await cruise(dirs, { ...config.options, ruleSet: { forbidden: config.forbidden }, validate: true, baseDir });
  const output = result.output as { summary: { violations: { rule: { name: string }; from: string; to: string }[] } };
  return output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
}

describe('the layer rules', () => {
  it('hold over shared/, electron/ and renderer/', async () => {
    expect(await violations(['shared', 'electron', 'renderer'])).toEqual([]);
  }, 60_000);

  it('catch each kind of breach (so the check above cannot pass by seeing nothing)', async () => {
    const dir = tmpDir();
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    };
    write('electron/db/repo.ts', `import { app } from 'electron';\nexport const a = app;\n`);
    write('electron/shell/window.ts', `export const w = 1;\n`);
    write('electron/web/server.ts', `import { w } from '../shell/window';\nexport const s = w;\n`);
    write('renderer/App.tsx', `import { a } from '../electron/db/repo';\nexport const r = a;\n`);
    write('shared/pure.ts', `import fs from 'node:fs';\nimport { r } from '../renderer/App';\nexport const p = [fs, r];\n`);
    write('renderer/hooks.ts', `import { t } from '../test/helper';\nexport const g = t;\n`);
    write('test/helper.ts', `export const t = 1;\n`);
    // A package named electron, as the resolver meets it in node_modules.
    write('node_modules/electron/package.json', `{ "name": "electron", "main": "index.js" }\n`);
    write('node_modules/electron/index.js', `module.exports = {};\n`);
    const found = await violations(['shared', 'electron', 'renderer'], dir);
    expect(found).toEqual(
      expect.arrayContaining([
        'only-the-shell-imports-electron: electron/db/repo.ts → node_modules/electron/index.js',
        'web-not-to-shell: electron/web/server.ts → electron/shell/window.ts',
        'renderer-not-to-electron: renderer/App.tsx → electron/db/repo.ts',
        'shared-is-pure: shared/pure.ts → renderer/App.tsx',
        'no-test-code-in-the-product: renderer/hooks.ts → test/helper.ts',
      ]),
    );
    expect(found.some((v) => v.startsWith('shared-is-pure: shared/pure.ts → ') && /fs/.test(v))).toBe(true);
  }, 60_000);
});
