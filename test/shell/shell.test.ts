import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { useBrowser } from '../e2e/browser';
import { SCREENSHOTS } from '../e2e/harness';
import { tmpDir } from '../helpers/tmp';
import type { StandIn } from './electron';
import { launchShell } from './launch';

/**
 * The real built Electron main bundle (out/electron/main.cjs) and preload, run under Node with a
 * stand-in `electron` (test/shell/electron.ts): windows are real Chromium pages, files are real.
 */
const browser = useBrowser();
const running: StandIn[] = [];

afterEach(async () => {
  for (const s of running.splice(0)) {
    await s.dispose();
    expect(s.unimplemented).toEqual([]);
  }
});

async function launch(options: Parameters<typeof launchShell>[1]) {
  const s = await launchShell(browser(), options);
  running.push(s);
  return s;
}

/** A plan the way a team writes one: an outline with owners, a typo and a link, imported by the CLI. */
function teamPlan(dir: string, name: string, northStar: string): string {
  const outline = path.join(dir, `${name}.md`);
  fs.writeFileSync(
    outline,
    `# ${name}\n\n- North Star: **${northStar}** — Leadership · 2026\n  - KR: Net revenue retention (100 → 104 → 115 %)\n  - Strategic Bridge: **Cut onbaording time for mid-market accounts** — Customer Success · Q2 2026\n    > See https://wiki.example.com/onboarding\n    - KR: Median days to first value (30 → 24 → 14 days, decrease)\n  - Strategic Bridge: **Make the partner channel self-serve** — Partnerships (Dana Ruiz) · Q3 2026\n`,
  );
  const file = path.join(dir, `${name}.cascade`);
  execFileSync(process.execPath, ['out/cli/cascade.mjs', 'import', outline, '--into', file]);
  return file;
}

const cardTitles = (s: StandIn) => s.windows[0]!.page!.locator('.card-title').allInnerTexts();

async function waitForTitle(s: StandIn, text: string) {
  await s.windows[0]!.page!.getByText(text, { exact: false }).first().waitFor();
}

describe('the desktop shell, run for real with a stand-in electron', () => {
  it('starts without a file on the example plan in the data folder', async () => {
    const dir = tmpDir();
    const s = await launch({ dataDir: dir });
    const page = await s.windows[0]!.loaded();
    await waitForTitle(s, 'Grow Strategic Advisory Revenue');
    expect(s.windows[0]!.title).toBe('My Plan — Cascade Planner');
    expect(s.windows[0]!.visible).toBe(true);
    expect(fs.existsSync(path.join(dir, 'Plans', 'My Plan.cascade'))).toBe(true);
    // The page got the strict CSP from the bundle's own protocol handler.
    const csp = await page.evaluate(async () => (await fetch('/index.html')).headers.get('content-security-policy'));
    expect(csp).toContain("script-src 'self'");
    expect(s.recentDocuments).toEqual([path.join(dir, 'Plans', 'My Plan.cascade')]);
    expect(fs.readFileSync(path.join(dir, 'logs', 'main.log'), 'utf8')).toMatch(/\[info\] started 0\.1\.0/);
  });
});
