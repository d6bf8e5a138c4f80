// `npm start`: the desktop app when Electron's binary is there (or can be downloaded); otherwise one
// sentence saying so, and the same app in browser mode, opened in the default browser.
'use strict';
require('./preflight.cjs').check();
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');

/** Where Electron's binary is, or should be (electron's own rules: path.txt, ELECTRON_OVERRIDE_DIST_PATH). */
function electronBinary() {
  let dir;
  try {
    dir = path.dirname(require.resolve('electron/package.json', { paths: [root] }));
  } catch {
    return { file: null, override: false, dir: null };
  }
  const txt = path.join(dir, 'path.txt');
  const rel = fs.existsSync(txt) ? fs.readFileSync(txt, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) return { file: path.join(override, rel || 'electron'), override: true, dir };
  return { file: rel ? path.join(dir, 'dist', rel) : null, override: false, dir };
}

/** npm here may skip install scripts: fetch the binary the way electron's own installer does, quietly. */
function download(dir) {
  process.stdout.write('Downloading Electron…\n');
  const r = spawnSync(process.execPath, [path.join(dir, 'install.js')], { stdio: 'pipe', timeout: 300_000 });
  return r.status === 0;
}

function findElectron() {
  let found = electronBinary();
  if (found.file && fs.existsSync(found.file)) return found.file;
  if (found.override || !found.dir || !download(found.dir)) return null;
  found = electronBinary();
  return found.file && fs.existsSync(found.file) ? found.file : null;
}

function openInBrowser(url) {
  const [cmd, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
  child.on('error', () => process.stdout.write('Open the address above in your browser.\n'));
  child.unref();
}

function browserMode() {
  const server = spawn(process.execPath, [path.join(root, 'out', 'web', 'server.mjs'), ...process.argv.slice(2)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  let opened = false;
  server.stdout.on('data', (d) => {
    process.stdout.write(d);
    out += d.toString();
    const line = out.split('\n').find((l) => /^http:\/\/127\.0\.0\.1:\d+\//.test(l));
    if (line && !opened) {
      opened = true;
      openInBrowser(line.trim());
    }
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
  server.on('exit', (code) => process.exit(code ?? 0));
}

const electron = findElectron();
if (electron) {
  const app = spawn(electron, [root, ...process.argv.slice(2)], { stdio: 'inherit' });
  app.on('exit', (code) => process.exit(code ?? 0));
} else {
  process.stdout.write("Electron's binary is not installed and could not be downloaded, so Cascade Planner opens in your browser instead (browser mode, Ctrl+C to stop).\n");
  browserMode();
}
