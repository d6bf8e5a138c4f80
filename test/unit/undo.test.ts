import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { UNDO_LIMITS } from '../../electron/db/undo';
import { registerRowSum } from '../../electron/db/migrations';
import { type Handlers, createHandlers, dispatch } from '../../electron/api';
import { type PlanChange, PlanSession } from '../../electron/session';
import type { Envelope } from '../../shared/ipc';
import { parseMarkdown } from '../../shared/formats';
import { keyResultsOf } from '../../shared/rows';
import { writeCompanyPlan } from '../helpers/company';
import { tmpDir } from '../helpers/tmp';

/** A session on a real plan file shaped like a company's, reached through the same dispatch as the app. */
function open(file: string, data = path.join(path.dirname(file), 'data')) {
  const session = new PlanSession(data);
  session.open(file);
  const handlers = createHandlers(session);
  const call = async <T>(method: string, payload?: unknown, origin: string | null = 'test'): Promise<T> => {
    const out = (await dispatch(handlers, method, payload, origin)) as Envelope<T>;
    if (!out.ok) throw Object.assign(new Error(out.error.message), { code: out.error.code });
    return out.value;
  };
  const refused = async (method: string, payload?: unknown) => {
    const out = await dispatch(handlers as Handlers, method, payload, 'test');
    if (out.ok) throw new Error(`${method} was not refused`);
    return out.error;
  };
  const objective = (title: string) => session.snapshot().objectives.find((o) => o.title === title)!;
  const kr = (title: string) => session.snapshot().keyResults.find((k) => k.title === title)!;
  return { session, call, refused, objective, kr, state: () => JSON.stringify(session.snapshot().objectives) + JSON.stringify(session.snapshot().keyResults) };
}

function companyFile(): string {
  const file = path.join(tmpDir(), 'Northwind.cascade');
  writeCompanyPlan(file);
  return file;
}

const sessions: PlanSession[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.close();
});

function reopen(file: string) {
  const s = open(file);
  sessions.push(s.session);
  return s;
}

describe('undo in the plan file', () => {
  it('takes back a check-in and a deleted key result with its check-ins, named in words', async () => {
    const app = reopen(companyFile());
    const late = app.kr('Late arrivals on pilot routes');
    const listOf = () => app.session.repo.checkIns.ofKr(late.id).map((c) => `${c.date} ${c.value}`);
    const before = listOf();
    await app.call('addCheckIn', { keyResultId: late.id, value: 8, date: '2026-11-30', note: 'after the pilot' });
    expect(app.session.history().undo).toBe('Check in “Late arrivals on pilot routes” at 8%');
    expect(listOf()).toContain('2026-11-30 8');
    await app.call('deleteKeyResult', { id: late.id });
    expect(app.session.repo.checkIns.ofKr(late.id)).toEqual([]);
    await app.call('undo');
    // The KR comes back with every check-in it had, the new one included.
    expect(listOf()).toEqual([...before, '2026-11-30 8'].sort());
    await app.call('undo');
    expect(listOf()).toEqual(before);
    expect(app.kr('Late arrivals on pilot routes').current).toBe(late.current);
  });

  it('takes back an edit after a restart, says what it undoes in words, and redoes it', async () => {
    const file = companyFile();
    const first = open(file);
    const pilot = first.objective('Pilot dynamic re-routing in Gothenburg');
    await first.call('updateObjective', { id: pilot.id, patch: { title: 'Pilot dynamic re-routing in Gothenburg and Malmö' } });
    const late = first.kr('Late arrivals on pilot routes');
    await first.call('updateKeyResult', { id: late.id, patch: { current: 9 } });
    expect(first.session.history().undo).toBe('Set “Late arrivals on pilot routes” to 9%');
    first.session.close();

    const app = reopen(file);
    expect(app.session.history()).toEqual({ undo: 'Set “Late arrivals on pilot routes” to 9%', redo: null });
    await app.call('undo');
    expect(app.kr('Late arrivals on pilot routes').current).toBe(11);
    const undone = await app.call<{ label: string }>('undo');
    expect(undone.label).toBe('Rename “Pilot dynamic re-routing in Gothenburg and Malmö”');
    expect(app.objective('Pilot dynamic re-routing in Gothenburg').id).toBe(pilot.id);
    // The row is exactly as it was, its timestamps and checksum included: the file still verifies.
    expect(app.objective('Pilot dynamic re-routing in Gothenburg')).toEqual(pilot);
    expect(app.session.history().redo).toBe('Rename “Pilot dynamic re-routing in Gothenburg and Malmö”');
    await app.call('redo');
    expect(app.objective('Pilot dynamic re-routing in Gothenburg and Malmö').id).toBe(pilot.id);
    app.session.close();
    expect(() => reopen(file)).not.toThrow();
  });

  it('takes back a move, with the levels and sibling order it changed, after a restart', async () => {
    const file = companyFile();
    const first = open(file);
    const before = first.state();
    const mentor = first.objective('Launch a mentor programme for first-year drivers');
    const carbon = first.objective('Be carbon-neutral on city routes by 2028');
    // A contribution moved to the top becomes a North Star; its siblings renumber.
    await first.call('moveObjective', { id: mentor.id, parentId: null, index: 0 });
    expect(first.objective('Launch a mentor programme for first-year drivers').level).toBe('north_star');
    await first.call('moveObjective', { id: carbon.id, parentId: mentor.id, index: 0 });
    first.session.close();

    const app = reopen(file);
    expect(app.session.history().undo).toBe('Move “Be carbon-neutral on city routes by 2028”');
    await app.call('undo');
    await app.call('undo');
    expect(app.state()).toBe(before);
  });

  it('takes back a whole import in one step after a restart, and a new edit clears what could be redone', async () => {
    const file = companyFile();
    const first = open(file);
    const before = first.state();
    const parsed = parseMarkdown(`- North Star: **Make onboarding a week, not a month** — People & Culture · 2026
  - KR: Days to first shipment (30 → 30 → 7 days, decrease)
  - Strategic Bridge: **Give every new hire a buddy** — Team leads · Q3 2026
    - KR: New hires with a buddy (40 → 40 → 100 %)
`);
    await first.call('importPlan', { parentId: null, objectives: parsed.objectives, keyResults: parsed.keyResults });
    expect(first.session.history().undo).toBe('Import 2 objectives and 2 key results');
    first.session.close();

    const app = reopen(file);
    await app.call('undo');
    expect(app.state()).toBe(before);
    expect(app.session.history().redo).toBe('Import 2 objectives and 2 key results');
    await app.call('redo');
    expect(app.objective('Give every new hire a buddy')).toBeDefined();
    await app.call('undo');
    // A new edit after an undo: the import can no longer be redone.
    const ets = app.kr('E-vans in service');
    await app.call('updateKeyResult', { id: ets.id, patch: { current: 11 } });
    expect(app.session.history()).toEqual({ undo: 'Set “E-vans in service” to 11 vans', redo: null });
    expect((await app.refused('redo')).message).toBe('There is nothing to redo.');
  });

  it('brings back a deleted branch with its key results and the link a bridge had to its parent’s key result', async () => {
    const file = companyFile();
    const app = reopen(file);
    const before = app.state();
    const bridge = app.objective('Make every route predictable');
    const onTime = app.kr('On-time delivery rate');
    await app.call('updateObjective', { id: bridge.id, patch: { parentKrId: onTime.id } });
    const linked = app.state();
    await app.call('deleteKeyResult', { id: onTime.id });
    expect(app.objective('Make every route predictable').parentKrId).toBeNull();
    await app.call('deleteObjective', { id: app.objective('Become the most reliable regional carrier in the Nordics').id });
    expect(app.session.history().undo).toBe('Delete “Become the most reliable regional carrier in the Nordics” and 12 below it');
    await app.call('undo');
    await app.call('undo');
    expect(app.state()).toBe(linked);
    await app.call('undo');
    expect(app.state()).toBe(before);
  });

  it('puts back the reason a finding was first set aside with', async () => {
    const app = reopen(companyFile());
    const accounts = app.objective('Win back trust with key acounts');
    await app.call('dismissFinding', { subjectId: accounts.id, rule: 'generic-container', reason: 'It names the accounts' });
    await app.call('dismissFinding', { subjectId: accounts.id, rule: 'generic-container', reason: 'Reworded' });
    expect(app.session.history().undo).toBe('Set aside a finding on “Win back trust with key acounts”');
    await app.call('undo');
    expect(app.session.snapshot().dismissals.map((d) => d.reason)).toEqual(['It names the accounts']);
    await app.call('undo');
    expect(app.session.snapshot().dismissals).toEqual([]);
  });

  it('refuses an undo whose rows another program changed since, keeps it in the history, and says so in words', async () => {
    const file = companyFile();
    const app = reopen(file);
    const drivers = app.objective('Hire and keep great drivers');
    await app.call('updateObjective', { id: drivers.id, patch: { owner: 'Sofia Ek' } });
    // Another program (not the app) writes the same row.
    const other = new Database(file);
    registerRowSum(other);
    other.prepare(`UPDATE objectives SET owner = 'HR' WHERE id = ?`).run(drivers.id);
    other.close();
    const error = await app.refused('undo');
    expect(error.code).toBe('stale');
    expect(error.message).toBe(
      'Cannot undo “Change the owner of “Hire and keep great drivers””: what it changed has been changed since (by another program, or a restore). Nothing was changed; it stays in the history.',
    );
    expect(app.objective('Hire and keep great drivers').owner).toBe('HR');
    expect(app.session.history().undo).toBe('Change the owner of “Hire and keep great drivers”');
  });

  it('keeps the newest commands up to its cap, and the oldest can no longer be undone', async () => {
    const saved = { ...UNDO_LIMITS };
    UNDO_LIMITS.commands = 3;
    try {
      const app = reopen(companyFile());
      const chargers = app.kr('Chargers live');
      for (const current of [4, 5, 6, 7, 8]) await app.call('updateKeyResult', { id: chargers.id, patch: { current } });
      for (let i = 0; i < 3; i++) await app.call('undo');
      expect(app.kr('Chargers live').current).toBe(5);
      expect((await app.refused('undo')).message).toBe('There is nothing to undo.');
    } finally {
      Object.assign(UNDO_LIMITS, saved);
    }
    expect(UNDO_LIMITS.commands).toBe(500);
  });
});

describe('stale writes', () => {
  it('refuses an edit based on a value another window changed since, and says what the plan holds now', async () => {
    const app = reopen(companyFile());
    const dwell = app.kr('Average dwell');
    // Tab A saw 80 minutes; tab B sets 70 first.
    await app.call('updateKeyResult', { id: dwell.id, patch: { current: 70 }, expect: { current: 80 } });
    const error = await app.refused('updateKeyResult', { id: dwell.id, patch: { current: 60 }, expect: { current: 80 } });
    expect(error.code).toBe('stale');
    expect(error.message).toBe(
      'Key result “Average dwell” was changed in another window, tab or program while you edited it: its current value is now 70 minutes. Your change was not saved; the plan shows the current value.',
    );
    expect(app.kr('Average dwell').current).toBe(70);
    const hub = app.objective('Cut depot dwell time at Malmö hub');
    await app.call('updateObjective', { id: hub.id, patch: { title: 'Cut depot dwell time at the Malmö hub' }, expect: { title: hub.title } });
    const stale = await app.refused('updateObjective', { id: hub.id, patch: { title: 'Halve dwell at Malmö' }, expect: { title: hub.title } });
    expect(stale.message).toContain('its title is now “Cut depot dwell time at the Malmö hub”');
    expect(app.objective('Cut depot dwell time at the Malmö hub')).toBeDefined();
  });
});

describe('the change feed', () => {
  it('tells listeners of its own writes with their origin, and of another process’s commits through data_version', async () => {
    const file = companyFile();
    const app = reopen(file);
    const heard: PlanChange[] = [];
    const stop = app.session.onChange((c) => heard.push(c));
    const vans = app.kr('E-vans in service');
    await app.call('updateKeyResult', { id: vans.id, patch: { current: 12 } }, 'tab-1');
    expect(heard.map((c) => c.origin)).toEqual(['tab-1']);
    expect(heard[0]!.history.undo).toBe('Set “E-vans in service” to 12 vans');

    // `cascade import`-like: another connection commits.
    const other = new Database(file);
    registerRowSum(other);
    other.prepare(`UPDATE key_results SET current = 14 WHERE id = ?`).run(vans.id);
    other.close();
    const deadline = Date.now() + 5000;
    while (heard.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(heard.map((c) => c.origin)).toEqual(['tab-1', null]);
    expect(heard[1]!.version).toBeGreaterThan(heard[0]!.version);
    // What is served next is read afresh, not the cached rows of before.
    expect(app.kr('E-vans in service').current).toBe(14);
    expect(keyResultsOf(app.session.rows().keyResults).find((k) => k.id === vans.id)!.current).toBe(14);
    stop();
  });
});
