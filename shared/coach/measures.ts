/**
 * `number-title`: a title named after a number or a measure ("NPS 50", "Churn rate", "Picks per
 * hour", "Meals served"), rather than the change the number would show.
 */
import type { Analysis } from './analyse';
import { DEPARTMENT_WORDS, DIRECTED_VERBS, FUNCTION_WORDS, IRREGULAR_PARTICIPLES, METRIC_ACRONYMS, METRIC_HEADS, QUEUE_VERBS, SCOPE_WORDS, STATISTICS, TARGET_VERBS, TIME_UNITS, VERBS } from './lexicon';
import { startsAsCount } from './quantity';
import { lemmas, plural } from './text';
import { DETERMINERS, recurs } from './recurrence';
import { OUTCOME_VERBS, causative, isLabel, onlyScope, statesChange } from './sentence';

/** "Book-to-bill", "time-to-hire": a verbless ratio of one thing to another is a KPI. */
function ratioName(a: Analysis): boolean {
  const { tokens } = a.tz;
  // "Waste as % of production", "Bookings as a % of enquiries": a share named, its value left out.
  if (a.lead === null && tokens.some((t, k) => t.t === '%' && !t.glued && (tokens[k - 1]?.t === 'as' || tokens[k - 1]?.t === 'a') && tokens[k + 1]?.t === 'of')) return true;
  // "Monthly active seats", "Weekly active users": a usage count named.
  if (a.lead === null && (a.words[0] === 'monthly' || a.words[0] === 'weekly' || a.words[0] === 'daily') && a.words[1] === 'active' && a.words.length <= 4) return true;
  // "Litres of water per kg of greasy wool", "Tonnes per hour on the crusher": a unit per unit, named.
  if (a.lead === null && MEASURE_UNITS.has(a.words[0] ?? '') && a.words.includes('per') && a.words.length <= 8) return true;
  if (a.lead !== null || a.words.length > 4) return false;
  return tokens.some((t, k) => t.t === 'to' && t.glued && tokens[k - 1]?.t === '-' && tokens[k + 1]?.t === '-' && tokens[k + 1]!.glued);
}

/** What may follow a measure's acronym as its scope ("CPM on host-read ads", "NPS for new members"). */
const SCOPE_PREPS = new Set(['on', 'for', 'in', 'across', 'among', 'per']);
/** Participles that count results when they follow what is counted. */
const RESULTS = new Set(['lost', 'won', 'closed', 'resolved', 'sold', 'saved', 'prevented', 'recovered', 'overturned', 'upheld', 'missed', 'cancelled', 'canceled', 'referred']);
/** Units of measure: a verbless line counting in one ("Ore tonnes mined") is a KPI. */
const MEASURE_UNITS = new Set([
  'tonnes', 'tons', 'tonnage', 'litres', 'liters', 'barrels', 'gallons', 'kwh', 'mwh', 'gwh', 'kilometres', 'kilometers', 'miles',
  'hectolitres', 'hectoliters', 'kilograms', 'kg', 'acres', 'hectares', 'pallets', 'parcels', 'teu', 'teus', 'covers',
]);
/** "Take rate", "Win rate", "Fill rate": a verb naming a rate is a compound noun, the KPI's name. */
const RATE_NOUNS = new Set(['rate', 'ratio']);

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
  if (lead && lead.at === 0 && RATE_NOUNS.has(words[1] ?? '') && RATE_OF.has(words[2] ?? '') && words.length <= 6 && !DIRECTED_VERBS.has(lead.verb) && !TARGET_VERBS.has(lead.verb)) return true;
  if (!lead || lead.at !== 0 || words.length < 3 || words.length > 5 || !RATE_NOUNS.has(words[words.length - 1]!)) return false;
  if (DIRECTED_VERBS.has(lead.verb) || TARGET_VERBS.has(lead.verb) || QUEUE_VERBS.has(lead.verb) || RATE_HANDLING.has(lead.verb)) return false;
  return words.every((w) => !FUNCTION_WORDS.has(w) && !DETERMINERS.has(w));
}

/** What follows a rate's name to say what it is of or when ("Return rate after adoption"). */
const RATE_OF = new Set(['for', 'of', 'on', 'after', 'in', 'among', 'at', 'across', 'by']);
/** Verbs that do something with a rate rather than name it ("Report the churn rate", "Manage attrition rate"). */
const RATE_HANDLING = new Set(['manage', 'measure', 'report', 'calculate', 'publish', 'keep', 'hold', 'maintain', 'set', 'agree', 'watch', 'benchmark']);

export function measureName(a: Analysis): boolean {
  const { words } = a;
  if (rateName(a)) return true;
  // "Planning appeals lost", "Days lost to high winds", "Advice cases closed with a good outcome": a
  // count of results (a gerund in front is a noun, "Planning…", no imperative).
  if (a.lead === null || (a.lead.at === 0 && words[0]!.endsWith('ing'))) {
    // ("Involuntary churn recovered by dunning": a measure's name before it, too.)
    const r = words.findIndex((w, k) => k > 0 && RESULTS.has(w) && (plural(words[k - 1]!) || METRIC_HEADS.has(words[k - 1]!)));
    // ("Fewer trips cancelled because…" says which way: a direction, no count's name.)
    if (r > 0 && r <= 3 && words.length <= 8 && !statesChange(a) && !WHICH_WAY.has(words[0]!)) return true;
  }
  // "Left without being seen rate": a rate's name, whatever it is of.
  if ((a.lead === null || a.lead.at === 0) && words.length <= 6 && RATE_NOUNS.has(words[words.length - 1]!) && !(a.lead && (DIRECTED_VERBS.has(a.lead.verb) || TARGET_VERBS.has(a.lead.verb) || RATE_HANDLING.has(a.lead.verb)))) return true;
  if (a.lead === null) {
    // "Average concurrent viewers", "Average days from death to registration": a statistic of something.
    if (STATISTICS.has(words[0]!) && words.length >= 2 && words.length <= 10 && !words.some((w) => w === 'so' || w === 'without' || w === 'that')) return true;
    // "Pre-app to submission time", "Order to delivery days": time from one point to another, named last.
    if (words.length <= 6 && words.includes('to') && (words.at(-1) === 'time' || TIME_UNITS.has(words.at(-1)!)) && words.indexOf('to') > 0 && !statesChange(a)) return true;
    // ("Length of stay for over-65s": the measure by its usual name.)
    if (words[0] === 'length' && words[1] === 'of' && words[2] === 'stay') return true;
    // ("Volunteer hours a month": time counted in its unit, per period.)
    if (words.length <= 5 && plural(words[1] ?? '') && TIME_UNITS.has(words[1]!) && (words[2] === 'a' || words[2] === 'per') && TIME_UNITS.has(words[3] ?? '')) return true;
    // "Weeks from deposit to handover": time counted from one point to another.
    if (TIME_UNITS.has(words[0]!) && plural(words[0]!) && words[1] === 'from' && words.includes('to') && words.length <= 7) return true;
    // "Loans per capita", "Picks per hour", "Hours of hearing aid use per day": one count over another.
    const per = words.indexOf('per');
    // ("Less diesel per collection", "Fewer tickets per user by fixing root causes": which way first,
    // a direction for the rate, no rate's name; every such line in the tuning sets is labelled sound.)
    if (per >= 1 && WHICH_WAY.has(words[0]!)) return false;
    if (per >= 1 && per >= words.length - 4 && words.length <= 8) return true;
    // "Lumens per watt across the range", "Bottles filled per hour on the glass line": the rate
    // named first, then its scope.
    if (per >= 1 && per <= 2 && words.length <= 10 && !statesChange(a)) return true;
    if (words.length > 5) return false;
    if (standardShare(a) || words.some((w) => MEASURE_UNITS.has(w))) return true;
    // "LCOE", "TRIFR", "CML (customer minutes lost)": a measure's own acronym, alone or spelt out.
    if (METRIC_ACRONYMS.has(words[0]!) && (words.length === 1 || a.tz.tokens[a.tz.words[1]! - 1]?.t === '(' || SCOPE_PREPS.has(words[1]!))) return true;
    // "Billable hours", "Downtime minutes": time counted in its unit.
    // ("Forge — days": a shift after a dash names the crew.)
    const { tokens } = a.tz;
    const shift = tokens[tokens.length - 2]?.kind === 'sym';
    return words.length <= 3 && words.length >= 2 && TIME_UNITS.has(words[words.length - 1]!) && words[words.length - 1]!.endsWith('s') && !shift;
  }
  // "Build minutes sold per month": a plural and its participle before "per" count a rate, whatever the
  // first word reads as. ("Support tickets per customer per month": or the plural right before it.)
  if (a.lead.at === 0 && plural(words[1] ?? '') && (TALLIED.has(words[2] ?? '') || RESULTS.has(words[2] ?? '')) && words[3] === 'per') return true;
  // ("Inspect blades per maintenance schedule": "per" a plan is "as the plan says".)
  const perPlan = DETERMINERS.has(words[3] ?? '') || words.slice(3, 6).some((w) => AS_WRITTEN.has(w));
  if (a.lead.at === 0 && plural(words[1] ?? '') && words[1]!.length > 3 && words[2] === 'per' && !perPlan && !DIRECTED_VERBS.has(a.lead.verb) && !TARGET_VERBS.has(a.lead.verb)) return true;
  // "Answer rate 70% overnight", "Feed conversion ratio 2.6", "Lead time on domestic jobs", "Feed
  // conversion 2.5 on the finishers": a verb's form before a rate, a time or a measure and its value
  // is that measure's name (a verb that says which way, "Cut lead time…", is a direction).
  if (a.lead.at === 0 && !DIRECTED_VERBS.has(a.lead.verb) && !TARGET_VERBS.has(a.lead.verb) && !OUTCOME_VERBS.has(a.lead.verb)) {
    const [, second = '', third = ''] = words;
    if (RATE_NOUNS.has(second) || (RATE_NOUNS.has(third) && !FUNCTION_WORDS.has(second))) return true;
    // ("Lead time (order to handover)": or with what it spans in brackets.)
    const aside = a.tz.tokens[(a.tz.words[1] ?? -2) + 1]?.t === '(';
    if (second === 'time' && (RATE_OF.has(third) || third === '' || aside)) return true;
    // ("Call waiting time", "Patient waiting times": the time of a wait, named.)
    if (second.endsWith('ing') && (third === 'time' || third === 'times') && words.length === 3) return true;
    // ("Quote turnaround on specials": a measure's name, then what it is of.)
    // ("Take attendance in every period" takes it: a verb that works on the measure.)
    const worksOn = RATE_HANDLING.has(a.lead.verb) || QUEUE_VERBS.has(a.lead.verb) || a.lead.verb === 'take';
    if (METRIC_HEADS.has(second) && !second.endsWith('s') && RATE_OF.has(third) && words.length <= 5 && !DIRECTED_VERBS.has(a.lead.verb) && !worksOn) return true;
    // ("Empty homes brought back into use per year": things and what was done to them, counted per period.)
    if (plural(second) && (third.endsWith('ed') || IRREGULAR_PARTICIPLES.has(third)) && words.some((w, k) => w === 'per' && TIME_UNITS.has(words[k + 1] ?? '') && k >= words.length - 3)) return true;
    // ("Quote turnaround time": a measure's name with "time" after it.)
    if (METRIC_HEADS.has(second) && (third === 'time' || third === 'times') && words.length === 3) return true;
    if (METRIC_HEADS.has(second) && /^\d/.test(third)) return true;
    // "Feed cost per bird": a cost over a count, whatever its first word reads as.
    if (COSTS.has(second) && third === 'per' && words.length <= 5) return true;
  }
  if (words.length !== 2 || a.lead.at !== 0) return false;
  // "Take rate", "Test scores": a verb naming a measure is a compound noun, the KPI's name; a verb
  // that says which way it goes ("Cut costs") is a direction.
  // ("Partner churn", "Quote turnaround": in the singular too, unless the verb works on it, "Track
  // attendance".)
  const worked = QUEUE_VERBS.has(a.lead.verb) || RATE_HANDLING.has(a.lead.verb);
  return RATE_NOUNS.has(words[1]!) || (METRIC_HEADS.has(words[1]!) && (words[1]!.endsWith('s') || !worked) && !DIRECTED_VERBS.has(a.lead.verb) && !TARGET_VERBS.has(a.lead.verb));
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

function auditOutcome(a: Analysis): boolean {
  const { tokens } = a.tz;
  // (A spaced dash is tokenised as ';': text.ts.)
  const dash = tokens.findIndex((t) => t.kind === 'sym' && t.t === ';');
  if (dash < 1 || a.lead !== null) return false;
  const before = tokens.slice(0, dash).map((t) => t.t);
  const after = tokens.slice(dash + 1).map((t) => t.t);
  return before.some((w) => AUDITED.has(w)) && after.length === 2 && (after[0] === 'zero' || after[0] === 'no' || /^\d$/.test(after[0]!)) && OUTCOMES.has(after[1]!);
}
const AUDITED = new Set(['audit', 'inspection', 'visit', 'assessment', 'review']);
const OUTCOMES = new Set(['majors', 'minors', 'findings', 'stars', 'actions', 'ncs', 'nonconformances']);

/** Ends of a day's trading a round is kept at ("at close", "at lock-up"). */
const CLOSES = new Set(['close', 'closing', 'lockup', 'lock', 'handover', 'changeover']);
/** Comparatives that open a direction ("More …", "Fewer …"). */
const CADENCE_FIRST = new Set(['daily', 'weekly', 'fortnightly', 'monthly', 'quarterly', 'nightly']);
const MOVING_WAYS = new Set(['growing', 'rising', 'falling', 'shrinking', 'recovering', 'climbing']);
export const WHICH_WAY = new Set(['more', 'fewer', 'less', 'better', 'faster', 'cheaper', 'shorter', 'lower', 'higher', 'quicker', 'smaller', 'bigger']);
/**
 * "Packout % Class 1", "Sell-through % on seasonal ranges", "Yield 45t/ha on Gala": a share named
 * by its sign with no number, or a measure's name with its value in a unit glued on.
 */
function shareOrUnitValue(a: Analysis): boolean {
  const { tokens } = a.tz;
  if (tokens.some((t, k) => t.t === '%' && k > 0 && tokens[k - 1]!.kind !== 'num')) return true;
  // ("Customer satisfaction 4.6/5": a score out of its scale; "…acquired here: zero": none as the value.)
  if (tokens.some((t, k) => t.kind === 'num' && tokens[k + 1]?.t === '/' && tokens[k + 1]!.glued && tokens[k + 2]?.kind === 'num' && (tokens[k + 2]!.t === '5' || tokens[k + 2]!.t === '10')) && a.words.some((w) => METRIC_HEADS.has(w) || w === 'satisfaction' || w === 'rating')) return true;
  if (tokens.length > 2 && (tokens.at(-1)!.t === 'zero' || tokens.at(-1)!.t === 'nil') && tokens.at(-2)!.t === ':') return true;
  // ("Ammonia production 480kt", "Deer fence put up — 12km": an amount in a unit glued on, last, is
  // the value of what the line names; inside it, "New 15kg bagging line", a spec of a thing, and after
  // "the", "New tins for the 5L", a product.)
  const last = tokens[a.tz.words.at(-1) ?? -1];
  if (a.lead === null && a.words.length >= 2 && last?.kind === 'code' && GLUED_UNIT.test(last.t) && !DETERMINERS.has(a.words.at(-2)!)) return true;
  // ("Milk price 62p/l": the value second after a two-word name too.)
  const valueAt = (k: number) => tokens[a.tz.words[k] ?? -1]?.kind === 'code' && /^\d/.test(tokens[a.tz.words[k]!]!.t) || (tokens[a.tz.words[k] ?? -1]?.kind === 'num' && tokens[a.tz.words[k]! + 1]?.t === '/' && tokens[a.tz.words[k]! + 1]!.glued);
  return a.lead === null && ((METRIC_HEADS.has(a.words[0] ?? '') && valueAt(1)) || (METRIC_HEADS.has(a.words[1] ?? '') && valueAt(2)));
}
/** An amount with a unit of weight, energy, length or area glued on ("480kt", "12MW", "50kg"). */
const GLUED_UNIT = /^\d+(?:\.\d+)?(?:t|kt|mt|kg|kw|mw|gw|kwh|mwh|gwh|km|ha|ml|l)$/;
export function isNumberTitle(a: Analysis): boolean {
  // ("IATF 16949 surveillance audit — zero majors", "EHO inspection of the new unit — 5 stars": how
  // an audit went, after a dash, is the obligation's outcome, no measure the title is named after.)
  if (auditOutcome(a)) return false;
  if (shareOrUnitValue(a)) return true;
  if (a.quantities.length > 0 || agedSegment(a) || startsAsCount(a.tz) || ratioName(a) || measureName(a) || acronymPair(a) || countedDone(a) || agedBacklog(a)) return true;
  // ("Days of stock cover at Avonmouth", "Hours of one-to-one support": time counted in its unit, of something.)
  // ("Average days from first report to a case officer calling back": the same, averaged.)
  const counted = (w: string | undefined) => w === 'days' || w === 'hours' || w === 'weeks';
  if (a.lead === null && counted(a.words[0]) && a.words[1] === 'of' && a.words.length >= 3) return true;
  if (a.lead === null && STATISTICS.has(a.words[0] ?? '') && counted(a.words[1]) && a.words.length >= 4) return true;
  // A bare metric name ("Bed occupancy", "Hit quota") is a KPI, not a direction.
  // ("More group bookings from clubs and choirs" says which way: a direction, no measure's name.)
  // ("Trade sales", "Agency sales": the team that sells, named by whom it sells to; labelled so in
  // every set that has one.)
  // ("Contract sales — cruise & hospitality": the markets it sells to after a dash.)
  const dash = a.tz.tokens.findIndex((t) => t.kind === 'sym' && t.t === ';');
  const named = dash > 0 ? a.tz.words.filter((i) => i < dash).length : a.words.length;
  const salesTeam = a.head === 'sales' && named >= (dash > 0 ? 1 : 2) && named <= 3 && !a.quantities.length;
  // ("Weekly stock count of blazers": a count made every week is the round's, no measure's name.)
  // ("Cash-up and safe count at close": or one made at the close of each day.)
  const onABeat = CADENCE_FIRST.has(a.words[0] ?? '') || a.words.some((w, k) => w === 'at' && CLOSES.has(a.words[k + 1] ?? ''));
  if (onABeat && !a.quantities.length && (a.head === 'count' || a.head === 'counts' || a.words.includes('count'))) return false;
  // ("Nuclear medicine can count on our doses…": a modal makes the head a verb, in a sentence.)
  // ("Make more margin on solvents": which way, after a verb that only points at it.)
  // ("Beer volumes through the tie growing again…": the measure said to move, a result.)
  const way = WHICH_WAY.has(a.words[0] ?? '') || (a.lead !== null && WHICH_WAY.has(a.words[a.lead.at + 1] ?? '')) || (a.lead === null && a.words.some((w) => MOVING_WAYS.has(w)));
  // ("…does the Time to Listen course": a capital mid-sentence makes the word part of a name.)
  // ("keys cut right first time": the first time is a standard met, no measure named.)
  const { tokens, words: at } = a.tz;
  const headAt = tokens.findLastIndex((t) => t.t === a.head);
  const after = tokens[headAt + 1]?.kind === 'word' && FUNCTION_WORDS.has(tokens[headAt + 1]!.t) ? tokens[headAt + 2] : tokens[headAt + 1];
  const inName = headAt > (at[0] ?? 0) && tokens[headAt]!.cap && tokens[headAt]!.raw !== tokens[headAt]!.raw.toUpperCase() && !a.tz.titleCase && after?.kind === 'word' && after.cap;
  const firstTime = a.head === 'time' && tokens[headAt - 1]?.t === 'first';
  // ("Customers lose less revenue to failed payments", "Warehouse covers its own costs so…": someone
  // doing something to the measure, a sentence with its verb second.)
  const [, second = '', third = ''] = a.words;
  const saysWho = a.lead === null && a.words.length > 3 && lemmas(second).some((l) => VERBS.has(l)) && (DETERMINERS.has(third) || WHICH_WAY.has(third));
  if (saysWho) return false;
  // ("Farm sales that complete, not fall through…": which ones, by what they do, is a result.)
  const which = a.words[a.object.length] === 'that' || a.words[a.object.length] === 'which';
  // ("PVG scheme membership for every volunteer": a scheme's membership is a credential held.)
  if (a.head === 'membership' && a.words.some((w) => w === 'scheme' || w === 'register')) return false;
  // ("Make service plans a steady income": a measure's word after "a" is what the thing becomes.)
  // ("Make our teacher training count in classrooms": "make … count" says it should matter.)
  const becomes = a.lead !== null && (a.object.includes('a') || causative(a));
  return isLabel(a) && !becomes && METRIC_HEADS.has(a.head) && !onlyScope(a) && a.object.length <= 5 && !way && !salesTeam && !inName && !firstTime && !which && !a.object.some((w) => MODALS.has(w));
}
const MODALS = new Set(['can', 'could', 'will', 'would', 'should', 'must', 'may', 'might', 'shall']);

/** "Members under 30", "Patients over 65": a group and an age band alone name the group's size. */
function agedSegment(a: Analysis): boolean {
  const w = a.words;
  return a.lead === null && w.length === 3 && plural(w[0]!) && (w[1] === 'under' || w[1] === 'over') && /^\d+$/.test(w[2]!);
}

/**
 * "Open issues older than a year", "Reports over 14 days old": a backlog counted by its age, with no
 * verb, names the count of it (a measure), not work on it.
 */
export function agedBacklog(a: Analysis): boolean {
  const { words } = a;
  if (words.length > 8) return false;
  const older = words.findIndex((w, k) => w === 'older' && words[k + 1] === 'than');
  const over = words.findIndex((w, k) => (w === 'over' || w === 'than') && /^\d/.test(words[k + 1] ?? '') && TIME_UNITS.has(words[k + 2] ?? '') && words[k + 3] === 'old');
  const at = older > 0 ? older : over;
  // The backlog before its age, in up to three words ending in a plural ("Support tickets", "Open
  // issues"); whatever verb its first word looks like ("Reports" is plural, "Open" a state).
  return at > 0 && at <= 3 && plural(words[at - 1]!) && words[at - 1]!.length > 3 && !words.slice(0, at).some((w) => FUNCTION_WORDS.has(w));
}

const COSTS = new Set(['cost', 'costs', 'spend', 'price']);
/** What work is done "per", meaning "as it says". */
const AS_WRITTEN = new Set(['schedule', 'protocol', 'plan', 'policy', 'procedure', 'rota', 'spec', 'specification', 'guidance', 'sop', 'instructions', 'manual', 'checklist']);
/** Participles that make a plural a tally ("Meals served", "Homes fitted"). */
const TALLIED = new Set(['served', 'sold', 'delivered', 'fitted', 'installed', 'booked', 'collected', 'answered', 'resolved', 'issued', 'processed', 'recycled', 'planted', 'rehomed', 'housed', 'screened', 'treated', 'vaccinated', 'rescued', 'shipped', 'dispatched', 'placed']);
/**
 * "Meals served", "Dogs rehomed": a plural and what was done to it, alone, is a count's name. So is
 * one with two things done to it or by whom ("Chairs recycled and reissued", "Opportunities listed by
 * local groups"); a beat ("…between showings", "…after each load") makes it a round instead.
 */
function countedDone(a: Analysis): boolean {
  const { words } = a;
  // ("Match fees collected", "Parking fines issued": a plural named by what it is of, and its tally.)
  if (a.lead === null && words.length === 3 && plural(words[1]!) && words[1]!.length > 3 && TALLIED.has(words[2]!) && !FUNCTION_WORDS.has(words[0]!)) return true;
  if (a.lead !== null || words.length < 2 || !plural(words[0]!) || words[0]!.length <= 3) return false;
  if (words.length === 2) return TALLIED.has(words[1]!);
  if (!participle(words[1]!) || words.length > 6 || recurs(words) || words.some((w) => BEATS.has(w))) return false;
  // ("Scales stamped by Trading Standards": checked by a body named, an obligation met, no count.)
  if (words[2] === 'by' && a.tz.tokens[a.tz.words[3] ?? -1]?.cap === true) return false;
  let k = 2;
  if (words[k] === 'and' && participle(words[k + 1] ?? '')) k += 2;
  return k === words.length || (BY_WHOM.has(words[k]!) && words.length - k <= 4);
}
// ("resold", "rebuilt": done again.)
const participle = (w: string): boolean => TALLIED.has(w) || (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed')) || IRREGULAR_PARTICIPLES.has(w) || (w.startsWith('re') && IRREGULAR_PARTICIPLES.has(w.slice(2)));
/** What may follow the two things done: who did them or where they ended ("…by local groups"). */
const BY_WHOM = new Set(['by', 'to', 'into', 'from', 'on', 'at', 'in']);
/** Beats that make the things done a round ("between showings", "after each load", "before use"). */
const BEATS = new Set(['between', 'after', 'before', 'annually', 'daily', 'weekly', 'monthly', 'each', 'every']);
