import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../shared/coach/analyse';
import { titleRulesOf, wordRulesOf } from '../../shared/coach/rules';
import { decodeShelfModel, isShelfCode, readShelf, shippedModel } from '../../shared/coach/shelf';
import { fitShelfModel } from '../coach/fitShelf';
import { TUNING_SETS } from '../coach/tuning';

const shipped = new Uint8Array(readFileSync(new URL('../../shared/coach/shelfModel.bin', import.meta.url)));

describe('the shelf model', () => {
  it('was fitted to the tuning sets and to no blind hold-out, and every hold-out is one or the other', () => {
    const { sets } = shippedModel();
    expect(sets).toEqual(TUNING_SETS.map(([name]) => name));
    // A hold-out is blind while its test file prints no misses (test/coach/suite.ts).
    const dir = new URL('./', import.meta.url);
    const blind: string[] = [];
    const all: string[] = [];
    for (const file of readdirSync(dir)) {
      const n = /^coach-holdout(\d*)\.test\.ts$/.exec(file)?.[1];
      if (n === undefined) continue;
      const name = `h${n || '1'}`;
      all.push(name);
      if (/printMisses: false/.test(readFileSync(new URL(file, dir), 'utf8'))) blind.push(name);
    }
    expect(blind.length).toBeGreaterThanOrEqual(10);
    for (const name of blind) expect(sets).not.toContain(name);
    expect([...all].sort()).toEqual([...sets.filter((s) => s !== 'corpus'), ...blind].sort());
  });

  it('is exactly what `npm run fit-coach` writes from the tuning sets (so it can be refitted, and reviewed)', () => {
    expect(fitShelfModel().bytes).toEqual(shipped);
  }, 180_000);

  it('refuses a damaged model in words', () => {
    const damaged = (bytes: Uint8Array) => () => decodeShelfModel(bytes);
    expect(damaged(shipped.subarray(0, 3))).toThrow("The coach's shelf model is damaged (not a shelf model); reinstall the app.");
    expect(damaged(shipped.subarray(0, shipped.length - 3))).toThrow(/damaged \(\d+ bytes of weights do not divide into buckets\)/);
    const newer = shipped.slice();
    newer[4] = 9;
    expect(damaged(newer)).toThrow("The coach's shelf model is damaged (version 9 is not one this app reads); reinstall the app.");
    const garbled = shipped.slice();
    garbled[9] = 0x78;
    expect(damaged(garbled)).toThrow(/damaged \(its header is not JSON\)/);
    const renamed = shipped.slice();
    renamed[new TextDecoder().decode(shipped.subarray(0, 200)).indexOf('thresholds')] = 0x54;
    expect(damaged(renamed)).toThrow(/damaged \(its header lacks thresholds or scales\)/);
  });

  it('puts a title on one shelf at most, as every labelled title is', () => {
    for (const [, entries] of TUNING_SETS.slice(0, 10)) {
      for (const { title } of entries) {
        const codes = titleRulesOf(analyse(title));
        expect(codes.filter((c) => isShelfCode(c)).length, title).toBeLessThanOrEqual(1);
      }
    }
  });

  it('keeps every code the word rules give that is not a shelf, and weighs only the shelves', () => {
    for (const title of ['Increase ARR by 25%', 'Marketing objectives', 'Fit 500 smart meters in the east zone', 'NPS 50']) {
      const a = analyse(title);
      const other = (codes: readonly string[]) => codes.filter((c) => !isShelfCode(c));
      expect(other(titleRulesOf(a))).toEqual(other(wordRulesOf(a)));
    }
  });

  it('reads what a title is from its words where the word rules have no shape for it', () => {
    // The word rules cleared the first two; weighed against the labelled sets' words, a roll-out is
    // the work itself and records kept up to date are a duty. A job title's word is still no cue.
    const model = shippedModel();
    const shelfOf = (title: string) => readShelf(analyse(title).tz, wordRulesOf(analyse(title)), model).find(isShelfCode) ?? null;
    expect(shelfOf('Roll out the new intranet to all teams')).toBe('task-listing');
    expect(shelfOf('Stock records kept up to date with HMRC')).toBe('job-requirement');
    expect(shelfOf('Hire a Compliance Analyst for the EMEA region')).toBe(null);
  });
});
