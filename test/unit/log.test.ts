import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../electron/shell/log';
import { tmpDir } from '../helpers/tmp';

describe('the desktop log file (Help › Show Logs)', () => {
  it('writes to logs/main.log in the data folder and rotates by size, keeping three old files', () => {
    const dir = tmpDir();
    const log = createLogger(dir, { maxBytes: 200, keep: 3 });
    expect(log.file).toBe(path.join(dir, 'logs', 'main.log'));
    for (let n = 1; n <= 30; n++) log.info(`opened plan number ${String(n).padStart(2, '0')}`);
    log.error('could not write the export', new Error('disk full'));
    const files = fs.readdirSync(path.join(dir, 'logs')).sort();
    expect(files).toEqual(['main.1.log', 'main.2.log', 'main.3.log', 'main.log']);
    // A file rotates once it reaches the limit: an old one holds at most one line past it.
    for (const f of files.slice(0, 3)) expect(fs.statSync(path.join(dir, 'logs', f)).size).toBeLessThan(200 + 80);
    // Newest in main.log, older lines in main.1 … main.3, the oldest dropped.
    const current = fs.readFileSync(log.file, 'utf8');
    expect(current).toMatch(/\[error\] could not write the export: Error: disk full/);
    expect(fs.readFileSync(path.join(dir, 'logs', 'main.1.log'), 'utf8')).toMatch(/\[info\] opened plan number (2\d|30)/);
    const all = files.map((f) => fs.readFileSync(path.join(dir, 'logs', f), 'utf8')).join('');
    expect(all).not.toContain('plan number 01');
    expect(all).toContain('plan number 30');
  });

  it('never breaks the app when the log cannot be written', () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, 'logs'), 'a file where the folder should be');
    const log = createLogger(dir);
    expect(() => log.info('started')).not.toThrow();
    expect(() => log.error('failed', new Error('x'))).not.toThrow();
  });
});
