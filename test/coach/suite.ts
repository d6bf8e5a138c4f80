/**
 * One suite for every hold-out after the first: its size, and the coach held to its measured
 * figures as floors (the blind measurement, and the in-sample figures once it has been looked at).
 */
import { describe, expect, it } from 'vitest';
import { type Floors, type Labelled, type LabelledPlan, TARGET, evaluate, evaluatePlans, floorOf, holdoutReport, quietOnSound, scoreRules } from './report';

export interface HoldoutSuite {
  /** The describe block's name. */
  name: string;
  /** The report's heading, printed with the test's output. */
  heading: string;
  entries: readonly unknown[];
  plans: readonly unknown[];
  /** The least it must hold: objectives, and plans. */
  size: { entries: number; plans: number };
  /** Each table of floors it was measured at; a rule must reach the highest of them. */
  floors: readonly Floors[];
  /** The share of sound objectives that must raise nothing, and the clone groups named exactly. */
  quiet: number;
  exactGroups: number;
  /** False while blind: the misses are not printed, so that reading CI's log does not make it tuning material. */
  printMisses: boolean;
  /** Rules held to issue 10's target on this set: 0.85 precision and recall, unrounded. */
  target?: readonly string[];
}

/**
 * The rules that meet it on each of the fifty-ninth to sixty-sixth and seventieth sets (goal-clone's
 * recall does not on all of them, and its sets add it where it does: the sixtieth, sixty-sixth,
 * sixty-ninth and seventieth; activities miss by a hair on the sixty-seventh to sixty-ninth:
 * README, "Where it stands").
 */
export const MEETS_TARGET = ['number-title', 'generic-container', 'task-listing', 'job-requirement', 'compliance', 'kr-not-measurable', 'no-key-results'] as const;

export function describeHoldout(o: HoldoutSuite): void {
  describe(o.name, () => {
    // The sets are typed where they are written, from the labels' fields; the harness reads the same fields.
    const entries = evaluate(o.entries as readonly Labelled[]);
    const plans = evaluatePlans(o.plans as readonly LabelledPlan[]);
    const results = [...entries, ...plans.results];

    it(`is at least ${o.size.entries} objectives and ${o.size.plans} plans from domains no earlier set has`, () => {
      expect(o.entries.length).toBeGreaterThanOrEqual(o.size.entries);
      expect(o.plans.length).toBeGreaterThanOrEqual(o.size.plans);
    });

    it('does no worse than any of its measurements', () => {
      const report = holdoutReport(o.heading, results, plans.groups);
      console.log(o.printMisses ? report : report.split('\nEntries the coach gets wrong')[0]);
      for (const s of scoreRules(results)) {
        const [p, r] = floorOf(s.code, ...o.floors);
        expect(s.precision, `${s.code} precision`).toBeGreaterThanOrEqual(p);
        expect(s.recall, `${s.code} recall`).toBeGreaterThanOrEqual(r);
      }
      expect(quietOnSound(results).share).toBeGreaterThanOrEqual(o.quiet);
      expect(plans.groups.exact, 'labelled clone groups named exactly').toBeGreaterThanOrEqual(o.exactGroups);
    });

    if (o.target?.length) {
      it(`meets ${TARGET} precision and recall on ${o.target.join(', ')}`, () => {
        for (const s of scoreRules(results).filter((s) => o.target!.includes(s.code))) {
          expect(s.precision, `${s.code} precision`).toBeGreaterThanOrEqual(TARGET);
          expect(s.recall, `${s.code} recall`).toBeGreaterThanOrEqual(TARGET);
        }
      });
    }
  });
}
