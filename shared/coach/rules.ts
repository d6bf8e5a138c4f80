/**
 * The rules that need nothing but the title. Each is a predicate over one `Analysis`, so a title is
 * tokenised once however many rules look at it.
 */
import { type Analysis, analyse } from './analyse';
import { cloneKey, copies, restates } from './clone';
import { EVERYONE, MANDATORY, PERSON_NOUNS, ROLE_WORDS, TARGET_VERBS } from './lexicon';
import { turnaround } from './recurrence';
import type { RuleCode } from './types';
import { OUTCOME_VERBS, peopleDoing, statesChange } from './sentence';
import { agedBacklog, isNumberTitle, measureName } from './measures';
import { bareHeading, isGenericContainer, nameDashPeriod, ownerInBrackets, unitName } from './headings';
import { isCompliance } from './compliance';
import { dutyInAClause, isJobRequirement } from './duties';
import { isTaskListing, ticketed } from './activities';
import { readShelf } from './shelf';

/**
 * Compliance, job requirement and task listing answer one question, "where does this belong
 * instead of the cascade?", so a title gets at most one of them: the most specific shelf wins.
 */
function shelf(a: Analysis): RuleCode | null {
  if (hiresOne(a)) return null;
  if (isCompliance(a)) return 'compliance';
  // A ticket is one piece of work, whatever its verb reads as ("Booking form rebuild (HU-214)"),
  // unless the verb names a result ("Cut the broke we make at each grade change (MILL-88)").
  if (ticketed(a) && !statesChange(a) && !(a.lead && (OUTCOME_VERBS.has(a.lead.verb) || TARGET_VERBS.has(a.lead.verb)))) return 'task-listing';
  if (isJobRequirement(a) || dutyInAClause(a)) return 'job-requirement';
  if (isTaskListing(a)) return 'task-listing';
  return null;
}

/**
 * "Hire an applications chemist who can go on site…", "Hire a flying display director with CAA
 * approval so…": one person taken on is a lever the plan adds, whatever the role will do or hold
 * (the "Compliance Analyst" hire, and every set's single hires, are sound).
 */
function hiresOne(a: Analysis): boolean {
  if (!a.lead || (a.lead.verb !== 'hire' && a.lead.verb !== 'recruit') || !['a', 'an'].includes(a.words[a.lead.at + 1] ?? '')) return false;
  const rest = a.words.slice(a.lead.at + 1);
  return rest.includes('who') || ROLE_WORDS.has(a.head) || PERSON_NOUNS.has(a.head);
}

/**
 * "Renewal rate 82%", "Inspections per inspector: 180", "CPAP compliance 75%": a measure named
 * after the work, with no verb and no one made to do it, is a KPI of that work, not the work
 * itself ("100% of staff complete GDPR training" has people doing it).
 */
function kpiOfTheWork(a: Analysis, codes: readonly RuleCode[]): boolean {
  // ("Answer alarm calls within 60 seconds: 98%": the share of the work done so, its value last after
  // a colon or a dash, is the work's KPI whatever verb it opens with.)
  if (codes.includes('number-title') && a.lead !== null && sharedLast(a)) return !a.words.some((w) => EVERYONE.has(w) || w === 'staff' || w === 'training' || MANDATORY.has(w));
  // ("Fire safety training for all staff: 100%" still names everyone who must do it.)
  // ("Mandatory training compliance 95%" names the obligation itself.)
  // ("Working at height training compliance at 100%": staff's training, named.)
  if (!codes.includes('number-title') || a.lead !== null || a.words.some((w) => EVERYONE.has(w) || w === 'staff' || w === 'training' || MANDATORY.has(w))) return false;
  // ("% of concerns screened same day": the share named first, then the work it counts.)
  if (a.tz.tokens[0]?.t === '%' && a.words[0] === 'of') return true;
  // The share comes last, after the measure's name ("… 75%", "…: 95%"), not first with its people.
  const lastShare = a.quantities.some((q) => q.kind === 'percent' && q.index >= a.tz.tokens.length - 3);
  return lastShare || a.words.includes('per') || a.words.includes('rate');
}

/** A share as the line's value, last, after a colon or a dash ("…: 98%", "… — 95%"). */
function sharedLast(a: Analysis): boolean {
  const { tokens } = a.tz;
  const n = tokens.length;
  if (n < 3 || tokens[n - 1]!.t !== '%' || tokens[n - 2]!.kind !== 'num') return false;
  return tokens[n - 3]!.t === ':' || tokens[n - 3]!.t === ';';
}

/**
 * "Driver rota filled every week (ops coordinator)", "Emergency list staffed 24/7 — rota (Sister
 * Kaur)": who does a round, in brackets at the end, says nothing of what the work is; it is read
 * without.
 */
function ownerAside(a: Analysis): RuleCode | null {
  const { tokens } = a.tz;
  const n = tokens.length;
  const open = tokens.findLastIndex((t) => t.t === '(');
  if (open < 2 || tokens[n - 1]!.t !== ')' || n - open - 2 > 3 || n - open - 2 < 1) return null;
  if (!tokens.slice(open + 1, n - 1).every((t) => t.kind === 'word')) return null;
  const rest = analyse(tokens.slice(0, open).map((t) => t.raw).join(' ').replace(/ ([,;:.!?])/g, '$1'));
  // (Only a round is read so: "Post-16 & Preparing for Adulthood (Kirsty)" is a branch and its lead.)
  return rest.words.length >= 2 && shelf(rest) === 'job-requirement' ? 'job-requirement' : null;
}

/**
 * What a title is, as the coach reports it: the word rules' reading, with whether it is an activity,
 * a duty or a compliance task weighed by the shelf model (shelf.ts) against the words it uses.
 */
export function titleRulesOf(a: Analysis): RuleCode[] {
  const codes = wordRulesOf(a);
  return a.words.length === 0 ? codes : readShelf(a.tz, codes);
}

/** The word rules alone: what the shelf model is fitted over (test/coach/fitShelf.ts). */
export function wordRulesOf(a: Analysis): RuleCode[] {
  if (a.words.length === 0) return [];
  // "Sales (Becca)": a branch and its owner, whatever its first word could measure.
  if (ownerInBrackets(a) || nameDashPeriod(a)) return ['generic-container'];
  // ("Collision investigation (DS Kaur)", "Operations - B shift": a heading and its lead or shift.)
  const bare = bareHeading(a);
  if (bare && bare.words.length && isGenericContainer(bare)) return ['generic-container'];
  // ("Customers trust our severity scores": how people should act or feel, a result.)
  if (peopleDoing(a)) return [];
  const out: RuleCode[] = [];
  if (isNumberTitle(a)) out.push('number-title');
  if (isGenericContainer(a)) out.push('generic-container');
  // A name ("Call Centre Manager") is a heading, whatever verb it starts with: not an activity.
  // Nor is a measure's name ("Call volumes", "Take rate"), whose first word only looks like a verb.
  // A heading that names the compliance function ("Risk & Compliance") is a bucket, not the work.
  // So is a backlog counted by its age ("Invoices over 60 days old"): the count, not the chasing.
  const s = unitName(a) || (a.lead !== null && measureName(a)) || out.includes('generic-container') || kpiOfTheWork(a, out) || agedBacklog(a) ? null : (shelf(a) ?? ownerAside(a));
  // "Answer the intercom within 60 seconds": a duty's service level, counted, is a number the title
  // is named after as well. Its beat is not ("Test every hydrant twice a year", "…every 28 days"):
  // the calls every set since the twenty-second is labelled by leave a bare frequency with the duty
  // alone (round 54; the fifth to twentieth sets, labelled before those calls, say otherwise).
  if (s === 'job-requirement' && !out.includes('number-title') && turnaround(a.words)) out.unshift('number-title');
  if (s) out.push(s);
  return out;
}

export interface TitleContext {
  /** The parent's title, to catch a restatement while it is typed. */
  parentTitle?: string;
  /** Titles of the siblings that come before this one. */
  siblingTitles?: readonly string[];
}

/**
 * Title rules, cheap enough to run on every keystroke (a few microseconds). Blank titles (drafts)
 * get nothing. With a context it also reports 'goal-clone'; that costs one comparison per sibling,
 * so for very large sibling lists prefer `coachPlan`, which buckets them.
 */
export function checkTitle(title: string, context?: TitleContext): RuleCode[] {
  const a = analyse(title);
  const codes = titleRulesOf(a);
  if (context && a.words.length) {
    const key = cloneKey(a.subject);
    // Read the others as the plan does, owner labels ("Ops North: …") set aside.
    const keyOf = (t: string) => cloneKey(analyse(t).subject);
    const clone =
      (context.parentTitle !== undefined && restates(key, keyOf(context.parentTitle))) ||
      (context.siblingTitles ?? []).some((t) => copies(key, keyOf(t)));
    if (clone) codes.push('goal-clone');
  }
  return codes;
}
