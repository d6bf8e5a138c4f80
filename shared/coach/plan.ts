/**
 * The coach over a whole plan. Linear in objectives plus key results, apart from the sibling clone
 * join, which is bucketed (see clone.ts) so that a parent with thousands of children stays cheap.
 */
import { onShelf } from '../vocabulary';
import { analyse } from './analyse';
import { cloneKey, restates, siblingCopies } from './clone';
import { isKrMeasurable, titleHasQuantity } from './kr';
import { cloneMessage, FIXES, LEVER_PROMPT, MESSAGES } from './messages';
import { titleRulesOf } from './rules';
import type { CoachKeyResult, CoachObjective, Finding, RuleCode } from './types';

/** Codes that say the objective itself is not an outcome; adding KRs to it would be the wrong advice. */
const NOT_AN_OUTCOME: ReadonlySet<RuleCode> = new Set(['compliance', 'job-requirement', 'task-listing']);

const ROOT = '';
const bySortOrder = (a: CoachObjective, b: CoachObjective) =>
  a.sortOrder - b.sortOrder || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

interface TitleFacts {
  codes: RuleCode[];
  key: string[];
}

function finding(code: RuleCode, objectiveId: string, message = MESSAGES[code]): Finding {
  const f: Finding = { code, subject: { kind: 'objective', id: objectiveId }, objectiveId, message };
  const fix = FIXES[code];
  if (fix) f.fix = fix;
  return f;
}

/**
 * Every finding on the cascade. Objectives on the Health & Hygiene shelf are left out: they are
 * there because they are not strategic, which is the coach's own advice.
 */
export function coachPlan(allObjectives: readonly CoachObjective[], keyResults: readonly CoachKeyResult[]): Finding[] {
  const objectives = allObjectives.some((o) => o.gate !== undefined && onShelf({ gate: o.gate }))
    ? allObjectives.filter((o) => o.gate === undefined || !onShelf({ gate: o.gate }))
    : allObjectives;
  // Real plans repeat titles (and drafts are often blank), so each distinct title is read once.
  const facts = new Map<string, TitleFacts>();
  const factsOf = (title: string): TitleFacts => {
    let f = facts.get(title);
    if (!f) {
      const a = analyse(title);
      facts.set(title, (f = { codes: titleRulesOf(a), key: a.words.length ? cloneKey(a.tz) : [] }));
    }
    return f;
  };

  // KR titles repeat too ("Launch", "TBD"), and the quantity check tokenises them.
  const measurable = new Map<string, boolean>();
  const titleMeasures = (title: string): boolean => {
    let m = measurable.get(title);
    if (m === undefined) measurable.set(title, (m = titleHasQuantity(title)));
    return m;
  };

  const byId = new Map<string, CoachObjective>();
  for (const o of objectives) byId.set(o.id, o);
  const krsOf = new Map<string, CoachKeyResult[]>();
  for (const kr of keyResults) {
    let list = krsOf.get(kr.objectiveId);
    if (!list) krsOf.set(kr.objectiveId, (list = []));
    list.push(kr);
  }

  // Clones: against the parent first, then against earlier siblings (an orphan counts as a root,
  // as it is drawn).
  const cloneOf = new Map<string, { of: CoachObjective; kind: 'parent' | 'sibling' }>();
  const groups = new Map<string, CoachObjective[]>();
  for (const o of objectives) {
    const parent = o.parentId !== null ? byId.get(o.parentId) : undefined;
    const g = parent ? parent.id : ROOT;
    let list = groups.get(g);
    if (!list) groups.set(g, (list = []));
    list.push(o);
    if (parent && restates(factsOf(o.title).key, factsOf(parent.title).key)) cloneOf.set(o.id, { of: parent, kind: 'parent' });
  }
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    list.sort(bySortOrder);
    const copies = siblingCopies(list.map((o) => factsOf(o.title).key));
    for (const [later, earlier] of copies) {
      const o = list[later]!;
      if (!cloneOf.has(o.id)) cloneOf.set(o.id, { of: list[earlier]!, kind: 'sibling' });
    }
  }

  const out: Finding[] = [];
  for (const o of objectives) {
    const { codes } = factsOf(o.title);
    for (const code of codes) out.push(finding(code, o.id));
    const clone = cloneOf.get(o.id);
    if (clone) {
      const f = finding('goal-clone', o.id, cloneMessage(clone.kind, clone.of.title));
      f.prompt = LEVER_PROMPT;
      f.cloneOf = clone.of.id;
      out.push(f);
    }
    const krs = krsOf.get(o.id) ?? [];
    for (const kr of krs) {
      if (!isKrMeasurable(kr, titleMeasures)) {
        out.push({
          code: 'kr-not-measurable',
          subject: { kind: 'key_result', id: kr.id },
          objectiveId: o.id,
          message: MESSAGES['kr-not-measurable'],
        });
      }
    }
    if (krs.length === 0 && o.title.trim() !== '' && !codes.some((c) => NOT_AN_OUTCOME.has(c))) {
      out.push(finding('no-key-results', o.id));
    }
  }
  return out;
}
