import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPlanDb } from '../../electron/db/open';
import { PlanRepo } from '../../electron/db/repo';
import { HANDBOOK_CLONES, writeHandbookPlan } from '../coach/handbook';
import { cascade } from '../helpers/cli';
import { tmpDir } from '../helpers/tmp';

/** The handbook-shaped plan in a real plan file, with its titles by id. */
function handbookFile(): { file: string; titleOf: (id: string) => string; count: number } {
  const { file, objectives } = writeHandbookPlan(tmpDir());
  const titles = new Map(objectives.map((o) => [o.id, o.title]));
  return { file, titleOf: (id) => titles.get(id) ?? '', count: objectives.length };
}

interface Entry {
  objectiveId: string;
  code: string;
  severity: string;
  message: string;
  objectiveIds?: string[];
  keyResultId?: string;
}

describe('cascade lint --json', () => {
  it('prints every finding as objectiveId, code, severity and message, and exits 0', async () => {
    const { file, titleOf } = handbookFile();
    const r = await cascade('lint', file, '--json');
    expect(r).toMatchObject({ code: 0, err: '' });
    const entries = JSON.parse(r.out) as Entry[];
    for (const e of entries) {
      expect(Object.keys(e).slice(0, 4)).toEqual(['objectiveId', 'code', 'severity', 'message']);
      expect(['error', 'warning', 'info']).toContain(e.severity);
    }
    const codesOf = (title: string) => entries.filter((e) => titleOf(e.objectiveId) === title).map((e) => e.code);
    expect(codesOf('Do a quarterly business review for all eligible customers')).toEqual(['task-listing']);
    expect(codesOf("Add cash collection to the billing specialist's job responsibilities")).toEqual(['job-requirement']);
    expect(codesOf('Audit fieldwork completed with no material weaknesses')).toEqual(['compliance']);
    expect(codesOf('VP Engineering')).toEqual(['generic-container']);
    // Numbers that are names, a word inside a job title, an adjective: nothing to say.
    expect(codesOf('Make GitLab a Rails 5 app')).toEqual([]);
    expect(codesOf('Hire a Compliance Analyst to own SOX readiness')).toEqual([]);
    expect(codesOf('Increase double diverse candidates in the sales hiring pipeline')).toEqual([]);
  });

  it('names every copy of a cloned objective in one entry, across branches', async () => {
    const { file, titleOf } = handbookFile();
    const entries = JSON.parse((await cascade('lint', file, '--json')).out) as Entry[];
    const groups = entries.filter((e) => e.code === 'goal-clone');
    expect(groups.map((g) => g.objectiveIds!.map(titleOf))).toEqual([HANDBOOK_CLONES.deliver, HANDBOOK_CLONES.hiring]);
    // The entry is on the first copy; the original, named first, is not a trap in itself.
    for (const g of groups) expect(g.objectiveId).toBe(g.objectiveIds![1]);
    expect(groups[0]!.message).toContain('This copies “Deliver 100% of committed issues per release”, one of 4 objectives');
    expect(entries.filter((e) => e.code === 'goal-clone' && e.objectiveId === groups[0]!.objectiveIds![0])).toEqual([]);
  });

  it('leaves out what the plan’s owners dismissed', async () => {
    const { file, titleOf } = handbookFile();
    const before = JSON.parse((await cascade('lint', file, '--json')).out) as Entry[];
    const container = before.find((e) => titleOf(e.objectiveId) === 'VP Engineering')!;
    const db = openPlanDb(file);
    new PlanRepo(db).dismiss(container.objectiveId, 'generic-container', 'The handbook groups teams by executive');
    db.close();
    const after = JSON.parse((await cascade('lint', file, '--json')).out) as Entry[];
    expect(after).toHaveLength(before.length - 1);
    expect(after.some((e) => e.objectiveId === container.objectiveId && e.code === 'generic-container')).toBe(false);
  });
});

describe('cascade lint', () => {
  it('prints a report grouped by branch, each clone group with every copy and its branch', async () => {
    const { file, count } = handbookFile();
    const r = await cascade('lint', file);
    expect(r.code).toBe(0);
    expect(r.out.startsWith(`Handbook Q3: ${(JSON.parse((await cascade('lint', file, '--json')).out) as Entry[]).length} findings in ${count} objectives.`)).toBe(true);
    expect(r.out).toContain('Branch “Make our product the obvious choice for mid-size engineering teams”:');
    expect(r.out).toContain('Branch “Grow net revenue retention among enterprise customers”:');
    const group = r.out.slice(r.out.indexOf('goal-clone'));
    expect(group).toMatch(/- “Deliver 100% of committed issues per release” \(hb\d+\) under “Grow net revenue retention/);
    expect(r.out).toContain('warning task-listing  “Do a quarterly business review for all eligible customers”');
  });

  it('fails with a message, and non-zero, only when it cannot read the plan', async () => {
    const dir = tmpDir();
    const missing = await cascade('lint', path.join(dir, 'nowhere.cascade'), '--json');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/cascade: .*nowhere\.cascade” does not exist/);
    const damaged = path.join(dir, 'damaged.cascade');
    fs.writeFileSync(damaged, 'SQLite format 3\u0000 this is not a database');
    const r = await cascade('lint', damaged);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^cascade: /);
    expect((await cascade('lint')).err).toContain('lint takes exactly one plan file.');
  });

  it('is in the usage text', async () => {
    expect((await cascade('--help')).out).toContain('cascade lint <plan.cascade> [--json]');
  });
});
