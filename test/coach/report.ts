/**
 * Precision and recall of the trap coach over the labelled corpus. Each entry is run as its own
 * small plan (its parent and earlier siblings included) so that entries never compare with each
 * other, only with the context they were written for.
 */
import { coachPlan, RULE_CODES, type CoachKeyResult, type CoachObjective, type RuleCode } from '../../shared/coach';
import { WORD_VECTORS } from '../../shared/coach/wordVectorsData';
import type { CorpusEntry, CorpusKr } from './corpus';

/** A labelled objective of any set (the tuning corpus, the hold-out, a node of a hold-out plan). */
export type Labelled = Omit<CorpusEntry, 'domain' | 'batch'> & { domain: string; batch?: string };

export interface EntryResult {
  entry: Labelled;
  actual: RuleCode[];
}

/** A small labelled plan: nodes by key, and the groups of copies a reader would name. */
export interface LabelledPlan {
  name: string;
  domain: string;
  nodes: ReadonlyArray<{ key: string; parentKey?: string | null; title: string; expect: readonly RuleCode[] }>;
  cloneGroups: ReadonlyArray<readonly string[]>;
}

export interface GroupScore {
  /** Labelled groups, groups the coach found, and those found with exactly the labelled members. */
  labelled: number;
  found: number;
  exact: number;
  precision: number;
  recall: number;
}

export interface RuleScore {
  code: RuleCode;
  /** Entries labelled with the code. */
  support: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

/** A KR the rules have no reason to flag, for entries that are only about their title. */
const WELL_FORMED_KR: CorpusKr = { title: 'Reach the agreed target', unit: 'pts', start: 0, target: 10, current: 2 };

/** The codes the coach reports on one corpus entry's objective. */
export function runEntry(entry: Labelled, n = 0): RuleCode[] {
  const objectives: CoachObjective[] = [];
  const keyResults: CoachKeyResult[] = [];
  const addKrs = (objectiveId: string, krs: readonly CorpusKr[]) =>
    krs.forEach((k, i) =>
      keyResults.push({
        id: `${objectiveId}-kr${i}`,
        objectiveId,
        title: k.title,
        unit: k.unit ?? '',
        start: k.start ?? 0,
        target: k.target ?? 100,
        current: k.current ?? 0,
      }),
    );
  const p = `e${n}`;
  const parentId = entry.parent !== undefined ? `${p}-parent` : null;
  if (parentId) {
    objectives.push({ id: parentId, parentId: null, title: entry.parent!, sortOrder: 0 });
    addKrs(parentId, [WELL_FORMED_KR]);
  }
  (entry.siblings ?? []).forEach((title, i) => {
    const id = `${p}-s${i}`;
    objectives.push({ id, parentId, title, sortOrder: i });
    addKrs(id, [WELL_FORMED_KR]);
  });
  const id = `${p}-x`;
  objectives.push({ id, parentId, title: entry.title, sortOrder: entry.siblings?.length ?? 0 });
  addKrs(id, entry.krs ?? [WELL_FORMED_KR]);

  const codes = new Set<RuleCode>();
  for (const f of coachPlan(objectives, keyResults, WORD_VECTORS)) if (f.objectiveId === id) codes.add(f.code);
  return RULE_CODES.filter((c) => codes.has(c));
}

export function evaluate(corpus: readonly Labelled[]): EntryResult[] {
  return corpus.map((entry, n) => ({ entry, actual: runEntry(entry, n) }));
}

/** With nothing to find, or nothing found, there is nothing to get wrong: the ratio is 1. */
const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

export function scoreRules(results: readonly EntryResult[]): RuleScore[] {
  return RULE_CODES.map((code) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { entry, actual } of results) {
      const want = entry.expect.includes(code);
      const got = actual.includes(code);
      if (want && got) tp++;
      else if (got) fp++;
      else if (want) fn++;
    }
    return { code, support: tp + fn, tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) };
  });
}

/** Entries whose codes differ from their labels, for reading failures. */
export function mismatches(results: readonly EntryResult[]): { title: string; expect: RuleCode[]; actual: RuleCode[] }[] {
  return results
    .filter(({ entry, actual }) => entry.expect.length !== actual.length || entry.expect.some((c) => !actual.includes(c)))
    .map(({ entry, actual }) => ({ title: entry.title, expect: entry.expect, actual }));
}

const fmt = (v: number) => v.toFixed(2);

/** The precision/recall table as markdown, with a line on the corpus it was measured on. */
export function toMarkdown(scores: readonly RuleScore[], results: readonly EntryResult[]): string {
  const good = results.filter((r) => r.entry.expect.length === 0).length;
  const exact = results.length - mismatches(results).length;
  const domains = new Set(results.map((r) => r.entry.domain)).size;
  return [
    '| Rule | Labelled | TP | FP | FN | Precision | Recall |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...scores.map((s) => `| \`${s.code}\` | ${s.support} | ${s.tp} | ${s.fp} | ${s.fn} | ${fmt(s.precision)} | ${fmt(s.recall)} |`),
    '',
    `${results.length} objectives in ${domains} domains, ${good} of them good (expected to trigger nothing); ` +
      `${exact} get exactly their labelled codes.`,
  ].join('\n');
}

/** The whole report: every entry, then each hold-out batch on its own. */
export function report(corpus: readonly Labelled[]): { scores: RuleScore[]; markdown: string } {
  const results = evaluate(corpus);
  const scores = scoreRules(results);
  const parts = [toMarkdown(scores, results)];
  for (const batch of [...new Set(corpus.map((e) => e.batch).filter((b) => b !== undefined))]) {
    const sub = results.filter((r) => r.entry.batch === batch);
    parts.push(`\n${batch} (today, after its misses were used; see the README for its first measurement):\n`);
    parts.push(toMarkdown(scoreRules(sub), sub));
  }
  const misses = mismatches(results);
  if (misses.length) {
    parts.push('\nEntries the coach gets wrong:\n');
    for (const m of misses) parts.push(`- “${m.title}”: expected [${m.expect.join(', ')}], got [${m.actual.join(', ')}]`);
  }
  return { scores, markdown: parts.join('\n') };
}

/**
 * Runs each labelled plan whole (every node with a well-formed KR, as title-only entries have), and
 * returns each node as an entry with its codes, plus how well the clone groups were found: a
 * labelled group counts as found only when one finding names exactly its members.
 */
export function evaluatePlans(plans: readonly LabelledPlan[]): { results: EntryResult[]; groups: GroupScore } {
  const results: EntryResult[] = [];
  let labelled = 0;
  let found = 0;
  let exact = 0;
  plans.forEach((plan, p) => {
    const id = (key: string) => `p${p}-${key}`;
    const keys = new Set(plan.nodes.map((n) => n.key));
    const order = new Map<string, number>();
    const objectives: CoachObjective[] = plan.nodes.map((n) => {
      const parent = n.parentKey && keys.has(n.parentKey) ? n.parentKey : '';
      const sortOrder = order.get(parent) ?? 0;
      order.set(parent, sortOrder + 1);
      return { id: id(n.key), parentId: parent ? id(parent) : null, title: n.title, sortOrder };
    });
    const keyResults: CoachKeyResult[] = objectives.map((o) => ({
      id: `${o.id}-kr`,
      objectiveId: o.id,
      title: WELL_FORMED_KR.title,
      unit: WELL_FORMED_KR.unit ?? '',
      start: WELL_FORMED_KR.start ?? 0,
      target: WELL_FORMED_KR.target ?? 100,
      current: WELL_FORMED_KR.current ?? 0,
    }));
    const findings = coachPlan(objectives, keyResults, WORD_VECTORS);
    const codes = new Map<string, Set<RuleCode>>();
    for (const f of findings) {
      let set = codes.get(f.objectiveId);
      if (!set) codes.set(f.objectiveId, (set = new Set()));
      set.add(f.code);
    }
    for (const n of plan.nodes) {
      const got = codes.get(id(n.key)) ?? new Set<RuleCode>();
      results.push({
        entry: { title: n.title, domain: plan.domain, expect: [...n.expect], batch: `plan: ${plan.name}` },
        actual: RULE_CODES.filter((c) => got.has(c)),
      });
    }
    const asKey = (ids: readonly string[]) => [...ids].sort().join('|');
    const want = new Set(plan.cloneGroups.map((g) => asKey(g.map(id))));
    const got = findings.filter((f) => f.objectiveIds).map((f) => asKey(f.objectiveIds!));
    labelled += want.size;
    found += got.length;
    exact += got.filter((g) => want.has(g)).length;
  });
  return { results, groups: { labelled, found, exact, precision: ratio(exact, found), recall: ratio(exact, labelled) } };
}

/** Share of sound objectives (labelled with nothing) on which the coach raises nothing. */
export function quietOnSound(results: readonly EntryResult[]): { sound: number; quiet: number; share: number } {
  const sound = results.filter((r) => r.entry.expect.length === 0);
  const quiet = sound.filter((r) => r.actual.length === 0).length;
  return { sound: sound.length, quiet, share: ratio(quiet, sound.length) };
}

/** Per rule, the precision and recall a set must keep. */
export type Floors = Record<string, [precision: number, recall: number]>;

/**
 * What a hold-out test prints: the table, how its clone groups were found, how many sound
 * objectives stayed quiet, and every entry the coach gets wrong.
 */
export function holdoutReport(heading: string, results: readonly EntryResult[], groups: GroupScore): string {
  const quiet = quietOnSound(results);
  const misses = mismatches(results);
  return [
    `\n${heading}\n`,
    toMarkdown(scoreRules(results), results),
    `\nClone groups in the plans: ${groups.labelled} labelled, ${groups.found} found, ${groups.exact} exactly.`,
    `Sound objectives that raise nothing: ${quiet.quiet} of ${quiet.sound} (${(quiet.share * 100).toFixed(1)}%).`,
    ...(misses.length ? ['\nEntries the coach gets wrong:', ...misses.map((m) => `- “${m.title}”: expected [${m.expect.join(', ')}], got [${m.actual.join(', ')}]`)] : []),
  ].join('\n');
}

/** Issue 10's bar for every rule on a set nobody tuned for: precision and recall. */
export const TARGET = 0.85;

/** The floor of a rule: the highest figure any of the tables gives it, less the tables' rounding. */
export function floorOf(code: string, ...tables: readonly Floors[]): [precision: number, recall: number] {
  let p = 0;
  let r = 0;
  for (const t of tables) {
    const [tp, tr] = t[code] ?? [0, 0];
    p = Math.max(p, tp);
    r = Math.max(r, tr);
  }
  return [p - 0.005, r - 0.005];
}
