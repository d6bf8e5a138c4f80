import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tmpDir } from '../helpers/tmp';

const OLD_NODE = '/usr/bin/node';
const oldNode = fs.existsSync(OLD_NODE) ? execFileSync(OLD_NODE, ['--version'], { encoding: 'utf8' }).trim() : null;
const { problem } = createRequire(import.meta.url)('../../scripts/preflight.cjs') as { problem(v: { node: string }): string | null };
const scripts = JSON.parse(fs.readFileSync('package.json', 'utf8')).scripts as Record<string, string>;

/** A PATH whose `node` is the given binary, the way a machine with only that Node would run npm scripts. */
function pathWithNode(node: string): string {
  const dir = tmpDir();
  fs.symlinkSync(node, path.join(dir, 'node'));
  return `${dir}${path.delimiter}${process.env.PATH}`;
}

describe('first run on an old Node', () => {
  it('names the Node it needs in one sentence for any version older than 22.12', () => {
    for (const v of ['20.20.2', '18.19.0', '22.11.0', '16.0.0']) {
      const message = problem({ node: v })!;
      expect(message).toBe(`Cascade Planner needs Node.js 22.12 or newer, but this is Node.js ${v}: install Node.js 22 (https://nodejs.org) and run the command again.`);
    }
    for (const v of ['22.12.0', '22.23.3', '24.1.0']) expect(problem({ node: v })).toBeNull();
  });

  it.skipIf(!oldNode || Number(oldNode.slice(1).split('.')[0]) >= 22)(`npm start, npm run web and cascade stop with that sentence on this machine's ${oldNode}, never a segfault`, () => {
    const env = { ...process.env, PATH: pathWithNode(OLD_NODE) };
    // The exact command lines of the npm scripts, run by a shell whose `node` is the old one.
    for (const name of ['start', 'web', 'cascade']) {
      const r = spawnSync('sh', ['-c', scripts[name]!], { env, encoding: 'utf8' });
      expect(r.status, name).toBe(1);
      expect(r.signal, name).toBeNull();
      expect(r.stderr.trim(), name).toBe(problem({ node: oldNode!.slice(1) }));
      expect(r.stdout, name).toBe('');
    }
    // The installed `cascade` bin, started directly by the old Node.
    const bin = spawnSync(OLD_NODE, ['bin/cascade.cjs', 'export', 'x.cascade', '--format', 'json', '--out', '/dev/null'], { encoding: 'utf8' });
    expect(bin.status).toBe(1);
    expect(bin.stderr.trim()).toBe(problem({ node: oldNode!.slice(1) }));
  });

  it('the cascade bin runs the command line on Node 22', () => {
    const dir = tmpDir();
    const r = spawnSync(process.execPath, ['bin/cascade.cjs', 'export', path.join(dir, 'missing.cascade'), '--format', 'json', '--out', path.join(dir, 'x.json')], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^cascade: /);
  });
});

describe('npm start without Electron’s binary', () => {
  let child: ChildProcess | null = null;
  afterEach(async () => {
    if (child && child.exitCode === null) {
      const done = new Promise((r) => child!.once('exit', r));
      child.kill('SIGTERM');
      await done;
    }
  });

  it('says so in one sentence and opens the same app in the default browser', async () => {
    const dir = tmpDir();
    // The default browser is whatever xdg-open/open runs; here a script that writes down the address.
    const bin = path.join(dir, 'bin');
    fs.mkdirSync(bin);
    const opened = path.join(dir, 'opened.txt');
    for (const name of ['xdg-open', 'open']) {
      fs.writeFileSync(path.join(bin, name), `#!/bin/sh\necho "$1" > "${opened}"\n`, { mode: 0o755 });
    }
    const plan = path.join(dir, 'Fabrikam 2026.cascade');
    child = spawn(process.execPath, ['scripts/start.cjs', '--file', plan], {
      env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}`, ELECTRON_OVERRIDE_DIST_PATH: path.join(dir, 'no-electron'), XDG_CONFIG_HOME: dir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    await expect.poll(() => fs.existsSync(opened) && fs.readFileSync(opened, 'utf8').trim(), { timeout: 20_000 }).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
    const url = fs.readFileSync(opened, 'utf8').trim();
    expect(out.split('\n')[0]).toBe("Electron's binary is not installed and could not be downloaded, so Cascade Planner opens in your browser instead (browser mode, Ctrl+C to stop).");
    const page = await fetch(url);
    expect(await page.text()).toContain('<div id="root">');
    const token = new URL(url).searchParams.get('token')!;
    const plan2 = await fetch(new URL('/api/getPlan', url), { method: 'POST', headers: { 'x-cascade-token': token, origin: new URL(url).origin, 'content-type': 'application/json' }, body: '' });
    expect(JSON.stringify(await plan2.json())).toContain('Grow Strategic Advisory Revenue');
  });
});
