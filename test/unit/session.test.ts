import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { defaultPlanPath } from '../../electron/paths';
import { PlanSession } from '../../electron/session';
import { tmpDir } from '../helpers/tmp';
import { keyResultsOf, objectivesOf } from '../../shared/rows';

describe('the plan session', () => {
  it('creates the default plan with the example cascade on first launch, then reopens the last plan', () => {
    const data = tmpDir();
    const first = new PlanSession(data);
    first.openStartup();
    expect(first.file).toBe(defaultPlanPath(data));
    expect(first.snapshot().objectives.map((o) => o.title)).toContain('Grow Strategic Advisory Revenue');
    const other = path.join(tmpDir(), 'Team.cascade');
    first.create(other);
    expect(first.snapshot().objectives).toEqual([]);
    first.close();

    const second = new PlanSession(data);
    second.openStartup();
    expect(second.file).toBe(other);
    expect(second.recent()).toEqual([other, defaultPlanPath(data)]);
    second.close();
  });

  it('saves a consistent copy with Save As and switches to it, leaving the original intact', () => {
    const dir = tmpDir();
    const session = new PlanSession(tmpDir());
    const original = path.join(dir, 'Original.cascade');
    session.create(original, { example: true });
    const kr = session.snapshot().keyResults[0]!;
    session.repo.updateKeyResult(kr.id, { current: 99_000 });
    const copy = path.join(dir, 'Copy.cascade');
    session.saveAs(copy);
    expect(session.file).toBe(copy);
    expect(session.snapshot().meta.name).toBe('Copy');
    expect(session.repo.getKeyResult(kr.id).current).toBe(99_000);
    session.repo.updateKeyResult(kr.id, { current: 1 });
    session.close();
    // The copy is a complete database on its own, with no journal needed.
    const raw = new Database(copy, { readonly: true });
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();
    session.open(original);
    expect(session.repo.getKeyResult(kr.id).current).toBe(99_000);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('reads a plan’s rows once, and again as soon as anything changes', () => {
    const session = new PlanSession(tmpDir());
    session.create(path.join(tmpDir(), 'Rows.cascade'), { example: true });
    const first = session.rows();
    expect(session.rows()).toBe(first);
    const kr = session.snapshot().keyResults[0]!;
    session.repo.updateKeyResult(kr.id, { current: 77 });
    const second = session.rows();
    expect(second).not.toBe(first);
    expect(keyResultsOf(second.keyResults).find((k) => k.id === kr.id)?.current).toBe(77);
    session.create(path.join(tmpDir(), 'Other.cascade'));
    expect(objectivesOf(session.rows().objectives)).toEqual([]);
  });

  it('keeps the current plan open when opening another file fails', () => {
    const session = new PlanSession(tmpDir());
    const good = path.join(tmpDir(), 'Good.cascade');
    session.create(good, { example: true });
    const bad = path.join(tmpDir(), 'bad.cascade');
    fs.writeFileSync(bad, 'not a plan at all, just some text that is long enough to have a header. '.repeat(3));
    expect(() => session.open(bad)).toThrow(/not a Cascade Planner plan/);
    expect(session.file).toBe(good);
    expect(session.snapshot().objectives).toHaveLength(3);
  });

  it('never falls back silently: a last plan that cannot be opened becomes the problem to show, with its backups', () => {
    const data = tmpDir();
    const plan = path.join(tmpDir(), 'Q3 plan.cascade');
    const first = new PlanSession(data);
    first.create(plan, { example: true });
    first.close();
    // Cut short, as by an interrupted copy.
    fs.writeFileSync(plan, fs.readFileSync(plan).subarray(0, 4096 + 100));
    const second = new PlanSession(data);
    second.openStartup();
    expect(second.file).toBeNull();
    expect(second.problem).toMatchObject({ file: plan, code: 'damaged', message: expect.stringMatching(/“Q3 plan.cascade” is damaged/) });
    expect(() => second.repo).toThrow(/is damaged/);
    // The default plan was not created in its place.
    expect(fs.existsSync(defaultPlanPath(data))).toBe(false);
    expect(second.backups().backups.length).toBe(1);
    second.restore(path.basename(second.backups().backups[0]!.file));
    expect(second.problem).toBeNull();
    expect(second.file).toBe(plan);
    expect(second.snapshot().objectives).toHaveLength(3);
    second.close();
  });
});
