/**
 * The card heights the backend measures while the window loads (shared/measured.ts) are the ones
 * the renderer's layout would compute itself (renderer/layoutNodes.ts heightOf), for a real
 * company's published plan; and once a card's content changes, its height comes from the new
 * content, not the measured one.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writePlanFile } from '../../electron/db/bulk';
import { PlanSession } from '../../electron/session';
import { BADGES_HEIGHT, CARD, CARD_CHROME, KR_EXTRA, krLineCount } from '../../shared/card';
import { snapshotFromRows } from '../../shared/rows';
import { fromSnapshot, withKeyResult, withObjective, withoutKeyResult } from '../../renderer/planData';
import { heightOf } from '../../renderer/layoutNodes';
import { handbookPlan } from '../fixtures/handbook-plan';
import { tmpDir } from '../helpers/tmp';

function openRows() {
  const file = path.join(tmpDir(), 'Handbook.cascade');
  const plan = handbookPlan();
  writePlanFile(file, plan.objectives, plan.keyResults);
  const session = new PlanSession(tmpDir());
  session.open(file);
  // Through JSON, as browser mode sends it.
  const rows = JSON.parse(JSON.stringify(session.rows()));
  session.close();
  return rows;
}

describe('card heights measured by the backend', () => {
  it('are the heights the renderer measures, for every card of a real plan, full and titles-only, with and without badges', () => {
    const rows = openRows();
    const { objectives, keyResults } = snapshotFromRows(rows);
    const measured = fromSnapshot(objectives, keyResults, false, rows.measured);
    const own = fromSnapshot(objectives, keyResults, false);
    expect(measured.measured?.card.size).toBe(objectives.length);
    expect(own.measured).toBeUndefined();
    expect(objectives.length).toBeGreaterThan(100);
    for (const o of objectives) {
      for (const compact of [false, true]) {
        for (const badged of [false, true]) expect(heightOf(measured, o.id, badged, compact), `${o.title} ${compact} ${badged}`).toBe(heightOf(own, o.id, badged, compact));
      }
    }
    // One card worked out by hand: a one-line title, no key results, and then the badge row.
    const bare = objectives.find((o) => !keyResults.some((k) => k.objectiveId === o.id) && o.title.length < 20);
    if (bare) {
      expect(heightOf(measured, bare.id, false)).toBe(CARD_CHROME + CARD.title.line);
      expect(heightOf(measured, bare.id, true)).toBe(CARD_CHROME + CARD.title.line + BADGES_HEIGHT);
    }
  });

  it('give way to the new content when a title or a key result changes, moves or goes', () => {
    const rows = openRows();
    const { objectives, keyResults } = snapshotFromRows(rows);
    let d = fromSnapshot(objectives, keyResults, false, rows.measured);
    const kr = keyResults.find((k) => krLineCount(k.title) === 1)!;
    const owner = kr.objectiveId;
    const before = heightOf(d, owner, false);
    // A key-result title long enough for a second line.
    d = withKeyResult(d, { ...kr, title: `${kr.title} and then a great deal more words so that the title wraps` });
    expect(heightOf(d, owner, false)).toBe(before + CARD.kr.line);
    expect(heightOf(d, owner, false)).toBe(heightOf(fromSnapshot([...d.objectives.values()], [...d.krs.values()], false), owner, false));
    // The objective's title: both the full and the titles-only card.
    const o = d.objectives.get(owner)!;
    const compactBefore = heightOf(d, owner, false, true);
    d = withObjective(d, { ...o, title: `${o.title} — now with a much longer title that needs more lines than before it did` });
    expect(heightOf(d, owner, false, true)).toBeGreaterThan(compactBefore);
    const fresh = fromSnapshot([...d.objectives.values()], [...d.krs.values()], false);
    expect(heightOf(d, owner, false)).toBe(heightOf(fresh, owner, false));
    expect(heightOf(d, owner, false, true)).toBe(heightOf(fresh, owner, false, true));
    // The key result moves to another objective: both cards change height.
    const other = objectives.find((x) => x.id !== owner)!;
    const otherBefore = heightOf(d, other.id, false);
    const ownerBefore = heightOf(d, owner, false);
    const moved = { ...d.krs.get(kr.id)!, objectiveId: other.id };
    d = withoutKeyResult(d, d.krs.get(kr.id)!);
    d = withKeyResult(d, moved);
    expect(heightOf(d, other.id, false)).toBeGreaterThan(otherBefore + KR_EXTRA);
    expect(heightOf(d, owner, false)).toBeLessThan(ownerBefore - KR_EXTRA);
  });

  it('are ignored when they do not fit the rows', () => {
    const rows = openRows();
    const { objectives, keyResults } = snapshotFromRows(rows);
    const short = fromSnapshot(objectives, keyResults, false, { card: rows.measured.card.slice(1), compact: rows.measured.compact });
    expect(short.measured).toBeUndefined();
    const bad = fromSnapshot(objectives, keyResults, false, { card: rows.measured.card.map(() => 'tall'), compact: rows.measured.compact });
    expect(bad.measured).toBeUndefined();
  });
});
