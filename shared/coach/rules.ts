/**
 * The rules that need nothing but the title. Each is a predicate over one `Analysis`, so a title is
 * tokenised once however many rules look at it.
 */
import { analyse, isPeriodToken, type Analysis } from './analyse';
import { cloneKey, copies, restates } from './clone';
import {
  ACTIVITY_OBJECTS,
  ACTIVITY_VERBS,
  COMPLIANCE_OBJECTS,
  COMPLIANCE_VERBS,
  COMPLIANT_WORDS,
  CONTAINER_NOUNS,
  DEPARTMENT_WORDS,
  DUTY_RECORDS,
  DUTY_IF_ROUTINE,
  DUTY_VERBS,
  FREQUENCY,
  FUNCTION_WORDS,
  KEPT_STATES,
  MANDATORY,
  METRIC_HEADS,
  NOT_TASK_PARTICLES,
  OBLIGATION_VERBS,
  PERSON_NOUNS,
  PROJECT_VERBS,
  QUEUE_VERBS,
  RECORD_OBJECTS,
  REGULATORY,
  ROLE_OWNERS,
  ROLE_WORDS,
  ROUTINE_OBJECTS,
  SCOPE_WORDS,
  TARGET_VERBS,
  TASK_PHRASAL,
  TASK_VERBS,
  TIME_UNITS,
  VERBS,
} from './lexicon';
import { startsAsCount } from './quantity';
import { lemmas } from './text';
import type { RuleCode } from './types';

const has = (words: readonly string[], lexicon: ReadonlySet<string>): boolean => words.some((w) => lexicon.has(w));

/**
 * Like `has`, for objects: a word right after "to" is a verb ("people want to visit"), and one
 * after "non" is negated ("a non-event").
 */
const hasObject = (words: readonly string[], lexicon: ReadonlySet<string>): boolean =>
  words.some((w, k) => lexicon.has(w) && words[k - 1] !== 'to' && words[k - 1] !== 'non');

/**
 * The words a shelf rule may take as a cue: a word that only qualifies a person's job title is
 * part of a name ("Hire a Compliance Analyst", "Recruit a training coordinator"), not the work.
 */
function cues(words: readonly string[]): readonly string[] {
  const names = (k: number) => PERSON_NOUNS.has(words[k] ?? '');
  // Most titles name nobody: then the words are the cues, as they are.
  if (!words.some((w) => PERSON_NOUNS.has(w))) return words;
  return words.map((w, k) => (names(k + 1) || (names(k + 2) && !FUNCTION_WORDS.has(words[k + 1]!)) ? '' : w));
}

/**
 * The title says what should change, not just what will be done: a purpose clause ("so that…",
 * "to cut…"), a condition ("without downtime") or a comparison ("faster").
 */
function statesChange(a: Analysis): boolean {
  const rest = afterLead(a);
  for (let k = 1; k < rest.length; k++) {
    const w = rest[k]!;
    if (CHANGE_MARKERS.has(w)) return true;
    if (w === 'to' && lemmas(rest[k + 1] ?? '').some((l) => VERBS.has(l)) && k > 1) return true;
  }
  return false;
}

const CHANGE_MARKERS = new Set(['so', 'without', 'until', 'that', 'where', 'faster', 'better', 'more', 'fewer', 'less', 'easier', 'cheaper', 'safer']);

/** The words after the lead verb. */
const afterLead = (a: Analysis): string[] => (a.lead ? a.words.slice(a.lead.at + 1) : a.words);

/** A label with no verb, or one whose only verb just points at it ("Hit quota"). */
const isLabel = (a: Analysis): boolean => a.lead === null || TARGET_VERBS.has(a.lead.verb);

/**
 * Every word is a scope, a role or a period ("Marketing", "Sales team 2026", "VP Engineering",
 * "Head of Sales"): a heading, not a goal.
 */
function onlyScope(a: Analysis): boolean {
  if (a.lead !== null || a.words.length === 0) return false;
  return a.tz.words.every((i) => {
    const tok = a.tz.tokens[i]!;
    return SCOPE_WORDS.has(tok.t) || CONTAINER_NOUNS.has(tok.t) || ROLE_WORDS.has(tok.t) || DEPARTMENT_WORDS.has(tok.t) || isPeriodToken(tok);
  });
}

export function isNumberTitle(a: Analysis): boolean {
  if (a.quantities.length > 0 || startsAsCount(a.tz)) return true;
  // A bare metric name ("Bed occupancy", "Hit quota") is a KPI, not a direction.
  return isLabel(a) && METRIC_HEADS.has(a.head) && !onlyScope(a) && a.object.length <= 5;
}

export function isGenericContainer(a: Analysis): boolean {
  return (isLabel(a) && CONTAINER_NOUNS.has(a.head)) || onlyScope(a);
}

/** The first few words after a marker, where the thing it qualifies sits ("mandatory safeguarding module"). */
function within(words: readonly string[], from: number, span: number, lexicon: ReadonlySet<string>): boolean {
  for (let k = from + 1; k <= from + span && k < words.length; k++) if (lexicon.has(words[k]!)) return true;
  return false;
}

const DETERMINERS = new Set(['the', 'our', 'my', 'your', 'their', 'its', 'every', 'each', 'this', 'that', 'these', 'those', 'all']);

const STATE_VERBS = new Set(['ensure', 'achieve', 'maintain', 'stay', 'remain', 'be', 'keep', 'reach', 'hit', 'meet']);

/** "Audit fieldwork completed", "with no material weaknesses": an audit or inspection reported as passed. */
const DONE_WORDS = new Set(['completed', 'complete', 'passed', 'done', 'signed', 'closed', 'finished', 'renewed', 'submitted', 'clean']);
const AUDIT_FINDINGS = new Set(['weakness', 'weaknesses', 'finding', 'findings', 'exception', 'exceptions', 'deficiency', 'deficiencies', 'nonconformity', 'nonconformities', 'observations']);

function auditPassed(words: readonly string[]): boolean {
  if (!words.some((w) => AUDIT_NOUNS.has(w))) return false;
  for (let k = 0; k < words.length; k++) {
    if (DONE_WORDS.has(words[k]!)) return true;
    if ((words[k] === 'no' || words[k] === 'zero') && within(words, k, 3, AUDIT_FINDINGS)) return true;
  }
  return false;
}
const AUDIT_NOUNS = new Set(['audit', 'audits', 'fieldwork', 'inspection', 'inspections', 'attestation', 'recertification', 'certification']);

export function isCompliance(a: Analysis): boolean {
  const { lead } = a;
  const words = cues(a.words);
  const object = cues(a.object);
  if (lead === null && auditPassed(words)) return true;
  for (let k = 0; k < words.length; k++) if (MANDATORY.has(words[k]!) && within(words, k, 3, COMPLIANCE_OBJECTS)) return true;
  if (lead && OBLIGATION_VERBS.has(lead.verb)) return true;
  // "Ensure all operators follow the procedures": what is ensured is the obligation itself.
  if (lead && lead.verb === 'ensure' && words.length > lead.at + 1) {
    const rest = words.slice(lead.at + 1);
    const k = rest.findIndex((w, i) => i > 0 && (COMPLIANCE_VERBS.has(w) || OBLIGATION_VERBS.has(w)));
    if (k > 0 && isCompliance(analyse(rest.slice(k).join(' ')))) return true;
  }
  if (has(words, COMPLIANT_WORDS) && (lead === null || STATE_VERBS.has(lead.verb))) return true;
  // "Sign off the policy" is signing it; "follow up on…" is another verb altogether.
  const phrasal = lead !== null && lead.particle !== '' && (TASK_PHRASAL[lead.verb]?.has(lead.particle) ?? false);
  if (lead && COMPLIANCE_VERBS.has(lead.verb) && !phrasal && hasObject(object, COMPLIANCE_OBJECTS)) return true;
  return lead === null && has(words, REGULATORY) && has(words, COMPLIANCE_OBJECTS);
}

/** What "every" or "each" must be followed by to mean a recurrence. */
const RECURRING_OCCASIONS = new Set([
  'morning', 'afternoon', 'evening', 'night', 'shift', 'sprint', 'term', 'release', 'deploy', 'weekday',
  'weekend', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'session', 'cycle', 'visit',
]);

/** "every morning", "each sprint": the work recurs. Plain "every store" is scope, not frequency. */
function recurs(words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w === 'every' || w === 'each') {
      const n = words[k + 1] ?? '';
      if (TIME_UNITS.has(n) || RECURRING_OCCASIONS.has(n)) return true;
    } else if ((w === 'once' || w === 'twice') && TIME_UNITS.has(words[k + 2] ?? '')) {
      return true; // "once a quarter", "twice per term"
    } else if (FREQUENCY.has(w)) return true;
  }
  const text = ` ${words.join(' ')} `;
  return text.includes(' up to date ') || text.includes(' on time ') || text.includes(' as usual ') || text.includes(' as needed ');
}

/** "Keep the stockroom tidy", "Keep records current": holding something in a state. */
const keptInState = (a: Analysis): boolean => a.lead?.verb === 'keep' && has(afterLead(a), KEPT_STATES);

/** "Add cash collection to the billing specialist's job responsibilities": written into the role. */
function intoTheRole(words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w === 'bau' || (w === 'usual' && words[k - 1] === 'as' && words[k - 2] === 'business')) return true;
    if (DUTY_RECORDS.has(w) && ROLE_OWNERS.has(words[k - 1] ?? '')) return true;
  }
  return false;
}

/** An activity verb with one deliverable ("Do a quarterly business review", "Run a webinar every month"). */
function oneDeliverable(a: Analysis): boolean {
  const { lead } = a;
  if (!lead || !ACTIVITY_VERBS.has(lead.verb)) return false;
  const first = a.object[0] ?? '';
  return (first === 'a' || first === 'an' || first === 'one') && hasObject(a.object, ACTIVITY_OBJECTS);
}

export function isJobRequirement(a: Analysis): boolean {
  if (a.continuing) return true;
  const { lead } = a;
  const words = cues(a.words);
  if (intoTheRole(words)) return true;
  if (!lead) return false;
  if (DUTY_VERBS.has(lead.verb)) return true;
  const rest = cues(afterLead(a));
  // An activity done to a record or rota is keeping it ("Schedule driver rotas", "Email the timesheets").
  if (TASK_VERBS.has(lead.verb)) return hasObject(rest, RECORD_OBJECTS);
  // "Review all pull requests": checking every item of a stream is the stream's upkeep.
  if (QUEUE_VERBS.has(lead.verb) && (rest[0] === 'all' || rest[0] === 'every' || rest[0] === 'each' || rest[0] === 'any')) return true;
  if (!DUTY_IF_ROUTINE.has(lead.verb)) return false;
  // "Check guests in and out", "Check in patients": the check-in desk is the job.
  if (lead.verb === 'check' && words.slice(lead.at + 1, lead.at + 5).some((w) => w === 'in' || w === 'out')) return true;
  if (hasObject(rest, ROUTINE_OBJECTS) || keptInState(a)) return true;
  // A recurring deliverable is still an activity ("Run a webinar every month"); recurring upkeep is a duty.
  return recurs(rest) && !oneDeliverable(a);
}

export function isTaskListing(a: Analysis): boolean {
  const { lead, words } = a;
  if (!lead) return false;
  if (TASK_VERBS.has(lead.verb)) return !(NOT_TASK_PARTICLES[lead.verb]?.has(lead.particle) ?? false);
  const particles = TASK_PHRASAL[lead.verb];
  if (particles && particles.has(lead.particle)) return true;
  // "Migrate CI to Kubernetes": the work itself, unless the title says what it changes.
  if (PROJECT_VERBS.has(lead.verb)) return !statesChange(a);
  if (!ACTIVITY_VERBS.has(lead.verb)) return false;
  const rest = words.slice(lead.at + 1);
  // "Make our webinars worth the time" makes something be something (causative); "Make 60 calls"
  // makes the calls. The causative object comes with a determiner.
  if (lead.verb === 'make' && DETERMINERS.has(rest[0] ?? '')) return false;
  return hasObject(rest, ACTIVITY_OBJECTS) && !statesChange(a);
}

/**
 * Compliance, job requirement and task listing answer one question, "where does this belong
 * instead of the cascade?", so a title gets at most one of them: the most specific shelf wins.
 */
function shelf(a: Analysis): RuleCode | null {
  if (isCompliance(a)) return 'compliance';
  if (isJobRequirement(a)) return 'job-requirement';
  if (isTaskListing(a)) return 'task-listing';
  return null;
}

export function titleRulesOf(a: Analysis): RuleCode[] {
  if (a.words.length === 0) return [];
  const out: RuleCode[] = [];
  if (isNumberTitle(a)) out.push('number-title');
  if (isGenericContainer(a)) out.push('generic-container');
  const s = shelf(a);
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
    const key = cloneKey(a.tz);
    const clone =
      (context.parentTitle !== undefined && restates(key, cloneKey(context.parentTitle))) ||
      (context.siblingTitles ?? []).some((t) => copies(key, cloneKey(t)));
    if (clone) codes.push('goal-clone');
  }
  return codes;
}
