/**
 * The rules that need nothing but the title. Each is a predicate over one `Analysis`, so a title is
 * tokenised once however many rules look at it.
 */
import { analyse, isPeriodToken, type Analysis } from './analyse';
import { cloneKey, copies, restates } from './clone';
import {
  ACTIVITY_OBJECTS,
  ACTIVITY_VERBS,
  CERTIFICATE_VERBS,
  CERTIFICATES,
  CLIENT_NOUNS,
  COMPLIANCE_OBJECTS,
  COMPLIANCE_VERBS,
  COMPLIANT_WORDS,
  CONTAINER_NOUNS,
  ORG_UNITS,
  DEPARTMENT_WORDS,
  DONE_WORDS,
  DUTY_RECORDS,
  DUTY_IF_ROUTINE,
  DUTY_VERBS,
  EVENT_NOUNS,
  EVERYONE,
  PROJECT_NOUNS,
  FREQUENCY,
  FUNCTION_WORDS,
  INITIATIVES,
  KEPT_STATES,
  MANDATORY,
  METRIC_ACRONYMS,
  METRIC_HEADS,
  MONTHS,
  NUMBER_WORDS,
  NOT_TASK_PARTICLES,
  OBLIGATION_VERBS,
  PERSON_NOUNS,
  PRODUCE_VERBS,
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
  VERB_PARTICLES,
  VERBS,
} from './lexicon';
import { startsAsCount } from './quantity';
import { deliversArtefact } from './artefacts';
import { credentialKept, namesLaw, namesObligation, owedByLaw, regulatorGrade, required, schemeKept, softwareLicence } from './filings';
import { changesTool, putInService, setsUp } from './tools';
import { lemmas, plural, type Token } from './text';
import { CHECK_NOUNS, DETERMINERS, POSSESSIVE, STREAM_VERBS, TIMES_OF_DAY, WEEKDAYS, atEveryEvent, checkOnEvery, comesRound, countedBeat, doneEachTime, onCalendar, onRota, recurs, reportedIn, routineCheck, turnaround, weeklyEvent, within, withinBefore, withinTheSpan } from './recurrence';
import type { RuleCode } from './types';

const has = (words: readonly string[], lexicon: ReadonlySet<string>): boolean => words.some((w) => lexicon.has(w));

/**
 * Like `has`, for objects: a word right after "to" is a verb ("people want to visit"), and one
 * after "non" is negated ("a non-event").
 */
const hasObject = (words: readonly string[], lexicon: ReadonlySet<string>): boolean =>
  words.some((w, k) => (lexicon.has(w) || (w.length > 4 && w.endsWith('s') && lexicon.has(w.slice(0, -1)))) && words[k - 1] !== 'to' && words[k - 1] !== 'non');

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
/** Vehicles a role drives. */
const VEHICLES = new Set(['van', 'vans', 'minibus', 'bus', 'lorry', 'truck', 'car', 'tractor', 'forklift', 'trailer', 'coach', 'ambulance', 'vehicle', 'tender']);
/** Verbs that carry someone somewhere. */
const CARRYING = new Set(['take', 'bring', 'get']);
const SPEED_UNITS = new Set(['day', 'hour', 'afternoon', 'morning', 'minute', 'week']);
function statesChange(a: Analysis): boolean {
  const rest = afterLead(a);
  // "Book more schools in term time": more of what the verb works on.
  if (a.lead && (rest[0] === 'more' || rest[0] === 'fewer')) return true;
  for (let k = 1; k < rest.length; k++) {
    const w = rest[k]!;
    // "…every file that comes in", "…each shop that gets reported": a stream of work, not a purpose.
    if (w === 'that' && (STREAM_VERBS.has(rest[k + 1] ?? '') || reportedIn(rest, k))) continue;
    // "…the accounts that are past 30 days": which ones, described, not a purpose.
    if (w === 'that' && (rest[k + 1] === 'are' || rest[k + 1] === 'is') && DUE.has(rest[k + 2] ?? '')) continue;
    if (CHANGE_MARKERS.has(w)) return true;
    // Taking something out of the work is a change: "Take the anger out of cancellation calls".
    // ("Weigh every ham in and out of the cure": each one, both ways.)
    if (w === 'out' && rest[k + 1] === 'of' && !(rest[k - 1] === 'and' && rest[k - 2] === 'in')) return true;
    // A standard to meet: "on the first call", "right first time".
    // "Take people from ordering coffee to a real conversation": from one state to another.
    if (w === 'from' && a.lead && CARRYING.has(a.lead.verb) && rest.slice(k + 2).includes('to')) return true;
    // A speed to reach: "…in a day", "…in an hour".
    if (w === 'in' && (rest[k + 1] === 'a' || rest[k + 1] === 'an' || rest[k + 1] === 'one') && SPEED_UNITS.has(rest[k + 2] ?? '') && k + 3 === rest.length) return true;
    if (w === 'first' && (rest[k + 1] === 'time' || (rest[k - 1] === 'the' && (rest[k - 2] === 'on' || rest[k - 2] === 'at')))) return true;
    if (w === 'to' && lemmas(rest[k + 1] ?? '').some((l) => VERBS.has(l)) && k > 1) return true;
    // A standard to beat: "the best sourdough in the county", "the safest yard".
    if (rest[k - 1] === 'the' && (w === 'best' || w === 'most' || (w.length >= 6 && w.endsWith('est') && !NOT_SUPERLATIVE.has(w)))) return true;
    // A result joined to the work: "Host the finals and sell out the arena"; a finding acted on:
    // "Review last year's adjourned hearings and stop listing cases…".
    if (w === 'and' && (OUTCOME_VERBS.has(rest[k + 1] ?? '') || ACTED_ON.has(rest[k + 1] ?? ''))) return true;
  }
  return false;
}
/** States of a bill or a case that pick which ones are worked on ("that are overdue"). */
const DUE = new Set(['past', 'overdue', 'due', 'late', 'outstanding', 'unpaid', 'open']);
/** Words in -est that compare nothing. */
const NOT_SUPERLATIVE = new Set(['latest', 'interest', 'forest', 'harvest', 'contest', 'request', 'protest', 'digest', 'manifest', 'honest', 'modest', 'earnest', 'arrest', 'inquest', 'conquest']);
/** Verbs that name a result, not more work. */
const OUTCOME_VERBS = new Set(['sell', 'win', 'fill', 'grow', 'increase', 'raise', 'cut', 'reduce', 'halve', 'double', 'earn', 'save', 'beat', 'lift', 'boost']);

const ACTED_ON = new Set(['stop', 'drop', 'reduce', 'end', 'reprice']);
const CHANGE_MARKERS = new Set(['so', 'without', 'until', 'that', 'where', 'faster', 'better', 'more', 'fewer', 'less', 'easier', 'cheaper', 'safer', 'instead', 'rather', 'automatically', 'will', 'having', 'earlier', 'sooner']);

/** The words after the lead verb. */
const afterLead = (a: Analysis): string[] => (a.lead ? a.words.slice(a.lead.at + 1) : a.words);

/**
 * A label with no verb, or one whose only verb just points at it ("Hit quota"). "Make the bus
 * times something riders trust" makes its object be something (causative): a sentence.
 */
const isLabel = (a: Analysis): boolean => a.lead === null || (TARGET_VERBS.has(a.lead.verb) && !causative(a));
/** Words that start what a causative "make" makes its object into. */
const CAUSATIVE_COMPLEMENTS = new Set(['something', 'somewhere', 'someone', 'somebody', 'worth', 'part', 'feel', 'look', 'easy', 'easier', 'simple']);
const causative = (a: Analysis): boolean => a.lead?.verb === 'make' && afterLead(a).some((w) => CAUSATIVE_COMPLEMENTS.has(w));

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

/** "Book-to-bill", "time-to-hire": a verbless ratio of one thing to another is a KPI. */
function ratioName(a: Analysis): boolean {
  const { tokens } = a.tz;
  // "Waste as % of production", "Bookings as a % of enquiries": a share named, its value left out.
  if (a.lead === null && tokens.some((t, k) => t.t === '%' && !t.glued && (tokens[k - 1]?.t === 'as' || tokens[k - 1]?.t === 'a') && tokens[k + 1]?.t === 'of')) return true;
  // "Monthly active seats", "Weekly active users": a usage count named.
  if (a.lead === null && (a.words[0] === 'monthly' || a.words[0] === 'weekly' || a.words[0] === 'daily') && a.words[1] === 'active' && a.words.length <= 4) return true;
  if (a.lead !== null || a.words.length > 4) return false;
  return tokens.some((t, k) => t.t === 'to' && t.glued && tokens[k - 1]?.t === '-' && tokens[k + 1]?.t === '-' && tokens[k + 1]!.glued);
}

/** What may follow a measure's acronym as its scope ("CPM on host-read ads", "NPS for new members"). */
const SCOPE_PREPS = new Set(['on', 'for', 'in', 'across', 'among', 'per']);
/** Participles that count results when they follow what is counted. */
const RESULTS = new Set(['lost', 'won', 'closed', 'resolved', 'sold', 'saved', 'prevented', 'recovered', 'overturned', 'upheld', 'missed', 'cancelled', 'canceled', 'referred']);
/** Words that make what follows them a statistic, a KPI's name. */
const STATISTICS = new Set(['average', 'avg', 'mean', 'median']);
/** Units of measure: a verbless line counting in one ("Ore tonnes mined") is a KPI. */
const MEASURE_UNITS = new Set([
  'tonnes', 'tons', 'tonnage', 'litres', 'liters', 'barrels', 'gallons', 'kwh', 'mwh', 'gwh', 'kilometres', 'kilometers', 'miles',
  'hectolitres', 'hectoliters', 'kilograms', 'kg', 'acres', 'hectares', 'pallets', 'parcels', 'teu', 'teus', 'covers',
]);
/** "Take rate", "Win rate", "Fill rate": a verb naming a rate is a compound noun, the KPI's name. */
const RATE_NOUNS = new Set(['rate', 'ratio']);

/** Verbs that already say which way a measure should go ("Cut costs", "Grow sales"): a direction, not a name. */
const DIRECTED_VERBS = new Set([
  'grow', 'increase', 'raise', 'boost', 'lift', 'improve', 'maximise', 'maximize', 'accelerate', 'expand', 'drive', 'win',
  'protect', 'double', 'triple', 'halve', 'reduce', 'cut', 'lower', 'decrease', 'shorten', 'minimise', 'minimize', 'slash',
  'drop', 'eliminate', 'stabilise', 'stabilize', 'sustain', 'defend',
]);

/**
 * "On-time delivery", "First-time fix", "In-full shipments": a standard hyphenated in front of what
 * meets it names the share that does, a KPI.
 */
function standardShare(a: Analysis): boolean {
  const [first, hyphen, second] = a.tz.tokens;
  return a.words.length <= 4 && !!second && hyphen?.t === '-' && second.glued && STANDARD_COMPOUNDS.has(`${first!.t}-${second.t}`);
}
const STANDARD_COMPOUNDS = new Set(['on-time', 'first-time', 'in-full', 'right-first', 'same-day', 'next-day']);

/**
 * "Service charge collection rate", "Process yield ratio": a rate's name whose first word only
 * looks like a verb. A verb that says which way ("Improve conversion rate") or is upkeep ("Track
 * churn rate") is a sentence.
 */
function rateName(a: Analysis): boolean {
  const { lead, words } = a;
  // "Fill rate for next-day bookings": a rate's name with what it is of.
  if (lead && lead.at === 0 && RATE_NOUNS.has(words[1] ?? '') && (words[2] === 'for' || words[2] === 'of' || words[2] === 'on') && words.length <= 6 && !DIRECTED_VERBS.has(lead.verb) && !TARGET_VERBS.has(lead.verb)) return true;
  if (!lead || lead.at !== 0 || words.length < 3 || words.length > 5 || !RATE_NOUNS.has(words[words.length - 1]!)) return false;
  if (DIRECTED_VERBS.has(lead.verb) || TARGET_VERBS.has(lead.verb) || QUEUE_VERBS.has(lead.verb) || RATE_HANDLING.has(lead.verb)) return false;
  return words.every((w) => !FUNCTION_WORDS.has(w) && !DETERMINERS.has(w));
}

/** Verbs that do something with a rate rather than name it ("Report the churn rate", "Manage attrition rate"). */
const RATE_HANDLING = new Set(['manage', 'measure', 'report', 'calculate', 'publish', 'keep', 'hold', 'maintain', 'set', 'agree', 'watch', 'benchmark']);

function measureName(a: Analysis): boolean {
  const { words } = a;
  if (rateName(a)) return true;
  // "Planning appeals lost", "Days lost to high winds", "Advice cases closed with a good outcome": a
  // count of results (a gerund in front is a noun, "Planning…", no imperative).
  if (a.lead === null || (a.lead.at === 0 && words[0]!.endsWith('ing'))) {
    const r = words.findIndex((w, k) => k > 0 && RESULTS.has(w) && plural(words[k - 1]!));
    if (r > 0 && r <= 3 && words.length <= 8 && !statesChange(a)) return true;
  }
  if (a.lead === null) {
    // "Average concurrent viewers", "Average days from death to registration": a statistic of something.
    if (STATISTICS.has(words[0]!) && words.length >= 2 && words.length <= 10 && !words.some((w) => w === 'so' || w === 'without' || w === 'that')) return true;
    // "Loans per capita", "Picks per hour", "Hours of hearing aid use per day": one count over another.
    const per = words.indexOf('per');
    if (per >= 1 && per >= words.length - 4 && words.length <= 8) return true;
    if (words.length > 5) return false;
    if (standardShare(a) || words.some((w) => MEASURE_UNITS.has(w))) return true;
    // "LCOE", "TRIFR", "CML (customer minutes lost)": a measure's own acronym, alone or spelt out.
    if (METRIC_ACRONYMS.has(words[0]!) && (words.length === 1 || a.tz.tokens[a.tz.words[1]! - 1]?.t === '(' || SCOPE_PREPS.has(words[1]!))) return true;
    // "Billable hours", "Downtime minutes": time counted in its unit.
    return words.length <= 3 && words.length >= 2 && TIME_UNITS.has(words[words.length - 1]!) && words[words.length - 1]!.endsWith('s');
  }
  if (words.length !== 2 || a.lead.at !== 0) return false;
  // "Take rate", "Test scores": a verb naming a measure is a compound noun, the KPI's name; a verb
  // that says which way it goes ("Cut costs") is a direction.
  return RATE_NOUNS.has(words[1]!) || (METRIC_HEADS.has(words[1]!) && words[1]!.endsWith('s') && !DIRECTED_VERBS.has(a.lead.verb) && !TARGET_VERBS.has(a.lead.verb));
}

/**
 * "SAIDI / SAIFI", "MTTR/MTBF": measures set against each other by a slash, each an acronym of four
 * letters or more that names no team or region, are KPIs side by side.
 */
function acronymPair(a: Analysis): boolean {
  if (a.lead !== null || a.words.length < 2 || a.words.length > 3) return false;
  const { tokens, words } = a.tz;
  return words.every((i, k) => {
    const t = tokens[i]!;
    const acronym = t.kind === 'word' && t.raw.length >= 4 && t.raw === t.raw.toUpperCase() && !SCOPE_WORDS.has(t.t) && !DEPARTMENT_WORDS.has(t.t);
    return acronym && (k === 0 || tokens.slice(words[k - 1]! + 1, i).some((s) => s.t === '/'));
  });
}

export function isNumberTitle(a: Analysis): boolean {
  if (a.quantities.length > 0 || startsAsCount(a.tz) || ratioName(a) || measureName(a) || acronymPair(a) || countedDone(a)) return true;
  // A bare metric name ("Bed occupancy", "Hit quota") is a KPI, not a direction.
  return isLabel(a) && METRIC_HEADS.has(a.head) && !onlyScope(a) && a.object.length <= 5;
}

/** Participles that make a plural a tally ("Meals served", "Homes fitted"). */
const TALLIED = new Set(['served', 'sold', 'delivered', 'fitted', 'installed', 'booked', 'collected', 'answered', 'resolved', 'issued', 'processed', 'recycled', 'planted', 'rehomed', 'housed', 'screened', 'treated', 'vaccinated', 'rescued', 'shipped', 'dispatched', 'placed']);
/** "Meals served", "Dogs rehomed": a plural and what was done to it, alone, is a count's name. */
const countedDone = (a: Analysis): boolean =>
  a.lead === null && a.words.length === 2 && plural(a.words[0]!) && a.words[0]!.length > 3 && TALLIED.has(a.words[1]!);

/** Words that give a verbless line a direction ("Faster checkout", "Zero harm", "No surprises"). */
const DIRECTION = new Set(['more', 'less', 'fewer', 'better', 'best', 'faster', 'safer', 'cheaper', 'easier', 'first', 'zero', 'no', 'every', 'all', 'only', 'new', 'happier', 'healthier', 'greener', 'cleaner']);
/** Function words a heading may hold ("Head of Sales", "Research & Development"). */
const HEADING_JOINS = new Set(['of', 'and', '&']);

/**
 * A heading rather than a sentence: no verb, a few words, nothing that says which way ("Grid
 * Operations", "Claims", "Studio North"). One word, or every word capitalised as headings are, or
 * a job title ("General Counsel", "Engineering Manager, Create").
 */
function heading(a: Analysis): boolean {
  if ((a.lead !== null && !pairedNouns(a)) || a.words.length === 0 || a.words.length > 5 || a.quantities.length) return false;
  // "Label redesign", "Yard reorganisation": a piece of work named, no area.
  if ((PROJECT_NOUNS.has(a.head) || DELIVERABLE_NOUNS.has(a.head)) && a.words.length > 1) return false;
  const { tokens, words } = a.tz;
  const toks = words.map((i) => tokens[i]!);
  if (toks.some((t) => t.kind === 'num' || DIRECTION.has(t.t) || (FUNCTION_WORDS.has(t.t) && !HEADING_JOINS.has(t.t)) || /ed$/.test(t.t))) return false;
  if (toks.some((t) => ROLE_WORDS.has(t.t) || PERSON_NOUNS.has(t.t))) return true;
  if (toks.length > 4) return false;
  // "Post-production", "Front-of-house": one hyphenated word is one word.
  const hyphenated = toks.every((t, k) => k === 0 || (t.glued && tokens[words[k]! - 1]?.t === '-'));
  if (toks.length === 1 || hyphenated || toks.every((t) => t.cap || HEADING_JOINS.has(t.t))) return true;
  // Two plain words with no verb, number or direction name an area ("Plant breeding", "Guest
  // experience", "Night shift"), unless the second is a piece of work ("CDR slides").
  return toks.length === 2 && !ACTIVITY_OBJECTS.has(toks[1]!.t);
}

/** "Service & maintenance", "Designs & Tribunal": two nouns joined by "&", the second no verb, name an area. */
function pairedNouns(a: Analysis): boolean {
  const { tokens, words } = a.tz;
  return words.length === 2 && tokens[words[0]! + 1]?.t === '&' && !VERBS.has(tokens[words[1]!]!.t);
}
/**
 * "Trentside Recovery — plan for 2026", "Meadowside Birth Centre 2026-27", "Marsh Lane
 * Environmental: 2026": an organisation's name and the year its plan is for, nothing else.
 */
function namedPlanYear(a: Analysis): boolean {
  const { tokens, words } = a.tz;
  // ("Trentside Recovery — plan for 2026" reads as a team's label and the verb "plan".)
  if ((a.lead !== null && a.lead.verb !== 'plan') || words.length < 2) return false;
  let end = words.length;
  // The year or the span of years at the end ("2026", "2026-27", "2026/27").
  const last = tokens[words[end - 1]!]!;
  if (last.kind !== 'num' || !/^\d{2,4}$/.test(last.t)) return false;
  end--;
  let span = false;
  if (end > 0 && /^20\d\d$/.test(tokens[words[end - 1]!]!.t)) (end--, (span = true));
  else if (!/^20\d\d$/.test(last.t)) return false;
  // "… plan for 2026", "… plan 2026".
  if (end > 0 && tokens[words[end - 1]!]!.t === 'for') end--;
  let plan = false;
  if (end > 0 && (tokens[words[end - 1]!]!.t === 'plan' || tokens[words[end - 1]!]!.t === 'plans')) (end--, (plan = true));
  // A name and a bare year can be an occasion ("Jamboree 2027"): a plan's heading says "plan",
  // spans a year, or sets the year apart (":", "—").
  const apart = tokens.slice(0, words[end] ?? tokens.length).some((t, i, all) => i > 0 && t.kind === 'sym' && (t.t === ':' || t.t === ';') && all.slice(i + 1).every((x) => x.kind !== 'word' || x.t === 'plan' || x.t === 'plans' || x.t === 'for'));
  if (!span && !plan && !apart) return false;
  const name = words.slice(0, end).map((i) => tokens[i]!);
  // (A team's label before a dash is read apart: "plan for 2026" is then all that is left.)
  if (name.length === 0) return plan;
  return name.length <= 4 && name.every((t) => t.kind === 'word' && t.cap && !FUNCTION_WORDS.has(t.t));
}
/**
 * "Sales (Becca)", "Night shift (Kev)", "Track & workshop (Lee)": a few words and, in brackets at
 * the end, the one person who owns them: a branch and its lead, no direction.
 */
function ownerInBrackets(a: Analysis): boolean {
  const { tokens, words } = a.tz;
  const n = tokens.length;
  // ("Growing (Ben)": a kind of work in -ing names the branch.)
  if ((a.lead !== null && !(a.lead.at === 0 && a.words[0]!.endsWith('ing'))) || n < 4 || tokens[n - 1]!.t !== ')' || a.quantities.length) return false;
  // A first name, or a first name and a surname ("Sheep section (Tom Airey)").
  const names = tokens[n - 3]!.t === '(' ? 1 : tokens[n - 4]?.t === '(' ? 2 : 0;
  const person = tokens.slice(n - 1 - names, n - 1);
  const isName = (t: Token) => t.kind === 'word' && t.cap && t.raw !== t.raw.toUpperCase();
  return names > 0 && person.every(isName) && words.length - names >= 1 && words.length - names <= 3 && words.length >= 2 && words.slice(0, -names).every((i) => tokens[i]!.kind === 'word' && !FUNCTION_WORDS.has(tokens[i]!.t));
}
/** "Market stall & deli", "Children & young people": a few words joined by "&", none a function word. */
function ampersandHeading(a: Analysis): boolean {
  const { tokens, words } = a.tz;
  const amp = tokens.findIndex((t) => t.t === '&');
  if (a.lead !== null || amp < 0 || words.length < 2 || words.length > 4 || a.quantities.length) return false;
  const after = tokens[amp + 1];
  return !!after && after.kind === 'word' && !VERBS.has(after.t) && !a.words.some((w) => FUNCTION_WORDS.has(w) || DIRECTION.has(w));
}
/** "Retail (stall, deli, boxes)": a heading, then what it holds in brackets. */
function headingWithList(a: Analysis): boolean {
  const t = a.tz.tokens;
  const open = t.findIndex((x) => x.t === '(');
  if (open < 1 || t[t.length - 1]?.t !== ')' || open > 3) return false;
  const before = t.slice(0, open);
  const inside = t.slice(open + 1, -1);
  // (How often or "mandatory" in the bracket, "(annual, company mandatory)", is a note on a duty, no list of parts.)
  return before.every((x) => x.kind === 'word' && !FUNCTION_WORDS.has(x.t)) && inside.some((x) => x.t === ',') && inside.every((x) => x.kind === 'sym' || !(FUNCTION_WORDS.has(x.t) || MANDATORY.has(x.t) || FREQUENCY.has(x.t)));
}

/** "Support EMEA", "Support Ops goals": a department that is also a verb, followed only by scope. */
function departmentLabel(a: Analysis): boolean {
  if (!a.lead || !(SCOPE_WORDS.has(a.words[a.lead.at]!) || DEPARTMENT_WORDS.has(a.words[a.lead.at]!))) return false;
  const rest = a.tz.words.slice(a.lead.at + 1).map((i) => a.tz.tokens[i]!);
  return (
    rest.length > 0 &&
    rest.every((t) => SCOPE_WORDS.has(t.t) || DEPARTMENT_WORDS.has(t.t) || CONTAINER_NOUNS.has(t.t) || ROLE_WORDS.has(t.t) || isPeriodToken(t))
  );
}

/** "Energy Trading – FY27 targets": a label whose last noun is a container. */
function endsInContainer(a: Analysis): boolean {
  if (a.lead !== null) return false;
  let toks = a.tz.words.map((i) => a.tz.tokens[i]!).filter((t) => !isPeriodToken(t));
  const all = a.tz.words.map((i) => a.tz.tokens[i]!);
  // "Sfoglia — goals for 2027": a preposition before the dropped period goes with it.
  if (toks.length > 1 && isPeriodToken(all[all.length - 1]!) && (toks[toks.length - 1]!.t === 'for' || toks[toks.length - 1]!.t === 'in')) toks = toks.slice(0, -1);
  // "Electoral Services service plan 2027/28": the year's plan is a bucket of goals.
  const n = toks.length;
  const planAt = all.length - 1 - [...all].reverse().findIndex((t) => t.t === 'plan');
  const yearPlan = planAt > 0 && planAt < all.length && isPeriodToken(all[planAt - 1]!);
  // "Cairnhaven Coastguard — station plan 2027": any plan dated right after the word.
  const datedPlan = planAt > 0 && planAt < all.length - 1 && isPeriodToken(all[planAt + 1]!);
  // "Lunchbell Catering — contract year 2027/28": a dated year of a name is a bucket as well.
  // ("Strathmore Berries — 2027 season": a season dated in front.)
  const dated = isPeriodToken(all[all.length - 1]!) || (toks[n - 1]?.t === 'season' && isPeriodToken(all[all.length - 2] ?? all[0]!));
  if (n >= 2 && n <= 6 && (toks[n - 1]!.t === 'year' || toks[n - 1]!.t === 'season') && dated && !toks.some((t) => FUNCTION_WORDS.has(t.t) || DIRECTION.has(t.t))) return true;
  if (n >= 2 && n <= 8 && toks[n - 1]!.t === 'plan' && (PLAN_KINDS.has(toks[n - 2]!.t) || SEASON_WORDS.has(toks[n - 2]!.t) || yearPlan || datedPlan) && all.some((t) => isPeriodToken(t))) return true;
  return toks.length > 0 && toks.length <= 6 && CONTAINER_NOUNS.has(toks[toks.length - 1]!.t);
}

const SEASON_WORDS = new Set(['season', 'year', 'summer', 'winter', 'spring', 'autumn']);
const PLAN_KINDS = new Set(['business', 'service', 'annual', 'operating', 'delivery', 'corporate', 'strategic', 'team', 'departmental']);
/** Verbs whose object is a person or a unit to be found or made ("Hire Sales Manager", "Open Berlin Office"). */
const PEOPLE_VERBS = new Set(['hire', 'recruit', 'appoint', 'onboard', 'find', 'train', 'coach', 'promote', 'retain', 'support', 'help', 'open', 'build', 'launch', 'create', 'set', 'start', 'staff']);

/**
 * "Chartering desk", "Visitor Experience team", "Fab 2 engineering", "Call Centre Manager": a few
 * words ending in a unit of the organisation or a job, with nothing that says which way. A verb in
 * front counts only when the words before the end are themselves a unit ("Call Centre…",
 * "Design Studio"): then it is a name, not an imperative.
 */
function unitName(a: Analysis): boolean {
  const toks = beforePlace(a.tz).map((i) => a.tz.tokens[i]!);
  if (toks.length < 2 || toks.length > 4 || a.quantities.length) return false;
  const last = toks[toks.length - 1]!.t;
  if (!ORG_UNITS.has(last) && !ROLE_WORDS.has(last)) return false;
  if (toks.some((t) => DIRECTION.has(t.t) || (FUNCTION_WORDS.has(t.t) && !HEADING_JOINS.has(t.t)))) return false;
  if (a.lead === null) return true;
  // "Paint shop", "Print room": a verb's form and a unit, and nothing else, name the unit.
  if (toks.length === 2 && a.lead.at === 0 && !PEOPLE_VERBS.has(a.lead.verb)) return true;
  if (a.lead.at !== 0 || PEOPLE_VERBS.has(a.lead.verb) || !toks.every((t) => t.cap || t.kind === 'num')) return false;
  return toks.slice(0, -1).some((t) => ORG_UNITS.has(t.t) || SCOPE_WORDS.has(t.t) || DEPARTMENT_WORDS.has(t.t));
}

/**
 * "Field agents — North", "Treatment radiographers (Linacs 1–4)": a kind of staff, then where or
 * which after a dash or in brackets, is a branch of the tree, no goal.
 */
function staffBranch(a: Analysis): boolean {
  const { tokens } = a.tz;
  const cut = tokens.findIndex((t) => t.t === '(' || (t.kind === 'sym' && t.t === ';'));
  if (a.lead !== null || cut < 2 || a.words.length > 6) return false;
  const before = tokens.slice(0, cut);
  if (before.length !== 2 || !before.every((t) => t.kind === 'word' && !FUNCTION_WORDS.has(t.t) && !DIRECTION.has(t.t))) return false;
  const staff = before[1]!.t;
  if (!STAFF_PLURAL.test(staff) || CLIENT_NOUNS.has(staff) || SERVED.has(staff)) return false;
  // After the cut, only names, numbers and their marks: a place or the kit they work on.
  return tokens.slice(cut + 1).every((t) => t.kind !== 'word' || t.cap);
}
/** Plural nouns of people by their work: "agents", "radiographers", "porters", "pharmacists", "technicians". */
const STAFF_PLURAL = /^[a-z]{2,}(?:ers|ists|ians|ents|ants|ors)$/;
/** "Shearing gang — Tregaron": the words before a dash that is followed only by a place's name or two. */
function beforePlace(tz: Analysis['tz']): number[] {
  // A spaced dash reads as a clause break (";").
  const dash = tz.tokens.findIndex((t) => t.kind === 'sym' && t.t === ';');
  if (dash < 0) return tz.words;
  const after = tz.words.filter((k) => k > dash);
  const place = after.length >= 1 && after.length <= 2 && after.every((k) => tz.tokens[k]!.cap && tz.tokens[k]!.kind === 'word');
  return place ? tz.words.filter((k) => k < dash) : tz.words;
}

export function isGenericContainer(a: Analysis): boolean {
  if (namedPlanYear(a) || staffBranch(a)) return true;
  if (ampersandHeading(a) || headingWithList(a)) return !isNumberTitle(a);
  // "SALSA audit": a scheme's audit, not a department ("Internal audit").
  if (a.lead === null && auditNamed(a)) return false;
  if ((isLabel(a) && CONTAINER_NOUNS.has(a.head)) || onlyScope(a) || departmentLabel(a) || endsInContainer(a) || unitName(a)) return true;
  // "Works Manager", "Lead Embryologist": a job title in capitals, whatever its first word reads as.
  if (roleTitle(a)) return true;
  // "Design", "Support": one department's name alone is a heading, though it reads as a verb too.
  if (a.words.length === 1 && SCOPE_WORDS.has(a.words[0]!) && !FUNCTION_WORDS.has(a.words[0]!)) return true;
  // A bare metric is a number title instead ("Model AUC").
  return heading(a) && !isNumberTitle(a);
}

function roleTitle(a: Analysis): boolean {
  const toks = a.tz.words.map((i) => a.tz.tokens[i]!);
  // "Clerk of the Course", "Curator of the Living Collections", "Clerk to the Council".
  if (toks.length >= 3 && toks.length <= 6 && OFFICES.has(toks[0]!.t) && (toks[1]!.t === 'of' || toks[1]!.t === 'to') && toks.slice(2).every((t) => t.kind === 'word' && (t.cap || t.t === 'the' || t.t === 'and'))) return true;
  if (toks.length < 2 || toks.length > 3 || !toks.every((t) => t.kind === 'word' && t.cap) || a.quantities.length) return false;
  const last = toks[toks.length - 1]!.t;
  return ROLE_WORDS.has(last) || PERSON_NOUNS.has(last) || OFFICES.has(last) || last === 'persons' || /(?:ist|ician|ologist)$/.test(last);
}
/** Offices named "… of the …": clerks, keepers, curators. */
const OFFICES = new Set(['clerk', 'curator', 'keeper', 'master', 'registrar', 'warden', 'steward', 'secretary', 'treasurer', 'chair', 'head', 'director', 'dean', 'provost', 'bursar', 'governor', 'ranger', 'surveyor', 'captain', 'superintendent', 'matron']);

const AFTER_AUDIT = new Set(['stop', 'cut', 'fix', 'drop', 'take', 'move', 'change', 'reduce', 'end', 'replace', 'close', 'sell', 'raise', 'charge', 'reprice']);
const STATE_VERBS = new Set(['ensure', 'achieve', 'maintain', 'stay', 'remain', 'be', 'keep', 'reach', 'hit', 'meet']);

const AUDIT_FINDINGS = new Set([
  'weakness', 'weaknesses', 'finding', 'findings', 'exception', 'exceptions', 'deficiency', 'deficiencies', 'nonconformity',
  'nonconformities', 'observations', 'queries', 'conformities', 'conformity', 'ncs',
]);

function auditPassed(words: readonly string[]): boolean {
  // "Insurer's survey of the forge passed": the insurer's survey is a condition of cover.
  const insurers = words.some((w) => INSURERS.has(w)) && words.some((w) => w === 'survey' || w === 'surveys');
  if (!insurers && !words.some((w) => AUDIT_NOUNS.has(w) || REGULATORY.has(w))) return false;
  for (let k = 0; k < words.length; k++) {
    if (DONE_WORDS.has(words[k]!)) return true;
    if ((words[k] === 'no' || words[k] === 'zero') && within(words, k, 3, AUDIT_FINDINGS)) return true;
  }
  return false;
}
const INSURERS = new Set(['insurer', "insurer's", 'insurers', 'underwriter', 'underwriters']);
const AUDIT_NOUNS = new Set([
  'audit', 'audits', 'auditor', 'auditors', 'fieldwork', 'inspection', 'inspections', 'attestation', 'recertification',
  'certification', 'reporting', 'filing', 'filings', 'submission', 'submissions', 'surveillance', 'exam', 'exams',
]);

const OBLIGING = new Set(['get', 'have', 'require', 'ask', 'ensure']);

/** "Renew GLOBALG.A.P. certification", "Get the rating certificate": getting or keeping a certificate. */
function certified(a: Analysis, words: readonly string[]): boolean {
  if (a.lead === null || !CERTIFICATE_VERBS.has(a.lead.verb) || softwareLicence(words)) return false;
  return hasObject(cues(afterLead(a)), CERTIFICATES) && words.length > 0 && !statesChange(a);
}

/**
 * "Get every service through its accessibility audit", "Get every player through the integrity
 * course": passing an audit or a required course, whoever is put through it. The thing passed is
 * the noun phrase after "through", up to the next preposition.
 */
function throughAudit(words: readonly string[]): boolean {
  // "Hire a manager who can take us through a retailer's audit" hires someone.
  if (HIRING.has(words[0] ?? '') || (words[0] === 'take' && words[1] === 'on')) return false;
  // "Get customers through their CQC inspection…": helping others through theirs is a service sold.
  if (CLIENT_NOUNS.has(words[1] ?? '') && words.includes('their')) return false;
  for (let k = 0; k < words.length; k++) {
    if (words[k] !== 'through') continue;
    // "through training" with nothing named is the training of the trade ("Get more pups through training").
    if (words[k + 2] === undefined || PHRASE_ENDS.has(words[k + 2]!)) {
      if (words[k + 1] === 'training') continue;
    }
    if (within(words, k, 5, AUDIT_NOUNS)) return true;
    // The phrase's head, its last noun, is what is passed: "through video relay" passes no video.
    let end = k + 1;
    while (end + 1 < words.length && end < k + 8 && !PHRASE_ENDS.has(words[end + 1]!)) end++;
    const head = words[end] ?? '';
    if (COMPLIANCE_OBJECTS.has(head) && !OUTCOME_HEADS.has(head)) return true;
  }
  return false;
}
const HIRING = new Set(['hire', 'recruit', 'appoint', 'employ', 'bring']);
/** Words that end a noun phrase. */
const PHRASE_ENDS = new Set(['for', 'in', 'at', 'by', 'with', 'to', 'on', 'from', 'so', 'that', 'which', 'who', 'without', 'faster', 'before', 'within']);
/** Compliance objects that are also plain checks passed on the way to an outcome ("through security checks"). */
const OUTCOME_HEADS = new Set(['check', 'checks', 'screening', 'assessment', 'assessments']);

/** "Get ITAR training done for the whole team": an obligation someone has finished. */
function gotDone(a: Analysis, words: readonly string[]): boolean {
  if (!a.lead || !OBLIGING.has(a.lead.verb) || statesChange(a)) return false;
  for (let k = a.lead.at + 1; k < words.length; k++) {
    if (!DONE_WORDS.has(words[k]!) || k === a.lead.at + 1) continue;
    return withinBefore(words, k, Math.min(6, k - a.lead.at - 1), COMPLIANCE_OBJECTS);
  }
  return false;
}

/**
 * "All coaches renew their safeguarding certificates", "100% of staff complete phishing training":
 * the people come first, then the obligation they meet.
 */
function peopleComply(a: Analysis, words: readonly string[]): boolean {
  // The people are the subject ("All coaches renew…"), or someone has them do it ("Get every
  // contributor to sign…"). "Let citizens renew", "Hire an analyst to take…" oblige nobody.
  if (a.lead && !OBLIGING.has(a.lead.verb)) return false;
  const from = a.lead ? a.lead.at + 1 : 1;
  for (let k = from; k < words.length; k++) {
    const w = words[k]!;
    // "…so councils pass their accessibility checks": after "so", what the work is for, someone else's.
    if (w === 'so') break;
    if (!lemmas(w).some((l) => COMPLIANCE_VERBS.has(l) && l !== 'do' && l !== 'read' && l !== 'follow' && l !== 'maintain')) continue;
    if (within(words, k, 5, COMPLIANCE_OBJECTS) || within(words, k, 5, CERTIFICATES)) return true;
    // The passive: "Get the code of conduct signed by every supplier" names the obligation first.
    if (a.lead && w.endsWith('ed') && withinBefore(words, k, Math.min(5, k - from), COMPLIANCE_OBJECTS)) return true;
  }
  return false;
}

export function isCompliance(a: Analysis): boolean {
  const { lead } = a;
  if (checkRound(a) || eventPutOn(a)) return false;
  // "Audit the failed repairs and stop using the supplier behind them": our own audit, to change something.
  if ((lead?.verb === 'audit' || (lead === null && a.words[0] === 'audit')) && a.words.some((w, k) => w === 'and' && AFTER_AUDIT.has(a.words[k + 1] ?? ''))) return false;
  const words = cues(a.words);
  const object = cues(a.object);
  if (lead === null && auditPassed(words)) return true;
  // "NDA signed by every new freelancer": the paperwork everyone must complete, reported done.
  if (lead === null && has(words, COMPLIANCE_OBJECTS) && has(words, DONE_WORDS) && words.some((w) => EVERYONE.has(w))) return true;
  if (certified(a, words) || throughAudit(words) || peopleComply(a, words) || gotDone(a, words) || owedByLaw(a)) return true;
  if (!statesChange(a) && (underRegime(a) || markedMandatory(a) || credentialRenewed(a.words))) return true;
  for (let k = 0; k < words.length; k++) if (MANDATORY.has(words[k]!) && (within(words, k, 3, COMPLIANCE_OBJECTS) || within(words, k, 3, CHECK_NOUNS))) return true;
  if (lead && OBLIGATION_VERBS.has(lead.verb)) return true;
  // "Ensure all operators follow the procedures": what is ensured is the obligation itself.
  if (lead && lead.verb === 'ensure' && words.length > lead.at + 1) {
    const rest = words.slice(lead.at + 1);
    const k = rest.findIndex((w, i) => i > 0 && (COMPLIANCE_VERBS.has(w) || OBLIGATION_VERBS.has(w)));
    if (k > 0 && isCompliance(analyse(rest.slice(k).join(' ')))) return true;
  }
  if (has(words, COMPLIANT_WORDS) && (lead === null || STATE_VERBS.has(lead.verb))) return true;
  // "Genetic data DPIA signed off by the DPO", "Travel policy signed": the paperwork, reported signed.
  // ("Event safety management plan signed off by the Safety Advisory Group": a safety paper, too.)
  if (lead === null && (has(words, COMPLIANCE_OBJECTS) || words.indexOf('safety') >= 0 && words.indexOf('safety') < words.indexOf('signed')) && words.includes('signed') && !statesChange(a)) return true;
  // "NHS DSPT standards met and submitted by 30 June": a scheme's standards, by its initials, met.
  if (lead === null && schemeStandardsMet(a)) return true;
  // "Sign off the policy" is signing it; "follow up on…" is another verb altogether.
  const phrasal = lead !== null && lead.particle !== '' && (TASK_PHRASAL[lead.verb]?.has(lead.particle) ?? false);
  if (lead && COMPLIANCE_VERBS.has(lead.verb) && !phrasal && (hasObject(object, COMPLIANCE_OBJECTS) || hasObject(object, REGULATORY))) return true;
  if (statutoryCheck(a, words)) return true;
  // Done because a rule requires it, or a regulator's grade kept, whatever the verb.
  if (!statesChange(a) && (required(words) || regulatorGrade(a) || schemeKept(a))) return true;
  // An obligation named, a credential kept or a law cited, unless the title says what it changes.
  if (!statesChange(a) && (namesObligation(a, a.words) || (lead === null && credentialKept(words)) || (namesLaw(a) && (lead === null || !TARGET_VERBS.has(lead.verb))))) return true;
  if (lead === null && (staffCredential(words) || auditNamed(a))) return !statesChange(a);
  return lead === null && has(words, REGULATORY) && has(words, COMPLIANCE_OBJECTS);
}

/** A scheme's initials, then its standards or toolkit, reported met or submitted. */
function schemeStandardsMet(a: Analysis): boolean {
  const { tokens, words } = a.tz;
  const at = words.findIndex((i) => STANDARDS.has(tokens[i]!.t));
  if (at < 1) return false;
  const named = words.slice(0, at).some((i) => tokens[i]!.kind === 'word' && tokens[i]!.raw.length >= 3 && tokens[i]!.raw === tokens[i]!.raw.toUpperCase() && /^[A-Z]+$/.test(tokens[i]!.raw));
  return named && words.slice(at + 1).some((i) => MET.has(tokens[i]!.t));
}
const STANDARDS = new Set(['standards', 'standard', 'requirements', 'toolkit']);
const MET = new Set(['met', 'submitted', 'achieved', 'passed']);
/** People a service is for, not staff who must be trained ("first aid courses for all parents"). */
const SERVED = new Set([
  'parents', 'families', 'children', 'kids', 'residents', 'members', 'pupils', 'students', 'patients', 'visitors', 'guests', 'people', 'carers',
  'learners', 'adults', 'women', 'men', 'girls', 'boys', 'teenagers', 'communities', 'households', 'homeowners', 'landlords', 'renters',
  'farmers', 'owners', 'businesses', 'schools', 'employers', 'citizens', 'fans', 'audiences', 'readers', 'listeners', 'viewers', 'riders', 'passengers',
]);
/** Tickets and first aid: credentials a trade's staff must hold, besides COMPLIANCE_OBJECTS. */
const CREDENTIAL_NAMES = new Set(['aid', 'ticket', 'tickets', 'cpc']);
/**
 * "Level 3 food hygiene for all tutors", "Driver CPC hours for the trunkers", "Paediatric first aid
 * in date for all staff": a credential or training named for the staff who must hold it, or kept in
 * date ("…for the new starters"; not "for our customers", who are served, not trained).
 */
function staffCredential(words: readonly string[]): boolean {
  if (!words.some((w) => COMPLIANCE_OBJECTS.has(w) || CREDENTIAL_NAMES.has(w) || CERTIFICATES.has(w))) return false;
  if (words.some((w, k) => w === 'in' && words[k + 1] === 'date')) return true;
  return words.some((w, k) => {
    if (w !== 'for') return false;
    // The people: the first plural within a few words ("for the new warehouse starters").
    const who = words.slice(k + 1, k + 5);
    const person = who.find((x) => x.length > 3 && (plural(x) || x === 'staff' || x === 'crew') && !FUNCTION_WORDS.has(x));
    // ("…for every new starter": one of them, in the singular.)
    const one = who[0] === 'every' || who[0] === 'each' ? who.slice(1).find((x) => x.length > 3 && !FUNCTION_WORDS.has(x) && x !== 'new') : undefined;
    const whom = person ?? one;
    return (EVERYONE.has(who[0] ?? '') || who[0] === 'the') && !!whom && !CLIENT_NOUNS.has(whom) && !SERVED.has(whom) && !SERVED.has(`${whom}s`) && !CLIENT_NOUNS.has(`${whom}s`);
  });
}
/** "SALSA audit", "BRC audit": an audit named by its scheme's initials, alone ("Internal audit" is a department). */
function auditNamed(a: Analysis): boolean {
  const w = a.words;
  return w.length >= 2 && w.length <= 3 && (w[w.length - 1] === 'audit' || w[w.length - 1] === 'inspection') && w[0] !== 'internal' && a.tz.tokens[a.tz.words[0]!]!.raw.toUpperCase() === a.tz.tokens[a.tz.words[0]!]!.raw;
}


/** What a regime is written as after "under" or "to the": its instrument. */
const INSTRUMENTS = new Set(['permit', 'licence', 'license', 'regulations', 'regs', 'code', 'standard', 'standards', 'consent', 'scheme', 'order', 'act', 'rules', 'guidance', 'guidelines']);
/** Verbs whose work a regime may govern, besides having none ("Boundary dust monitoring under…"). */
const GOVERNED = new Set(['monitor', 'record', 'log', 'sign', 'carry', 'run', 'do', 'test', 'check', 'inspect', 'examine']);
/**
 * "Lifting plan signed off under LOLER", "Boundary dust monitoring under the environmental permit",
 * "Test records kept to the PWTAG code", "Monitoring programme kept up to date with FSS": work done
 * because a regime, a permit or a regulator's code says so, named after it.
 */
/** "Launch event for the new inspection framework": an occasion about a rule is still an occasion. */
function eventPutOn(a: Analysis): boolean {
  const head = a.object[a.object.length - 1] ?? '';
  if (a.lead === null) return EVENT_NOUNS.has(a.head) && a.head !== 'day' && a.words[0] === 'launch';
  return (a.lead.verb === 'launch' || a.lead.verb === 'host' || a.lead.verb === 'hold') && EVENT_NOUNS.has(head) && head !== 'day' && a.object.length <= 3;
}
/**
 * "Do the controlled drugs check at every handover", "Do the ratio check at the start of each
 * session": a check done at each occasion is the shift's round, not a law's, unless the title names
 * the year's check or a regime ("Do the annual gas safety check at every home").
 */
function checkRound(a: Analysis): boolean {
  const { lead } = a;
  if (!lead || lead.verb !== 'do' || a.words[lead.at + 1] !== 'the') return false;
  const rest = a.words.slice(lead.at + 1);
  const check = rest.findIndex((w) => CHECK_NOUNS.has(w));
  if (check < 0 || check > 4 || rest.some((w) => STATUTORY.has(w) || REGULATORY.has(w))) return false;
  const after = rest.slice(check + 1);
  return recurs(after) || comesRound(after) || (after[0] === 'at' && after.length <= 3);
}
function underRegime(a: Analysis): boolean {
  if (a.lead !== null && !GOVERNED.has(a.lead.verb)) return false;
  const { tokens, words } = a.tz;
  for (let p = 0; p < words.length; p++) {
    const t = tokens[words[p]!]!.t;
    const prev = tokens[words[p - 1] ?? -1]?.t;
    const opens = t === 'under' || (t === 'to' && prev === 'kept') || (t === 'with' && prev === 'date' && tokens[words[p - 3] ?? -1]?.t === 'kept');
    if (!opens) continue;
    for (let q = p + 1; q < Math.min(words.length, p + 5); q++) {
      const w = tokens[words[q]!]!;
      if (INSTRUMENTS.has(w.t) || REGULATORY.has(w.t)) return true;
      // A scheme or regulator by its initials ("under LOLER", "with FSS").
      if ((q === p + 1 || (q === p + 2 && tokens[words[p + 1]!]!.t === 'the')) && w.kind === 'word' && w.raw.length >= 3 && w.raw === w.raw.toUpperCase()) return true;
      if (FUNCTION_WORDS.has(w.t) && w.t !== 'the') break;
    }
  }
  return false;
}
/** "Annual medical for every cliff technician (mandatory)": the line itself marked as owed. */
function markedMandatory(a: Analysis): boolean {
  const { tokens } = a.tz;
  // ("(yearly, Trust mandatory)": the word closing a bracket marks it too.)
  return tokens.some((t, k) => MANDATORY.has(t.t) && (tokens[k - 1]?.t === '(' || tokens[k + 1]?.t === ')' || (tokens[k - 1]?.kind === 'sym' && k === tokens.length - 1) || k === tokens.length - 1) && k > 2);
}
/**
 * "Water abstraction licence renewed with the Environment Agency", "Lifeguard qualification
 * renewals for the whole pool team": a paper someone must hold, and its renewal, whatever the first
 * word reads as. (Renewals alone are often customers': "Membership renewals up to 70%".)
 */
const credentialRenewed = (words: readonly string[]): boolean =>
  (!softwareLicence(words) && words.some((w, k) => (CERTIFICATES.has(w) || HELD_PAPERS.has(w)) && RENEWING.has(words[k + 1] ?? ''))) || renewedBeforeLapse(words);
/** "PGDs re-signed by the medical director before they lapse": papers renewed because they run out. */
const renewedBeforeLapse = (words: readonly string[]): boolean =>
  words.some((w) => w === 'signed' || w === 'renewed' || w === 'reissued' || w === 'done') &&
  words.some((w, k) => w === 'before' && (words[k + 1] === 'they' || words[k + 1] === 'it') && LAPSING.has(words[k + 2] ?? ''));
const LAPSING = new Set(['lapse', 'lapses', 'expire', 'expires', 'run', 'runs']);
const RENEWING = new Set(['renewed', 'reissued', 'renewal', 'renewals']);
const HELD_PAPERS = new Set(['qualification', 'qualifications', 'consent', 'consents']);

const EXAMINED = new Set(['examined', 'certified', 'inspected', 'tested']);
const REQUALIFYING = new Set(['requalification', 'requalifications', 'recertification', 'revalidation', 'requalify']);
const STANDARD_BODIES = new Set(['iso', 'bs', 'en', 'iec', 'astm', 'din']);
/** "ISO 23500", "BS EN 1090": a standard by its body's initials and number, after "meets" or "to". */
function numberedStandard(a: Analysis): boolean {
  const t = a.tz.tokens;
  return t.some((tok, k) => STANDARD_BODIES.has(tok.t) && tok.raw === tok.raw.toUpperCase() && (t[k + 1]?.kind === 'num' || STANDARD_BODIES.has(t[k + 1]?.t ?? '')) && k > 0 && (t[k - 1]!.t === 'meets' || t[k - 1]!.t === 'meet' || t[k - 1]!.t === 'to' || t[k - 1]!.t === 'with'));
}
/** The title opens with a scheme's initials, four letters or more ("RSPCA", "BRCGS"). */
function schemeFirst(a: Analysis): boolean {
  const t = a.tz.tokens[a.tz.words[0] ?? -1];
  return !!t && t.kind === 'word' && t.raw.length >= 4 && t.raw === t.raw.toUpperCase() && /^[A-Z]+$/.test(t.raw);
}
/** Measuring that a regime asks for ("Lead dust monitoring … (COSHH)"). */
const MEASURING = new Set(['monitoring', 'sampling', 'testing', 'survey', 'surveys']);
/** Hazards at work that a law governs: their assessment or inspection is owed, not chosen. */
const HAZARDS = new Set(['noise', 'vibration', 'dust', 'asbestos', 'legionella', 'lifting', 'radon', 'silica', 'fume', 'fumes', 'manual', 'dse', 'coshh', 'electrical']);
/** The title ends in initials in brackets: "(HAVS)", "(COSHH)". */
function bracketedAcronym(a: Analysis): boolean {
  const t = a.tz.tokens;
  const n = t.length;
  const w = t[n - 2];
  return t[n - 1]?.t === ')' && t[n - 3]?.t === '(' && w?.kind === 'word' && w.raw.length >= 3 && w.raw === w.raw.toUpperCase();
}

/** Verbs of writing things down as they happen. */
const RECORDING = new Set(['record', 'log', 'enter', 'register', 'upload', 'scan', 'match']);
/** An amount counted over a year ("Process 40,000 hides in 2027"): a volume to reach. */
const yearVolume = (a: Analysis): boolean =>
  a.quantities.some((q) => q.kind === 'amount' && !q.level) && a.tz.tokens.some((t) => t.kind === 'num' && t.suffix === '' && /^20\d\d$/.test(t.t));

/** Verbs of doing a check or a test, as well as the obligation verbs ("Carry out…", "Conduct…"). */
const DOING = new Set(['carry', 'conduct', 'perform', 'undertake', 'complete', 'do', 'pass', 'sit', 'undergo', 'finish']);
/** Words that make a check one the law or a regulator sets the calendar of. */
const STATUTORY = new Set(['annual', 'yearly', 'statutory', 'periodic', 'biennial', 'triennial', 'legal', 'regulatory']);
/**
 * "Complete the annual boiler inspection", "Run the statutory fire drills", "Carry out fire risk
 * assessments": a check done because its calendar or a regulation says so. A check of the team's
 * own stock or records ("the annual stock check") is upkeep instead.
 */
function statutoryCheck(a: Analysis, words: readonly string[]): boolean {
  // "Annual penetration test by accredited testers": the year's check, named.
  if (!a.lead && STATUTORY.has(words[0] ?? '') && words.slice(1, 4).some((w) => CHECK_NOUNS.has(w)) && !words.slice(1, 4).some((w) => ROUTINE_OBJECTS.has(w))) return true;
  // "Vibration exposure assessment for the grinders (HAVS)": a check named with its regime's initials.
  if (!a.lead && words.slice(0, 5).some((w) => CHECK_NOUNS.has(w) || MEASURING.has(w)) && bracketedAcronym(a)) return true;
  // "Noise at work assessment for the buffing room", "Lifting equipment inspection for the crane":
  // a hazard the law governs, and its check, named.
  if (!a.lead && words.slice(0, 4).some((w) => HAZARDS.has(w)) && words.slice(1, 5).some((w, k) => CHECK_NOUNS.has(w) || (w === 'report' && words[k] === 'condition')) && !recurs(words)) return true;
  // "Dust extraction (LEV) examined and certified": a hazard's kit, examined ("Dust" names it here).
  const hazardFirst = a.lead?.at === 0 && HAZARDS.has(a.words[0]!) && !DETERMINERS.has(a.words[1] ?? '');
  if ((!a.lead || hazardFirst) && words.slice(0, 4).some((w) => HAZARDS.has(w)) && words.some((w) => EXAMINED.has(w))) return true;
  // "Dialysis water quality meets ISO 23500": a numbered standard met.
  if ((!a.lead || STATE_VERBS.has(a.lead.verb)) && numberedStandard(a)) return true;
  // "First aid requalification for all instructors": a qualification taken again, as it lapses.
  if (!a.lead && words.some((w) => REQUALIFYING.has(w))) return true;
  // "Gas cylinder store inspected by the insurer's engineer": kit examined for the insurer or by law.
  if (!a.lead && words.some((w, k) => (w === 'inspected' || w === 'examined') && words[k + 1] === 'by' && words.slice(k + 2, k + 5).some((x) => x === 'insurer' || x === "insurer's" || x === 'insurers' || x === 'engineer'))) return true;
  // "RSPCA Assured assessment": a scheme named by its initials, and its assessment.
  if (!a.lead && schemeFirst(a) && words.slice(1, 4).some((w) => CHECK_NOUNS.has(w) || w === 'audit')) return true;
  if (!a.lead || !(DOING.has(a.lead.verb) || a.lead.verb === 'run')) return false;
  if (a.lead.verb === 'carry' && a.lead.particle !== 'out') return false;
  for (let k = a.lead.at + 1; k < words.length; k++) {
    const w = words[k]!;
    if (!CHECK_NOUNS.has(w)) continue;
    if (words[k - 1] === 'risk' && (w === 'assessment' || w === 'assessments')) return true;
    for (let j = k - 1; j >= k - 3 && j > a.lead.at; j--) {
      if (ROUTINE_OBJECTS.has(words[j]!)) break;
      if (STATUTORY.has(words[j]!)) return true;
    }
  }
  return false;
}

/** Work promised ahead of a period: delivering it, period after period, is the team's cadence. */
const COMMITTED = new Set(['committed', 'planned', 'scheduled', 'assigned', 'agreed', 'promised', 'booked', 'rostered']);
/** Periods of a calendar a cadence is counted in ("per week", "per sprint"); a release is an event, not one. */
const PERIODS = new Set(['day', 'week', 'fortnight', 'month', 'quarter', 'sprint', 'shift', 'term', 'cycle']);

/**
 * "Deliver 100% of committed tickets per sprint", "Complete all planned visits every week": doing
 * what was planned, each period, is the standing duty of the role; a share in it is a number too.
 * "…in every release" counts events, not a calendar: there the share is the objective's number.
 */
function committedEachPeriod(a: Analysis, rest: readonly string[]): boolean {
  if (!a.lead || !(TARGET_VERBS.has(a.lead.verb) || a.lead.verb === 'complete' || a.lead.verb === 'close')) return false;
  if (!rest.some((w) => COMMITTED.has(w))) return false;
  return rest.some((w, k) => CADENCES.has(w) || ((w === 'per' || w === 'every' || w === 'each') && PERIODS.has(rest[k + 1] ?? '')));
}
const CADENCES = new Set(['daily', 'weekly', 'fortnightly', 'monthly', 'quarterly', 'nightly']);

/** The object's own noun phrase: a determiner after it starts a clause ("Bake bread the city queues for"). */
function ownObject(object: readonly string[]): readonly string[] {
  // "bookings and the front desk" joins a second object instead.
  const k = object.findIndex((w, i) => i > 0 && (w === 'the' || w === 'a' || w === 'an') && object[i - 1] !== 'and' && object[i - 1] !== 'or');
  return k > 0 ? object.slice(0, k) : object;
}

/** "Keep the stockroom tidy", "Keep records current": holding something in a state. */
const keptInState = (a: Analysis): boolean => a.lead?.verb === 'keep' && has(afterLead(a), KEPT_STATES) && !keptThrough(afterLead(a));
/**
 * "Keep the Tiree route running through the winter storms by pairing it with a heavier vessel",
 * "Keep the telescope open after the grant ends": kept going against something, or by some means,
 * is an outcome to protect, not upkeep.
 */
function keptThrough(rest: readonly string[]): boolean {
  return rest.some((w, k) => {
    // "…updated through the night" is the shift it is done in, not a threat weathered.
    if (w === 'through' && rest[k + 1] === 'the' && SHIFTS.has(rest[k + 2] ?? '')) return false;
    // "…with new wind shielding", "…with a second mixer": a means.
    if (w === 'with' && (rest[k + 1] === 'new' || rest[k + 1] === 'a' || rest[k + 1] === 'an')) return true;
    // "…after each release", "…during every service": each time it comes round, no threat.
    if (rest[k + 1] === 'each' || rest[k + 1] === 'every') return false;
    // "Keep the shop open in winter without losing money": kept on a condition, an outcome.
    return THREATS.has(w) || w === 'without' || (w === 'by' && (rest[k + 1] ?? '').endsWith('ing'));
  });
}
const SHIFTS = new Set(['night', 'day', 'week', 'weekend', 'shift', 'evening', 'morning', 'afternoon']);
const KEEPING = new Set(['keep', 'maintain', 'retain', 'protect', 'sustain', 'preserve', 'hold']);
const THREATS = new Set(['through', 'when', 'after', 'despite', 'even', 'during', 'if', 'once', 'whatever', 'while']);

/** "Add cash collection to the billing specialist's job responsibilities": written into the role. */
function intoTheRole(words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w === 'bau' || (w === 'usual' && words[k - 1] === 'as' && words[k - 2] === 'business')) return true;
    const owner = words[k - 1] ?? '';
    if (DUTY_RECORDS.has(w) && (ROLE_OWNERS.has(owner) || PERSON_NOUNS.has(owner))) return true;
  }
  return false;
}

/** An activity verb with one deliverable ("Do a quarterly business review", "Run a webinar every month"). */
function deliverable(a: Analysis): boolean {
  const { lead } = a;
  return lead !== null && ACTIVITY_VERBS.has(lead.verb) && hasObject(a.object, ACTIVITY_OBJECTS);
}

/**
 * Work on the calendar or to a turnaround, not toward a result: "Walk every dog twice a day",
 * "Arrange the flowers every Saturday", "Send quotes within 2 hours of a request". An event or a
 * document made each time is still an activity ("Run a webinar every month"), a verb that names a
 * result is the objective's ("Win a new account every month"), and a stated change is an improvement.
 */
function standing(a: Analysis, rest: readonly string[]): boolean {
  if (!a.lead || TARGET_VERBS.has(a.lead.verb) || OUTCOME_VERBS.has(a.lead.verb) || statesChange(a)) return false;
  // "Take the reports of death … on the duty rota": a rota makes even papers the role's round.
  if (onRota(rest)) return true;
  if (deliverable(a)) return false;
  // "Retrain the model whenever the verifiers correct a batch": every time, by the word itself; and
  // "…on the register as they come in": each one, as it comes.
  if (rest.includes('whenever') || asTheyCome(rest)) return true;
  return onCalendar(rest) || turnaround(rest) || withinTheSpan(rest);
}
/** "as they come in", "as it arrives", "when they arrive": each one, as it comes. */
const asTheyCome = (rest: readonly string[]): boolean =>
  rest.some((w, k) => (w === 'as' || w === 'when') && (rest[k + 1] === 'they' || rest[k + 1] === 'it') && STREAM_VERBS.has(rest[k + 2] ?? ''));
/** A record kept of the work ("supervision notes", "the log"); "release notes" are published. */
const keptRecord = (object: readonly string[]): boolean => hasObject(ownObject(object), RECORD_OBJECTS) && !object.includes('release');
/** Verbs that hold a measure at a level. */
const LEVEL_HOLDING = new Set(['keep', 'hold', 'maintain']);
/** Participles of a record kept up ("gets filled in", "is updated"). */
const UPKEEP_DONE = new Set(['filled', 'updated', 'completed', 'logged', 'signed', 'checked', 'recorded']);

export function isJobRequirement(a: Analysis): boolean {
  // "Keep the work parties going when the regulars retire": kept going against a threat is an outcome.
  if (a.continuing) return !keptThrough(a.words);
  // "Keep refill customers when the pouch price goes up", "Maintain the service after Dave retires
  // by training an apprentice": so is anything kept against a threat or by a means.
  if (a.lead && KEEPING.has(a.lead.verb) && keptThrough(afterLead(a))) return false;
  const { lead } = a;
  const words = cues(a.words);
  if (intoTheRole(words)) return true;
  // ("Calls answered within 2 minutes: 85%": a share to reach is the target, not the round; "Fewer
  // people admitted…" says which way.)
  const share = a.quantities.some((q) => q.kind === 'percent') || DIRECTION.has(a.words[0] ?? '');
  if (!lead && !share && (doneEachTime(words) || checkOnEvery(words) || routineCheck(words))) return !statesChange(a);
  // "Book $2B in orders": an amount of money is a result, not upkeep; so is a year's volume
  // ("Process 40,000 hides in 2027").
  if (!lead || a.quantities.some((q) => q.kind === 'currency') || yearVolume(a)) return false;
  // "Keep arrears under 2%": a level to hold is the objective's target, not upkeep.
  if (LEVEL_HOLDING.has(lead.verb) && a.quantities.some((q) => q.level || q.kind === 'percent')) return false;
  if (DUTY_VERBS.has(lead.verb)) return true;
  if (plainDuty(a)) return true;
  // "Take the out-of-hours calls", "Take bookings over the phone": taking what comes in is answering it.
  if (lead.verb === 'take' && lead.particle === '' && INTAKE.has(a.head) && !statesChange(a)) return true;
  // Choosing a new provider is done once, however routine the thing provided ("a new payroll provider").
  if (choosesNew(a)) return false;
  const rest = cues(afterLead(a));
  // "Make sure each shop's bake sheet gets filled in": a record kept filled in is upkeep.
  if (lead.verb === 'ensure' && hasObject(rest, RECORD_OBJECTS) && rest.some((w) => UPKEEP_DONE.has(w))) return true;
  // A new thing put up is no upkeep ("Set up a channel for the crews"), unless it is put up every day.
  if (setsUp(a) && !recurs(rest)) return false;
  // "Log every lamb movement before the trailer leaves", "Record batch codes and fill weights on every
  // run": every item written down is the record's upkeep ("record" is an activity verb too: it comes first).
  // ("Write up every contact…" writes each one down; "Record each visit's outcome…" records the outcome, not a visit.)
  const recording = RECORDING.has(lead.verb) || (lead.verb === 'write' && lead.particle === 'up');
  if (recording && rest.slice(0, 8).some((w) => w === 'every' || w === 'each') && !ACTIVITY_OBJECTS.has(a.head) && !statesChange(a)) return true;
  // "Send invoices to hirers and chase deposits", "…and take the entries": a standing job joined on.
  if (dutyJoined(a) && !statesChange(a) && a.quantities.length === 0) return true;
  // "Turn the germinating floors every four hours": a beat of hours or minutes is a round, whatever the verb.
  if (hourlyBeat(rest) && !OUTCOME_VERBS.has(lead.verb) && !TARGET_VERBS.has(lead.verb) && !statesChange(a)) return true;
  // "Sign children in and out at the gate", "Scan every pallet in and out": the gate is the job.
  if (inAndOut(words, lead.at) && !OUTCOME_VERBS.has(lead.verb) && !TARGET_VERBS.has(lead.verb) && !statesChange(a)) return true;
  // An activity done to a record or rota is keeping it ("Schedule driver rotas", "Email the timesheets"),
  // and one done at every occurrence of an event is standing ("Attend every board meeting").
  // ("Send verified sightings to the records centres automatically" says what it changes.)
  if (TASK_VERBS.has(lead.verb)) return (hasObject(rest, RECORD_OBJECTS) && !statesChange(a)) || atEveryEvent(rest) || handledEachTime(a, rest);
  // "Write up the test logs at the end of each shift": a record kept each time is upkeep.
  if ((PRODUCE_VERBS.has(lead.verb) || ACTIVITY_VERBS.has(lead.verb)) && keptRecord(a.object) && (recurs(rest) || withinTheSpan(rest)) && !statesChange(a)) return true;
  // "Review all pull requests": checking every item of a stream is the stream's upkeep.
  // ("Review every patient on ten medicines so fewer end up in A&E" says what the review changes.)
  if (QUEUE_VERBS.has(lead.verb) && (rest[0] === 'all' || rest[0] === 'every' || rest[0] === 'each' || rest[0] === 'any') && !statesChange(a)) return true;
  // "Check tyre pressure and brakes on every bike…": every item of the stream, named a few words on.
  if (QUEUE_VERBS.has(lead.verb) && rest.slice(0, 10).some((w) => w === 'every' || w === 'each') && !statesChange(a)) return true;
  // A verb the coach does not know, read from the frame ("Reset the wall every week"), or one that
  // only asks for a state ("Ensure the fridges get checked each night"): only the recurrence can
  // say it is upkeep.
  if (lead.inferred || lead.verb === 'ensure') return recurs(rest) && !statesChange(a);
  if (committedEachPeriod(a, rest)) return true;
  // "Drive the minibus for the walking groups": driving the firm's vehicle is the job itself.
  if (lead.verb === 'drive' && hasObject(ownObject(a.object), VEHICLES) && !statesChange(a)) return true;
  // "Sign off the prescription requests each afternoon": signing off is approving, on a beat.
  if (lead.verb === 'sign' && lead.particle === 'off' && recurs(rest) && !statesChange(a)) return true;
  if (standing(a, rest)) return true;
  if (!DUTY_IF_ROUTINE.has(lead.verb)) return false;
  // A page or a template made once is a deliverable, even on the website ("Update the … enrollment page").
  if (deliversArtefact(a) && !recurs(rest)) return false;
  // "Do the daily huddle": the day's standing event, not one to organise.
  if (rest[0] === 'the' && (TIMES_OF_DAY.has(rest[1] ?? '') || (WEEKDAYS.has(rest[1] ?? '') && weeklyEvent(rest.slice(2)))) && !statesChange(a)) return true;
  // "Do the unannounced visit to every home each year": the known round, come round again.
  // ("Do the launch safety checks before every outing", "Do the room inspections at check-out".)
  if (lead.verb === 'do' && rest[0] === 'the' && (recurs(rest) || comesRound(rest) || checkRound(a)) && !statesChange(a)) return true;
  // "Do an approval visit at every new centre": one for each newcomer, as they come, is the round.
  if (lead.verb === 'do' && forEachNew(rest) && !statesChange(a)) return true;
  // An event or a document is an activity, whoever it is for ("Run quarterly business reviews for every account").
  if (deliverable(a)) return false;
  // "Check guests in and out", "Check in patients": the check-in desk is the job.
  if (lead.verb === 'check' && words.slice(lead.at + 1, lead.at + 5).some((w) => w === 'in' || w === 'out')) return true;
  // The routine thing must be what is worked on ("Take the anger out of cancellation calls" works
  // on the anger), and a stated standard makes it an improvement ("…on the first call").
  if ((hasObject(cues(ownObject(a.object)), ROUTINE_OBJECTS) && !statesChange(a)) || keptInState(a)) return true;
  // A recurring event or document is still an activity ("Run a webinar every month"); recurring upkeep is a duty.
  // Each time something comes round ("the links readers report"), unless the verb names a result ("Fill the building with scale-ups that need…").
  // ("Pay growers the day after delivery instead of at month end" changes when the round is done.)
  if (a.words.includes('instead')) return false;
  // ("Work with GP surgeries so a disclosure reaches us the same day": "so" says what the work changes.)
  return (recurs(rest) || (comesRound(rest) && !OUTCOME_VERBS.has(lead.verb) && !statesChange(a))) && !deliverable(a) && !(OUTCOME_VERBS.has(lead.verb) && statesChange(a)) && !a.words.includes('so');
}

export function isTaskListing(a: Analysis): boolean {
  const { lead, words } = a;
  // "Stand at Euro Bus Expo, Birmingham": an exhibition stand at a named show.
  if (words[0] === 'stand' && words[1] === 'at' && a.tz.tokens[a.tz.words[words[2] === 'the' ? 3 : 2] ?? -1]?.cap) return true;
  if (deliversArtefact(a) || putInService(a)) return !statesChange(a);
  if (!lead) return namesProject(a) || nounTask(a);
  if (putsOnEvent(a)) return true;
  // ("Walking rugby on Tuesday mornings so the over-60s stay part of the club" says what it changes.)
  if (TASK_VERBS.has(lead.verb)) return !(NOT_TASK_PARTICLES[lead.verb]?.has(lead.particle) ?? false) && !a.words.includes('so') && !a.words.includes('automatically');
  const particles = TASK_PHRASAL[lead.verb];
  if (particles && particles.has(lead.particle)) return true;
  // "Migrate CI to Kubernetes", "Write SOPs": the work itself, unless the title says what it changes.
  // ("Re-let empty homes in 20 days" sets a time to beat: a number title, not a redo.)
  // ("Digitise 2 million pages by 2029" sets a number to reach: a number title, not a job.)
  if (PRODUCE_VERBS.has(lead.verb)) return !statesChange(a);
  // ("Redesign the Year 9 curriculum around real-world projects" says how it will work: a lever.)
  // ("Redesign the Year 9 curriculum around real-world projects", "Rebalance bikes with cargo trikes
  // instead of vans" say how it will work: a lever.)
  const redo = redone(a.words[lead.at]!, lead.verb) && !a.words.includes('around') && !a.words.includes('instead');
  if (PROJECT_VERBS.has(lead.verb) || redo) return !statesChange(a) && a.quantities.length === 0;
  // A tool set up or swapped for another ("Set up a team drive", "Move payroll onto Sage"): the same.
  if (setsUp(a) || changesTool(a)) return !statesChange(a);
  if (handedOver(a) || fixtureJob(a) || gotMade(a)) return true;
  if (!ACTIVITY_VERBS.has(lead.verb)) return startsActivity(a);
  const rest = words.slice(lead.at + 1);
  // "Hold a table read", "Do a collab brew": what one holds, hosts or does is an event.
  // "Hold a leading position", "Hold a 4.8-star rating" hold a standing, no event.
  // "Hold auditions for the panto": a plural object alone is events too.
  const events = a.object.length === 1 && plural(rest[0] ?? '');
  if (EVENT_VERBS.has(lead.verb) && (rest[0] === 'a' || rest[0] === 'an' || events)) {
    const held = events ? a.object : a.object.slice(1);
    return !held.some((w) => STANDINGS.has(w) || METRIC_HEADS.has(w) || /^\d/.test(w)) && !statesChange(a);
  }
  // "Make our webinars worth the time" makes something be something (causative); "Make 60 calls"
  // makes the calls. The causative object comes with a determiner.
  if (lead.verb === 'make' && DETERMINERS.has(rest[0] ?? '')) return false;
  // "Make a powder day at the resort feel uncrowded": what follows the place says what it becomes.
  if (causative(a)) return false;
  if (lead.verb === 'make' || lead.verb === 'give') return madeThing(a);
  return hasObject(rest, ACTIVITY_OBJECTS) && !statesChange(a);
}

/** "Redesign", "Redraw", "Rewire", "Reprint": a thing of ours done again, unless the verb names a result ("Return", "Restore"). */
function redone(word: string, verb: string): boolean {
  // The lead is read as its base verb ("Redraw" → "draw"); the word as written says it is done again.
  const base = word.startsWith('re') && word.slice(2) === verb ? verb : word.startsWith('re') ? word.slice(2) : '';
  return word.length > 5 && !!base && !RE_WORDS.has(word) && VERBS.has(base) && !CHANGE_LEADS.has(word) && !OUTCOME_VERBS.has(word) && !CHANGE_LEADS.has(base) && !DUTY_VERBS.has(base);
}
/** Words in re- that are words of their own ("Resort goals", "Report…"), not a thing done again. */
const RE_WORDS = new Set(['resort', 'record', 'report', 'research', 'result', 'return', 'review', 'resource', 'release', 'remark', 'relay', 'repair', 'refund', 'remit', 'resolve', 'respond', 'reserve', 'retire', 'recall', 'refer', 'reflect', 'relate', 'remain', 'remove', 'replace', 'require', 'reside', 'restrict', 'retail', 'reveal']);
/** A ticket's key closing the title, in brackets or not: "(WEB-77)", "PARK-318". */
function ticketed(a: Analysis): boolean {
  const t = a.tz.tokens;
  let end = t.length - 1;
  if (t[end]?.t === ')') end--;
  const [key, dash, num] = [t[end - 2], t[end - 1], t[end]];
  const opened = end === t.length - 1 || t[end - 3]?.t === '(';
  return opened && key?.kind === 'word' && key.raw === key.raw.toUpperCase() && key.raw.length >= 2 && key.raw.length <= 6 && dash?.t === '-' && dash.glued && num?.kind === 'num' && num.glued && num.suffix === '';
}

/**
 * A piece of work named by its noun, with no verb: "Weighbridge software upgrade", "New ERP
 * go-live", "Laser projection upgrade at Leeds and York". What it is for is left unsaid.
 */
function namesProject(a: Analysis): boolean {
  const head = a.head === 'live' && a.words[a.words.indexOf('live') - 1] === 'go' ? 'golive' : subjectHead(a);
  return (PROJECT_NOUNS.has(head) || EVENT_NOUNS.has(head)) && !statesChange(a);
}
/** "Plan the harvest party", "Launch event at Leeds station": the work is putting an occasion on; "Pick the new supplier": a one-off choice. */
function putsOnEvent(a: Analysis): boolean {
  const { lead } = a;
  if (!lead || TARGET_VERBS.has(lead.verb) || OUTCOME_VERBS.has(lead.verb) || statesChange(a)) return false;
  if (choosesNew(a)) return true;
  const head = a.object[a.object.length - 1] ?? '';
  return EVENT_NOUNS.has(head) && head !== 'day' && head !== 'morning' && head !== 'evening';
}
const choosesNew = (a: Analysis): boolean =>
  a.lead !== null && (a.lead.verb === 'choose' || a.lead.verb === 'pick' || a.lead.verb === 'select') && a.object.includes('new');


/** Verbs whose indefinite object is always an event or a piece of work ("Hold a …", "Do a …"). */
const EVENT_VERBS = new Set(['hold', 'host', 'do']);
/** What one holds that is a standing, not an event. */
const STANDINGS = new Set(['position', 'rating', 'place', 'lead', 'record', 'spot', 'title', 'ranking', 'majority', 'seat', 'stake', 'line', 'view', 'grip', 'job']);

/**
 * "Start streaming matches on Twitch", "Begin hosting supper clubs": starting an activity is the
 * activity; the gerund says which.
 */
function startsActivity(a: Analysis): boolean {
  const { lead, words } = a;
  if (!lead || (lead.verb !== 'start' && lead.verb !== 'begin')) return false;
  const next = words[lead.at + 1] ?? '';
  if (!next.endsWith('ing') || next.length < 6) return false;
  const gerund = lemmas(next).slice(1);
  return gerund.some((l) => TASK_VERBS.has(l) || PRODUCE_VERBS.has(l)) && !statesChange(a);
}

/**
 * Verbs that put a finished thing in place or hand it over ("Install the new lighting", "Ship the
 * new seller dashboard", "Submit the planning application"): with one definite thing as object
 * and nothing said about what it changes, the title names the work. Handing it *to* someone or
 * swapping it *with* something else says who or what changes, so those are left alone.
 */
const HANDOVER_VERBS = new Set([
  'install', 'replace', 'paint', 'ship', 'launch', 'submit', 'update', 'upgrade', 'deploy', 'implement', 'refurbish',
  'renovate', 'retrofit', 'fit', 'release', 'introduce', 'roll',
  // Making one product of the trade ("Brew the winter stout", "Print the annual report"): the work, too.
  'brew', 'bake', 'print', 'shoot', 'film', 'cook', 'roast', 'distil', 'distill', 'knit', 'sew', 'weave',
]);
/** Of those, the ones that bring in one new thing of some kind ("Launch a newsletter", "Install a sensor on …"). */
const INDEFINITE_HANDOVER = new Set(['install', 'launch', 'ship', 'release', 'introduce', 'deploy', 'fit', 'print']);
/** Of those, the ones whose count of things is still a count of work ("Install 300 loggers"). */
const COUNTED_WORK_VERBS = new Set(['install', 'fit', 'replace', 'paint', 'submit', 'retrofit']);
/** What may follow the thing handed over without saying what changes: where, when, for which case. */
const PLAIN_ADJUNCTS = new Set(['in', 'at', 'during', 'for', 'on', 'before', 'by', 'this', 'next', 'ahead']);
/** Words anywhere after it that say who receives it or what it comes with ("…to product teams", "…with a local partner"). */
const RECEIVED = new Set(['to', 'with', 'into', 'onto', 'who', 'which', 'where']);
const REACH = new Set(['new', 'more', 'every', 'all', 'each', 'other']);

function handedOver(a: Analysis): boolean {
  const { lead, object } = a;
  if (!lead || !HANDOVER_VERBS.has(lead.verb) || object.length < 2 || statesChange(a)) return false;
  if (lead.verb === 'roll' && lead.particle !== 'out') return false;
  const first = object[0]!;
  const counted = /^\d/.test(first) && COUNTED_WORK_VERBS.has(lead.verb);
  // A proper name as the object ("Repaint MV Aurora's hull"), where capitals still mean something.
  const tokenAt = (w: number) => a.tz.tokens[a.tz.words[w]!];
  const firstAt = lead.at + 1 + (lead.particle ? 1 : 0);
  const firstTok = tokenAt(firstAt);
  // A proper name, or a title in quotes ("Shoot “Low Tide” on location").
  const quoted = a.tz.tokens[a.tz.words[firstAt]! - 1]?.t === '"';
  const named = firstTok?.kind === 'word' && ((firstTok.cap && !a.tz.titleCase) || quoted);
  // "Launch a newsletter", "Install a sensor on mast 2": one new thing, nothing said of whom it serves.
  const head = object[object.length - 1]!;
  const indefinite =
    (first === 'a' || first === 'an') && INDEFINITE_HANDOVER.has(lead.verb) && object.length <= 4 && !INITIATIVES.has(head) && !METRIC_HEADS.has(head) && !AUDIT_NOUNS.has(head);
  if (!(first === 'the' || POSSESSIVE.has(first) || named || counted || indefinite)) return false;
  const rest = afterLead(a);
  const end = rest.indexOf(object[object.length - 1]!) + 1;
  const after = rest[end];
  if (after === undefined) return true;
  if (indefinite && after !== 'on' && after !== 'at') return false;
  if (!PLAIN_ADJUNCTS.has(after) || rest.slice(end).some((w) => RECEIVED.has(w))) return false;
  // "…in three new markets", "…in every store": a wider reach is the change ("the new rig" is one thing).
  if (rest.slice(end).some((w, k) => REACH.has(w) && !(w === 'new' && rest[end + k - 1] === 'the'))) return false;
  // "…for Riverside Block B" names the case; "…for enterprise customers" names who gains.
  const next = tokenAt(lead.at + 1 + (lead.particle ? 1 : 0) + end + 1);
  // An acronym there is a segment of people ("for SMB customers"), not a name.
  const name = next?.kind === 'word' && next.cap && next.raw !== next.raw.toUpperCase() && !a.tz.titleCase;
  return after !== 'for' || name || rest[end + 1] === 'the';
}

/**
 * "Get the vans wrapped in the new branding", "Get the patient leaflets translated": a thing of ours
 * got made or done by someone, and nothing said of what that changes.
 */
function gotMade(a: Analysis): boolean {
  const { lead, object } = a;
  if (!lead || lead.verb !== 'get' || lead.at !== 0 || statesChange(a) || a.quantities.length) return false;
  const done = object[object.length - 1] ?? '';
  if (!(object[0] === 'the' || POSSESSIVE.has(object[0] ?? '')) || object.length < 3 || !done.endsWith('ed')) return false;
  return lemmas(done).some((l) => MADE_BY_HAND.has(l) || PROJECT_VERBS.has(l) || HANDOVER_VERBS.has(l));
}
/** Work done to a thing that a trade does for hire: wrapping, printing, signwriting, framing. */
const MADE_BY_HAND = new Set(['wrap', 'print', 'paint', 'frame', 'build', 'make', 'fit', 'reprint', 'redo', 'write', 'design', 'translate', 'photograph', 'film']);

/** Words that start a complement: "Make X a help", "Make X something people…", "Make X worth…". */
const COMPLEMENT = new Set(['a', 'an', 'the', 'something', 'somewhere', 'someone', 'worth', 'part', 'more', 'less', 'feel', 'look', 'run', 'work']);

/**
 * "Make a trailer", "Make 60 cold calls a day", "Give talks": the thing made is the activity. "Make
 * security reviews a help" or "Give developers fixes" make something be something, or give it to
 * someone: causative and ditransitive, and no activity.
 */
function madeThing(a: Analysis): boolean {
  let words = a.object;
  while (words.length && (words[0] === 'a' || words[0] === 'an' || /^\d/.test(words[0]!))) words = words.slice(1);
  // A trailing "a day", "a week" is how often, not what it becomes.
  const n = words.length;
  if (n > 2 && (words[n - 2] === 'a' || words[n - 2] === 'an') && TIME_UNITS.has(words[n - 1]!)) words = words.slice(0, -2);
  if (words.some((w, k) => k > 0 && COMPLEMENT.has(w))) return false;
  // "Make feedback shape every brief": a bare verb and its own object make a clause, so the title
  // makes something happen (causative), it makes no thing.
  if (words.some((w, k) => k > 0 && VERBS.has(w) && DETERMINERS.has(words[k + 1] ?? ''))) return false;
  // "Give researchers mock interviews": a plural before the thing given is who receives it
  // (ditransitive), and what they get is the point. "Give sales demos": a department is no one.
  if (a.lead?.verb === 'give' && words.some((w, k) => k < words.length - 1 && plural(w) && w.length > 3 && !SCOPE_WORDS.has(w) && !DEPARTMENT_WORDS.has(w))) return false;
  // The thing made is the noun the phrase ends in ("a trailer", "cold calls"), not a word inside
  // a compound or before an adjective ("same-day delivery profitable").
  const head = words[words.length - 1] ?? '';
  return ACTIVITY_OBJECTS.has(head) && !statesChange(a);
}

/**
 * Compliance, job requirement and task listing answer one question, "where does this belong
 * instead of the cascade?", so a title gets at most one of them: the most specific shelf wins.
 */
function shelf(a: Analysis): RuleCode | null {
  if (isCompliance(a)) return 'compliance';
  // A ticket is one piece of work, whatever its verb reads as ("Booking form rebuild (HU-214)"),
  // unless the verb names a result ("Cut the broke we make at each grade change (MILL-88)").
  if (ticketed(a) && !statesChange(a) && !(a.lead && (OUTCOME_VERBS.has(a.lead.verb) || TARGET_VERBS.has(a.lead.verb)))) return 'task-listing';
  if (isJobRequirement(a)) return 'job-requirement';
  if (isTaskListing(a)) return 'task-listing';
  return null;
}

/**
 * "Renewal rate 82%", "Inspections per inspector: 180", "CPAP compliance 75%": a measure named
 * after the work, with no verb and no one made to do it, is a KPI of that work, not the work
 * itself ("100% of staff complete GDPR training" has people doing it).
 */
function kpiOfTheWork(a: Analysis, codes: readonly RuleCode[]): boolean {
  // ("Fire safety training for all staff: 100%" still names everyone who must do it.)
  if (!codes.includes('number-title') || a.lead !== null || a.words.some((w) => EVERYONE.has(w) || w === 'staff')) return false;
  // The share comes last, after the measure's name ("… 75%", "…: 95%"), not first with its people.
  const lastShare = a.quantities.some((q) => q.kind === 'percent' && q.index >= a.tz.tokens.length - 3);
  return lastShare || a.words.includes('per') || a.words.includes('rate');
}

export function titleRulesOf(a: Analysis): RuleCode[] {
  if (a.words.length === 0) return [];
  // "Sales (Becca)": a branch and its owner, whatever its first word could measure.
  if (ownerInBrackets(a)) return ['generic-container'];
  const out: RuleCode[] = [];
  if (isNumberTitle(a)) out.push('number-title');
  if (isGenericContainer(a)) out.push('generic-container');
  // A name ("Call Centre Manager") is a heading, whatever verb it starts with: not an activity.
  // Nor is a measure's name ("Call volumes", "Take rate"), whose first word only looks like a verb.
  // A heading that names the compliance function ("Risk & Compliance") is a bucket, not the work.
  const s = unitName(a) || (a.lead !== null && measureName(a)) || out.includes('generic-container') || kpiOfTheWork(a, out) ? null : shelf(a);
  // "Answer the intercom within 60 seconds", "Test every hydrant twice a year": a duty's service
  // level or beat, counted, is a number the title is named after as well.
  if (s === 'job-requirement' && !out.includes('number-title') && countedBeat(a.words)) out.unshift('number-title');
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

/**
 * Verbs that name a result or a change in the world, whatever they act on: a title opening with
 * one is read as an objective unless another rule says otherwise.
 */
const CHANGE_LEADS = new Set([
  'make', 'get', 'grow', 'cut', 'reduce', 'increase', 'raise', 'win', 'turn', 'fill', 'help', 'let', 'stop', 'be', 'become',
  'double', 'halve', 'triple', 'lift', 'boost', 'bring', 'sell', 'earn', 'save', 'lower', 'shorten', 'speed', 'improve', 'expand',
  'protect', 'give', 'attract', 'recruit', 'hire', 'open', 'launch', 'start', 'create', 'reach', 'keep', 'end', 'prevent',
  'eliminate', 'avoid', 'halt', 'convert', 'transform', 'enter', 'extend', 'widen', 'broaden', 'deepen', 'strengthen', 'build',
  'establish', 'become', 'offer', 'sign', 'land', 'secure', 'retain', 'regain', 'restore', 'return', 'recover', 'rebuild', 'lead',
  'own', 'put', 'take', 'move', 'switch', 'replace', 'partner', 'teach', 'train', 'coach', 'find', 'encourage', 'enable',
  'empower', 'support', 'serve', 'delight', 'please', 'lure', 'persuade', 'welcome', 'connect', 'match', 'pay', 'share',
  'simplify', 'modernise', 'modernize', 'digitise', 'digitize', 'automate', 'accelerate', 'ensure', 'achieve', 'hit', 'meet',
  'beat', 'exceed', 'deliver', 'close', 'fix', 'solve', 'resolve', 'remove', 'lose', 'invest', 'diversify', 'scale',
  'pilot', 'test', 'trial', 'prove', 'learn', 'understand', 'know', 'see', 'hear', 'listen', 'use', 'reuse', 'recycle', 'treat',
  'cure', 'heal', 'feed', 'house', 'mend', 'settle',
]);
/** The object is a particular thing in hand: "the", "each", "every", a possessive, or a plural noun. */
const IN_HAND = new Set(['the', 'each', 'every', 'all', 'our', 'their', 'its', 'his', 'her', 'new', 'old', 'any']);

/**
 * Standing work named by what is done to a thing, on a beat or each time something comes round:
 * "Empty the bins around the arena through the day", "Clear the weed from the weirs after storms",
 * "Sort incoming bags by fabric". Any verb the coach does not count as a result will do; a verb
 * that names one ("Grow…", "Win…", "Make…") is left to the other rules, and so is a title that
 * states a change, sets a number, works on people, or puts on an event or writes a paper.
 */
function plainDuty(a: Analysis): boolean {
  const { lead } = a;
  if (!lead || lead.at !== 0 || (TARGET_VERBS.has(lead.verb) && lead.verb !== 'deliver') || OUTCOME_VERBS.has(lead.verb)) return false;
  // "Open the safe and dress the windows": opening and closing what is there is the day's round.
  const daily = (lead.verb === 'open' || lead.verb === 'close') && a.object[0] === 'the' && a.object[1] !== 'new';
  if (CHANGE_LEADS.has(lead.verb) && lead.verb !== 'deliver' && !(daily && chores(afterLead(a)))) return false;
  // Attending, sending or producing on a beat is still an activity ("Attend the daily production meeting");
  // delivering goods ("Deliver the ballot boxes … the night before") is the round itself.
  const goods = lead.verb === 'deliver' && !hasObject(a.object, ACTIVITY_OBJECTS);
  if (!goods && (TASK_VERBS.has(lead.verb) || ACTIVITY_VERBS.has(lead.verb) || PRODUCE_VERBS.has(lead.verb))) return false;
  if (a.quantities.length || deliverable(a) || statesChange(a)) return false;
  const object = a.object;
  const concrete = object.some((w) => IN_HAND.has(w)) || (object.length > 0 && plural(object[object.length - 1]!));
  if (!concrete || !a.head || PERSON_NOUNS.has(a.head) || EVERYONE.has(a.head)) return false;
  const rest = afterLead(a);
  return recurs(rest) || onCalendar(rest) || onRota(rest) || turnaround(rest) || comesRound(rest) || chores(rest) || rest.includes('your');
}
/**
 * "Mow the greens and change the pin positions", "Empty the coin hoppers and bank the takings":
 * two plain jobs on things in hand, one after the other, are the round of a role.
 */
function chores(rest: readonly string[]): boolean {
  const and = rest.indexOf('and');
  // "Collect and count the cash", "Measure and tally each lorry": two verbs on one thing in hand.
  if (and === 0) return (IN_HAND.has(rest[2] ?? '') || plural(rest[2] ?? '')) && !FUNCTION_WORDS.has(rest[1] ?? '');
  if (and < 1) return false;
  const verb = rest[and + 1] ?? '';
  const next = rest[and + 2] ?? '';
  // A verb the coach knows, or any word before "the" ("…and bank the takings").
  const lemma = lemmas(verb).find((l) => VERBS.has(l)) ?? (next === 'the' && !FUNCTION_WORDS.has(verb) ? verb : '');
  if (!lemma || CHANGE_LEADS.has(lemma) || OUTCOME_VERBS.has(lemma) || TARGET_VERBS.has(lemma)) return false;
  return IN_HAND.has(next) || (VERB_PARTICLES.has(next) && IN_HAND.has(rest[and + 3] ?? '')) || plural(next);
}
/** Verbs of being somewhere or fixing when: on a beat they are still events ("Visit each branch once a quarter"). */
const ATTENDING = new Set(['attend', 'schedule', 'join', 'participate', 'visit', 'observe', 'shadow', 'chair', 'facilitate', 'speak', 'talk', 'listen', 'travel']);
/**
 * "Walk every dog twice a day", "Phone critical results to the requesting clinician", "Send quotes
 * within 2 hours of a request": a thing of the trade handled each time it comes round is the role's
 * standing work, not an event or a paper ("Send monthly updates to investors" stays an activity).
 */
function handledEachTime(a: Analysis, rest: readonly string[]): boolean {
  if (!a.lead || statesChange(a)) return false;
  // "Visit each retailer on your patch every month": the role's own round, even of visits.
  if (rest.includes('your') && (recurs(rest) || comesRound(rest) || rest.some((w) => w === 'each' || w === 'every'))) return true;
  // "Ring each patient after their fitting", "Visit every new tenant in their first six weeks": each
  // one, at their own moment, is a round that comes with every newcomer.
  if ((rest[0] === 'each' || rest[0] === 'every') && rest.slice(2).includes('their') && !hasObject(ownObject(a.object), ACTIVITY_OBJECTS)) return true;
  // "Attend every emergency leak within 4 hours": each one, to a response time.
  if ((rest[0] === 'each' || rest[0] === 'every') && turnaround(rest)) return true;
  if (ATTENDING.has(a.lead.verb) || hasObject(ownObject(a.object), ACTIVITY_OBJECTS)) return false;
  // "…for your patch", "…in your queue": written to the one who holds the role, about its own round.
  return recurs(rest) || onCalendar(rest) || turnaround(rest) || comesRound(rest) || rest.includes('requesting') || rest.includes('your');
}
/**
 * "Send invoices to hirers and chase deposits", "Get the schedules out and process entries", "…and
 * take the entries": a second verb that is a standing job (chasing, processing, taking what comes
 * in) makes the pair the role's round.
 */
function dutyJoined(a: Analysis): boolean {
  const { lead, words } = a;
  if (!lead || TARGET_VERBS.has(lead.verb) || OUTCOME_VERBS.has(lead.verb)) return false;
  return words.some((w, k) => {
    if (w !== 'and' || k <= lead.at + 1) return false;
    const verb = words[k + 1] ?? '';
    if (verb === 'take') return INTAKE.has(words[k + 2] === 'the' ? (words[k + 3] ?? '') : (words[k + 2] ?? ''));
    return JOINED_DUTIES.has(verb) && !FUNCTION_WORDS.has(words[k + 2] ?? 'to');
  });
}
/** Standing jobs that, joined on with "and", name the round: chasing, processing, answering, reconciling. */
const JOINED_DUTIES = new Set(['chase', 'process', 'answer', 'reconcile', 'triage', 'restock', 'file', 'log']);
/** "every four hours", "every 30 minutes", "hourly": a beat shorter than a day. */
const hourlyBeat = (rest: readonly string[]): boolean =>
  rest.includes('hourly') || rest.some((w, k) => w === 'every' && (/^\d/.test(rest[k + 1] ?? '') || NUMBER_WORDS[rest[k + 1] ?? ''] !== undefined) && SHORT_BEATS.has(rest[k + 2] ?? ''));
const SHORT_BEATS = new Set(['hour', 'hours', 'minute', 'minutes', 'mins']);
/** "at every new centre", "for each new starter": one for each newcomer. */
const forEachNew = (rest: readonly string[]): boolean =>
  rest.some((w, k) => (w === 'at' || w === 'for' || w === 'with') && (rest[k + 1] === 'every' || rest[k + 1] === 'each') && rest[k + 2] === 'new');
/** "… in and out", "… on and off the trailers", a few words after the verb: each one that comes and goes. */
const inAndOut = (words: readonly string[], at: number): boolean =>
  words.slice(at + 1, at + 7).some((w, k, near) => near[k + 1] === 'and' && ((w === 'in' && near[k + 2] === 'out') || (w === 'on' && near[k + 2] === 'off')));
const INTAKE = new Set(['calls', 'call', 'enquiries', 'inquiries', 'bookings', 'orders', 'payments', 'complaints', 'messages', 'returns', 'deliveries', 'entries', 'applications', 'referrals']);
/** Things made once that name no change, besides the events and papers of ACTIVITY_OBJECTS. */
const DELIVERABLE_NOUNS = new Set(['photography', 'series', 'artwork', 'wrappers', 'packaging', 'pack', 'library', 'footage', 'sign', 'signs', 'explainer', 'list', 'lists', 'map', 'maps', 'window', 'windows', 'display', 'displays', 'signage', 'graphics', 'photos', 'photographs', 'livery', 'logo', 'logos', 'website', 'menu', 'menus', 'redesign', 'rebrand', 'refresh', 'book', 'programme', 'program', 'schedule', 'timetable']);
/**
 * A deliverable named by its noun, with no verb: "Member survey", "Price list for 2027", "Welcome
 * week events", "Site map for 2027". What it is for is left unsaid.
 */
function nounTask(a: Analysis): boolean {
  if (a.lead !== null || a.quantities.length || statesChange(a)) return false;
  // "Be the firm scale-ups call…" is a sentence, whatever noun it ends in.
  if (a.words[0] === 'be' || a.words[0] === 'become' || isNumberTitle(a)) return false;
  const head = subjectHead(a);
  // "New wrappers for the single-origin bars", "New mould store racking": a new thing made, named;
  // new people or business ("New donors", "New markets") are results, not things made.
  if (a.words[0] === 'new' && a.words.length >= 2 && !PERSON_NOUNS.has(head) && !GAINED.has(head)) return true;
  // "Better customer reviews", "A greener show": a word that says which way makes it a result.
  if (a.words.some((w) => DIRECTION.has(w) && !ANY_ONE.has(w))) return false;
  if ((ACTIVITY_OBJECTS.has(head) || DELIVERABLE_NOUNS.has(head)) && a.words.length >= 2) return true;
  // "Hackathon week in November", "Patient group AGM, March": a thing named and dated to a month is
  // an occasion put on.
  const last = a.words[a.words.length - 1]!;
  return MONTHS.has(last) && a.words.length >= 3 && a.words[a.words.length - 2] !== 'by' && !a.words.some((w) => FUNCTION_WORDS.has(w) && w !== 'in' && w !== 'at' && w !== 'for' && w !== 'the');
}
/** Direction words that only pick which ones, no way to go ("every", "all"), or a new thing ("new"). */
const ANY_ONE = new Set(['new', 'every', 'all', 'only', 'first']);
/** What "new" may qualify as a result rather than a thing made. */
const GAINED = new Set([
  'customer', 'customers', 'client', 'clients', 'member', 'members', 'user', 'users', 'donor', 'donors', 'subscriber', 'subscribers',
  'market', 'markets', 'business', 'revenue', 'sales', 'income', 'audience', 'audiences', 'fans', 'partners', 'territories',
]);
/** The head noun of what follows a team's label ("Jonas – Valentine's campaign shoot" → "shoot"), else the title's. */
function subjectHead(a: Analysis): string {
  if (a.subject === a.tz) return a.head;
  const { tokens, words } = a.subject;
  let head = '';
  for (const i of words) {
    const t = tokens[i]!;
    if (t.kind === 'word' && FUNCTION_WORDS.has(t.t) && head) break;
    if (t.kind === 'word') head = t.t;
  }
  return head;
}

/** Verbs of result that are also plain jobs on the kit ("Build shelves", "Put up the signs"). */
const KIT_VERBS = new Set(['build', 'put', 'replace', 'fix', 'mend', 'move', 'take', 'restore', 'rebuild', 'paint', 'knock']);
/** Things of the premises and the kit: what a one-off job of work is done to. */
const FIXTURES = new Set([
  'yard', 'store', 'storeroom', 'stockroom', 'shelves', 'shelving', 'shelf', 'props', 'stands', 'stand', 'bays', 'bay', 'machines',
  'machine', 'signage', 'signs', 'graphics', 'lease', 'roof', 'shed', 'floor', 'office', 'kitchen', 'fence', 'fencing', 'racking',
  'racks', 'rack', 'lockers', 'counter', 'counters', 'benches', 'bench', 'workshop', 'basement', 'loft', 'cellar', 'garage',
  'van', 'vans', 'trailer', 'forklift', 'boiler', 'windows', 'doors', 'toilets', 'lighting', 'lights', 'carpet', 'carpets',
  'furniture', 'desks', 'chairs', 'tables', 'cabinets', 'cupboards', 'displays', 'livery', 'awning', 'gates', 'car', 'cars',
  'room', 'rooms', 'wall', 'walls',
]);
/**
 * A one-off job done to the premises or the kit, with nothing said of what it changes: "Build
 * shelves for the greenware room", "Reorganise the timber store", "Renew the lease on the vans".
 */
function fixtureJob(a: Analysis): boolean {
  const { lead } = a;
  if (!lead || lead.at !== 0 || TARGET_VERBS.has(lead.verb) || a.quantities.length || statesChange(a)) return false;
  // "Fill the quiet chairs", "Open the Manchester kitchen": a verb of result works on the business, not the kit.
  if ((CHANGE_LEADS.has(lead.verb) || OUTCOME_VERBS.has(lead.verb)) && !KIT_VERBS.has(lead.verb)) return false;
  // "Knock through the back office": the particle is the verb's, the object follows it.
  const object = ownObject(VERB_PARTICLES.has(a.object[0] ?? '') || a.object[0] === 'through' ? a.object.slice(1) : a.object);
  const head = object[object.length - 1] ?? '';
  // "Put the price list on the website", "Put together a tender pack": a paper put in place.
  // ("Put on a summer roadshow in every market town" puts on an event for more people.)
  if (lead.verb === 'put' && (lead.particle === '' || lead.particle === 'together' || object[0] === 'together') && (DELIVERABLE_NOUNS.has(head) || ACTIVITY_OBJECTS.has(head))) return true;
  // "Build a shoeing bay": one new fixture built is a job too.
  const one = lead.verb === 'build' && (object[0] === 'a' || object[0] === 'an');
  return FIXTURES.has(head) && (one || object.some((w) => IN_HAND.has(w)) || plural(head));
}
