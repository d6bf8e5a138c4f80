import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { registerRowSum } from '../../electron/db/migrations';
import { mismatchedRows } from '../../electron/db/verify';
import { createHandlers, dispatch } from '../../electron/api';
import { PlanSession } from '../../electron/session';
import { METHODS, type Method } from '../../shared/channels';
import type { Envelope, Output } from '../../shared/ipc';
import { makeKeyResult, makeObjective } from '../../shared/defaults';
import type { KeyResult, Objective } from '../../shared/model';
import { cascade } from '../helpers/cli';
import { writeCompanyPlan } from '../helpers/company';
import { STAMP } from '../helpers/plans';
import { tmpDir } from '../helpers/tmp';

/** The company plan in a fresh file, opened by a session with the app's handlers. */
function company() {
  const dir = tmpDir();
  const file = path.join(dir, 'Northwind.cascade');
  writeCompanyPlan(file);
  const session = new PlanSession(path.join(dir, 'data'));
  session.open(file);
  const handlers = createHandlers(session);
  const call = async <K extends Method>(method: K, payload?: unknown) => (await dispatch(handlers, method, payload)) as Envelope<Output<K>>;
  const state = () => {
    const { objectives, keyResults, dismissals } = session.snapshot();
    return JSON.stringify({ objectives, keyResults, dismissals, checkIns: session.repo.checkIns.trends() });
  };
  const o = (title: string): Objective => session.snapshot().objectives.find((x) => x.title === title)!;
  const kr = (title: string): KeyResult => session.snapshot().keyResults.find((x) => x.title === title)!;
  return { dir, file, session, call, state, o, kr };
}

/**
 * One call per channel that writes the plan's records, each valid: before the close every one of
 * them succeeds (checked below), so after it only the freeze can be what refuses them.
 */
function writes(p: ReturnType<typeof company>): Partial<Record<Method, () => unknown>> {
  const bridge = p.o('Make every route predictable');
  const other = p.o('Win back trust with key acounts');
  const leaf = p.o('Pilot dynamic re-routing in Gothenburg');
  const eta = p.kr('Routes with live ETA');
  const checkIn = p.session.repo.checkIns.ofKr(eta.id)[0]!;
  return {
    createObjective: () => ({ parentId: bridge.id, title: 'Publish arrival windows customers can plan around' }),
    updateObjective: () => ({ id: bridge.id, patch: { title: 'Make every route predictable, every day' } }),
    moveObjective: () => ({ id: leaf.id, parentId: other.id, index: 0 }),
    deleteObjective: () => ({ id: leaf.id }),
    createKeyResult: () => ({ objectiveId: bridge.id, title: 'Routes re-planned within 10 minutes of a delay', target: 80, unit: '%' }),
    updateKeyResult: () => ({ id: eta.id, patch: { current: 55 } }),
    deleteKeyResult: () => ({ id: eta.id }),
    addCheckIn: () => ({ keyResultId: eta.id, value: 61, note: 'after the depot rollout' }),
    updateCheckIn: () => ({ id: checkIn.id, patch: { note: 'read from the telematics export' } }),
    deleteCheckIn: () => ({ id: checkIn.id }),
    dismissFinding: () => ({ subjectId: bridge.id, rule: 'goal-clone', reason: 'Different regions' }),
    undismissFinding: () => ({ subjectId: other.id, rule: 'no-key-results' }),
    importPlan: () => ({
      parentId: null,
      objectives: [makeObjective({ id: 'imported-o', parentId: null, level: 'north_star', title: 'Open the Baltic corridor' }, STAMP)],
      keyResults: [],
    }),
  };
}

/** Every other channel, and why the freeze does not apply to it. */
const NOT_PLAN_WRITES: Record<string, Method[]> = {
  'reads the plan': ['getPlan', 'history', 'checkInTrends', 'listCheckIns', 'exportPlan', 'exportProgress', 'cancelExport', 'planStatus', 'listBackups', 'listSnapshots', 'readSnapshot', 'comparePlan', 'exportComparison'],
  'writes no record of the plan': ['saveExport', 'openReadOnly', 'recoverPlan', 'restoreBackup'],
  'records history, leaves the plan as it is': ['takeSnapshot'],
  'takes back or redoes a command: refused by the same freeze (tested below)': ['undo', 'redo'],
  'is the way on from a closed cycle': ['closeCycle', 'startNextCycle'],
  // Its own tables are not frozen; accepting a sticky onto the plan writes objectives, which the freeze refuses.
  'runs a workshop': [
    'workshopGet', 'workshopStart', 'workshopTimer', 'workshopAddStickies', 'workshopMove', 'workshopAnswer', 'workshopAccept',
    'workshopVote', 'workshopOpenRound', 'workshopScore', 'workshopReveal', 'workshopPresent', 'workshopEnd', 'workshopRecord',
  ],
  'opens a window (desktop shell)': ['presentWindow'],
  'runs the participants’ room (desktop shell or browser mode’s server), never the plan': ['roomGet', 'roomHosts', 'roomOpen', 'roomJoining', 'roomRemove'],
};

describe('closing a cycle', () => {
  it('classifies every channel: each one that writes the plan is in the freeze test', () => {
    const p = company();
    const listed = [...Object.keys(writes(p)), ...Object.values(NOT_PLAN_WRITES).flat()].sort();
    expect(listed).toEqual([...METHODS].sort());
    p.session.close();
  });

  it('accepts every write before the close (so the refusals below are the freeze)', async () => {
    for (const method of Object.keys(writes(company()))) {
      const p = company();
      await p.call('dismissFinding', { subjectId: p.o('Win back trust with key acounts').id, rule: 'no-key-results', reason: 'Has KRs below' });
      expect(await p.call(method as Method, writes(p)[method as Method]!()), method).toMatchObject({ ok: true });
      p.session.close();
    }
  });

  it('freezes the plan against every write channel, in words, changing nothing', async () => {
    const p = company();
    await p.call('dismissFinding', { subjectId: p.o('Win back trust with key acounts').id, rule: 'no-key-results', reason: 'Has KRs below' });
    const closed = await p.call('closeCycle', { name: 'Q1 2027' });
    expect(closed).toMatchObject({ ok: true, value: { name: 'Q1 2027', number: 1, snapshot: 'Q1 2027 (closed)' } });
    const status = await p.call('planStatus');
    expect(status.ok && status.value).toMatchObject({ readOnly: expect.stringContaining('“Q1 2027” is closed') });
    const before = p.state();
    for (const [method, payload] of Object.entries(writes(p))) {
      const result = await p.call(method as Method, payload());
      expect(result.ok, method).toBe(false);
      if (!result.ok) {
        expect(result.error.code, method).toBe('read-only');
        expect(result.error.message, method).toMatch(/cycle is closed.*Start the next cycle.*nothing was changed/);
      }
      expect(p.state(), method).toBe(before);
    }
    // Undo of the finding set aside before the close: refused by the same freeze, and kept.
    const undo = await p.call('undo');
    expect(undo).toMatchObject({ ok: false, error: { code: 'read-only', message: expect.stringMatching(/cycle is closed/) } });
    expect(p.session.history().undo).toMatch(/^Set aside a finding/);
    expect(p.state()).toBe(before);
    // Closing twice is refused too.
    expect(await p.call('closeCycle', {})).toMatchObject({ ok: false, error: { code: 'rule', message: expect.stringContaining('already closed') } });
    // A snapshot may still be taken: it records, it does not change the plan.
    expect(await p.call('takeSnapshot', { name: 'After the close' })).toMatchObject({ ok: true });
    expect(p.state()).toBe(before);
    p.session.close();
  });

  it('holds in the file itself: another program, an import from the command line', async () => {
    const p = company();
    await p.call('closeCycle', {});
    p.session.close();
    const db = new Database(p.file);
    registerRowSum(db);
    expect(() => db.prepare(`UPDATE key_results SET current = 99`).run()).toThrow(/cascade:cycle-closed/);
    expect(() => db.prepare(`DELETE FROM objectives`).run()).toThrow(/cascade:cycle-closed/);
    // Nor can the record of the close be undone: the closed cycle and its snapshot are fixed.
    expect(() => db.prepare(`UPDATE cycles SET closed_at = NULL`).run()).toThrow(/cascade:record-fixed/);
    expect(() => db.prepare(`DELETE FROM snapshots`).run()).toThrow(/cascade:record-fixed/);
    expect(() => db.prepare(`UPDATE snapshot_rows SET body = '[]'`).run()).toThrow(/cascade:record-fixed/);
    expect(mismatchedRows(db)).toBe(0);
    db.close();
    const md = path.join(p.dir, 'more.md');
    fs.writeFileSync(md, '# More\n\n- North Star: **Open the Baltic corridor** — Leadership team · 2027\n  - KR: Baltic lanes (0 → 0 → 3 lanes)\n');
    // Every row of every table (the header's change counter moves with the journal mode on open).
    const rows = () => {
      const d = new Database(p.file, { readonly: true });
      const tables = d.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all() as string[];
      const all = JSON.stringify(tables.map((t) => d.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).raw().all()));
      d.close();
      return all;
    };
    const before = rows();
    const r = await cascade('import', md, '--into', p.file);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/cycle is closed/);
    expect(rows()).toBe(before);
  });

  it('names the first cycle after the top level’s period when no name is given', async () => {
    const p = company();
    expect(await p.call('closeCycle', {})).toMatchObject({ ok: true, value: { name: '2026', snapshot: '2026 (closed)' } });
    p.session.close();
  });
});

describe('starting the next cycle', () => {
  it('carries, resets or drops each branch’s unfinished key results; finished ones stay in the closed cycle', async () => {
    const p = company();
    // Finish one key result, so it is done by the close.
    await p.call('updateKeyResult', { id: p.kr('Routes with live ETA').id, patch: { current: 100 } });
    const late = p.kr('Late arrivals on pilot routes'); // under "Make every route predictable": carried
    const renewals = p.kr('Renewals of top-30 accounts'); // "Win back trust…": reset
    const qbrs = p.kr('QBRs held'); // below it: reset too (inherits its branch's choice)
    const cold = p.kr('Cold-chain revenue'); // "Grow revenue…": dropped
    const vans = p.kr('E-vans in service'); // second North Star: the default (carry)
    await p.call('closeCycle', { name: 'Q1 2027' });
    const next = await p.call('startNextCycle', {
      name: 'Q2 2027',
      carry: {
        default: 'carry',
        branches: {
          [p.o('Win back trust with key acounts').id]: 'reset',
          [p.o('Grow revenue from temperature-controlled freight').id]: 'drop',
        },
      },
    });
    expect(next).toMatchObject({ ok: true, value: { name: 'Q2 2027', number: 2, closedAt: null } });
    // Carried: the current value is the new start, so progress starts from where it was.
    expect(p.kr('Late arrivals on pilot routes')).toMatchObject({ start: late.current, current: late.current, target: late.target });
    expect(p.kr('E-vans in service')).toMatchObject({ start: vans.current, current: vans.current });
    // Reset: back to the start value.
    expect(p.kr('Renewals of top-30 accounts')).toMatchObject({ start: renewals.start, current: renewals.start });
    expect(p.kr('QBRs held')).toMatchObject({ start: qbrs.start, current: qbrs.start });
    // Dropped: gone from the new cycle, though its objective goes on.
    expect(p.kr('Cold-chain revenue')).toBeUndefined();
    expect(p.o('Grow revenue from temperature-controlled freight')).toBeDefined();
    // Finished: stays in the closed cycle.
    expect(p.kr('Routes with live ETA')).toBeUndefined();
    // The structure went on whole, each objective linked to its previous-cycle self.
    const objectives = p.session.snapshot().objectives;
    expect(objectives).toHaveLength(16);
    for (const o of objectives) expect(p.session.cycles.carriedFrom(o.id)?.name).toBe('Q1 2027');
    // The closed cycle is still there to look at, with its final values.
    const old = await p.call('readSnapshot', { name: 'Q1 2027 (closed)' });
    expect(old.ok).toBe(true);
    const q1 = p.session.cycles.snapshots.read('Q1 2027 (closed)');
    expect(q1.keyResults.find((k) => k.id === cold.id)).toMatchObject({ current: cold.current });
    expect(q1.keyResults.find((k) => k.title === 'Routes with live ETA')).toMatchObject({ current: 100 });
    // And the new cycle can be edited again.
    expect(await p.call('updateKeyResult', { id: late.id, patch: { current: 9 } })).toMatchObject({ ok: true });
    expect(await p.call('planStatus')).toMatchObject({ ok: true, value: { readOnly: null } });
    // The comparison across the cycles says what the rollover did.
    const cmp = await p.call('comparePlan', { from: 'Q1 2027 (closed)' });
    expect(cmp.ok && cmp.value.diff.keyResults.removed.map((k) => k.title).sort()).toEqual(['Audit findings closed', 'Cold-chain revenue', 'Routes with live ETA', 'Signed distributors']);
    p.session.close();
  });

  it('refuses to start before the close, or under a name already used, changing nothing', async () => {
    const p = company();
    const before = p.state();
    expect(await p.call('startNextCycle', { name: 'Q2 2027', carry: { default: 'carry' } })).toMatchObject({ ok: false, error: { code: 'rule', message: expect.stringContaining('Close the current cycle first') } });
    await p.call('closeCycle', { name: 'Q1 2027' });
    expect(await p.call('startNextCycle', { name: 'Q1 2027', carry: { default: 'carry' } })).toMatchObject({ ok: false, error: { message: expect.stringContaining('already a cycle named') } });
    expect(p.state()).toBe(before);
    expect(await p.call('listSnapshots')).toMatchObject({ ok: true, value: { cycles: [{ name: 'Q1 2027' }] } });
    p.session.close();
  });
});

describe('snapshots', () => {
  it('are taken by name, listed, refused twice or as “now”, and keep what the plan was', async () => {
    const p = company();
    expect(await p.call('takeSnapshot', { name: 'Board review', kind: 'workshop' })).toMatchObject({ ok: true, value: { name: 'Board review', kind: 'workshop', objectives: 16 } });
    expect(await p.call('takeSnapshot', { name: 'Board review' })).toMatchObject({ ok: false, error: { code: 'rule', message: expect.stringContaining('already a snapshot named “Board review”') } });
    expect(await p.call('takeSnapshot', { name: 'now' })).toMatchObject({ ok: false, error: { code: 'rule' } });
    const eta = p.kr('Routes with live ETA');
    await p.call('updateKeyResult', { id: eta.id, patch: { current: 60 } });
    expect(p.session.cycles.snapshots.read('Board review').keyResults.find((k) => k.id === eta.id)!.current).toBe(35);
    const history = await p.call('listSnapshots');
    expect(history.ok && history.value.snapshots.map((s) => s.name)).toEqual(['Board review']);
    p.session.close();
  });

  it('read back exactly what the plan held, rows shared between snapshots', async () => {
    const p = company();
    const { objectives, keyResults, dismissals } = p.session.snapshot();
    p.session.cycles.takeSnapshot('one');
    p.session.cycles.takeSnapshot('two');
    const rows = p.session.cycles.snapshots;
    expect(rows.read('one')).toEqual({ objectives, keyResults, dismissals });
    expect(rows.read('two')).toEqual(rows.read('one'));
    // The second snapshot of an unchanged plan added no rows.
    const db = new Database(p.file, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM snapshot_rows').pluck().get()).toBe(objectives.length + keyResults.length + dismissals.length);
    db.close();
    p.session.close();
  });
});
