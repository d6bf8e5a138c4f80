import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers, dispatch } from '../../electron/api';
import { FinishedExports } from '../../electron/export/finished';
import { PlanSession } from '../../electron/session';
import type { DiffReport } from '../../shared/diff';
import { writeCompanyPlan } from '../helpers/company';
import { tmpDir } from '../helpers/tmp';

const squash = (s: string): string => s.normalize('NFC').replace(/[\s\u00ad]+/g, '');
const pdfText = (file: string): string => squash(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
const pdfPages = (file: string): number => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);

/** The company plan, a snapshot, then a review's worth of edits through the app's handlers. */
async function reviewed() {
  const dir = tmpDir();
  const file = path.join(dir, 'Northwind.cascade');
  writeCompanyPlan(file);
  const session = new PlanSession(path.join(dir, 'data'));
  session.open(file);
  const finished = new FinishedExports();
  const h = createHandlers(session, finished);
  const call = (m: string, a?: unknown) => dispatch(h, m, a);
  const plan = session.snapshot();
  const o = (t: string) => plan.objectives.find((x) => x.title === t)!;
  const k = (t: string) => plan.keyResults.find((x) => x.title === t)!;
  await call('takeSnapshot', { name: 'Monday review' });
  await call('updateKeyResult', { id: k('QBRs held').id, patch: { current: 15 } });
  await call('updateKeyResult', { id: k('Driver attrition').id, patch: { current: 23 } });
  await call('updateObjective', { id: o('Win back trust with key acounts').id, patch: { title: 'Win back trust with key accounts', owner: 'Customer Success' } });
  await call('moveObjective', { id: o('Launch a mentor programme for first-year drivers').id, parentId: o('Make every route predictable').id, index: 0 });
  await call('deleteObjective', { id: o('Instrument the last 50 trucks with telematics').id });
  await call('createObjective', { parentId: o('Electrify the Copenhagen fleet').id, title: 'Lease 10 e-vans for Frederiksberg routes' });
  return { session, call, finished };
}

describe('a comparison as a file', () => {
  it('is JSON with every change, named for the plan and the two sides', async () => {
    const { session, call, finished } = await reviewed();
    const r = await call('exportComparison', { jobId: 'compare-json', from: 'Monday review', format: 'json' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const out = r.value as { fileName: string; bytes: number };
    const file = finished.take('compare-json');
    expect(file.bytes.length).toBe(out.bytes);
    expect(out.fileName).toBe('Northwind – changes Monday review to now.json');
    const report = JSON.parse(Buffer.from(file.bytes).toString('utf8')) as DiffReport;
    expect(report.summary).toBe('1 objective added, 1 objective removed, 1 objective moved, 1 title changed, 1 objective edited, 2 key result values changed');
    expect(report.diff.changed).toEqual([expect.objectContaining({ title: 'Win back trust with key accounts', fields: ['owner'] })]);
    expect(report.diff.keyResults.values.find((v) => v.title === 'Driver attrition')).toMatchObject({ before: { current: 21 }, after: { current: 23 } });
    session.close();
  });

  it('is a one-page PDF section that names every change, before and after', async () => {
    const { session, call, finished } = await reviewed();
    const r = await call('exportComparison', { jobId: 'compare-pdf', from: 'Monday review', to: 'now', format: 'pdf', paper: 'A4', landscape: false });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const file = path.resolve('test-results/comparison.pdf');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, finished.take('compare-pdf').bytes);
    expect(pdfPages(file)).toBe(1);
    const text = pdfText(file);
    for (const expected of [
      'Changes: “Monday review” → now',
      'Lease 10 e-vans for Frederiksberg routes',
      'under “Electrify the Copenhagen fleet”',
      'Instrument the last 50 trucks with telematics',
      'under “Hire and keep great drivers”',
      'under “Make every route predictable”',
      'Win back trust with key acounts',
      '9 of 30 (30%)',
      '15 of 30 (50%, +20 pts)',
      '21% of 12% (25%)',
      'owner: Account Management',
      'owner: Customer Success',
    ]) expect(text, expected).toContain(squash(expected));
    session.close();
  });
});
