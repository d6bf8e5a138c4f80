import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { closePlanDb, openPlanDb } from '../../electron/db/open';
import { PlanRepo } from '../../electron/db/repo';
import { launchBrowser } from './harness';

/** One Chromium per test file: launched before its tests, closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

/** Reads the plan file directly, the way a later launch of the app would. */
export function readPlan(file: string) {
  const db = openPlanDb(file, { readOnly: true });
  const repo = new PlanRepo(db);
  const result = { objectives: repo.objectives(), keyResults: repo.keyResults(), dismissals: repo.dismissals() };
  closePlanDb(db);
  return result;
}
