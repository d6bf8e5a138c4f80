/**
 * `cascade lint <plan> [--json]`: the coach's and the audit's findings on a plan file, for scripts
 * (JSON) and for people (a report grouped by branch). Findings the plan's owners dismissed, with a
 * reason, stay dismissed here too. Exit code 0 whenever the plan could be read, whatever was found:
 * findings are advice, not failures.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { WORD_VECTORS } from '../shared/coach/wordVectorsData';
import { type PlanFinding, planFindings } from '../shared/findings';
import type { Dismissal, KeyResult, Objective } from '../shared/model';
import { indexTree, ROOT } from '../shared/tree';
import { openPlanDb } from './db/open';
import { PlanRepo } from './db/repo';

export type Severity = 'error' | 'warning' | 'info';

/** One line of `lint --json`. */
export interface LintEntry {
  objectiveId: string;
  code: string;
  severity: Severity;
  message: string;
  /** For a finding on a key result. */
  keyResultId?: string;
  /** For a group of goal clones: every copy, in tree order (objectiveId is the first). */
  objectiveIds?: string[];
}

/**
 * Without key results the cascade cannot measure anything, so those are errors; titles that fall
 * into one of the method's traps are warnings; the audit's honesty checks on progress are notes.
 */
const ERRORS = new Set(['no-key-results', 'kr-not-measurable']);
const severityOf = (f: PlanFinding): Severity => (f.source === 'audit' ? 'info' : ERRORS.has(f.code) ? 'error' : 'warning');

export interface LintResult {
  entries: LintEntry[];
  /** Findings left out because someone dismissed them. */
  dismissed: number;
}

/** The findings of a plan, in tree order; a clone group is one entry naming every copy. */
export function lintPlan(objectives: readonly Objective[], keyResults: readonly KeyResult[], dismissals: readonly Dismissal[], today = new Date()): LintResult {
  const tree = indexTree(objectives, keyResults);
  const order = new Map<string, number>();
  const stack = [...(tree.children.get(ROOT) ?? [])].reverse();
  while (stack.length) {
    const id = stack.pop()!;
    order.set(id, order.size);
    for (const c of [...(tree.children.get(id) ?? [])].reverse()) stack.push(c);
  }
  const dismissed = new Set(dismissals.map((d) => `${d.subjectId}|${d.rule}`));
  const findings = planFindings([...objectives], [...keyResults], today, WORD_VECTORS);
  // Copies of a group other than its first are named by the first's entry.
  const named = new Set<string>();
  for (const f of findings) for (const id of f.objectiveIds ?? []) if (id !== f.objectiveId) named.add(id);
  const entries: LintEntry[] = [];
  let skipped = 0;
  for (const f of findings) {
    if (dismissed.has(`${f.subjectId}|${f.code}`)) {
      skipped++;
      continue;
    }
    if (f.code === 'goal-clone' && !f.objectiveIds && named.has(f.objectiveId)) continue;
    const e: LintEntry = { objectiveId: f.objectiveId, code: f.code, severity: severityOf(f), message: f.message };
    if (f.subjectKind === 'key_result') e.keyResultId = f.subjectId;
    if (f.objectiveIds) e.objectiveIds = f.objectiveIds;
    entries.push(e);
  }
  const at = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  entries.sort((a, b) => at(a.objectiveId) - at(b.objectiveId));
  return { entries, dismissed: skipped };
}

/** The readable report: one section per top-level objective and per branch below it. */
export function lintReport(name: string, objectives: readonly Objective[], result: LintResult): string {
  const byId = new Map(objectives.map((o) => [o.id, o]));
  const title = (id: string) => `“${byId.get(id)?.title.trim() || 'Untitled'}”`;
  /** The branch an objective is reported under: a top-level objective, or the child of one. */
  const branchOf = (id: string): string => {
    const chain: string[] = [];
    const seen = new Set<string>();
    for (let cur = byId.get(id); cur && !seen.has(cur.id); cur = cur.parentId ? byId.get(cur.parentId) : undefined) {
      seen.add(cur.id);
      chain.push(cur.id);
    }
    return chain.length >= 2 ? chain[chain.length - 2]! : chain[0] ?? id;
  };
  const sections = new Map<string, LintEntry[]>();
  for (const e of result.entries) {
    const b = branchOf(e.objectiveId);
    let list = sections.get(b);
    if (!list) sections.set(b, (list = []));
    list.push(e);
  }
  const n = result.entries.length;
  const lines = [`${name}: ${n} finding${n === 1 ? '' : 's'} in ${objectives.length} objective${objectives.length === 1 ? '' : 's'}${result.dismissed ? ` (${result.dismissed} dismissed, not shown)` : ''}.`];
  for (const [branch, list] of sections) {
    const o = byId.get(branch);
    const top = !o?.parentId || !byId.has(o.parentId);
    lines.push('', `${top ? 'Top level' : 'Branch'} ${title(branch)}: ${list.length}`);
    for (const e of list) {
      const where = e.keyResultId ? `key result of ${title(e.objectiveId)}` : title(e.objectiveId);
      lines.push(`  ${e.severity.padEnd(7)} ${e.code}  ${where}`, `          ${e.message}`);
      if (e.objectiveIds) for (const id of e.objectiveIds) lines.push(`          - ${title(id)} (${id}) under ${title(branchOf(id))}`);
    }
  }
  return lines.join('\n');
}

/** The command itself. Throws with a message the CLI prints when the plan cannot be read. */
export function lintCommand(args: string[], fail: (message: string) => Error): string {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  const [planFile] = positionals;
  if (!planFile || positionals.length > 1) throw fail('lint takes exactly one plan file.');
  const db = openPlanDb(path.resolve(planFile));
  try {
    const repo = new PlanRepo(db);
    const objectives = repo.objectives();
    const result = lintPlan(objectives, repo.keyResults(), repo.dismissals());
    return values.json ? JSON.stringify(result.entries, null, 2) : lintReport(path.basename(planFile, path.extname(planFile)), objectives, result);
  } finally {
    db.close();
  }
}
