import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEEP_LATEST, backupDir, listBackups, rotate, takeBackup } from '../../electron/db/backups';
import { closePlanDb, openPlanDb } from '../../electron/db/open';
import { PlanRepo } from '../../electron/db/repo';
import { main as cli } from '../../electron/cli';
import { createHandlers, dispatch } from '../../electron/api';
import { PlanSession } from '../../electron/session';
import { writeCompanyPlan } from '../helpers/company';
import { tmpDir } from '../helpers/tmp';

describe('automatic backups', () => {
  it('takes a verified backup on open and before an import, and restores one: a round trip back to that moment', async () => {
    const data = tmpDir();
    const file = path.join(tmpDir(), 'Northwind.cascade');
    writeCompanyPlan(file);
    const session = new PlanSession(data);
    session.open(file);
    const handlers = createHandlers(session);
    const atOpen = JSON.stringify(session.snapshot().keyResults);
    const { backups } = session.backups();
    expect(backups.map((b) => b.reason)).toEqual(['open']);
    expect(path.dirname(backups[0]!.file)).toBe(backupDir(data, file));

    // Edits after the backup, then an import (which backs up first).
    const kr = session.snapshot().keyResults[0]!;
    await dispatch(handlers, 'updateKeyResult', { id: kr.id, patch: { current: 12_345 } });
    const star = session.snapshot().objectives.find((o) => o.parentId === null)!;
    const imported = { ...star, id: 'imported-1', parentId: null, title: 'Imported objective', sortOrder: 0 };
    expect(await dispatch(handlers, 'importPlan', { parentId: null, objectives: [imported], keyResults: [] })).toMatchObject({ ok: true });
    const list = await dispatch(handlers, 'listBackups', undefined);
    expect(list).toMatchObject({ ok: true, value: { backups: [{ reason: 'import' }, { reason: 'open' }] } });

    // Restore the backup taken on open: the plan is as it was then; the plan before it is kept too.
    const openBackup = path.basename(backups[0]!.file);
    expect(await dispatch(handlers, 'restoreBackup', { name: openBackup })).toMatchObject({ ok: true, value: { file, problem: null } });
    expect(JSON.stringify(session.snapshot().keyResults)).toBe(atOpen);
    expect(session.snapshot().objectives.some((o) => o.title === 'Imported objective')).toBe(false);
    expect(session.backups().backups.map((b) => b.reason)).toContain('restore');
    // A name from outside the plan's backups is not a backup.
    expect(await dispatch(handlers, 'restoreBackup', { name: '../../Northwind.cascade' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    session.close();
  });

  it('keeps the last 10 plus one a day for a week, and every copy opens as a sound plan', () => {
    const data = tmpDir();
    const file = path.join(tmpDir(), 'Northwind.cascade');
    writeCompanyPlan(file);
    const db = openPlanDb(file);
    const dir = backupDir(data, file);
    const now = new Date('2026-06-15T12:00:00Z');
    // Four a day for twelve days, oldest first.
    for (let day = 11; day >= 0; day--) {
      for (let h = 0; h < 4; h++) takeBackup(db, dir, 'timer', new Date(now.getTime() - day * 86_400_000 - (3 - h) * 3_600_000));
    }
    closePlanDb(db);
    rotate(dir, now);
    const kept = listBackups(dir);
    const days = new Set(kept.map((b) => b.takenAt.slice(0, 10)));
    // The newest ten, plus the newest of each day back to a week ago.
    expect(kept.slice(0, KEEP_LATEST).map((b) => b.takenAt)).toEqual(kept.map((b) => b.takenAt).slice(0, 10));
    expect([...days].sort()).toEqual(['2026-06-08', '2026-06-09', '2026-06-10', '2026-06-11', '2026-06-12', '2026-06-13', '2026-06-14', '2026-06-15']);
    expect(kept.length).toBe(10 + 5);
    for (const b of kept) {
      const copy = openPlanDb(b.file, { readOnly: true });
      expect(new PlanRepo(copy).objectives().length).toBe(16);
      closePlanDb(copy);
    }
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('the command line: check says sound or damaged (exit 1), backups lists them, restore puts one back', async () => {
    const config = tmpDir();
    const previous = process.env.XDG_CONFIG_HOME;
    process.env.XDG_CONFIG_HOME = config;
    const out: string[] = [];
    const log = console.log;
    const write = process.stderr.write.bind(process.stderr);
    console.log = (s: string) => void out.push(s);
    process.stderr.write = ((s: string) => (out.push(s), true)) as typeof process.stderr.write;
    try {
      const file = path.join(tmpDir(), 'Northwind.cascade');
      writeCompanyPlan(file);
      expect(await cli(['check', file])).toBe(0);
      expect(out.pop()).toMatch(/Northwind.cascade: sound — 16 objectives, \d+ key results/);
      expect(await cli(['backups', file])).toBe(0);
      expect(out.pop()).toMatch(/No backups of .* yet/);
      const session = new PlanSession(path.join(config, 'Cascade Planner'));
      session.open(file);
      session.close();
      expect(await cli(['backups', file])).toBe(0);
      const listing = out.pop()!;
      const name = /(\S+-open\.cascade)/.exec(listing)![1]!;
      fs.writeFileSync(file, Buffer.concat([fs.readFileSync(file).subarray(0, 4096), Buffer.alloc(4096 * 3, 0x55)]));
      expect(await cli(['check', file])).toBe(1);
      expect(out.pop()).toMatch(/cascade: “Northwind.cascade” is damaged/);
      expect(await cli(['restore', file, '--from', name])).toBe(0);
      expect(out.pop()).toMatch(/Restored .*Northwind.cascade from .*-open\.cascade/);
      expect(await cli(['check', file])).toBe(0);
    } finally {
      console.log = log;
      process.stderr.write = write;
      if (previous === undefined) delete process.env.XDG_CONFIG_HOME;
      else process.env.XDG_CONFIG_HOME = previous;
    }
  });
});
