import { describe, expect, it } from 'vitest';
import type { Objective, Status } from '../../shared/model';
import { makeObjective } from '../../shared/defaults';
import { STATUS_LABEL, statusOf, statusValue } from '../../shared/status';

const obj = (over: Partial<Objective>): Objective =>
  makeObjective({ id: 'o', parentId: null, level: 'bridge', title: 'Deepen Client Relationships', ...over }, '');

// A 100-day custom period: 2026-01-01 … 2026-04-10, so a day is one percentage point.
const hundredDays = obj({ period: 'Spring push', periodKind: 'custom', periodStart: '2026-01-01', periodEnd: '2026-04-10' });
const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));
const q2 = obj({ period: 'Q2 2026', periodKind: 'quarter', periodStart: '2026-04-01', periodEnd: '2026-06-30' });
// 75% of Q2 2026's 91 days: 68.25 days after 1 April.
const q2ThreeQuarters = new Date(Date.UTC(2026, 3, 1) + 68.25 * 86_400_000);

describe('status from progress against time elapsed', () => {
  const at75 = (progress: number): Status | null => statusOf(hundredDays, progress, day(75)).status;

  it('is on track down to 10 points behind the time elapsed', () => {
    expect(at75(0.9)).toBe('on_track');
    expect(at75(0.75)).toBe('on_track');
    expect(at75(0.65)).toBe('on_track');
  });

  it('is at risk from 11 to 25 points behind', () => {
    expect(at75(0.64)).toBe('at_risk');
    expect(at75(0.5)).toBe('at_risk');
  });

  it('is off track more than 25 points behind', () => {
    expect(at75(0.49)).toBe('off_track');
    expect(at75(0)).toBe('off_track');
  });

  it('reports the progress expected by now', () => {
    expect(statusOf(hundredDays, 0.5, day(75)).expected).toBeCloseTo(0.75, 3);
    expect(statusOf(hundredDays, 0.5, day(20)).expected).toBeCloseTo(0.2, 3);
  });

  it('says why in one sentence', () => {
    expect(statusOf(q2, 0.62, q2ThreeQuarters).reason).toBe('62% done with 75% of Q2 2026 gone: at risk.');
    expect(statusOf(q2, 0.7, q2ThreeQuarters)).toEqual({
      status: 'on_track',
      derived: 'on_track',
      manual: false,
      expected: expect.closeTo(0.75, 3),
      reason: '70% done with 75% of Q2 2026 gone: on track.',
    });
  });

  it('is on track before the period starts, whatever the progress', () => {
    const r = statusOf(q2, 0, new Date('2026-03-15T12:00:00Z'));
    expect(r.status).toBe('on_track');
    expect(r.expected).toBe(0);
    expect(r.reason).toBe('0% done before Q2 2026 has started: on track.');
  });

  it('counts anything fully done as on track, even after the period', () => {
    expect(statusOf(q2, 1, new Date('2026-09-01T00:00:00Z')).status).toBe('on_track');
    expect(statusOf(q2, 1, new Date('2026-04-02T00:00:00Z')).status).toBe('on_track');
  });

  it('keeps judging once the period is over', () => {
    const after = new Date('2026-07-15T00:00:00Z');
    expect(statusOf(q2, 0.8, after)).toMatchObject({ status: 'at_risk', expected: 1, reason: '80% done with Q2 2026 over: at risk.' });
    expect(statusOf(q2, 0.92, after).status).toBe('on_track');
    expect(statusOf(q2, 0.6, after).status).toBe('off_track');
  });

  it('names a custom period by its label, or its dates when it has none', () => {
    expect(statusOf(hundredDays, 0.2, day(50)).reason).toBe('20% done with 50% of Spring push gone: off track.');
    expect(statusOf({ ...hundredDays, period: '' }, 0.2, day(50)).reason).toBe(
      '20% done with 50% of 2026-01-01 – 2026-04-10 gone: off track.',
    );
  });
});

describe('no derived status', () => {
  it('without period dates', () => {
    expect(statusOf(obj({ period: 'Someday' }), 0.5, day(10))).toEqual({
      status: null,
      derived: null,
      manual: false,
      expected: null,
      reason: 'No period.',
    });
  });

  it('when the period ends before it starts', () => {
    const r = statusOf(obj({ periodStart: '2026-05-01', periodEnd: '2026-04-01' }), 0.5, day(10));
    expect(r.status).toBeNull();
    expect(r.reason).toBe('The period ends (2026-04-01) before it starts (2026-05-01).');
  });

  it('when nothing is measured yet', () => {
    const r = statusOf(q2, null, q2ThreeQuarters);
    expect(r.status).toBeNull();
    expect(r.expected).toBeCloseTo(0.75, 3);
    expect(r.reason).toBe('Nothing measured yet.');
  });
});

describe('manual override', () => {
  it('wins, is shown as manual, and keeps what the numbers say', () => {
    const r = statusOf({ ...q2, statusOverride: 'on_track' }, 0.62, q2ThreeQuarters);
    expect(r.status).toBe('on_track');
    expect(r.manual).toBe(true);
    expect(r.derived).toBe('at_risk');
    expect(r.reason).toBe('Set by hand to on track; the numbers say at risk (62% done with 75% of Q2 2026 gone).');
  });

  it('is allowed without dates, and says there is nothing to check it against', () => {
    const r = statusOf(obj({ statusOverride: 'off_track' }), 0.9, day(10));
    expect(r).toMatchObject({ status: 'off_track', derived: null, manual: true, expected: null });
    expect(r.reason).toBe('Set by hand to off track; nothing to check it against (no period).');
  });
});

it('labels every status', () => {
  expect(STATUS_LABEL).toEqual({ on_track: 'On track', at_risk: 'At risk', off_track: 'Off track' });
});

describe('statusValue', () => {
  it('agrees with statusOf on every combination of period, progress and override', () => {
    const today = new Date('2026-05-15T12:00:00Z');
    for (const period of [{ periodStart: '', periodEnd: '' }, { periodStart: '2026-04-01', periodEnd: '2026-06-30' }, { periodStart: '2026-07-01', periodEnd: '2026-09-30' }]) {
      for (const progress of [null, 0, 0.2, 0.4, 0.5, 0.9, 1]) {
        for (const statusOverride of [null, 'at_risk'] as const) {
          const o = { period: 'Q', ...period, statusOverride };
          expect(statusValue(o, progress, today)).toBe(statusOf(o, progress, today).status);
        }
      }
    }
  });
});
