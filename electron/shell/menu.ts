import fs from 'node:fs';
import { Menu, type MenuItemConstructorOptions, shell } from 'electron';
import { EVENTS, type MenuCommand } from '../../shared/channels';
import { APP_NAME, planName } from '../paths';
import { type ShellContext, send } from './context';
import { clearRecent, fileAction, newPlan, openPlan, saveAs } from './dialogs';

const isMac = process.platform === 'darwin';

const command = (ctx: ShellContext, label: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
  label,
  accelerator,
  // The renderer owns these keys (so they work identically in browser mode); the menu only shows them.
  registerAccelerator: false,
  click: () => send(ctx, EVENTS.menuCommand, cmd),
});

/** The whole menu bar, rebuilt whenever the open plan or the recent list changes. */
export function menuTemplate(ctx: ShellContext): MenuItemConstructorOptions[] {
  const recent = ctx.state.recent.filter((f) => fs.existsSync(f));
  const c = (label: string, cmd: MenuCommand, accelerator?: string) => command(ctx, label, cmd, accelerator);
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New Plan…', accelerator: 'CmdOrCtrl+N', click: () => void newPlan(ctx) },
        { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => void openPlan(ctx) },
        {
          label: 'Open Recent',
          submenu: [
            ...(recent.length
              ? recent.map((f) => ({ label: f, click: () => void fileAction(ctx, ctx.backend.host('openOrOffer', { file: f })) }))
              : [{ label: 'No recent plans', enabled: false }]),
            { type: 'separator' },
            { label: 'Clear Recent', enabled: recent.length > 0, click: () => void clearRecent(ctx) },
          ],
        },
        { type: 'separator' },
        { label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S', click: () => void saveAs(ctx) },
        c('Restore from Backup…', 'restore-backup'),
        { type: 'separator' },
        c('Import…', 'import', 'CmdOrCtrl+I'),
        c('Export…', 'export', 'CmdOrCtrl+E'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        c('Undo', 'undo', 'CmdOrCtrl+Z'),
        c('Redo', 'redo', 'CmdOrCtrl+Shift+Z'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        c('Add Child Objective', 'add-child', 'Tab'),
        c('Add Sibling Objective', 'add-sibling', 'Enter'),
        c('Add Key Result', 'add-kr', 'CmdOrCtrl+K'),
        c('Rename', 'rename', 'F2'),
        c('Delete', 'delete', 'Delete'),
      ],
    },
    {
      label: '&View',
      submenu: [
        c('Zoom In', 'zoom-in', 'CmdOrCtrl+='),
        c('Zoom Out', 'zoom-out', 'CmdOrCtrl+-'),
        c('Actual Size', 'zoom-reset', 'CmdOrCtrl+0'),
        c('Zoom to Fit', 'fit-view', 'Shift+1'),
        c('Titles Only', 'toggle-titles', 'T'),
        { type: 'separator' },
        c('Focus Branch', 'focus-branch', 'F'),
        c('Filter…', 'toggle-filters', '/'),
        { type: 'separator' },
        c('Inspector', 'show-inspector', 'I'),
        c('Coach', 'show-coach', 'C'),
        c('Health & Hygiene Shelf', 'show-shelf', 'H'),
        { type: 'separator' },
        c('Light / Dark / System Theme', 'toggle-theme'),
        { role: 'togglefullscreen' },
      ],
    },
    { label: '&Window', role: 'windowMenu' },
    {
      label: '&Help',
      role: 'help',
      submenu: [
        c('Keyboard Shortcuts', 'show-shortcuts', '?'),
        { label: 'Show Logs', click: () => void shell.showItemInFolder(ctx.log.file) },
        { type: 'separator' },
        c(`About ${APP_NAME}`, 'show-about'),
      ],
    },
  ];
}

export function refreshChrome(ctx: ShellContext): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(ctx)));
  ctx.mainWindow?.setTitle(ctx.state.file ? `${planName(ctx.state.file)} — ${APP_NAME}` : APP_NAME);
}
