import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { closePlanDb, openPlanDb } from '../../electron/db/open';
import { PlanRepo } from '../../electron/db/repo';
import { closeOpenedPages, launchBrowser } from './harness';

/** One Chromium per test file: launched before its tests, closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  // Each test's pages go with it (its server is gone by then).
  afterEach(closeOpenedPages);
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
