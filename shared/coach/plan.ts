/**
 * The coach over a whole plan. Linear in objectives plus key results, apart from the clone join,
 * which is bucketed (see clone.ts) so that 50,000 objectives stay cheap.
 */
import { onShelf } from '../vocabulary';
import { analyse, type Analysis } from './analyse';
import { acronymsIn, closedWordsIn, cloneKey, COMPARATORS, contentStem, copyGroups, type CopyFacts, namesIn, preorder, restates, withoutNumbers } from './clone';
import { countedKey, metricHead, metricKey, unitKey } from './measureKeys';
import { CLONE_SYNONYMS, FUNCTION_WORDS } from './lexicon';
import { isKrMeasurable, titleHasQuantity } from './kr';
import { findQuantities } from './quantity';
import { stem, tokenize } from './text';
import { cloneMessage, FIXES, LEVER_PROMPT, MESSAGES } from './messages';
import { titleRulesOf } from './rules';
import type { CoachKeyResult, CoachObjective, Finding, RuleCode } from './types';
import { everydayStems, titleMeaning, type WordVectors } from './vectors';

/** A heading is a few words ("Cattle sales", "Social housing contracts"). */
const HEADING_WORDS = 3;
const HEADING: readonly RuleCode[] = ['generic-container'];
/** Title rules whose titles teams copy word for word (see paraphrase.ts, TRAP_SHARED), the shelf's first. */
const TRAPS: readonly RuleCode[] = ['compliance', 'job-requirement', 'task-listing', 'number-title'];

/** Codes that say the objective itself is not an outcome; adding KRs to it would be the wrong advice. */
const NOT_AN_OUTCOME: ReadonlySet<RuleCode> = new Set(['compliance', 'job-requirement', 'task-listing']);


/**
 * "Sharpening service", "Planning Policy", "Shearing gang — Tregaron": a first word in -ing before
 * bare nouns, with no article or preposition, names a kind of work; over objectives of its own it
 * is a branch's name, not an imperative.
 */
function namingForm(a: Analysis): boolean {
  const first = a.words[0] ?? '';
  return a.lead?.at === 0 && first.endsWith('ing') && a.lead.particle === '' && a.words.every((w) => !FUNCTION_WORDS.has(w));
}

interface TitleFacts {
  codes: RuleCode[];
  /** The clone key, numbers and all. */
  key: string[];
  /** With a team's label before it ("Upper beds: fewer oysters lost…"), the key of the whole line. */
  labelled: string[] | null;
  /** A short line with no verb, no amount and no duty: over objectives of its own, a heading. */
  heading: boolean;
  /** What the copy joins read (see `copyGroups`). */
  copy: CopyFacts;
  /** The same for the title as a heading, which copies nothing: made when first needed. */
  headingCopy?: CopyFacts;
}

/**
 * A child restates its parent, read without its team's label; or with it, when the label only names
 * what the parent already says ("Upper beds: fewer oysters lost to summer mortality" under "Stop
 * losing oysters to summer mortality on the upper beds").
 */
function restatesParent(child: TitleFacts, parentKey: readonly string[]): boolean {
  if (restates(child.key, parentKey)) return true;
  if (!child.labelled) return false;
  const inParent = new Set(parentKey);
  const own = new Set(child.key);
  return child.labelled.every((w) => own.has(w) || inParent.has(w)) && restates(child.labelled, parentKey);
}

/** "…, by running a Sunday service", "…through opening a second bar": a lever of the title's own. */
const addsLever = (a: Analysis): boolean =>
  a.words.some((w, k) => (w === 'by' || w === 'through' || w === 'via') && (a.words[k + 1] ?? '').length > 4 && a.words[k + 1]!.endsWith('ing'));

function finding(code: RuleCode, objectiveId: string, message = MESSAGES[code]): Finding {
  const f: Finding = { code, subject: { kind: 'objective', id: objectiveId }, objectiveId, message };
  const fix = FIXES[code];
  if (fix) f.fix = fix;
  return f;
}

/**
 * Every finding on the cascade. Objectives on the Health & Hygiene shelf are left out: they are
 * there because they are not strategic, which is the coach's own advice. `vectors` are the shipped
 * word vectors (wordVectorsData.ts), which find copies reworded; null only where they cannot be
 * loaded yet, which finds copies by their words alone.
 */
export function coachPlan(allObjectives: readonly CoachObjective[], keyResults: readonly CoachKeyResult[], vectors: WordVectors | null): Finding[] {
  const objectives = allObjectives.some((o) => o.gate !== undefined && onShelf({ gate: o.gate }))
    ? allObjectives.filter((o) => o.gate === undefined || !onShelf({ gate: o.gate }))
    : allObjectives;
  // Acronyms the plan uses, so that their spelt-out forms compare as the same words.
  const acronyms = new Set<string>();
  // And the closed compounds it writes, so that "check-up" and "hair cut" compare as "checkup".
  const closed = new Set<string>();
  const seen = new Set<string>();
  for (const o of objectives) {
    if (seen.has(o.title)) continue;
    seen.add(o.title);
    if (/[A-Z]{2}/.test(o.title)) for (const a of acronymsIn(o.title)) acronyms.add(a);
    closedWordsIn(o.title, closed);
  }
  // Words written as names inside a sentence ("…in Latin America"), as clone keys hold them.
  const names = new Set<string>();
  // Real plans repeat titles (and drafts are often blank), so each distinct title is read once.
  const facts = new Map<string, TitleFacts>();
  const factsOf = (title: string): TitleFacts => {
    let f = facts.get(title);
    if (!f) {
      const a = analyse(title);
      // Copies are compared without a team's label ("Bath: flu jabs 3,000"), counted amounts too.
      const key = a.words.length ? cloneKey(a.subject, acronyms, closed) : [];
      if (!a.subject.titleCase) for (const stem of namesIn(a.subject)) names.add(stem);
      const quantities = a.subject === a.tz ? a.quantities : findQuantities(a.subject);
      const counts = quantities.filter((q) => q.kind === 'amount').map((q) => q.index);
      const codes = titleRulesOf(a);
      const metric = codes.includes('number-title') ? metricKey(a.subject, quantities, a.lead !== null) : [];
      const head = codes.includes('number-title') && a.lead === null ? metricHead(a.subject, quantities, acronyms) : '';
      // The whole title: a label before the count ("Wedding displays: 140") may name what it counts.
      const whole = codes.includes('number-title') ? tokenize(title) : null;
      const unit = whole ? unitKey(whole, findQuantities(whole)) : '';
      const verb = a.lead ? (CLONE_SYNONYMS.get(a.lead.verb) ?? a.lead.verb) : '';
      // (A measure with no unit keeps its verb: two verbs are two measures, see `copyGroups`.)
      const share = unit || verb ? { unit, verb } : null;
      const heading = (a.lead === null || namingForm(a)) && a.words.length <= HEADING_WORDS && a.quantities.length === 0 && codes.every((c) => c !== 'compliance' && c !== 'job-requirement');
      const meaning = vectors && key.length ? titleMeaning(a.subject, vectors, contentStem) : null;
      // A measure's name: its key words before the first amount of any kind ("Rework below 2%…" →
      // rework; a comparator there is no word of the name). See `copyGroups`.
      const before = quantities[0]?.index ?? 0;
      const named = codes.includes('number-title') && before > 0
        ? cloneKey({ ...a.subject, tokens: a.subject.tokens.slice(0, before), words: a.subject.words.filter((w) => w < before) }, acronyms, closed).filter((w) => !COMPARATORS.has(w))
        : [];
      const more: string[] = [];
      const counted = countedKey(a.subject, counts);
      if (counted) more.push(counted);
      for (const m of metric) more.push(`metric:${m}`);
      if (head) more.push(`head:${head}`);
      const copy: CopyFacts = { key: withoutNumbers(key), more, measure: codes.includes('number-title'), named, share, meaning, duty: codes.includes('job-requirement'), trap: TRAPS.find((c) => codes.includes(c)) ?? '', verb: verb ? stem(verb) : '', lever: addsLever(a), everyday: vectors ? everydayStems(a.subject, vectors, contentStem) : null, labelled: a.subject !== a.tz || a.owned === true };
      const labelled = a.subject !== a.tz && a.words.length ? cloneKey(a.tz, acronyms, closed) : null;
      facts.set(title, (f = { codes, key, labelled, heading, copy }));
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

  // Clones: a child restating its parent first, then copies anywhere in the cascade (siblings,
  // cousins, copies that differ only in their numbers), each group found once and named whole.
  const cloneOf = new Map<string, CoachObjective>();
  const children = new Map<string, CoachObjective[]>();
  for (const o of objectives) {
    const parent = o.parentId !== null ? byId.get(o.parentId) : undefined;
    const g = parent ? parent.id : '';
    let list = children.get(g);
    if (!list) children.set(g, (list = []));
    list.push(o);
    if (parent && restatesParent(factsOf(o.title), factsOf(parent.title).key)) cloneOf.set(o.id, parent);
  }
  // A heading ("North build region", or "South district sites" over objectives of its own) names
  // who, not a goal: two alike are two teams, no copy.
  const isHeading = (o: CoachObjective, f: TitleFacts): boolean => f.codes.includes('generic-container') || (f.heading && children.has(o.id));
  const groupOf = copyGroups(
    preorder(children),
    cloneOf,
    (o) => {
      const f = factsOf(o.title);
      return isHeading(o, f) ? (f.headingCopy ??= { ...f.copy, key: [], more: [] }) : f.copy;
    },
    (w) => names.has(w),
  );

  const out: Finding[] = [];
  for (const o of objectives) {
    const facts = factsOf(o.title);
    // "Sheep sales", "Café & events" over objectives of their own name a branch, not a measure or a
    // piece of work: in a tree, such a line is a heading (every labelled plan reads it so).
    const codes: readonly RuleCode[] = facts.heading && children.has(o.id) && !facts.codes.includes('generic-container') ? HEADING : facts.codes;
    for (const code of codes) out.push(finding(code, o.id));
    const parent = cloneOf.get(o.id);
    const group = groupOf.get(o.id);
    // The first of a group in tree order is the original, which the others copy.
    const original = group && group[0] !== o ? group[0]! : undefined;
    if (parent || original) {
      const f = parent
        ? finding('goal-clone', o.id, cloneMessage('parent', parent.title))
        : finding('goal-clone', o.id, cloneMessage('copies', original!.title, group!.length));
      f.prompt = LEVER_PROMPT;
      f.cloneOf = (parent ?? original)!.id;
      // The first copy's finding names the whole group, the original first; a child restating its
      // parent, and in no group of its own, names the pair.
      if (group && group[1] === o) f.objectiveIds = group.map((c) => c.id);
      else if (parent && !group) f.objectiveIds = [parent.id, o.id];
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
