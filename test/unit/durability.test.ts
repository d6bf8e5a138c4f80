import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { closePlanDb, openPlanDb } from '../../electron/db/open';
import { PlanRepo } from '../../electron/db/repo';
import { PlanSession } from '../../electron/session';
import { createRng } from '../helpers/generate';
import { writeCompanyPlan } from '../helpers/company';
import { tmpDir } from '../helpers/tmp';

const content = (repo: PlanRepo) => JSON.stringify([repo.objectives(), repo.keyResults(), repo.dismissals()]);

describe('the .cascade file alone holds every acknowledged edit', () => {
  it('60 trials: random edits, then a copy of just the .cascade file, taken after the checkpoint window, holds exactly what the app acknowledged', async () => {
    const dir = tmpDir();
    const file = path.join(dir, 'Northwind.cascade');
    writeCompanyPlan(file);
    // The app checkpoints within 1 s of a write; a shorter window keeps 60 trials quick.
    const window = 100;
    const session = new PlanSession(path.join(dir, 'data'), undefined, window);
    session.open(file);
    const rng = createRng(60);
    let edits = 0;
    try {
      for (let trial = 0; trial < 60; trial++) {
        const repo = session.writableRepo;
        for (let n = rng.int(1, 12); n > 0; n--) {
          const krs = repo.keyResults();
          const objectives = repo.objectives();
          const pick = rng.int(0, 2);
          if (pick === 0) repo.updateKeyResult(krs[rng.int(0, krs.length - 1)]!.id, { current: rng.int(0, 10_000) / 10 });
          else if (pick === 1) repo.updateObjective(objectives[rng.int(0, objectives.length - 1)]!.id, { description: `Reviewed in trial ${trial}` });
          else repo.createObjective({ parentId: objectives[rng.int(0, objectives.length - 1)]!.id, title: `Added in trial ${trial}` });
          // What every write handler does once the edit is acknowledged.
          session.noteEdit();
          edits++;
        }
        // What someone does with Dropbox, e-mail or a USB stick, once the window has passed: copy
        // the one file, nothing beside it (the edits are in -wal until the checkpoint).
        await new Promise((r) => setTimeout(r, window * 2));
        const copy = path.join(dir, `copy-${trial}.cascade`);
        fs.copyFileSync(file, copy);
        const db = openPlanDb(copy, { readOnly: true });
        expect(content(new PlanRepo(db))).toBe(content(repo));
        closePlanDb(db);
        expect(fs.readdirSync(dir).filter((f) => f.startsWith(`copy-${trial}.`))).toEqual([`copy-${trial}.cascade`]);
        fs.rmSync(copy);
      }
    } finally {
      session.close();
    }
    expect(edits).toBeGreaterThan(60);
    // Closed, the plan is one file: no journal, WAL or shared-memory file beside it.
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('Northwind'))).toEqual(['Northwind.cascade']);
  }, 240_000);
});

describe('kill -9 while writing', () => {
  const writer = path.resolve('out/test/writer.mjs');
  beforeAll(() => {
    esbuild.buildSync({
      entryPoints: ['test/helpers/writer.ts'],
      outfile: writer,
      bundle: true,
      platform: 'node',
      format: 'esm',
      external: ['better-sqlite3'],
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
      logLevel: 'warning',
    });
  });

  it('20 SIGKILLs of a process writing and acknowledging edits lose none of them', async () => {
    const dir = tmpDir();
    const file = path.join(dir, 'Northwind.cascade');
    writeCompanyPlan(file);
    const rng = createRng(9);
    let acknowledged = 0;
    for (let trial = 0; trial < 20; trial++) {
      const acked = new Map<string, number>();
      const child = spawn(process.execPath, [writer, file], { stdio: ['ignore', 'pipe', 'pipe'] });
      let buffer = '';
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      child.stdout.on('data', (c: Buffer) => {
        buffer += c.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop()!;
        for (const line of lines) {
          const [, id, value] = line.split(' ');
          acked.set(id!, Number(value));
          acknowledged++;
        }
      });
      // Wait for the first acknowledgements, then kill at a random moment.
      await new Promise<void>((resolve) => {
        const check = setInterval(() => {
          if (acked.size > 0 || child.exitCode !== null) {
            clearInterval(check);
            resolve();
          }
        }, 5);
      });
      await new Promise((r) => setTimeout(r, rng.int(5, 120)));
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
      expect(stderr).toBe('');
      // The next open (as the app would) finds every acknowledged value, or a later one.
      const db = openPlanDb(file);
      const repo = new PlanRepo(db);
      for (const [id, value] of acked) expect(repo.getKeyResult(id).current).toBeGreaterThanOrEqual(value);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      closePlanDb(db);
    }
    console.log(`kill -9 trials: 20 kills during ${acknowledged} acknowledged edits, 0 lost`);
  }, 120_000);
});
