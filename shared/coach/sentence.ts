/**
 * How a title reads as a sentence, for every rule: its cues (a word inside a person's job title is
 * part of a name), the words after its verb, whether it is only a label, and whether it says what
 * should change (a purpose, a condition, a comparison) rather than only what will be done.
 */
import { type Analysis, isPeriodToken } from './analyse';
import { ACTIVITY_OBJECTS, CLIENT_NOUNS, CONTAINER_NOUNS, DELIVERABLE_NOUNS, DEPARTMENT_WORDS, EVERYONE, FUNCTION_WORDS, PERSON_NOUNS, ROLE_WORDS, SCOPE_WORDS, SERVED, TARGET_VERBS, VERBS } from './lexicon';
import { lemmas, plural } from './text';
import { DETERMINERS, STREAM_VERBS, reportedIn } from './recurrence';

export const has = (words: readonly string[], lexicon: ReadonlySet<string>): boolean => words.some((w) => lexicon.has(w));

/**
 * Like `has`, for objects: a word right after "to" is a verb ("people want to visit"), and one
 * after "non" is negated ("a non-event").
 */
export const hasObject = (words: readonly string[], lexicon: ReadonlySet<string>): boolean =>
  words.some((w, k) => (lexicon.has(w) || (w.length > 4 && w.endsWith('s') && lexicon.has(w.slice(0, -1)))) && words[k - 1] !== 'to' && words[k - 1] !== 'non');

/**
 * The words a shelf rule may take as a cue: a word that only qualifies a person's job title is
 * part of a name ("Hire a Compliance Analyst", "Recruit a training coordinator"), not the work.
 */
export function cues(words: readonly string[]): readonly string[] {
  const names = (k: number) => PERSON_NOUNS.has(words[k] ?? '');
  // Most titles name nobody: then the words are the cues, as they are.
  if (!words.some((w) => PERSON_NOUNS.has(w))) return words;
  return words.map((w, k) => (names(k + 1) || (names(k + 2) && !FUNCTION_WORDS.has(words[k + 1]!)) ? '' : w));
}

/** Verbs that move a thing from one place to another. */
const RELOCATING = new Set(['move', 'migrate', 'transfer', 'switch', 'port']);
/** Verbs that carry someone somewhere. */
const CARRYING = new Set(['take', 'bring', 'get']);
const SPEED_UNITS = new Set(['day', 'hour', 'afternoon', 'morning', 'minute', 'week']);
/**
 * The title says what should change, not just what will be done: a purpose clause ("so that…",
 * "to cut…"), a condition ("without downtime") or a comparison ("faster").
 */
export function statesChange(a: Analysis): boolean {
  const rest = afterLead(a);
  // "Book more schools in term time": more of what the verb works on.
  if (a.lead && (rest[0] === 'more' || rest[0] === 'fewer' || rest[0] === 'less')) return true;
  for (let k = 1; k < rest.length; k++) {
    const w = rest[k]!;
    // "…every file that comes in", "…each shop that gets reported": a stream of work, not a purpose.
    if (w === 'that' && (STREAM_VERBS.has(rest[k + 1] ?? '') || reportedIn(rest, k))) continue;
    // "…the accounts that are past 30 days": which ones, described, not a purpose.
    if (w === 'that' && (rest[k + 1] === 'are' || rest[k + 1] === 'is') && DUE.has(rest[k + 2] ?? '')) continue;
    // ("…in and out so the tracker is always right": a record kept true is the upkeep itself.)
    if (w === 'so' && keptTrue(rest.slice(k + 1))) continue;
    // ("…and log the repairs so that nothing gets missed": care taken over the round, no change.)
    if (w === 'so' && nothingMissed(rest.slice(k + 1))) continue;
    if (w === 'that' && rest[k - 1] === 'so' && nothingMissed(rest.slice(k))) continue;
    // ("…at every visit where we prompt meds": which ones, those where something is done, no purpose.)
    if (w === 'where' && rest.slice(Math.max(0, k - 3), k).some((x) => x === 'every' || x === 'each' || x === 'any')) continue;
    if (CHANGE_MARKERS.has(w)) return true;
    // Taking something out of the work is a change: "Take the anger out of cancellation calls".
    // ("Weigh every ham in and out of the cure": each one, both ways.)
    // ("Core temps probed and recorded out of the blast chillers": where, said of a thing done.)
    // ("…(its out of date)", "the out-of-hours phone": a state or a time, nothing taken out.)
    // ("Move quotes out of Excel into Pipedrive": a thing moved out of one place into another, no change.)
    const moved = () => a.lead !== null && RELOCATING.has(a.lead.verb) && rest.slice(k + 2).some((x) => x === 'into' || x === 'onto' || x === 'to');
    if (w === 'out' && rest[k + 1] === 'of' && !OUT_OF_STATES.has(rest[k + 2] ?? '') && !(rest[k - 1] === 'and' && rest[k - 2] === 'in') && !(a.lead === null && /ed$/.test(rest[k - 1] ?? '')) && !moved()) return true;
    // A standard to meet: "on the first call", "right first time".
    // "Take people from ordering coffee to a real conversation": from one state to another.
    if (w === 'from' && a.lead && CARRYING.has(a.lead.verb) && rest.slice(k + 2).includes('to')) return true;
    // A speed to reach: "…in a day", "…in an hour".
    if (w === 'in' && (rest[k + 1] === 'a' || rest[k + 1] === 'an' || rest[k + 1] === 'one') && SPEED_UNITS.has(rest[k + 2] ?? '') && k + 3 === rest.length) return true;
    // A promise kept is a standard: "Pay farmers on the day we said we would", "…on the promised day".
    if (w === 'promised' || (w === 'said' && rest[k - 1] === 'we' && rest[k + 1] === 'we')) return true;
    // A standard set by other work: "…as well as we handle email".
    if (w === 'as' && rest[k + 1] === 'well' && rest[k + 2] === 'as' && (rest[k + 3] === 'we' || rest[k + 3] === 'they')) return true;
    // ("…on the first Monday" is a date.)
    // ("…on the first piece of every batch": which one of each, no standard.)
    const ofEach = rest[k + 2] === 'of' && (rest[k + 3] === 'every' || rest[k + 3] === 'each');
    if (w === 'first' && (rest[k + 1] === 'time' || (rest[k - 1] === 'the' && (rest[k - 2] === 'on' || rest[k - 2] === 'at') && !DATED.has(rest[k + 1] ?? '') && !ofEach))) return true;
    // ("fit to run", "ready to sail": what a thing is fit for, not a purpose.)
    // ("Buy a second-hand launch to replace Vigilant": one thing for another, no purpose beyond it.)
    // ("Everyone on the print floor to do the safety course": what everyone is to do, no purpose.)
    // ("Solicitor webinar … — Dr Patel to present": who is to do it, named, no purpose.)
    const named = a.lead === null && a.tz.tokens[a.tz.words[k - 1] ?? -1]?.cap === true && !a.tz.titleCase;
    if (w === 'to' && lemmas(rest[k + 1] ?? '').some((l) => VERBS.has(l)) && k > 1 && !FIT_FOR.has(rest[k - 1]!) && rest[k + 1] !== 'replace' && !(a.lead === null && EVERYONE.has(rest[0] ?? '')) && !named) return true;
    // A standard to beat: "the best sourdough in the county", "the safest yard".
    if (rest[k - 1] === 'the' && (w === 'best' || w === 'most' || (w.length >= 6 && w.endsWith('est') && !NOT_SUPERLATIVE.has(w)))) return true;
    // A result joined to the work: "Host the finals and sell out the arena"; a finding acted on:
    // "Review last year's adjourned hearings and stop listing cases…".
    // ("…at pick-up and drop-off": two handovers named, a verb and its particle each, no result.)
    if (w === 'and' && HANDOVER_PARTICLES.has(rest[k - 1] ?? '') && HANDOVER_PARTICLES.has(rest[k + 2] ?? '')) continue;
    if (w === 'and' && (OUTCOME_VERBS.has(rest[k + 1] ?? '') || ACTED_ON.has(rest[k + 1] ?? ''))) return true;
  }
  return false;
}
const DATED = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'day', 'week', 'weekend', 'morning', 'of']);
/** "the tracker is always right", "our stock sheet stays accurate": a record said to stay true. */
function keptTrue(after: readonly string[]): boolean {
  const be = after.findIndex((w, k) => k >= 1 && k <= 3 && (w === 'is' || w === 'are' || w === 'stays' || w === 'stay'));
  if (be < 0 || !(after[0] === 'the' || after[0] === 'our')) return false;
  const state = after[be + 1] === 'always' ? after[be + 2] : after[be + 1];
  return be + (after[be + 1] === 'always' ? 3 : 2) >= after.length && TRUE_STATES.has(state ?? '');
}
function nothingMissed(after: readonly string[]): boolean {
  const from = after[0] === 'that' ? 1 : 0;
  return (after[from] === 'nothing' || after[from] === 'nobody' || after[from] === 'no') && after.slice(from + 1, from + 4).some((w) => MISSED.has(w));
}
const MISSED = new Set(['missed', 'forgotten', 'lost', 'overlooked', 'slips', 'dropped']);
const TRUE_STATES = new Set(['right', 'accurate', 'correct', 'current', 'complete', 'true']);
const FIT_FOR = new Set(['fit', 'unfit', 'ready', 'safe']);
const HANDOVER_PARTICLES = new Set(['up', 'off', 'in', 'out', 'on']);
/** States of a bill or a case that pick which ones are worked on ("that are overdue"). */
const DUE = new Set(['past', 'overdue', 'due', 'late', 'outstanding', 'unpaid', 'open']);
/** Words in -est that compare nothing. */
const NOT_SUPERLATIVE = new Set(['oldest', 'eldest', 'earliest', 'latest', 'interest', 'forest', 'harvest', 'contest', 'request', 'protest', 'digest', 'manifest', 'honest', 'modest', 'earnest', 'arrest', 'inquest', 'conquest']);
/** Verbs that name a result, not more work. */
export const OUTCOME_VERBS = new Set(['sell', 'win', 'fill', 'grow', 'increase', 'raise', 'cut', 'reduce', 'halve', 'double', 'earn', 'save', 'beat', 'lift', 'boost']);

const ACTED_ON = new Set(['rename', 'merge', 'stop', 'drop', 'reduce', 'end', 'reprice']);
const OUT_OF_STATES = new Set(['date', 'hours', 'town', 'season', 'area', 'office', 'print', 'scope', 'order', 'term']);
const CHANGE_MARKERS = new Set(['so', 'without', 'until', 'that', 'where', 'faster', 'better', 'more', 'fewer', 'less', 'easier', 'cheaper', 'safer', 'instead', 'rather', 'automatically', 'will', 'having', 'earlier', 'sooner', 'quicker']);

/** The words after the lead verb. */
export const afterLead = (a: Analysis): string[] => (a.lead ? a.words.slice(a.lead.at + 1) : a.words);

/**
 * A label with no verb, or one whose only verb just points at it ("Hit quota"). "Make the bus
 * times something riders trust" makes its object be something (causative): a sentence.
 */
export const isLabel = (a: Analysis): boolean => a.lead === null || (TARGET_VERBS.has(a.lead.verb) && !causative(a));
/** Words that start what a causative "make" makes its object into. */
const CAUSATIVE_COMPLEMENTS = new Set(['something', 'somewhere', 'someone', 'somebody', 'worth', 'part', 'feel', 'look', 'easy', 'easier', 'simple', 'bigger', 'larger', 'greater', 'smaller', 'count']);
export const causative = (a: Analysis): boolean => a.lead?.verb === 'make' && afterLead(a).some((w) => CAUSATIVE_COMPLEMENTS.has(w));

/**
 * Every word is a scope, a role or a period ("Marketing", "Sales team 2026", "VP Engineering",
 * "Head of Sales"): a heading, not a goal.
 */
export function onlyScope(a: Analysis): boolean {
  if (a.lead !== null || a.words.length === 0) return false;
  return a.tz.words.every((i) => {
    const tok = a.tz.tokens[i]!;
    return SCOPE_WORDS.has(tok.t) || CONTAINER_NOUNS.has(tok.t) || ROLE_WORDS.has(tok.t) || DEPARTMENT_WORDS.has(tok.t) || isPeriodToken(tok);
  });
}

/** Words that give a verbless line a direction ("Faster checkout", "Zero harm", "No surprises"). */
export const DIRECTION = new Set(['more', 'less', 'fewer', 'better', 'best', 'faster', 'safer', 'cheaper', 'easier', 'first', 'zero', 'no', 'every', 'all', 'only', 'new', 'happier', 'healthier', 'greener', 'cleaner']);
/** The object's own noun phrase: a determiner after it starts a clause ("Bake bread the city queues for"). */
export function ownObject(object: readonly string[]): readonly string[] {
  // "bookings and the front desk" joins a second object instead.
  const k = object.findIndex((w, i) => i > 0 && (w === 'the' || w === 'a' || w === 'an') && object[i - 1] !== 'and' && object[i - 1] !== 'or');
  return k > 0 ? object.slice(0, k) : object;
}

/**
 * Verbs that name a result or a change in the world, whatever they act on: a title opening with
 * one is read as an objective unless another rule says otherwise.
 */
export const CHANGE_LEADS = new Set([
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
export const IN_HAND = new Set(['the', 'each', 'every', 'all', 'our', 'their', 'its', 'his', 'her', 'new', 'old', 'any']);

/**
 * "Magicians trust our reviews", "Guns go home feeling it was a sporting day": people named, then
 * what they do, a clause about the world however its last noun reads. ("Kids' workshops run by
 * volunteers": a participle before "by" names who does the work.)
 */
export function saysWhatPeopleDo(a: Analysis): boolean {
  const w = a.words;
  for (let k = 1; k < Math.min(w.length - 1, 4); k++) {
    const verb = w[k]!;
    if (!plural(w[k - 1]!) || /(?:is|us)$/.test(w[k - 1]!) || FUNCTION_WORDS.has(w[k - 1]!) || !(VERBS.has(verb) || PEOPLE_DO.has(verb)) || w[k + 1] === 'by') continue;
    // The verb as said of many ("go", "trust"), not a noun's plural or a participle in -ed.
    if (verb.endsWith('s') || verb.endsWith('ed') || ACTIVITY_OBJECTS.has(verb) || DELIVERABLE_NOUNS.has(verb)) continue;
    // Then what they do it to or where they go ("trust our…", "go home"); a noun after the verb
    // ("users' open day", "lights switch-on event") makes the two one name.
    if (!DETERMINERS.has(w[k + 1]!) && !AFTER_CLAUSE_VERB.has(w[k + 1]!)) continue;
    return w.slice(0, k).every((x) => !FUNCTION_WORDS.has(x));
  }
  return false;
}
/**
 * "Customers trust our severity scores", "Clients pay rates on a fair RV…", "Seasonal workers come
 * back to us year after year", "Skaters feel safe reporting stuff…": people, a word or two, then
 * what they choose, feel or keep doing, in the present: how the world should be, whatever nouns
 * follow. (What staff must do, "Drivers complete the CPC course", is not said with these verbs.)
 */
export function peopleDoing(a: Analysis): boolean {
  if (a.lead !== null || a.quantities.length) return false;
  const w = a.words;
  // ("Mail-order customers come back…": the people may be named in up to three words.)
  for (let k = 1; k <= 3 && k < w.length - 1; k++) {
    const who = w[k - 1]!;
    const people = who === 'people' || (plural(who) && (SERVED.has(who) || CLIENT_NOUNS.has(who) || PERSON_NOUNS.has(who) || /(?:ers|ors|ists|ians|ees|ants|ents)$/.test(who)));
    if (people && CHOOSING.has(w[k]!) && w.slice(0, k - 1).every((x) => !FUNCTION_WORDS.has(x))) return true;
    // ("People with learning disabilities travel on their own…", "Young people leaving care move
    // into a home…": the people we serve, a few words on who they are, then what they do.)
    const served = who === 'people' || SERVED.has(who) || CLIENT_NOUNS.has(who);
    // ("Safeguarding adults training for new staff" names a course for the people.)
    const before = w.slice(0, k - 1);
    if (served && before.length <= 1 && before.every((x) => !FUNCTION_WORDS.has(x) && !x.endsWith('ing')) && servedDo(w.slice(k))) return true;
    // ("Stations feel looked after even when they're unstaffed": any things said to feel or seem so.)
    if (plural(who) && !/(?:ss|us|is)$/.test(who) && SEEMING.has(w[k]!) && w.slice(0, k).every((x) => !FUNCTION_WORDS.has(x))) return true;
  }
  return false;
}
const COMPLIANCE_NOUNS = new Set(['training', 'induction', 'briefing', 'screening', 'vetting']);
/** After the people, a qualifier of up to three words ("with learning disabilities", "leaving care"), then a verb in the present. */
function servedDo(rest: readonly string[]): boolean {
  const verbAt = (k: number) => {
    const v = rest[k] ?? '';
    return !v.endsWith('s') && !v.endsWith('ed') && !v.endsWith('ing') && !FUNCTION_WORDS.has(v) && lemmas(v).some((l) => VERBS.has(l)) && k + 1 < rest.length;
  };
  const participle = (rest[0] ?? '').endsWith('ing') && !ACTIVITY_OBJECTS.has(rest[0]!) && !COMPLIANCE_NOUNS.has(rest[0]!);
  if (rest[0] !== 'with' && rest[0] !== 'who' && !participle) return false;
  for (let k = 2; k <= 4; k++) if (verbAt(k)) return true;
  return false;
}
/** Verbs that say how a thing seems, of things as well as people. */
const SEEMING = new Set(['feel', 'seem', 'look', 'sound']);
/** What people choose, feel or keep doing, as the world's state rather than a job. */
const CHOOSING = new Set(['trust', 'know', 'love', 'like', 'see', 'feel', 'recommend', 'want', 'prefer', 'rate', 'think', 'say', 'stay', 'come', 'pay', 'choose', 'return', 'buy', 'book', 'pick', 'join', 'set', 'spend', 'get', 'find']);
/** What people do that no rule's verb lists name: they trust, know, love, recommend. */
// (Verbs every rule knows, "use", "buy", "find", are read through VERBS.)
const PEOPLE_DO = new Set(['trust', 'know', 'love', 'like', 'see', 'feel', 'recommend', 'want', 'prefer', 'rate', 'think', 'say', 'stay', 'leave', 'come']);
const AFTER_CLAUSE_VERB = new Set(['home', 'back', 'away', 'out', 'to', 'it', 'them', 'us', 'we', 'a', 'an', 'more', 'what', 'how']);

/** Verbs that bring people to do or have something ("Get … booking", "Help … find"). */
export const MOVING = new Set(['make', 'get', 'help', 'let', 'give', 'have']);
export function peopleMoved(a: Analysis): boolean {
  const { lead } = a;
  if (!lead || !MOVING.has(lead.verb) || lead.particle) return false;
  const rest = a.words.slice(lead.at + 1);
  // The people, one or two words in ("winter walkers", "APAC customers", "researchers").
  const at = rest.findIndex((w, k) => k < 3 && w.length > 3 && (SERVED.has(w) || PERSON_NOUNS.has(w) || (plural(w) && /(?:ers|ors|ists|ians|ees|ants|ents)$/.test(w))));
  if (at < 0 || rest.slice(0, at).some((w) => FUNCTION_WORDS.has(w) && w !== 'our' && w !== 'the')) return false;
  const next = rest[at + 1] ?? '';
  // ("Get landlords with HMOs onto a service contract": people brought onto something of ours.)
  if (lead.verb === 'get' && rest.slice(at + 1, at + 5).some((w) => w === 'onto' || w === 'into')) return true;
  return (next.length > 4 && next.endsWith('ing')) || lemmas(next).some((l) => VERBS.has(l)) || (lead.verb === 'give' && next.length > 3 && !FUNCTION_WORDS.has(next));
}
