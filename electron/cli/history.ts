import path from 'node:path';
import { parseArgs } from 'node:util';
import { CARRY_CHOICES, type CarryChoice } from '../../shared/cycles';
import { NOW, fieldValues } from '../../shared/diff';
import { CliError, oneOf } from '../cli-args';
import { closePlanDb, openPlanDb } from '../db/open';
import { Cycles } from '../db/cycles';
import { PlanRepo } from '../db/repo';
import { PlanSession } from '../session';
import { userDataDir } from '../paths';

export const HISTORY_USAGE = `cascade snapshot <plan.cascade> --name <name>     record the plan as it is now
  cascade snapshot <plan.cascade> --list            the plan's snapshots, oldest first
  cascade diff <plan.cascade> <from> [<to>] [--json]   what changed (snapshot names, or "now"; <to> defaults to now)
  cascade cycle close <plan.cascade> [--name <name>]   close the current cycle: its values are recorded and frozen
  cascade cycle next <plan.cascade> --name <name> [--carry carry|reset|drop]   start the next cycle`;

const when = (iso: string) => `${iso.replace('T', ' ').slice(0, 16)} UTC`;

/** Opens the plan for one command and closes it, whatever happens. */
function withPlan<T>(file: string, run: (cycles: Cycles) => T, readOnly = false): T {
  const db = openPlanDb(path.resolve(file), { readOnly });
  try {
    return run(new Cycles(db, new PlanRepo(db)));
  } finally {
    closePlanDb(db);
  }
}

/** `cascade snapshot <plan> --name <n>` / `--list`. */
export function snapshotCommand(args: string[]): string {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { name: { type: 'string' }, list: { type: 'boolean', default: false } } });
  if (positionals.length !== 1) throw new CliError('snapshot takes exactly one plan file.');
  const [plan] = positionals as [string];
  if (values.list) {
    if (values.name !== undefined) throw new CliError('Give --name to take a snapshot, or --list to see them, not both.');
    const list = withPlan(plan, (c) => c.snapshots.list(), true);
    if (list.length === 0) return `${path.basename(plan)} has no snapshots yet (take one with: cascade snapshot <plan> --name <name>).`;
    return [`Snapshots of ${path.basename(plan)}, oldest first:`, ...list.map((s) => `  ${when(s.takenAt)}  ${s.kind.padEnd(8)} ${String(s.objectives).padStart(6)} objectives  ${s.name}`)].join('\n');
  }
  if (values.name === undefined) throw new CliError('--name <name> is required (or --list).');
  const name = values.name;
  const info = withPlan(plan, (c) => c.takeSnapshot(name, 'user'));
  return `Recorded snapshot “${info.name}” of ${path.basename(plan)} (${info.objectives} objectives, ${info.keyResults} key results).`;
}

/** `cascade diff <plan> <from> [<to>] [--json]`: reads only. */
export function diffCommand(args: string[]): string {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  const [plan, from, to = NOW, ...extra] = positionals;
  if (!plan || !from || extra.length) throw new CliError('diff takes a plan file, a snapshot to compare from, and optionally one to compare to (default: now).');
  const session = new PlanSession(userDataDir());
  session.open(plan, { readOnly: true });
  try {
    const report = session.compare(from, to);
    if (values.json) return JSON.stringify(report, null, 2);
    const d = report.diff;
    const lines = [`${report.from.name} → ${report.to.name}: ${report.summary}.`];
    for (const o of d.added) lines.push(`  + ${o.title}${o.parentTitle ? `  (under “${o.parentTitle}”)` : ''}`);
    for (const o of d.removed) lines.push(`  − ${o.title}`);
    for (const o of d.moved) lines.push(`  ↷ ${o.title}: from ${o.fromTitle ? `“${o.fromTitle}”` : 'the top'} to ${o.toTitle ? `“${o.toTitle}”` : 'the top'}`);
    for (const o of d.retitled) lines.push(`  ✎ “${o.before}” → “${o.after}”`);
    for (const o of d.changed) lines.push(`  ✎ ${o.title}: ${fieldValues(o.fields, o.before)} → ${fieldValues(o.fields, o.after)}`);
    for (const k of d.keyResults.values) {
      const pts = Math.round(k.progressChange * 100);
      lines.push(`  # ${k.title}: ${k.before.current} → ${k.after.current} ${k.unit}`.trimEnd() + ` (${pts >= 0 ? '+' : ''}${pts} pts)`);
    }
    for (const k of d.keyResults.added) lines.push(`  + key result ${k.title}`);
    for (const k of d.keyResults.removed) lines.push(`  − key result ${k.title}`);
    for (const k of d.keyResults.retitled) lines.push(`  ✎ key result “${k.before}” → “${k.after}”`);
    return lines.join('\n');
  } finally {
    session.close();
  }
}

/** `cascade cycle close|next <plan> …`. */
export function cycleCommand(args: string[]): string {
  const [action, ...rest] = args;
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { name: { type: 'string' }, carry: { type: 'string' } } });
  if (positionals.length !== 1) throw new CliError(`cycle ${action ?? ''} takes exactly one plan file.`.replace('  ', ' '));
  const [plan] = positionals as [string];
  if (action === 'close') {
    if (values.carry !== undefined) throw new CliError('--carry goes with cycle next.');
    const c = withPlan(plan, (cycles) => cycles.close(values.name));
    return `Closed the cycle “${c.name}” of ${path.basename(plan)}: its final values are recorded in the snapshot “${c.snapshot}”, and the plan is read-only until the next cycle starts.`;
  }
  if (action === 'next') {
    if (values.name === undefined) throw new CliError('--name <name> is required: what the next cycle is called, e.g. --name "Q2 2027".');
    const choice: CarryChoice = oneOf(values.carry, CARRY_CHOICES, '--carry') ?? 'carry';
    const name = values.name;
    const c = withPlan(plan, (cycles) => cycles.next(name, { default: choice, branches: {} }));
    return `Started the cycle “${c.name}” of ${path.basename(plan)} (unfinished key results: ${choice === 'carry' ? 'carried over from their current values' : choice === 'reset' ? 'reset to their start values' : 'dropped'}).`;
  }
  throw new CliError(`cycle takes close or next, not “${action ?? ''}”.`);
}
