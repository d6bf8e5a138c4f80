import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { writePlanFile } from '../../electron/db/bulk';
import { generatePlan } from '../helpers/generate';
import { tmpDir } from '../helpers/tmp';
import { readPlan, useBrowser } from './browser';
import { openApp, pageErrors, screenshot, startWebApp } from './harness';

const browser = useBrowser();


async function withExample(run: (page: Page, file: string) => Promise<void>): Promise<void> {
  const file = path.join(tmpDir(), 'Exchange.cascade');
  const app = await startWebApp(['--file', file]);
  try {
    const page = await openApp(browser(), app.url);
    await run(page, file);
    expect(pageErrors(page)).toEqual([]);
  } finally {
    await app.stop();
  }
}

describe('export and import in the app, in Chromium', () => {
  it('exports a PDF from File › Export as a download whose text holds every title', async () => {
    await withExample(async (page) => {
      await page.keyboard.press('Control+e');
      const dialog = page.getByRole('dialog', { name: 'Export' });
      await dialog.waitFor();
      await dialog.getByRole('combobox', { name: 'Paper' }).selectOption('A3');
      await screenshot(page, '20-export-dialog');
      const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
      expect(download.suggestedFilename()).toBe('Exchange.pdf');
      const file = path.join(tmpDir(), 'out.pdf');
      await download.saveAs(file);
      const text = execFileSync('pdftotext', ['-raw', file, '-']).toString().replace(/\s+/g, ' ');
      for (const title of ['Grow Strategic Advisory Revenue', 'Deepen Client Relationships via Continuous Learning Programs']) expect(text).toContain(title);
      await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Exported' }).isVisible()).toBe(true);
    });
  });

  it('previews a broken CSV with its errors per row, and a cancelled import changes nothing', async () => {
    await withExample(async (page, file) => {
      const before = readPlan(file);
      const csv = path.join(tmpDir(), 'broken.csv');
      fs.writeFileSync(csv, 'type,id,parent_id,title\nobjective,a,,Win the mid-market\nobjective,b,zzz,Orphan\nobjective,a,,Duplicate\n');
      await page.keyboard.press('Control+i');
      const dialog = page.getByRole('dialog', { name: 'Import' });
      await dialog.getByLabel('File (Markdown outline, CSV, Excel, JSON or OPML)').setInputFiles(csv);
      const errors = dialog.getByRole('list', { name: 'Errors' });
      await expect.poll(() => errors.getByRole('listitem').count()).toBeGreaterThanOrEqual(2);
      await expect.poll(() => errors.textContent()).toMatch(/Row 3:.*zzz/);
      expect(await dialog.getByRole('button', { name: /^Import/ }).isDisabled()).toBe(true);
      await screenshot(page, '21-import-errors');
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'detached' });
      expect(readPlan(file)).toEqual(before);
    });
  });

  it('imports a pasted outline under the selected objective, asking the So What? question per row', async () => {
    await withExample(async (page, file) => {
      await page.getByRole('heading', { name: /Deepen Client Relationships/ }).click();
      const outline = [
        '- Launch a client academy for Tier-1 accounts',
        '  - KR: Enrol accounts in the academy (0 → 0 → 8 accounts)',
        '- Complete the annual GDPR training',
      ].join('\n');
      await page.evaluate((text) => {
        const data = new DataTransfer();
        data.setData('text/plain', text);
        window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data }));
      }, outline);
      const dialog = page.getByRole('dialog', { name: 'Import' });
      await dialog.waitFor();
      await expect.poll(() => dialog.getByRole('combobox', { name: 'So what? for “Complete the annual GDPR training”' }).inputValue()).toBe('compliance');
      await expect.poll(() => dialog.getByRole('combobox', { name: 'Put them' }).inputValue()).toBe('selected');
      await screenshot(page, '22-import-preview');
      await dialog.getByRole('button', { name: 'Import 2 objectives' }).click();
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => page.getByRole('article', { name: /Launch a client academy/ }).count()).toBe(1);
      const { objectives, keyResults } = readPlan(file);
      const bridge = objectives.find((o) => o.title.startsWith('Deepen'))!;
      const academy = objectives.find((o) => o.title.startsWith('Launch a client academy'))!;
      expect(academy).toMatchObject({ parentId: bridge.id, gate: 'strategic', level: 'contribution' });
      expect(objectives.find((o) => o.title.startsWith('Complete the annual GDPR'))).toMatchObject({ parentId: bridge.id, gate: 'compliance' });
      expect(keyResults.find((k) => k.objectiveId === academy.id)).toMatchObject({ target: 8, unit: 'accounts' });
      // One undo takes the whole import back out.
      await page.keyboard.press('Control+z');
      await expect.poll(() => readPlan(file).objectives.length).toBe(3);
    });
  });

  it('shows the progress of a long export and cancels it, leaving nothing behind', { timeout: 120_000 }, async () => {
    const file = path.join(tmpDir(), 'Long export.cascade');
    const plan = generatePlan({ n: 3000, shape: 'org', seed: 5 });
    writePlanFile(file, plan.objectives, plan.keyResults);
    const app = await startWebApp(['--file', file]);
    try {
      const page = await openApp(browser(), app.url);
      let downloads = 0;
      page.on('download', () => downloads++);
      await page.keyboard.press('Control+e');
      const dialog = page.getByRole('dialog', { name: 'Export' });
      await dialog.getByRole('combobox', { name: 'Layout' }).selectOption('atlas');
      await dialog.getByRole('button', { name: 'Export', exact: true }).click();
      const progress = dialog.getByRole('progressbar', { name: 'Export progress' });
      await progress.waitFor();
      await expect.poll(() => progress.getAttribute('aria-valuenow'), { timeout: 20_000 }).not.toBeNull();
      await screenshot(page, '23-export-progress');
      await dialog.getByRole('button', { name: 'Cancel export' }).click();
      await expect.poll(() => dialog.getByRole('alert').textContent(), { timeout: 20_000 }).toMatch(/cancelled; no file was written/);
      expect(downloads).toBe(0);
      expect(pageErrors(page)).toEqual([]);
    } finally {
      await app.stop();
    }
  });
});
