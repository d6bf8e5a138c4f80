/**
 * `job-requirement`: the standing work of a role (upkeep, rounds, queues, records kept), read from
 * its verb, its object and when it comes round, rather than any change it makes.
 */
import { type Analysis, analyse } from './analyse';
import { ACTIVITY_OBJECTS, ACTIVITY_VERBS, CERTIFICATES, CLIENT_NOUNS, DELIVERABLE_NOUNS, DUTY_IF_ROUTINE, DUTY_RECORDS, DUTY_VERBS, EVENT_NOUNS, EVERYONE, FUNCTION_WORDS, IRREGULAR_PARTICIPLES, KEPT_STATES, METRIC_HEADS, MONTHS, NUMBER_WORDS, ON_A_BEAT, PERSON_NOUNS, PRODUCE_VERBS, PROJECT_VERBS, QUEUE_VERBS, RECORD_OBJECTS, ROLE_OWNERS, ROUTINE_OBJECTS, SERVED, STAFF_NOUN, STATISTICS, TARGET_VERBS, TASK_VERBS, TIME_UNITS, VERBS, VERB_PARTICLES } from './lexicon';
import { deliversArtefact } from './artefacts';
import { SWAP_VERBS, setsUp } from './tools';
import { lemmas, plural } from './text';
import { STREAM_VERBS, TIMES_OF_DAY, WEEKDAYS, atEveryEvent, checkOnEvery, comesRound, doneEachTime, onCalendar, onRota, recurs, routineCheck, turnaround, weeklyEvent, within, withinTheSpan } from './recurrence';
import { CHANGE_LEADS, DIRECTION, IN_HAND, MOVING, OUTCOME_VERBS, afterLead, cues, has, hasObject, ownObject, saysWhatPeopleDo, statesChange } from './sentence';
import { checkRound } from './compliance';
import { choosesNew, deliverable, redone } from './activities';

/** What is raised, each one: a job on the system. */
const RAISED = new Set(['repair', 'job', 'ticket', 'order', 'request', 'invoice', 'defect', 'incident', 'alert']);
/** Words that say a thing is handed on ("out", "in", "back") and how or to whom. */
const HANDED = new Set(['out', 'in', 'back']);
const WHICH_WAY_NEXT = new Set(['more', 'fewer', 'less']);
/** Verbs of getting in touch with someone. */
const CONTACTING = new Set(['phone', 'ring', 'call', 'text', 'email', 'contact']);
// ("Volunteer newsletter out every month": straight on to its beat.)
const HANDED_HOW = new Set(['to', 'with', 'by', 'before', 'on', 'every', 'each']);
const NIGHTS = new Set(['nights', 'days', 'evenings', 'weekends', 'night', 'day']);
const FETCHING = new Set(['get', 'bring', 'send', 'take', 'put', 'win', 'give']);
/** Contacts made with someone, one for each: a call, a visit. */
const CONTACTS = new Set(['call', 'calls', 'visit', 'visits', 'contact', 'check', 'checks', 'phone']);
/** Vehicles a role drives. */
const VEHICLES = new Set(['van', 'vans', 'minibus', 'bus', 'lorry', 'truck', 'car', 'tractor', 'forklift', 'trailer', 'coach', 'ambulance', 'vehicle', 'tender']);
/** Verbs of writing things down as they happen. */
const RECORDING = new Set(['record', 'log', 'enter', 'register', 'upload', 'scan', 'match', 'document']);
/** An amount counted over a year ("Process 40,000 hides in 2027"): a volume to reach. */
const yearVolume = (a: Analysis): boolean =>
  a.quantities.some((q) => q.kind === 'amount' && !q.level) && a.tz.tokens.some((t) => t.kind === 'num' && t.suffix === '' && /^20\d\d$/.test(t.t));

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

/** "Keep the stockroom tidy", "Keep records current": holding something in a state. */
// ("Keep the looms tensioned and the warps checked", "Keep the CNC programmes matched to the latest
// drawing": a thing kept as it should be, said by a participle.)
const keptInState = (a: Analysis): boolean => {
  if (a.lead?.verb !== 'keep') return false;
  const rest = afterLead(a);
  // ("Keep young shearers working with us": people kept is retention, an outcome.)
  if (rest.includes('working') && rest.slice(0, 3).some((w) => PERSON_NOUNS.has(w) || SERVED.has(w) || (STAFF_NOUN.test(w) && plural(w)))) return false;
  return (has(rest, KEPT_STATES) || keptDone(rest)) && !keptThrough(rest);
};
/** The participle right after what is kept, before any clause of its own ("…now the buses have stopped"). */
const keptDone = (rest: readonly string[]): boolean => {
  if (rest[0] !== 'the') return false;
  const k = rest.findIndex((w, i) => i > 1 && w.length > 5 && w.endsWith('ed'));
  // ("…grazed enough to stop gorse taking over" says what the keeping is for: an outcome.)
  return k > 1 && !rest.slice(1, k).some((w) => CLAUSE_OPENERS.has(w)) && !rest.slice(k + 1).some((w, j, after) => w === 'enough' || w === 'so' || (w === 'to' && !['the', 'a', 'an', 'our', 'their'].includes(after[j + 1] ?? '')));
};
const CLAUSE_OPENERS = new Set(['now', 'when', 'as', 'have', 'has', 'had', 'because', 'while', 'since', 'so', 'that', 'which', 'who', 'if', 'are', 'is', 'were', 'was']);
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
    // ("Keep the Shopify connectors working when they change their APIs": each time others change
    // theirs, the upkeep comes round again; no threat weathered once.)
    if (w === 'when' && (rest[k + 1] === 'they' || rest[k + 1] === 'it') && UPDATES.has(rest[k + 2] ?? '')) return false;
    // "…after each release", "…during every service", "…during incidents": each time it comes round, no threat.
    if (rest[k + 1] === 'each' || rest[k + 1] === 'every' || (w === 'during' && plural(rest[k + 1] ?? '') && k + 2 === rest.length)) return false;
    // "…open for another hundred years", "…for the next century": a horizon to keep it for, an outcome.
    if (w === 'for' && (rest[k + 1] === 'another' || (rest[k + 1] === 'the' && rest[k + 2] === 'next'))) return true;
    // "…running for players who can't drive in": kept for people who need it, an outcome.
    if (w === 'for' && plural(rest[k + 1] ?? '') && rest[k + 2] === 'who') return true;
    // "…worthwhile as fewer people turn up": against a decline, an outcome.
    if (w === 'as' && (rest[k + 1] === 'fewer' || rest[k + 1] === 'less' || rest[k + 1] === 'more')) return true;
    // "Keep the shop open in winter without losing money": kept on a condition, an outcome.
    return THREATS.has(w) || w === 'without' || (w === 'by' && (rest[k + 1] ?? '').endsWith('ing'));
  });
}
const UPDATES = new Set(['change', 'changes', 'update', 'updates', 'release', 'releases']);
/** Business that is kept, not upkeep: a customer's account, a contract, a listing. */
/** A participle after one to four words of a thing ("and" may join two), then "each" or "every" and the beat. */
// ("Docs and SDKs kept current every release": two things, and the state they are kept in.)
function doneOnABeat(words: readonly string[]): boolean {
  for (let k = 1; k <= 4 && k < words.length; k++) {
    const w = words[k]!;
    if (FUNCTION_WORDS.has(w) && w !== 'and') return false;
    if (!((w.length > 4 && w.endsWith('ed')) || IRREGULAR_PARTICIPLES.has(w))) continue;
    const next = VERB_PARTICLES.has(words[k + 1] ?? '') || KEPT_STATES.has(words[k + 1] ?? '') ? k + 2 : k + 1;
    return (words[next] === 'each' || words[next] === 'every') && next + 3 >= words.length && recurs(words.slice(next));
  }
  return false;
}

/** Words of a beat inside an object ("twice a day"), which say how often, not what. */
const BEAT_WORDS = new Set(['twice', 'once', 'a', 'every', 'each', 'per']);
/** Places to fill with customers: filling them is winning business ("fill the tables on rainy weekdays"). */
const CAPACITY = new Set(['tables', 'seats', 'slots', 'rooms', 'beds', 'places', 'pitches', 'berths', 'covers', 'spaces', 'boxes', 'café', 'cafe', 'restaurant', 'venue', 'theatre', 'pub']);
const RETAINED = new Set(['account', 'accounts', 'contract', 'contracts', 'client', 'clients', 'customer', 'customers', 'tenancy', 'franchise']);
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
  // ("Make a test call to every new alarm within 24 hours of it being fitted": one for each, in time.)
  if (deliverable(a) && !(rest.some((w) => w === 'every' || w === 'each') && turnaround(rest))) return false;
  // "Retrain the model whenever the verifiers correct a batch": every time, by the word itself; and
  // "…on the register as they come in": each one, as it comes.
  if (rest.includes('whenever') || asTheyCome(rest)) return true;
  return onCalendar(rest) || turnaround(rest) || withinTheSpan(rest);
}
const PITCHES = new Set(['proposal', 'proposals', 'pitch', 'pitches', 'deck', 'decks']);
const PAPER_VERBS = new Set(['send', 'email', 'write', 'post', 'issue', 'copy', 'put']);
/** "after every clinic", "following each visit", "the same day", "on the day of the visit": each time the work is done. */
const afterEach = (rest: readonly string[]): boolean =>
  rest.some((w, k) => ((w === 'after' || w === 'following') && (rest[k + 1] === 'every' || rest[k + 1] === 'each')) || (w === 'same' && rest[k + 1] === 'day') || (w === 'on' && rest[k + 1] === 'the' && rest[k + 2] === 'day') || (w === 'day' && rest[k - 1] === 'the' && rest[k + 1] === 'of' && comesRound(rest.slice(k - 1))));
/** "as they come in", "as it arrives", "when they arrive": each one, as it comes. */
// ("…as requests come in": the plural with no article too.)
const asTheyCome = (rest: readonly string[]): boolean =>
  rest.some((w, k) => (w === 'as' || w === 'when' || (w === 'order' && rest[k - 1] === 'the')) && ((rest[k + 1] === 'they' || rest[k + 1] === 'it') && STREAM_VERBS.has(rest[k + 2] ?? '') || ((rest[k + 1] === 'new' || (w === 'as' && rest[k + 1] === 'the' && plural(rest[k + 2] ?? '')) || (w === 'as' && plural(rest[k + 1] ?? '') && (rest[k + 2] === 'come' || rest[k + 2] === 'arrive'))) && rest.slice(k + 2, k + 5).some((x) => x === 'comes' || x === 'come' || x === 'arrives' || x === 'arrive'))));
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
  // "Keep the pickers coming back each summer", "Keep members renewing": people kept coming is retention, an outcome.
  // ("Keep the job booking board updated": "booking" names the board, after no people.)
  if (a.lead?.verb === 'keep' && afterLead(a).some((w, k, rest) => k > 0 && RETURNING.has(w) && (plural(rest[k - 1]!) || PERSON_NOUNS.has(rest[k - 1]!)) && !FUNCTION_WORDS.has(rest[k - 1]!))) return false;
  const { lead } = a;
  // ("Feed more people through the groups we supply": more of what the verb works on, a result.)
  if (lead && WHICH_WAY_NEXT.has(a.words[lead.at + 1] ?? '')) return false;
  const words = cues(a.words);
  if (intoTheRole(words)) return true;
  // "Take packaged food waste from supermarkets by putting in a depackager": a lever to a result.
  if (lead && a.words.some((w, k) => w === 'by' && k > lead.at + 1 && (a.words[k + 1] ?? '').length > 4 && a.words[k + 1]!.endsWith('ing'))) return false;
  // ("Calls answered within 2 minutes: 85%": a share to reach is the target, not the round; "Fewer
  // people admitted…" says which way.)
  // ("% of web orders despatched same day": a share named by its sign, with no number yet.)
  // ("First drafts back…": "first" picks which ones, no way to go.)
  const share = a.quantities.some((q) => q.kind === 'percent') || (DIRECTION.has(a.words[0] ?? '') && !PICKING.has(a.words[0]!)) || a.tz.tokens[0]?.t === '%';
  // "Onboarding call with every new creator": one for each newcomer, named by its noun.
  if ((!lead || (lead.at === 0 && (a.words[0] ?? '').endsWith('ing'))) && !share && forEachNew(a.words) && !statesChange(a)) return true;
  // "Results on the website after every league meeting": what each occasion leaves, put up after it.
  if (!lead && !share && plural(a.words[0] ?? '') && a.words.some((w, k) => (w === 'on' || w === 'to') && k <= 2) && afterEach(a.words) && !statesChange(a)) return true;
  // ("Pre-departure checklist and toolbox talk before every sailing", "Dilaps schedule on every pub at
  // change of licensee": a paper or a talk, named, one for each occasion or each place, is the round;
  // "Parents' evening at each nursery in March" is one month's occasion, put on once.)
  if (!lead && !share && (ACTIVITY_OBJECTS.has(a.head) || DELIVERABLE_NOUNS.has(a.head)) && eachOccasion(a.words) && a.words[0] !== 'new' && !a.words.some((w) => MONTHS.has(w)) && !statesChange(a)) return true;
  // ("Weekly members' bulletin", "Daily performance call at 09:00 with Network Rail": a paper or a
  // meeting named after its beat of days or weeks is the round.)
  // ("Daily: morning bed meeting with the site team": the beat as a label, then the thing.)
  // (Read again only for such a title: most titles with a label and a colon open with no beat.)
  if (!lead && !share && ON_A_BEAT.has(a.words[0] ?? '')) {
    const beatHead = a.tz.tokens[1]?.t === ':' ? analyse(a.tz.tokens.slice(2).map((t) => t.raw).join(' ')).head : a.head;
    if ((ACTIVITY_OBJECTS.has(beatHead) || DELIVERABLE_NOUNS.has(beatHead) || EVENT_NOUNS.has(beatHead)) && !a.words.some((w) => MONTHS.has(w)) && !statesChange(a)) return true;
  }
  // "Case notes on Charitylog the same day as every session": the record the role keeps, on its beat.
  // ("Average queue at the plaza in the morning peak" is a measure's name.)
  if (!lead && !share && RECORD_OBJECTS.has(a.head) && a.object.length <= 3 && !a.words.some((w) => STATISTICS.has(w) || w === 'total') && recurs(a.words) && !statesChange(a)) return true;
  // "Fridge temps in the SFBB diary twice a day": readings written in the record the role keeps, on a beat.
  // ("Venues on the weekly rota – 45": how many are on it, a count, no reading written.)
  if (!lead && !share && !a.quantities.length && a.words.some((w, k) => (w === 'in' || w === 'on' || w === 'into') && within(a.words, k, 4, RECORD_OBJECTS)) && recurs(a.words) && !statesChange(a)) return true;
  // "Costume store kept tidy", "Sharps bins kept below the line": a thing of ours reported kept in a
  // state, with no verb of ours, is upkeep.
  // ("Medicine book kept up to date": current, said the long way.)
  // ("…kept up to date with FSS": with a regulator, the obligation's, not the round's.)
  const withBody = a.words.some((w, k) => w === 'with' && (a.tz.tokens[a.tz.words[k + 1] ?? -1]?.raw ?? '').length >= 2 && a.tz.tokens[a.tz.words[k + 1] ?? -1]!.raw === a.tz.tokens[a.tz.words[k + 1] ?? -1]!.raw.toUpperCase());
  // ("Physical health monitoring for people on antipsychotics kept current": the state last, after whose it is.)
  // ("Controlled drugs register kept right": "right" last is the state, as "accurate" is.)
  const keptRight = (k: number) => a.words[k + 1] === 'right' && k + 2 === a.words.length;
  if (!lead && !share && !withBody && a.words.some((w, k) => w === 'kept' && k > 0 && (k <= 4 || k + 2 === a.words.length) && (KEPT_STATES.has(a.words[k + 1] ?? '') || keptRight(k) || (a.words[k + 1] === 'up' && a.words[k + 2] === 'to' && a.words[k + 3] === 'date'))) && !statesChange(a)) return true;
  // ("Team sheets to the league by Thursday": things sent to someone by the day they are due.)
  if (!lead && !share && plural(a.words[1] ?? a.words[0] ?? '') && a.words.some((w, k) => w === 'to' && k <= 3) && a.words.some((w, k) => w === 'by' && WEEKDAYS.has(a.words[k + 1] ?? '')) && !statesChange(a)) return true;
  // "Rent demands out to tenants each quarter day", "Release notes out to customers with every
  // release": papers sent out, each time it comes round.
  // ("Release notes out with every deploy", "Timesheets in by Friday 4pm", "Warranty returns back to
  // suppliers each week", "Newsletter out by email before every monthly meeting": things handed in,
  // out or back, each time it comes round or by the day they are due.)
  // ("Get designs back to builders before they go elsewhere" brings them back, a result; "nights
  // out" are nights.)
  // ("Get patients out to the ward on the day they're ready": people moved on are flow, a result.)
  const out = a.words.findIndex((w, k) => HANDED.has(w) && k >= 1 && (k <= 3 || (k <= 5 && a.words.slice(1, k).includes('and'))) && !FUNCTION_WORDS.has(a.words[k - 1]!) && !NIGHTS.has(a.words[k - 1]!) && !SERVED.has(a.words[k - 1]!) && HANDED_HOW.has(a.words[k + 1] ?? ''));
  const fetched = lead !== null && FETCHING.has(lead.verb) && a.words[out] === 'back';
  const after = a.words.slice(Math.max(out, 0));
  // ("…back to the customer by the following Saturday": the day after the one it came in.)
  const dayAt = (k: number) => (after[k + 1] === 'the' && (after[k + 2] === 'following' || after[k + 2] === 'next') ? k + 3 : k + 1);
  const due = after.some((w, k) => w === 'by' && (WEEKDAYS.has(after[dayAt(k)] ?? '') || /^\d{1,2}(?:am|pm)$/.test(after[k + 1] ?? '')));
  if ((!lead || (lead.at === 0 && out === 2 && !fetched)) && out > 0 && !share && (recurs(after) || comesRound(after) || due) && !statesChange(a)) return true;
  // "Be on call for the booking API at weekends": a rota held.
  if (a.words[0] === 'be' && a.words[1] === 'on' && ON_ROTA.has(a.words[2] ?? '')) return !statesChange(a);
  // ("Customers see what they're paying as they go": people and what they do, a result.)
  if (!lead && saysWhatPeopleDo(a)) return false;
  if (!lead && !share && (doneEachTime(words) || checkOnEvery(words) || routineCheck(words))) return !statesChange(a);
  // "Engineer on site within 4 hours for contract customers": a response time, with no verb, is the round's.
  // "Monthly valuations for every live contract", "Verification after every flood event", "Quarterly
  // reserving for the MGA clients": work named by its noun, on a beat or for each one, is the round.
  if (!lead && !share && a.quantities.length === 0 && ROUTINE_WORK.has(a.words[CADENCE_LEADS.has(a.words[0] ?? '') ? 1 : 0] ?? '') && (CADENCE_LEADS.has(a.words[0] ?? '') || comesRound(a.words) || recurs(a.words)) && !statesChange(a)) return true;
  // "TOXBASE monograph updates as new literature comes in", "Funding updates each year for all our
  // schemes": work named by its noun, each time something comes in or for each one on a beat.
  if (!lead && !share && a.quantities.length === 0 && (asTheyCome(words) || ((recurs(words) || CADENCE_LEADS.has(words[0] ?? '') || words[0] === 'annual') && forEachOne(words))) && !words.some((w) => CERTIFICATES.has(w)) && !statesChange(a)) return true;
  // ("Dock-to-stock inside 24 hours" names a measure: someone must be sent or be there.)
  // ("…within 25 mins on average" is a measure's mean.)
  // ("…inside 15 minutes of the call": a response to each call.)
  // ("First drafts back to clients within 10 working days", "Data pack to the PI within 30 days of
  // docking": things sent back, or each one counted from its event.)
  // ("Sample tiles to architects…", "Every hot shot at the garage within 45 minutes": the plural
  // may come second, or every one be named.)
  const eachOne = plural(words[0] === 'first' ? (words[1] ?? '') : (words[0] ?? '')) || (plural(words[1] ?? '') && (words[1] ?? '').length > 3 && !FUNCTION_WORDS.has(words[0] ?? '')) || words[0] === 'every' || words[0] === 'each' || hasObject(words, INTAKE) || words.some((w, k) => (w === 'within' || w === 'inside') && words.slice(k + 2, k + 5).includes('of'));
  if (!lead && !share && turnaround(words) && (eachOne || words.some((w) => w === 'site' || w === 'scene' || w === 'call' || w === 'request' || STAFF_NOUN.test(w))) && !words.includes('average') && !statesChange(a)) return true;
  // "Daily walkdown of the reactor buildings", "Reactor building walkdown, every day": a short piece of
  // work with no verb, on a beat of days, is the round ("Weekly quiz night" is an event put on).
  if (!lead && !share && a.quantities.length === 0 && a.words.length <= 9 && dailyBeat(a.words) && !a.words.some((w) => (EVENT_NOUNS.has(w) && !DAY_BEATS.has(w)) || ACTIVITY_OBJECTS.has(w) || METRIC_HEADS.has(w) || CERTIFICATES.has(w)) && !statesChange(a)) return true;
  // "Bowl sludge dug out each Friday night", "Gutters cleared every autumn": a thing and what is done
  // to it, reported on a beat, is the round.
  if (!lead && !share && a.quantities.length === 0 && doneOnABeat(a.words) && !statesChange(a)) return true;
  // "Book $2B in orders": an amount of money is a result, not upkeep; so is a year's volume
  // ("Process 40,000 hides in 2027").
  if (!lead || a.quantities.some((q) => q.kind === 'currency') || yearVolume(a)) return false;
  // "Keep the Soho House account": a customer kept is retention, an outcome.
  if (KEEPING.has(lead.verb) && RETAINED.has(ownObject(a.object).at(-1) ?? '')) return false;
  // "Keep arrears under 2%": a level to hold is the objective's target, not upkeep.
  if (LEVEL_HOLDING.has(lead.verb) && a.quantities.some((q) => q.level || q.kind === 'percent')) return false;
  if (forOneHoliday(a.words)) return false;
  // "Deliver the internal post round twice a day": a round made on a beat is the routine itself.
  // ("Turn breakers round…": after the things it turns, "round" is the verb's.)
  const made = ownObject(a.object);
  const round = made.findIndex((w) => ROUNDS.has(w));
  if (round > 0 && !plural(made[round - 1]!) && lead.verb !== 'get' && !CHANGE_LEADS.has(lead.verb) && (onCalendar(afterLead(a)) || recurs(afterLead(a))) && !statesChange(a)) return true;
  // ("Log the oven profiles automatically so we see a drift" changes how the log is kept.)
  if (DUTY_VERBS.has(lead.verb)) return !(a.words.includes('automatically') && statesChange(a));
  // "Fill the night shifts with listeners…", "Fill the boxes with outside mares": filling with
  // people or customers is winning them, not the round.
  if (lead.verb === 'fill' && (a.words.includes('with') || CAPACITY.has(ownObject(a.object).at(-1) ?? ''))) return false;
  // "Work through the sample request queue", "Clear the returns backlog each week": a queue's items, worked.
  if ((lead.verb === 'work' || lead.verb === 'go' || lead.verb === 'get') && a.words[lead.at + 1] === 'through' && QUEUE_HEADS.has(a.head) && !statesChange(a)) return true;
  // "Own the customer booking diary", "Cover the 24/7 line": holding a record or a post is the role's.
  if (lead.verb === 'own' && a.words[lead.at + 1] === 'the' && (RECORD_OBJECTS.has(a.head) || HELD_POSTS.has(a.head)) && !statesChange(a)) return true;
  if (lead.verb === 'cover' && HELD_POSTS.has(a.head) && !statesChange(a)) return true;
  // "Assess free school transport applications": what comes in, each one worked.
  if (INTAKE_WORK.has(lead.verb) && hasObject(ownObject(a.object), INTAKE) && !statesChange(a)) return true;
  // "Make up every berth with fresh linen before departure": making up each one is the round.
  if (lead.verb === 'make' && lead.particle === 'up' && (a.words[lead.at + 2] === 'every' || a.words[lead.at + 2] === 'each' || a.words[lead.at + 2] === 'all') && !statesChange(a)) return true;
  // "Make the welcome call on every new booking": a call or visit made for each newcomer is the round.
  if (lead.verb === 'make' && CONTACTS.has(a.head) && (forEachNew(afterLead(a)) || afterLead(a).some((w, k, r) => w === 'on' && EVERYONE.has(r[k + 1] ?? '') && r[k + 2] === 'new')) && !statesChange(a)) return true;
  // "Take on an apprentice…": hiring someone is done once.
  if (lead.verb === 'take' && lead.particle === 'on') return false;
  // "Turn round crown and bridge cases in 5 working days": turning the work round is the round.
  if (lead.verb === 'turn' && (lead.particle === 'round' || a.words[lead.at + 1] === 'around') && !statesChange(a)) return true;
  if (plainDuty(a)) return true;
  // "Take the out-of-hours calls", "Take bookings over the phone": taking what comes in is answering it.
  if (lead.verb === 'take' && lead.particle === '' && INTAKE.has(a.head) && !statesChange(a)) return true;
  // "Open up and close down the show rooms every day": opening and locking up, each day.
  if ((lead.verb === 'open' || lead.verb === 'close' || lead.verb === 'lock') && (lead.particle === 'up' || lead.particle === 'down') && recurs(afterLead(a)) && !statesChange(a)) return true;
  // "Fill in the fare returns each evening": a record completed on a beat.
  // ("Fill in a transfer note on every skip lift": or each time the work is done.)
  if (lead.verb === 'fill' && lead.particle === 'in' && (recurs(afterLead(a)) || comesRound(afterLead(a))) && !statesChange(a)) return true;
  // "Book in workshop jobs", "Check in the deliveries": booking in what arrives is the desk's round.
  // ("Book cars in", the particle after the thing.)
  if ((lead.verb === 'book' || lead.verb === 'log') && (lead.particle === 'in' || a.words.slice(lead.at + 2, lead.at + 4).includes('in')) && !statesChange(a)) return true;
  // "Sign in every exhibit", "Check in each consignment": each one booked in as it arrives.
  if (CHECKING_IN.has(lead.verb) && lead.particle === 'in' && (a.words[lead.at + 2] === 'every' || a.words[lead.at + 2] === 'each') && !statesChange(a)) return true;
  // "Go out to the drainage inspections when builders ring them in": a call-out, each time one is rung in.
  if (lead.verb === 'go' && lead.particle === 'out' && comesRound(afterLead(a)) && !statesChange(a)) return true;
  // "Record animal movements in the holding register": written into the record the role keeps.
  // ("Write the fridge temperatures in the diary": written into a record, as logged.)
  if ((RECORDING.has(lead.verb) || lead.verb === 'write') && afterLead(a).some((w, k, rest) => (w === 'in' || w === 'on' || w === 'into') && within(rest, k, 3, RECORD_OBJECTS)) && !statesChange(a)) return true;
  // "Get each service request entered into Uniform on the day it arrives": each one got recorded.
  if (lead.verb === 'get' && (a.object[0] === 'each' || a.object[0] === 'every') && gotRecorded(a.object) && !statesChange(a)) return true;
  // Choosing a new provider is done once, however routine the thing provided ("a new payroll provider");
  // so is shipping or launching a new thing ("Ship the new report submission form").
  if (choosesNew(a) || ((a.object[0] === 'the' || a.object[0] === 'a' || a.object[0] === 'our') && a.object[1] === 'new' && !recurs(a.words) && !comesRound(a.words))) return false;
  // ("Test and tag all electric kit…": two verbs on one object, read from the object.)
  const said = cues(afterLead(a));
  const rest = said[0] === 'and' && ONE_OF_EACH.has(said[2] ?? '') ? said.slice(2) : said;
  // "Make sure each shop's bake sheet gets filled in": a record kept filled in is upkeep.
  if (lead.verb === 'ensure' && hasObject(rest, RECORD_OBJECTS) && rest.some((w) => UPKEEP_DONE.has(w))) return true;
  // A new thing put up is no upkeep ("Set up a channel for the crews"), unless it is put up every day.
  if (setsUp(a) && !recurs(rest)) return false;
  // "Log every lamb movement before the trailer leaves", "Record batch codes and fill weights on every
  // run": every item written down is the record's upkeep ("record" is an activity verb too: it comes first).
  // ("Write up every contact…" writes each one down; "Record each visit's outcome…" records the outcome, not a visit.)
  // ("Take the minutes at every meeting": notes taken are a record written.)
  const recording = RECORDING.has(lead.verb) || (lead.verb === 'write' && lead.particle === 'up') || (lead.verb === 'take' && (a.head === 'minutes' || a.head === 'notes'));
  // ("Document all visits on SystmOne before the end of the day": all of them, on the day's beat.)
  if (recording && rest[0] === 'all' && recurs(rest) && !statesChange(a)) return true;
  // "Phone each client in the week before the builders arrive": a call to each one, as their time comes.
  // ("Visit every young person at least every 8 weeks": a visit to each of the people we serve, the same.)
  const visitsPeople = lead.verb === 'visit' && [a.head, `${a.head}s`].some((w) => PERSON_NOUNS.has(w) || SERVED.has(w) || CLIENT_NOUNS.has(w) || w === 'persons');
  if ((CONTACTING.has(lead.verb) || visitsPeople) && (rest[0] === 'each' || rest[0] === 'every') && (comesRound(rest) || recurs(rest)) && !statesChange(a)) return true;
  // ("Ring back every advice line message": each one that comes in, answered.)
  if (CONTACTING.has(lead.verb) && lead.particle === 'back' && (rest[1] === 'each' || rest[1] === 'every' || rest[1] === 'all') && !statesChange(a)) return true;
  // ("Write up every session note…": a note is a record kept, though notes are sent too; "Record
  // fridge temperatures twice a day": on a beat as well as for each one.)
  const thing = a.object.filter((w) => !TIME_UNITS.has(w) && !BEAT_WORDS.has(w)).at(-1) ?? '';
  // ("Write up reports after each assessment": writing up is recording, whatever is written.)
  const logged = !ACTIVITY_OBJECTS.has(thing) || RECORD_OBJECTS.has(thing) || RECORD_OBJECTS.has(`${thing}s`) || lead.particle === 'up';
  // ("Write up care notes before handover": before each handover.)
  const occasion = rest.findIndex((w) => w === 'before' || w === 'after');
  if (recording && (rest.slice(0, 8).some((w) => w === 'every' || w === 'each') || recurs(rest) || (occasion > 0 && comesRound(rest.slice(occasion)))) && logged && !statesChange(a)) return true;
  // "Send invoices to hirers and chase deposits", "…and take the entries": a standing job joined on.
  if (dutyJoined(a) && !statesChange(a) && a.quantities.length === 0) return true;
  // "Turn the germinating floors every four hours": a beat of hours or minutes is a round, whatever the verb.
  if (hourlyBeat(rest) && !OUTCOME_VERBS.has(lead.verb) && !TARGET_VERBS.has(lead.verb) && !statesChange(a)) return true;
  // "Sign children in and out at the gate", "Scan every pallet in and out": the gate is the job.
  if (inAndOut(words, lead.at) && !OUTCOME_VERBS.has(lead.verb) && !TARGET_VERBS.has(lead.verb) && !statesChange(a)) return true;
  // An activity done to a record or rota is keeping it ("Schedule driver rotas", "Email the timesheets"),
  // and one done at every occurrence of an event is standing ("Attend every board meeting").
  // ("Send verified sightings to the records centres automatically" says what it changes.)
  // "Write to the GP after every clinic appointment", "Send the service reports to customers the same
  // day": the paper each piece of work leaves behind, sent as it is done, is the round.
  // ("Send proposals after every discovery call": a pitch is new work each time, no paper trail.)
  if (PAPER_VERBS.has(lead.verb) && afterEach(rest) && !hasObject(rest, PITCHES) && !statesChange(a)) return true;
  // ("See every new referral within 14 days": each one, to a response time, whatever the verb.)
  if ((rest[0] === 'each' || rest[0] === 'every') && turnaround(rest) && !OUTCOME_VERBS.has(lead.verb) && !TARGET_VERBS.has(lead.verb) && !statesChange(a)) return true;
  if (TASK_VERBS.has(lead.verb)) return (hasObject(rest, RECORD_OBJECTS) && !statesChange(a)) || atEveryEvent(rest) || handledEachTime(a, rest);
  // "Write up the test logs at the end of each shift": a record kept each time is upkeep.
  if ((PRODUCE_VERBS.has(lead.verb) || ACTIVITY_VERBS.has(lead.verb)) && keptRecord(a.object) && (recurs(rest) || withinTheSpan(rest)) && !statesChange(a)) return true;
  // "Review all pull requests": checking every item of a stream is the stream's upkeep.
  // ("Review every patient on ten medicines so fewer end up in A&E" says what the review changes.)
  // ("Review new contributor submissions", "Check incoming orders": what comes in, as it comes.)
  // ("Placement-test new arrivals and put them in the right class": each newcomer.)
  // ("Track inbound flights…": what arrives, as it arrives.)
  if (QUEUE_VERBS.has(lead.verb) && (rest[0] === 'all' || rest[0] === 'every' || rest[0] === 'each' || rest[0] === 'any' || ((rest[0] === 'new' || rest[0] === 'incoming' || rest[0] === 'inbound' || rest[0] === 'arriving') && (plural(rest.at(-1) ?? '') || plural(rest[1] ?? '')))) && !statesChange(a)) return true;
  // "Cover staff sickness the same evening": gaps filled as they open.
  if (lead.verb === 'cover' && rest.some((w) => GAPS.has(w)) && !statesChange(a)) return true;
  // "Check tyre pressure and brakes on every bike…": every item of the stream, named a few words on.
  if (QUEUE_VERBS.has(lead.verb) && rest.slice(0, 10).some((w) => w === 'every' || w === 'each') && !statesChange(a)) return true;
  // "Weigh every dog in before racing", "Service every unit on the route", "Send every proof to the
  // client": each one of a stream, whatever plain verb works on it ("Give every patient…" and "Make
  // every visit count" bring people or say what changes).
  // ("Pair each chronically absent student with a mentor" pairs people; "Remember every one of them"
  // names no stream; "Photograph every recipe for the new website" is done once, for the new thing.)
  const each = ownObject(a.object).at(-1) ?? '';
  // ("Upgrade every clinic laptop to Windows 11" is a project; "Trace every cotton bale back to the
  // farm it came from" a capability, said by where it leads.)
  const forNew = a.words.some((w, k) => (w === 'new' && a.words[k - 1] === 'the' && a.words[k - 2] === 'for') || (w === 'back' && a.words[k + 1] === 'to')) || PROJECT_VERBS.has(lead.verb) || PRODUCE_VERBS.has(lead.verb) || UPGRADES.has(lead.verb);
  // ("Raise every repair on Northgate while the tenant is on the phone": raising each job is logging it.)
  if (lead.verb === 'raise' && (rest[0] === 'every' || rest[0] === 'each') && RAISED.has(each) && !statesChange(a)) return true;
  if ((rest[0] === 'every' || rest[0] === 'each') && rest[1] !== 'one' && !PERSON_NOUNS.has(each) && !servedOne(each) && !forNew && !TARGET_VERBS.has(lead.verb) && !OUTCOME_VERBS.has(lead.verb) && !CHANGE_LEADS.has(lead.verb) && !MOVERS.has(lead.verb) && a.quantities.length === 0 && !statesChange(a)) return true;
  // A verb the coach does not know, read from the frame ("Reset the wall every week"), or one that
  // only asks for a state ("Ensure the fridges get checked each night"): only the recurrence can
  // say it is upkeep.
  // ("Keyword every upload": an unknown verb done to each one that comes.)
  // ("Trace every cotton bale back to the farm…", "Pair each student with a mentor…" say more than the round.)
  if (lead.inferred && (rest[0] === 'every' || rest[0] === 'each') && rest.length <= 3 && !hasObject(rest, ACTIVITY_OBJECTS) && !statesChange(a)) return true;
  // ("Bag and label charcoal as the orders come in": each one, as it comes.)
  // ("make sure a finds agreement is signed with the landowner before each dig": made sure of before each occasion.)
  if (lead.inferred || lead.verb === 'ensure') return (recurs(rest) || (lead.inferred === true && asTheyCome(rest)) || (lead.verb === 'ensure' && eachOccasion(rest))) && !statesChange(a);
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
  // ("Do every annual survey when it's due": each one, as it comes round.)
  if (lead.verb === 'do' && (rest[0] === 'the' || rest[0] === 'every' || rest[0] === 'each') && (recurs(rest) || comesRound(rest) || checkRound(a)) && !statesChange(a)) return true;
  // "Do an approval visit at every new centre": one for each newcomer, as they come, is the round.
  if (lead.verb === 'do' && forEachNew(rest) && !statesChange(a)) return true;
  // "Do every 2-year review with the ASQ-3": each one of the checks that come round.
  if (lead.verb === 'do' && (rest[0] === 'every' || rest[0] === 'each') && ROUTINE_DONE.has(rest.find((w, k) => k > 0 && !/^\d/.test(w) && w !== 'year' && w !== 'month' && w !== 'week') ?? '') && !statesChange(a)) return true;
  // An event or a document is an activity, whoever it is for ("Run quarterly business reviews for every account").
  if (deliverable(a)) return false;
  // "Check guests in and out", "Check in patients": the check-in desk is the job.
  if (lead.verb === 'check' && words.slice(lead.at + 1, lead.at + 5).some((w) => w === 'in' || w === 'out')) return true;
  // The routine thing must be what is worked on ("Take the anger out of cancellation calls" works
  // on the anger), and a stated standard makes it an improvement ("…on the first call").
  // ("Keep the TB status clear so farms can keep sending us stock": kept so, for what it brings.)
  if ((hasObject(cues(ownObject(a.object)), ROUTINE_OBJECTS) || keptInState(a)) && !statesChange(a)) return true;
  // A recurring event or document is still an activity ("Run a webinar every month"); recurring upkeep is a duty.
  // Each time something comes round ("the links readers report"), unless the verb names a result ("Fill the building with scale-ups that need…").
  // ("Pay growers the day after delivery instead of at month end" changes when the round is done.)
  if (a.words.includes('instead')) return false;
  // ("Work with GP surgeries so a disclosure reaches us the same day": "so" says what the work changes.)
  return (recurs(rest) || (comesRound(rest) && !OUTCOME_VERBS.has(lead.verb) && !statesChange(a))) && !deliverable(a) && !(OUTCOME_VERBS.has(lead.verb) && statesChange(a)) && !a.words.includes('so');
}

/**
 * Standing work named by what is done to a thing, on a beat or each time something comes round:
 * "Empty the bins around the arena through the day", "Clear the weed from the weirs after storms",
 * "Sort incoming bags by fabric". Any verb the coach does not count as a result will do; a verb
 * that names one ("Grow…", "Win…", "Make…") is left to the other rules, and so is a title that
 * states a change, sets a number, works on people, or puts on an event or writes a paper.
 */
function plainDuty(a: Analysis): boolean {
  const { lead } = a;
  // ("Temperature-probe the hot food…": a verb with its noun hyphened on is still the first word.)
  const first = lead?.at === 0 || (lead?.at === 1 && a.tz.tokens[a.tz.words[1]!]!.glued && a.tz.tokens[a.tz.words[1]! - 1]?.t === '-');
  if (!lead || !first || (TARGET_VERBS.has(lead.verb) && lead.verb !== 'deliver') || OUTCOME_VERBS.has(lead.verb)) return false;
  // "Open the safe and dress the windows": opening and closing what is there is the day's round.
  const daily = (lead.verb === 'open' || lead.verb === 'close') && a.object[0] === 'the' && a.object[1] !== 'new';
  if (CHANGE_LEADS.has(lead.verb) && lead.verb !== 'deliver' && !(daily && chores(afterLead(a)))) return false;
  // Attending, sending or producing on a beat is still an activity ("Attend the daily production meeting");
  // delivering goods ("Deliver the ballot boxes … the night before") is the round itself.
  const goods = lead.verb === 'deliver' && !hasObject(a.object, ACTIVITY_OBJECTS);
  if (!goods && (TASK_VERBS.has(lead.verb) || ACTIVITY_VERBS.has(lead.verb) || PRODUCE_VERBS.has(lead.verb))) return false;
  // ("Repaint the flats and sort the props cupboard": a thing done again is a job, not the round.)
  if (redone(a.words[lead.at]!, lead.verb) && !recurs(afterLead(a))) return false;
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
  // ("Restring the nets and repaint the tambour": a job done once to each, no round.)
  if (!lemma || CHANGE_LEADS.has(lemma) || OUTCOME_VERBS.has(lemma) || TARGET_VERBS.has(lemma) || PROJECT_VERBS.has(lemma)) return false;
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
  // "Send clients their final documents before they travel": each one, at their own moment.
  // ("…when we pick them up": each one, as we collect it.)
  if (rest.some((w, k) => (w === 'before' || w === 'when' || w === 'once' || w === 'after') && (rest[k + 1] === 'they' || rest[k + 1] === 'we')) && a.object.some((w) => plural(w) && w.length > 3)) return true;
  // "Ring the next of kin when a client doesn't answer the door": what is done each time it happens to one.
  // (Read from the words as written: "a client" keeps its article.)
  if (whenOne(afterLead(a))) return true;
  // "Attend every emergency leak within 4 hours": each one, to a response time.
  if ((rest[0] === 'each' || rest[0] === 'every') && turnaround(rest)) return true;
  // "Attend no-heat calls within 4 hours", "Attend knocked-down columns within 2 hours": what comes
  // in, or each of the things the round covers, to a response time.
  if (turnaround(rest) && (hasObject(ownObject(a.object), INTAKE) || plural(ownObject(a.object).at(-1) ?? ''))) return true;
  // "Ring every customer whose MOT is due": each one, as theirs comes round.
  if ((rest[0] === 'each' || rest[0] === 'every') && rest.includes('whose')) return true;
  // A paper or an event each time something happens is the round ("Send condition reports to buyers
  // once a sale is agreed"); on a calendar it stays an activity ("Send monthly updates to investors").
  const triggered = rest.some((w, k) => k > 0 && (w === 'once' || w === 'whenever') && (rest[k + 1] === 'a' || rest[k + 1] === 'the'));
  // ("Send every customer a progress update on Friday": a paper to each of the people we serve, on a weekday.)
  // ("Send the weekly progress report and photos to every client on a live job": the same, to each.)
  const servedAt = (k: number) => [rest[k] ?? '', `${rest[k] ?? ''}s`].some((w) => CLIENT_NOUNS.has(w) || SERVED.has(w));
  const everyServed = ((rest[0] === 'each' || rest[0] === 'every') && servedAt(1)) || rest.some((w, k) => w === 'to' && (rest[k + 1] === 'every' || rest[k + 1] === 'each') && (servedAt(k + 2) || servedAt(k + 3)));
  if (everyServed && (recurs(rest) || onCalendar(rest) || rest.some((w, k) => w === 'on' && WEEKDAYS.has(rest[k + 1] ?? '')))) return true;
  if (ATTENDING.has(a.lead.verb) || (hasObject(ownObject(a.object), ACTIVITY_OBJECTS) && !triggered)) return false;
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
const JOINED_DUTIES = new Set(['chase', 'process', 'answer', 'reconcile', 'triage', 'restock', 'file', 'log', 'record']);
/** "before every sailing", "on every pub", "for each batch": one for each occasion or place. */
const eachOccasion = (words: readonly string[]): boolean =>
  words.some((w, k) => EACH_PREPOSITIONS.has(w) && (words[k + 1] === 'every' || words[k + 1] === 'each') && k > 0);
const EACH_PREPOSITIONS = new Set(['before', 'after', 'on', 'at', 'for', 'with', 'per']);
/** "…entered", "…logged", "…scanned": the participle of a verb that writes each one down ("…refilled" is a result). */
const gotRecorded = (object: readonly string[]): boolean => {
  const done = object[object.length - 1] ?? '';
  return done.endsWith('ed') && lemmas(done).some((l) => RECORDING.has(l));
};
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
/** "…when a client doesn't answer", "…when a sensor fails": each time it happens to one of them. */
const whenOne = (rest: readonly string[]): boolean =>
  rest.some((w, k) => (w === 'when' || w === 'whenever' || w === 'if') && (rest[k + 1] === 'a' || rest[k + 1] === 'an' || rest[k + 1] === 'any') && HAPPENS_TO_ONE.test(rest[k + 3] ?? ''));
/** A verb in the present, said of one of them ("…when a client doesn't answer", "…if a tenant reports…"). */
const HAPPENS_TO_ONE = /^(?:\w+s|\w+n['\u2019]t|can['\u2019]t|won['\u2019]t)$/;
/** What customers, members or staff keep doing when they stay. */
const RETURNING = new Set(['coming', 'returning', 'booking', 'buying', 'visiting', 'shopping', 'renewing', 'ordering', 'giving', 'donating', 'volunteering', 'playing', 'attending', 'subscribing', 'signing', 'enrolling']);
/** "daily", "every day", "each morning": a beat of a day or shorter. */
const dailyBeat = (words: readonly string[]): boolean =>
  words.some((w, k) => w === 'daily' || w === 'nightly' || ((w === 'every' || w === 'each') && DAY_BEATS.has(words[k + 1] ?? '')));
const DAY_BEATS = new Set(['day', 'morning', 'evening', 'night', 'shift', 'weekday']);
/** Reviews and checks done to each one: "Do every 2-year review". */
const ROUTINE_DONE = new Set(['review', 'check', 'visit', 'assessment', 'inspection', 'test', 'reading', 'round', 'service']);
const QUEUE_HEADS = new Set(['queue', 'queues', 'inbox', 'backlog', 'tray', 'list', 'requests', 'tickets', 'post']);
/** "Order boxes and labels for Christmas": for one holiday, a job done once, unless every year. */
const forOneHoliday = (words: readonly string[]): boolean => words.some((w, k) => w === 'for' && HOLIDAYS.has(words[k + 1] ?? '')) && !recurs(words);
const HOLIDAYS = new Set(['christmas', 'easter', 'halloween', 'diwali', 'eid', 'hanukkah', 'valentine', 'valentines', 'bonfire']);
/** One of the people a service is for, named in the singular ("each family", "every child"). */
const servedOne = (w: string): boolean =>
  SERVED.has(w) || SERVED.has(`${w}s`) || SERVED.has(`${w}es`) || (w.endsWith('y') && SERVED.has(`${w.slice(0, -1)}ies`)) || SERVED.has(IRREGULAR_PLURALS[w] ?? '');
const IRREGULAR_PLURALS: Readonly<Record<string, string>> = { child: 'children', person: 'people', man: 'men', woman: 'women' };
const UPGRADES = new Set([...SWAP_VERBS, 'convert']);
/** Verbs that bring people or things to a state, not work on a stream. */
const MOVERS = new Set([...MOVING, 'keep', 'bring', 'put', 'take', 'win', 'train']);
const ROUNDS = new Set(['round', 'rounds']);
const ON_ROTA = new Set(['call', 'duty', 'standby', 'shift', 'rota']);
const ONE_OF_EACH = new Set(['all', 'every', 'each', 'any']);
/** Gaps in a rota that someone covers as they open. */
const GAPS = new Set(['sickness', 'absence', 'absences', 'leave', 'gaps', 'vacancies', 'holidays']);
/** Posts and records a role holds: owning or covering one is standing work. */
const HELD_POSTS = new Set(['line', 'lines', 'phones', 'phone', 'desk', 'rota', 'diary', 'inbox', 'queue', 'helpline', 'reception', 'switchboard', 'log', 'register', 'board', 'shifts', 'shift', 'bleep']);
/** Verbs that work through what comes in. */
const INTAKE_WORK = new Set(['assess', 'process', 'vet', 'approve', 'triage', 'handle', 'check', 'review', 'answer', 'log', 'see']);
/** A beat named first ("Monthly valuations…"). */
const CADENCE_LEADS = new Set(['daily', 'weekly', 'fortnightly', 'monthly', 'quarterly', 'nightly']);
/** Work named by its noun that a role does over and over. */
const ROUTINE_WORK = new Set(['recon', 'valuations', 'valuation', 'reserving', 'verification', 'verifications', 'calibration', 'calibrations', 'reconciliation', 'reconciliations', 'invoicing', 'payroll', 'testing', 'sampling', 'monitoring', 'cleaning', 'maintenance', 'servicing', 'inspections', 'checks', 'readings', 'titration', 'analysis', 'backups', 'reporting']);
/** "for every scheme client", "for all our schemes": one for each of them. */
const forEachOne = (words: readonly string[]): boolean =>
  words.some((w, k) => (w === 'for' || w === 'on' || w === 'of' || w === 'to') && (words[k + 1] === 'every' || words[k + 1] === 'each' || words[k + 1] === 'all') && !TIME_UNITS.has(words[k + 2] ?? ''));
const PICKING = new Set(['first', 'every', 'all', 'only', 'new']);
const CHECKING_IN = new Set(['sign', 'check', 'scan', 'book', 'log']);
const INTAKE = new Set(['calls', 'call', 'enquiries', 'inquiries', 'bookings', 'orders', 'payments', 'complaints', 'messages', 'returns', 'deliveries', 'entries', 'applications', 'referrals', 'claims', 'requests', 'submissions', 'tickets']);

/**
 * "Walk the trails every morning and close anything that's unsafe", "Sign in every exhibit and keep
 * the chain of custody record complete": two jobs joined by "and", one of them plainly the round
 * when read alone. Read only for titles the whole-title rules left unshelved, and only where the
 * whole states no change and sets no number.
 */
export function dutyInAClause(a: Analysis): boolean {
  const { lead, words } = a;
  if (!lead || statesChange(a) || a.quantities.length || TARGET_VERBS.has(lead.verb) || OUTCOME_VERBS.has(lead.verb) || forOneHoliday(words)) return false;
  const { tokens } = a.tz;
  const text = (from: number, to?: number) => a.tz.words.slice(from, to).map((i) => tokens[i]!.raw).join(' ');
  const isVerb = (w: string | undefined) => lemmas(w ?? '').some((l) => VERBS.has(l));
  // ("Turn & check the bulbs every day", "Sort and log the returns each morning": two verbs on the
  // same things; the second may name the round.)
  // ("Reserve & Collect orders": a service's name, in capitals, no work.)
  const named = tokens[a.tz.words[lead.at + 1] ?? -1]?.cap === true;
  const joined = tokens[a.tz.words[lead.at]! + 1]?.t === '&' && isVerb(words[lead.at + 1]) && !named ? lead.at + 1 : words[lead.at + 1] === 'and' && isVerb(words[lead.at + 2]) ? lead.at + 2 : -1;
  if (joined > 0) {
    const c = analyse(text(joined));
    if (c.lead !== null && !OUTCOME_VERBS.has(c.lead.verb) && isJobRequirement(c)) return true;
  }
  const k = words.findIndex((w, p) => w === 'and' && p > lead.at + 1 && isVerb(words[p + 1]));
  if (k < 0) return false;
  return [text(0, k), text(k + 1)].some((clause) => {
    const c = analyse(clause);
    return c.lead !== null && !OUTCOME_VERBS.has(c.lead.verb) && isJobRequirement(c);
  });
}

