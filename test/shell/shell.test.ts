import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { useBrowser } from '../e2e/browser';
import { axeSerious } from '../e2e/axe';
import { canvasZoom, screenshot } from '../e2e/harness';
import { readQr } from '../e2e/qr';
import { rootPage, smashPage } from '../helpers/damage';
import { tmpDir } from '../helpers/tmp';
import { StandIn } from './electron';
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
    expect(s.deliveryErrors).toEqual([]);
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

describe('the stand-in electron itself', () => {
  it('fails on any Electron API, menu role or dialog it does not implement, and says which', async () => {
    const s = new StandIn(browser(), tmpDir(), '');
    const electron = s.module() as any;
    expect(() => electron.clipboard).toThrow('stand-in electron: electron.clipboard is not implemented');
    expect(() => electron.app.setBadgeCount(3)).toThrow(/app\.setBadgeCount is not implemented/);
    expect(() => electron.app.getPath('temp')).toThrow(/app\.getPath\('temp'\) is not implemented/);
    expect(() => electron.dialog.showErrorBox('x', 'y')).toThrow(/dialog\.showErrorBox/);
    expect(() => electron.shell.openExternal('https://example.com')).toThrow(/shell\.openExternal/);
    await expect(electron.dialog.showOpenDialog({ title: 'Open plan' })).rejects.toThrow(/an unscripted open dialog \(“Open plan”\)/);
    expect(() => electron.Menu.buildFromTemplate([{ label: 'Edit', submenu: [{ role: 'selectEverything' }] }])).toThrow(/unknown role “selectEverything”/);
    expect(s.unimplemented).toEqual(['electron.clipboard', 'app.setBadgeCount', "app.getPath('temp')", 'dialog.showErrorBox', 'shell.openExternal', 'an unscripted open dialog (“Open plan”)']);
  });
});

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

  it('opens the plan named on the command line, and refuses a second instance', async () => {
    const dir = tmpDir();
    const file = teamPlan(dir, 'Northwind 2026', 'Become the default tool for regional carriers');
    const s = await launch({ dataDir: path.join(dir, 'data'), args: ['--enable-logging', file] });
    await s.windows[0]!.loaded();
    await waitForTitle(s, 'Become the default tool for regional carriers');
    expect(s.windows[0]!.title).toBe('Northwind 2026 — Cascade Planner');

    const second = await launch({ dataDir: path.join(dir, 'data'), singleInstance: false, args: [file] });
    expect(second.quitted).toBe(true);
    expect(second.windows).toEqual([]);
  });

  it('opens a file handed over by a second instance, by macOS open-file, and dropped on the window', async () => {
    const dir = tmpDir();
    const a = teamPlan(dir, 'Alpha', 'Win the mid-market in the Nordics');
    const b = teamPlan(dir, 'Beta', 'Halve the cost of serving small accounts');
    const c = teamPlan(dir, 'Gamma', 'Be the most trusted payroll brand in Iberia');
    const s = await launch({ dataDir: path.join(dir, 'data') });
    await s.windows[0]!.loaded();
    await waitForTitle(s, 'Grow Strategic Advisory Revenue');

    // `cascade-planner Alpha.cascade` run again, from the folder that holds it: a relative path.
    s.windows[0]!.minimize();
    s.appEvents.emit('second-instance', {}, ['/opt/Cascade Planner/cascade-planner', 'Alpha.cascade'], dir);
    await waitForTitle(s, 'Win the mid-market in the Nordics');
    expect(s.windows[0]!.title).toBe('Alpha — Cascade Planner');
    expect(s.windows[0]!.isMinimized()).toBe(false);

    const openFile = { defaultPrevented: false, preventDefault: () => (openFile.defaultPrevented = true) };
    s.appEvents.emit('open-file', openFile, b);
    expect(openFile.defaultPrevented).toBe(true);
    await waitForTitle(s, 'Halve the cost of serving small accounts');

    // Dropping a file makes Chromium navigate to it; Electron asks main first (will-navigate).
    const drop = { defaultPrevented: false, preventDefault: () => (drop.defaultPrevented = true) };
    s.windows[0]!.webContents.emit('will-navigate', drop, pathToFileURL(c).toString());
    expect(drop.defaultPrevented).toBe(true);
    await waitForTitle(s, 'Be the most trusted payroll brand in Iberia');
    expect(s.recentDocuments.slice(-3)).toEqual([a, b, c]);
    expect(await cardTitles(s)).not.toContain('Win the mid-market in the Nordics');
  });

  it('a damaged plan at startup or from File › Open offers restore / recover / read-only, and File › Restore from Backup… restores', async () => {
    const dir = tmpDir();
    const file = teamPlan(dir, 'Fabrikam', 'Win back the regional grocers');
    const data = path.join(dir, 'data');
    // Opened once, so the app has a backup of it; then an index page is smashed on disk.
    const first = await launch({ dataDir: data, args: [file] });
    await first.windows[0]!.loaded();
    await waitForTitle(first, 'Win back the regional grocers');
    running.splice(running.indexOf(first), 1);
    await first.dispose();
    expect(first.unimplemented).toEqual([]);
    smashPage(file, rootPage(file, 'key_results_by_objective'));
    const damagedBytes = fs.readFileSync(file);

    // Started on it: no error box and no silent fallback to another plan, but the choices.
    const s = await launch({ dataDir: data, args: [file] });
    const page = await s.windows[0]!.loaded();
    const problem = page.getByRole('dialog', { name: /cannot be opened for editing/ });
    await problem.waitFor();
    for (const name of [/Restore the newest backup/, /Recover what can be read into a new plan/, /Open it read-only/]) {
      // Waited for, not polled: under load the backup list can take more than expect.poll's second.
      await problem.getByRole('button', { name }).waitFor();
    }
    expect(s.messages).toEqual([]);
    expect(fs.readFileSync(file).equals(damagedBytes)).toBe(true);
    await problem.getByRole('button', { name: /Restore the newest backup/ }).click();
    await waitForTitle(s, 'Win back the regional grocers');

    // The menu item opens the same backups list the browser mode's top bar does.
    await s.clickMenu('File', 'Restore from Backup…');
    const backups = page.getByRole('dialog', { name: 'Restore from Backup' });
    await backups.waitFor();
    await expect.poll(() => backups.getByRole('button', { name: /^Restore the backup of/ }).count()).toBeGreaterThanOrEqual(1);
    await page.keyboard.press('Escape');

    // File › Open on a damaged plan: the same choices, not an error box.
    const other = teamPlan(dir, 'Tailspin', 'Make every delivery window an hour long');
    smashPage(other, rootPage(other, 'key_results_by_objective'));
    s.script('open', { canceled: false, filePaths: [other] });
    await s.clickMenu('File', 'Open…');
    await page.getByRole('dialog', { name: /“Tailspin\.cascade” cannot be opened for editing/ }).waitFor();
    expect(s.messages).toEqual([]);
    // Three launches, two of them on a damaged plan: 17 s when quiet, over 30 s at load 15 on 2 cores.
  }, 120_000);

  it('New, Open, Open Recent, Clear Recent and Save As through scripted native dialogs', async () => {
    const dir = tmpDir();
    const team = teamPlan(dir, 'Contoso', 'Make every clinic paperless by 2027');
    const s = await launch({ dataDir: path.join(dir, 'data') });
    const page = await s.windows[0]!.loaded();

    s.script('save', { canceled: false, filePath: path.join(dir, 'Blank.cascade') });
    await s.clickMenu('File', 'New Plan…');
    await page.getByRole('button', { name: 'Add the North Star' }).waitFor();
    expect(s.windows[0]!.title).toBe('Blank — Cascade Planner');

    s.script('open', { canceled: false, filePaths: [team] });
    await s.clickMenu('File', 'Open…');
    await waitForTitle(s, 'Make every clinic paperless by 2027');

    s.script('open', { canceled: true, filePaths: [] });
    await s.clickMenu('File', 'Open…');
    expect(s.windows[0]!.title).toBe('Contoso — Cascade Planner');

    const recent = s.menuItem('File', 'Open Recent').submenu!.map((i) => i.label);
    expect(recent.slice(0, 3)).toEqual([team, path.join(dir, 'Blank.cascade'), path.join(dir, 'data', 'Plans', 'My Plan.cascade')]);
    await s.clickMenu('File', 'Open Recent', path.join(dir, 'Blank.cascade'));
    await page.getByRole('button', { name: 'Add the North Star' }).waitFor();

    await s.clickMenu('File', 'Open Recent', 'Clear Recent');
    // The list lives with the backend: the menu is rebuilt once it answers.
    await expect.poll(() => s.menuItem('File', 'Open Recent').submenu!.map((i) => i.label)).toEqual(['No recent plans', undefined, 'Clear Recent']);
    expect(s.menuItem('File', 'Open Recent', 'Clear Recent').enabled).toBe(false);
    expect(s.recentDocuments).toEqual([]);

    await s.clickMenu('File', 'Open Recent', 'No recent plans').catch((e: Error) => expect(e.message).toMatch(/disabled/));

    s.script('open', { canceled: false, filePaths: [team] });
    await s.clickMenu('File', 'Open…');
    await waitForTitle(s, 'Make every clinic paperless by 2027');
    const copy = path.join(dir, 'copies', 'Contoso v2.cascade');
    fs.mkdirSync(path.dirname(copy));
    s.script('save', { canceled: false, filePath: copy });
    await s.clickMenu('File', 'Save As…');
    await expect.poll(() => s.windows[0]!.title).toBe('Contoso v2 — Cascade Planner');
    expect(fs.statSync(copy).size).toBeGreaterThan(0);
    expect(s.dialogsAsked.at(-1)).toEqual({ kind: 'save', title: 'Save a copy as', defaultPath: team });

    // A file that is not a plan: one clear message, and the open plan stays open.
    const notAPlan = path.join(dir, 'notes.cascade');
    fs.writeFileSync(notAPlan, 'Q3 notes: call Dana about the partner portal');
    s.script('open', { canceled: false, filePaths: [notAPlan] });
    await s.clickMenu('File', 'Open…');
    await expect.poll(() => s.messages.length).toBe(1);
    expect(s.messages[0]!.type).toBe('error');
    expect(s.messages[0]!.message).not.toMatch(/Something went wrong/);
    expect(s.windows[0]!.title).toBe('Contoso v2 — Cascade Planner');
  }, 120_000);

  it('sends every renderer menu item to the page, which acts on it', async () => {
    const dir = tmpDir();
    const s = await launch({ dataDir: dir });
    const page = await s.windows[0]!.loaded();
    await waitForTitle(s, 'Grow Strategic Advisory Revenue');
    await page.locator('.card').first().click();
    const dialogClosed = async () => {
      await page.keyboard.press('Escape');
      await page.locator('dialog[open]').waitFor({ state: 'detached' });
    };

    await s.clickMenu('View', 'Inspector');
    await page.getByRole('complementary').getByRole('textbox', { name: /owner/i }).waitFor();
    await s.clickMenu('View', 'Coach');
    await page.getByRole('tab', { name: /coach/i, selected: true }).waitFor();
    await s.clickMenu('View', 'Health & Hygiene Shelf');
    await page.getByRole('tab', { name: /shelf/i, selected: true }).waitFor();
    await s.clickMenu('View', 'Filter…');
    await page.getByRole('search').waitFor();
    await s.clickMenu('View', 'Filter…');
    await page.getByRole('search').waitFor({ state: 'detached' });

    const zoom = () => canvasZoom(page);
    await s.clickMenu('View', 'Actual Size');
    await expect.poll(zoom).toBe(1);
    await s.clickMenu('View', 'Zoom In');
    await expect.poll(zoom).toBeGreaterThan(1);
    await s.clickMenu('View', 'Zoom Out');
    await s.clickMenu('View', 'Zoom Out');
    await expect.poll(zoom).toBeLessThan(1);
    await s.clickMenu('View', 'Actual Size');
    await expect.poll(zoom).toBe(1);
    await s.clickMenu('View', 'Zoom to Fit');
    await expect.poll(zoom).not.toBe(1);
    const titlesOnly = page.getByRole('button', { name: 'Titles only' });
    await s.clickMenu('View', 'Titles Only');
    await expect.poll(() => titlesOnly.getAttribute('aria-pressed')).toBe('true');
    await s.clickMenu('View', 'Titles Only');
    await expect.poll(() => titlesOnly.getAttribute('aria-pressed')).toBe('false');

    await s.clickMenu('View', 'Light / Dark / System Theme');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await s.clickMenu('View', 'Light / Dark / System Theme');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await s.clickMenu('View', 'Light / Dark / System Theme');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();

    await s.clickMenu('Help', 'Keyboard Shortcuts');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await dialogClosed();
    await s.clickMenu('Help', 'About Cascade Planner');
    await page.getByRole('dialog', { name: 'Cascade Planner' }).getByText('Version 0.1.0').waitFor();
    await screenshot(page, 'shell-about');
    await dialogClosed();
    await s.clickMenu('Help', 'Show Logs');
    expect(s.shownInFolder).toEqual([path.join(dir, 'logs', 'main.log')]);

    await s.clickMenu('File', 'Export…');
    await page.getByRole('dialog', { name: /export/i }).waitFor();
    await dialogClosed();
    await s.clickMenu('File', 'Import…');
    await page.getByRole('dialog', { name: /import/i }).waitFor();
    await dialogClosed();

    const before = (await cardTitles(s)).length;
    await page.locator('.card').first().click();
    // Go on only once the card is selected and, after the menu item, its new child's title box is
    // open: on a loaded machine a keystroke could otherwise land before either.
    await page.locator('.card.selected').waitFor();
    await s.clickMenu('Edit', 'Add Child Objective');
    await page.getByRole('textbox', { name: /title/i }).waitFor();
    await page.keyboard.type('Open a second office in Lyon');
    await page.keyboard.press('Enter');
    // The "So What?" questions follow a new objective; Escape skips them.
    await page.locator('dialog[open]').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: 'Open a second office in Lyon' }).waitFor();
    await expect.poll(async () => (await cardTitles(s)).length).toBe(before + 1);
    await s.clickMenu('Edit', 'Undo');
    await page.getByRole('alert').getByText(/^Undid/).waitFor();
    await s.clickMenu('Edit', 'Redo');
    await page.getByRole('alert').getByText(/^Redid/).waitFor();
    // A sibling beside it, named, then deleted again.
    await s.clickMenu('Edit', 'Add Sibling Objective');
    await page.getByRole('textbox', { name: /title/i }).waitFor();
    await page.keyboard.type('Open a third office in Porto');
    await page.keyboard.press('Enter');
    await page.locator('dialog[open]').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: 'Open a third office in Porto' }).waitFor();
    await expect.poll(async () => (await cardTitles(s)).length).toBe(before + 2);
    await page.locator('.card.selected', { hasText: 'Open a third office in Porto' }).waitFor();
    await s.clickMenu('Edit', 'Delete');
    await page.getByRole('alert').getByText(/^Deleted “Open a third office in Porto”/).waitFor();
    await page.getByRole('heading', { name: 'Open a second office in Lyon' }).click();
    await page.locator('.card.selected', { hasText: 'Open a second office in Lyon' }).waitFor();
    // Focus Branch makes the objective the temporary root, with a breadcrumb; Escape steps out.
    await s.clickMenu('View', 'Focus Branch');
    const crumbs = page.getByRole('navigation', { name: 'Focused branch' });
    await crumbs.waitFor();
    await page.keyboard.press('Escape');
    await crumbs.waitFor({ state: 'detached' });
    await page.locator('.card.selected', { hasText: 'Open a second office in Lyon' }).waitFor();
    await s.clickMenu('Edit', 'Rename');
    await page.getByRole('textbox', { name: /title/i }).waitFor();
    await page.keyboard.press('Escape');
    await s.clickMenu('Edit', 'Add Key Result');
    await page.keyboard.press('Escape');
    await s.clickMenu('Edit', 'Delete');
    await page.getByRole('alert').getByText(/^Deleted “Open a second office in Lyon”/).waitFor();
    await expect.poll(async () => (await cardTitles(s)).length).toBe(before);

    // Every item of Edit, View and Help has now been clicked (File's are in the dialogs tests).
    const items = (top: string) =>
      s.menuItem(top).submenu!.filter((i) => i.type !== 'separator').map((i) => `${top} › ${i.label ?? i.role}`);
    const notClicked = ['Edit', 'View', 'Help'].flatMap(items).filter((i) => !s.clicked.includes(i));
    // cut/copy/paste/selectAll: the next test; togglefullscreen: just below.
    expect(notClicked).toEqual(['Edit › cut', 'Edit › copy', 'Edit › paste', 'Edit › selectAll', 'View › togglefullscreen']);

    // Roles are Electron's own; the template uses only real ones (the stand-in checks every role).
    expect(s.menuItem('Edit', 'selectAll').role).toBe('selectAll');
    expect(s.menuItem('Window').role).toBe('windowMenu');
    await s.clickMenu('View', 'togglefullscreen');
    expect(s.windows[0]!.isFullScreen()).toBe(true);
    await s.clickMenu('File', 'quit');
    // The quit waits for the backend to close the plan, then ends the app.
    await s.quitFinished;
    expect(s.windows).toEqual([]);
    expect(fs.readFileSync(path.join(dir, 'logs', 'main.log'), 'utf8')).toMatch(/\[info\] quit\n$/);
  }, 120_000);

  it('Edit › Select All, Cut, Copy and Paste act on the focused text box', async () => {
    const dir = tmpDir();
    const s = await launch({ dataDir: dir });
    const page = await s.windows[0]!.loaded();
    await page.locator('.card').first().click();
    await s.clickMenu('View', 'Inspector');
    const owner = page.getByRole('complementary').getByRole('textbox', { name: /owner/i });
    await owner.fill('Leadership team');
    await owner.focus();
    await s.clickMenu('Edit', 'selectAll');
    const selected = () => page.evaluate(() => {
      const input = document.activeElement as HTMLInputElement;
      return input.value.slice(input.selectionStart!, input.selectionEnd!);
    });
    expect(await selected()).toBe('Leadership team');
    await s.clickMenu('Edit', 'cut');
    expect(await owner.inputValue()).toBe('');
    await s.clickMenu('Edit', 'paste');
    expect(await owner.inputValue()).toBe('Leadership team');
    await s.clickMenu('Edit', 'selectAll');
    await s.clickMenu('Edit', 'copy');
    await page.keyboard.press('End');
    await s.clickMenu('Edit', 'paste');
    expect(await owner.inputValue()).toBe('Leadership teamLeadership team');
  });

  it('saves an export through the save dialog, and opens only the kinds of file it writes', async () => {
    const dir = tmpDir();
    const s = await launch({ dataDir: path.join(dir, 'data') });
    const page = await s.windows[0]!.loaded();
    const exportAs = async (target: string) => {
      s.script('save', { canceled: false, filePath: target });
      await s.clickMenu('File', 'Export…');
      const dialog = page.getByRole('dialog', { name: /export/i });
      await dialog.getByLabel(/format/i).selectOption('csv');
      await dialog.getByLabel(/open after export/i).check();
      await dialog.getByRole('button', { name: /^export$/i }).click();
      // The export runs in a thread the backend starts (a second or more on a loaded machine).
      await expect.poll(() => fs.existsSync(target), { timeout: 30_000 }).toBe(true);
      await dialog.waitFor({ state: 'detached' });
    };
    const csv = path.join(dir, 'Strategy board.csv');
    await exportAs(csv);
    expect(fs.readFileSync(csv, 'utf8')).toContain('Grow Strategic Advisory Revenue');
    expect(s.dialogsAsked.at(-1)).toMatchObject({ kind: 'save', title: 'Save export', defaultPath: path.join(dir, 'data', 'Documents', 'My Plan.csv') });
    expect(s.opened).toEqual([csv]);

    // Saved under a name the app never writes: saved, but never handed to the OS to run.
    const script = path.join(dir, 'plan.command');
    await exportAs(script);
    expect(s.opened).toEqual([csv]);
  });

  it('refuses navigation, new windows, permissions and calls from senders it did not create', async () => {
    const dir = tmpDir();
    const s = await launch({ dataDir: dir });
    const page = await s.windows[0]!.loaded();
    const opened: Array<{ url: string; action: string }> = [];
    s.emitted.on('window-open', (e) => opened.push(e));

    await page.evaluate(() => (location.href = 'https://phish.example.com/login'));
    await page.waitForTimeout(300);
    expect(page.url()).toMatch(/^http:\/\/cascade\.localhost\/index\.html/);
    await page.getByText('Grow Strategic Advisory Revenue').first().waitFor();

    await page.evaluate(() => void window.open('https://tracker.example.com/', '_blank'));
    await expect.poll(() => opened).toEqual([{ url: 'https://tracker.example.com/', action: 'deny' }]);
    await expect.poll(() => s.context.pages().length).toBe(1);

    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const answer = await new Promise<boolean>((resolve) => s.permissionHandler!(s.windows[0]!.webContents, permission, resolve));
      expect(answer, permission).toBe(false);
    }

    // The same preload and page in a window main did not create: the backend answers nothing.
    const foreign = s.foreignWindow();
    const fpage = await foreign.pageAt('app://cascade/index.html');
    const result = await fpage.evaluate(() => window.cascade!.getPlan(undefined));
    expect(result).toEqual({ ok: false, error: { code: 'invalid-payload', message: 'Refused: unknown sender.' } });
    expect(fs.readFileSync(path.join(dir, 'logs', 'main.log'), 'utf8')).toMatch(/refused getPlan from an unknown sender/);
  });

  it('remembers the window bounds and the maximised state', async () => {
    const dir = tmpDir();
    const s = await launch({ dataDir: dir });
    await s.windows[0]!.loaded();
    expect(s.windows[0]!.options).toMatchObject({ width: 1440, height: 900 });
    expect(s.windows[0]!.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, spellcheck: false });
    // V8 keeps the compiled bundle between launches (Electron caches code only for schemes that ask).
    expect(s.privilegedSchemes).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, codeCache: true }) })]);
    s.windows[0]!.setBounds({ x: 120, y: 64, width: 1180, height: 760 });
    s.windows[0]!.maximize();
    await s.dispose();

    const again = await launch({ dataDir: dir });
    await again.windows[0]!.loaded();
    expect(again.windows[0]!.options).toMatchObject({ x: 120, y: 64, width: 1180, height: 760 });
    expect(again.windows[0]!.isMaximized()).toBe(true);

    // A monitor unplugged since: the window comes back at its default size, on screen.
    fs.writeFileSync(path.join(dir, 'window-state.json'), JSON.stringify({ x: 3000, y: 200, width: 1000, height: 700, maximized: false }));
    await again.dispose();
    fs.writeFileSync(path.join(dir, 'window-state.json'), JSON.stringify({ x: 3000, y: 200, width: 1000, height: 700, maximized: false }));
    const third = await launch({ dataDir: dir });
    expect(third.windows[0]!.options).toMatchObject({ width: 1440, height: 900 });
    expect(third.windows[0]!.options.x).toBeUndefined();
  });

  it('follows a dark OS theme from the first frame', async () => {
    const dir = tmpDir();
    const s = await launch({ dataDir: dir, darkOs: true });
    const page = await s.windows[0]!.loaded();
    expect(s.windows[0]!.options.backgroundColor).not.toBe('#f6f7fb');
    await page.locator('.card-title').first().waitFor();
    // The page follows the OS: a dark background and light text, from the first frame.
    const { bg, ink } = await page.evaluate(() => ({
      bg: getComputedStyle(document.documentElement).backgroundColor,
      ink: getComputedStyle(document.querySelector('.card-title')!).color,
    }));
    const sum = (c: string) => c.match(/\d+/g)!.slice(0, 3).map(Number).reduce((x, y) => x + y, 0);
    expect(sum(bg)).toBeLessThan(150);
    expect(sum(ink)).toBeGreaterThan(600);
    await screenshot(page, 'shell-dark');
    // The OS switches to light while the app runs: the page follows without a restart.
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor).then(sum)).toBeGreaterThan(600);
  });

  it('opens the workshop audience view full screen on the second display, the presenter staying on the laptop', async () => {
    const dir = tmpDir();
    const file = teamPlan(dir, 'Workshop', 'Become the partner customers recommend');
    const s = await launch({ dataDir: dir, args: [file] });
    s.displays.push({ id: 2, bounds: { x: 1920, y: 0, width: 1280, height: 720 }, workArea: { x: 1920, y: 0, width: 1280, height: 720 } });
    const page = await s.windows[0]!.loaded();
    await waitForTitle(s, 'Become the partner customers recommend');
    await page.keyboard.press('w');
    await page.getByRole('dialog', { name: 'Start a workshop' }).getByRole('button', { name: 'Start session' }).press('Enter');
    await page.getByRole('region', { name: 'Timer' }).waitFor();
    await page.getByRole('button', { name: 'Present', exact: true }).press('Enter');
    await expect.poll(() => s.windows.length).toBe(2);
    const audience = s.windows[1]!;
    expect(audience.bounds).toMatchObject({ x: 1920, y: 0, width: 1280, height: 720 });
    expect(audience.fullScreen).toBe(true);
    expect(s.windows[0]!.bounds.x).toBeLessThan(1920);
    const view = await audience.loaded();
    await expect.poll(() => view.locator('.aud-card.big .aud-title').innerText()).toMatch(/Become the partner customers recommend/);
  });

  it('lets participants join only when “Let participants join” is turned on, on the address picked; off ends every token', async () => {
    const dir = tmpDir();
    const file = teamPlan(dir, 'Room', 'Become the partner customers recommend');
    const s = await launch({ dataDir: dir, args: [file] });
    const page = await s.windows[0]!.loaded();
    await waitForTitle(s, 'Become the partner customers recommend');
    await page.keyboard.press('w');
    await page.getByRole('dialog', { name: 'Start a workshop' }).getByRole('button', { name: 'Start session' }).press('Enter');
    const people = page.getByRole('region', { name: 'Participants' });
    const joinSwitch = people.getByRole('switch', { name: 'Let participants join' });
    // Never on by default: no address, no code, no QR code, nothing listening.
    expect(await joinSwitch.isChecked()).toBe(false);
    expect(await people.getByRole('img').count()).toBe(0);
    expect(await people.innerText()).not.toMatch(/code/);
    // The addresses offered: this computer's own networks (IPv4), then loopback.
    const lan = Object.entries(os.networkInterfaces()).flatMap(([name, list]) => (list ?? []).filter((a) => a.family === 'IPv4' && !a.internal).map((a) => `${a.address} (${name})`));
    const where = people.getByRole('combobox', { name: 'Address participants join on' });
    expect(await where.locator('option').allInnerTexts()).toEqual([...lan, '127.0.0.1 (this computer only)']);
    await screenshot(page, 'shell-room-off');
    expect(await axeSerious(page)).toEqual([]);

    await where.selectOption('127.0.0.1');
    await joinSwitch.click();
    const qr = people.getByRole('img', { name: /^QR code for http:\/\/127\.0\.0\.1:\d+\/join\?code=\w{6}$/ });
    await qr.waitFor();
    expect(await joinSwitch.isChecked()).toBe(true);
    const link = (await qr.getAttribute('aria-label'))!.replace('QR code for ', '');
    const code = new URL(link).searchParams.get('code')!;
    expect(await readQr(qr)).toBe(link);
    expect(await people.innerText()).toContain(code);
    expect(fs.readFileSync(path.join(dir, 'logs', 'main.log'), 'utf8')).toContain(`participants can join at ${link.split('?')[0]}`);
    await screenshot(page, 'shell-room-on');
    expect(await axeSerious(page)).toEqual([]);

    // A phone follows the link, joins and adds an idea; the facilitator sees both.
    const phoneContext = await browser().newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    try {
      const phone = await phoneContext.newPage();
      await phone.goto(link);
      await phone.getByLabel('Your name (optional)').fill('Ana');
      await phone.getByRole('button', { name: 'Join' }).click();
      await phone.getByRole('textbox', { name: 'Your idea' }).fill('A partner scorecard every quarter');
      await phone.getByRole('button', { name: 'Add' }).click();
      await phone.getByRole('status').filter({ hasText: 'Added to the parking lot.' }).waitFor();
      await expect.poll(() => people.innerText()).toMatch(/1 joined: Ana/);
      await page.getByRole('region', { name: 'Parking lot', exact: true }).locator('[data-sticky]').filter({ hasText: 'A partner scorecard every quarter' }).waitFor();
      const [cookie] = await phoneContext.cookies();
      expect(cookie!.name).toBe(`cascade-room-${new URL(link).port}`);

      // Off: the room is gone, and the phone's next action is refused.
      await joinSwitch.click();
      await expect.poll(() => joinSwitch.isChecked()).toBe(false);
      expect(await qr.count()).toBe(0);
      await expect(fetch(link)).rejects.toThrow();
      await phone.getByRole('textbox', { name: 'Your idea' }).fill('Still here?');
      await phone.getByRole('button', { name: 'Add' }).click();
      await phone.getByText('The facilitator’s computer did not answer.', { exact: false }).waitFor();

      // On again: a new address and code; the old token means nothing there.
      await joinSwitch.click();
      const again = people.getByRole('img', { name: /^QR code for / });
      await again.waitFor();
      const link2 = (await again.getAttribute('aria-label'))!.replace('QR code for ', '');
      expect(link2).not.toBe(link);
      const origin2 = new URL(link2).origin;
      const stale = await fetch(`${origin2}/join/api/state`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: origin2, cookie: `cascade-room-${new URL(link2).port}=${cookie!.value}` },
        body: '{}',
      });
      expect(stale.status).toBe(401);
      await expect.poll(() => people.innerText()).toMatch(/0 joined/);

      // Ending the session closes the room with it: the switch goes with the workshop's strip.
      const state = await page.evaluate(() => window.cascade!.workshopGet(undefined));
      await page.evaluate((id) => window.cascade!.workshopEnd({ sessionId: id }), state.ok ? state.value.session!.id : '');
      await expect.poll(() => fs.readFileSync(path.join(dir, 'logs', 'main.log'), 'utf8').match(/participants can no longer join/g)?.length).toBe(2);
      await expect(fetch(link2)).rejects.toThrow();
      expect(await page.evaluate(() => window.cascade!.roomGet(undefined))).toEqual({ ok: true, value: null });
    } finally {
      await phoneContext.close();
    }
    // The switch takes only this computer's addresses, and main checks every payload.
    const refused = await page.evaluate(() => Promise.all([window.cascade!.roomOpen({ open: true, host: '203.0.113.9' }), window.cascade!.roomOpen({ open: true, host: 'example.com' } as never), window.cascade!.roomRemove({ id: 'room' } as never)]));
    expect(refused.map((r) => r.ok)).toEqual([false, false, false]);
    expect(refused[0]).toMatchObject({ error: { code: 'rule', message: '203.0.113.9 is not an address of this computer any more: pick one from the list.' } });
    expect(refused[1]).toMatchObject({ error: { code: 'invalid-payload' } });
  }, 120_000);
});
