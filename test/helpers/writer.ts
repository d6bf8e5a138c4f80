import fs from 'node:fs';
import { openPlanDb } from '../../electron/db/open';
import { PlanRepo } from '../../electron/db/repo';

/**
 * A child process for the kill -9 trials: edits key results of a plan one committed transaction at
 * a time and, after each commit returns, writes "ack <krId> <value>" to stdout (unbuffered), the
 * moment the app would say "All changes saved". Runs until killed.
 */
const [file] = process.argv.slice(2);
const db = openPlanDb(file!);
const repo = new PlanRepo(db);
const krs = repo.keyResults().map((k) => k.id);
for (let i = 1; ; i++) {
  const id = krs[i % krs.length]!;
  repo.updateKeyResult(id, { current: i });
  fs.writeSync(1, `ack ${id} ${i}\n`);
  if (i % 7 === 0) repo.createObjective({ parentId: null, title: `Written before the crash ${i}` });
}
