/**
 * `task-listing`: an activity or a deliverable (an event, a paper, a one-off job, a tool set up),
 * with nothing said of what it changes in the world.
 */
import type { Analysis } from './analyse';
import { ACTIVITY_OBJECTS, ACTIVITY_VERBS, CLIENT_NOUNS, DELIVERABLE_NOUNS, DEPARTMENT_WORDS, DUTY_VERBS, EVENT_NOUNS, EVERYONE, FUNCTION_WORDS, INITIATIVES, METRIC_HEADS, MONTHS, NOT_TASK_PARTICLES, ON_A_BEAT, ORG_UNITS, PERSON_NOUNS, PRODUCE_VERBS, PROJECT_NOUNS, PROJECT_VERBS, SCOPE_WORDS, SERVED, STAFF_NOUN, TARGET_VERBS, TASK_PHRASAL, TASK_VERBS, TIME_UNITS, VERBS, VERB_PARTICLES } from './lexicon';
import { deliversArtefact } from './artefacts';
import { changesTool, putInService, setsUp } from './tools';
import { isVersionWord, lemmas, plural } from './text';
import { DETERMINERS, POSSESSIVE, recurs } from './recurrence';
import { CHANGE_LEADS, DIRECTION, IN_HAND, OUTCOME_VERBS, afterLead, causative, hasObject, ownObject, peopleMoved, saysWhatPeopleDo, statesChange } from './sentence';
import { isNumberTitle } from './measures';
import { AUDIT_NOUNS } from './compliance';

/** An activity verb with one deliverable ("Do a quarterly business review", "Run a webinar every month"). */
export function deliverable(a: Analysis): boolean {
  const { lead } = a;
  return lead !== null && ACTIVITY_VERBS.has(lead.verb) && hasObject(a.object, ACTIVITY_OBJECTS);
}

/**
 * "Website moved from Wix to Squarespace", "Onboarding checklist rebuilt in Notion", "Welcome pack
 * translated into Tigrinya", "Sensory room fitted out in the old library": one thing of ours
 * reported moved, remade or fitted, with no beat, is a piece of work done once.
 */
function reportedDone(a: Analysis): boolean {
  const { words } = a;
  if (a.lead !== null || a.quantities.length || words.some((w) => w === 'every' || w === 'each' || w === 'all')) return false;
  // ("Theme editor v2 shipped": a release by its version, shipped; "Orders shipped…" are the round.)
  const released = (w: string, j: number) => (w === 'shipped' || w === 'released' || w === 'launched') && words.slice(0, j).some(isVersionWord);
  const k = words.findIndex((w, j) => j >= 1 && j <= 4 && ((lemmas(w).some((l) => WORK_DONE.has(l)) && w.endsWith('ed')) || DONE_FORMS.has(w) || released(w, j)));
  // ("Nobody we have fitted in Gower loses…": a clause of people, no report of work.)
  if (k < 1 || FUNCTION_WORDS.has(words[k - 1]!) || AUXILIARIES.has(words[k - 1]!)) return false;
  // ("Families moved into permanent homes", "Tenants transferred to the new scheme": people moved
  // are a result, as everywhere else.)
  const mover = words[k - 1]!;
  if (PERSON_NOUNS.has(mover) || CLIENT_NOUNS.has(mover) || SERVED.has(mover) || (STAFF_NOUN.test(mover) && plural(mover))) return false;
  const next = words[k + 1] === 'out' || words[k + 1] === 'over' || words[k + 1] === 'across' ? words[k + 2] : words[k + 1];
  // ("Menu cards & allergen sheets reprinted": a thing done again, reported last.)
  const again = k === words.length - 1 && words[k]!.startsWith('re');
  const release = k === words.length - 1 && released(words[k]!, k);
  return ((!!next && PLACED.has(next)) || again || release) && !recurs(words) && !statesChange(a);
}
/**
 * "Product photos done for the website", "Regional roadshows done before the SFI window opens",
 * "App Store screenshots refreshed for the autumn campaign": a paper, a set of pictures or an
 * occasion reported done for a purpose or by a date is a piece of work done once.
 */
function madeReady(a: Analysis): boolean {
  const { words } = a;
  if (a.lead !== null || a.quantities.length || words.some((w) => w === 'every' || w === 'each' || w === 'all')) return false;
  const k = words.findIndex((w, j) => j >= 1 && j <= 4 && READIED.has(w));
  if (k < 1) return false;
  const thing = words[k - 1]!;
  const made = DELIVERABLE_NOUNS.has(thing) || ACTIVITY_OBJECTS.has(thing) || EVENT_NOUNS.has(thing) || PICTURES.has(thing);
  return made && (words[k + 1] === 'for' || words[k + 1] === 'before' || words[k + 1] === 'by') && !recurs(words) && !statesChange(a);
}
const READIED = new Set(['done', 'refreshed', 'finished', 'ready', 'sorted', 'redone', 'updated']);
const PICTURES = new Set(['screenshots', 'photos', 'images', 'pictures', 'videos', 'visuals', 'headshots']);
const CLAUSE_HEADS = new Set(['who', 'what', 'which', 'that', 'where', 'how', 'why', 'when', 'whether']);
/** Irregular forms of work done ("rebuilt", "rewritten"). */
const DONE_FORMS = new Set(['rebuilt', 'built', 'redone', 'rewritten', 'written', 'redrawn', 'reprinted']);
const AUXILIARIES = new Set(['have', 'has', 'had', 'been', 'be', 'is', 'are', 'was', 'were', 'we', 'they', 'you']);
const WORK_DONE = new Set(['move', 'migrate', 'rebuild', 'build', 'redesign', 'redo', 'rewrite', 'fit', 'install', 'translate', 'refit', 'switch', 'port', 'transfer', 'reprint', 'print', 'paint', 'repaint', 'photograph', 'upload', 'scan', 'digitise', 'digitize', 'reline', 'reroof', 'rewire', 'resurface', 'reclad']);
const PLACED = new Set(['to', 'onto', 'into', 'from', 'in', 'by', 'off', 'on', 'with']);

export function isTaskListing(a: Analysis): boolean {
  const { lead, words } = a;
  if (reportedDone(a) || madeReady(a)) return true;
  // "Stand at Euro Bus Expo, Birmingham": an exhibition stand at a named show.
  if (words[0] === 'stand' && words[1] === 'at' && a.tz.tokens[a.tz.words[words[2] === 'the' ? 3 : 2] ?? -1]?.cap) return true;
  // (People brought to do or have something are a result first: see peopleMoved.)
  if (peopleMoved(a)) return false;
  if (deliversArtefact(a) || putInService(a)) return !statesChange(a);
  if (!lead) return namesProject(a) || nounTask(a) || fixtureDoneUp(a);
  if (putsOnEvent(a)) return true;
  // "Get winter walkers booking the sleeper…", "Make researchers trust our severity calls", "Give APAC
  // customers triage inside their own working day": people brought to do or have something is a
  // result, whatever nouns follow.
  if (peopleMoved(a)) return false;
  // ("Book the Typhoon, the Chinook and the Blades for next year": named acts or places booked, once.)
  // (Capitals mean a name only where some other word is in lower case.)
  const lower = a.tz.words.some((i) => !a.tz.tokens[i]!.cap && !FUNCTION_WORDS.has(a.tz.tokens[i]!.t));
  if (lead.verb === 'book' && a.words[lead.at + 1] === 'the' && a.tz.tokens[a.tz.words[lead.at + 2] ?? -1]?.cap === true && lower) return !statesChange(a);
  // ("Get the workshop's new 3-phase supply sorted": one thing of ours had done, then it is over.)
  if (gotSeenTo(a)) return !statesChange(a);
  // ("Walking rugby on Tuesday mornings so the over-60s stay part of the club" says what it changes.)
  // ("Send less of the old paving to landfill": less of what the verb works on, a change.)
  const less = ['more', 'fewer', 'less'].includes(a.words[lead.at + 1] ?? '');
  // ("Walk lone girls to a taxi instead of just pointing them to the rank": how the work is to be
  // done differently is a lever, as "so" is.)
  if (TASK_VERBS.has(lead.verb)) return !(NOT_TASK_PARTICLES[lead.verb]?.has(lead.particle) ?? false) && !a.words.includes('so') && !a.words.includes('automatically') && !less && !a.words.some((w, k) => w === 'instead' && a.words[k + 1] === 'of');
  const particles = TASK_PHRASAL[lead.verb];
  // ("Go to wool and natural latex … so we can drop the chemicals" says what the move changes.)
  if (particles && particles.has(lead.particle)) return !a.words.includes('so');
  // "Migrate CI to Kubernetes", "Write SOPs": the work itself, unless the title says what it changes.
  // ("Re-let empty homes in 20 days" sets a time to beat: a number title, not a redo.)
  // ("Digitise 2 million pages by 2029" sets a number to reach: a number title, not a job.)
  if (PRODUCE_VERBS.has(lead.verb)) return !statesChange(a);
  // ("Redesign the Year 9 curriculum around real-world projects" says how it will work: a lever.)
  // ("Redesign the Year 9 curriculum around real-world projects", "Rebalance bikes with cargo trikes
  // instead of vans" say how it will work: a lever.)
  const redo = redone(a.words[lead.at]!, lead.verb) && !a.words.includes('around') && !a.words.includes('instead');
  // ("Refurb the amenity blocks on Mill Lane": a piece of work's noun, read as the verb before its object.)
  const project = PROJECT_VERBS.has(lead.verb) || (lead.inferred === true && PROJECT_NOUNS.has(lead.verb));
  if (project || redo) return !statesChange(a) && a.quantities.length === 0;
  // A tool set up or swapped for another ("Set up a team drive", "Move payroll onto Sage"): the same.
  if (setsUp(a) || changesTool(a)) return !statesChange(a);
  if (handedOver(a) || fixtureJob(a) || gotMade(a) || kitRenewed(a) || fittedInPlace(a) || contentLaunched(a)) return true;
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
  // ("Record fridge temperatures twice a day": "a day" says how often, it is no day out.)
  return hasObject(rest.filter((w, k) => !(TIME_UNITS.has(w) && (rest[k - 1] === 'a' || rest[k - 1] === 'per' || rest[k - 1] === 'every' || rest[k - 1] === 'each'))), ACTIVITY_OBJECTS) && !statesChange(a);
}

/** "Redesign", "Redraw", "Rewire", "Reprint": a thing of ours done again, unless the verb names a result ("Return", "Restore"). */
export function redone(word: string, verb: string): boolean {
  // The lead is read as its base verb ("Redraw" → "draw"); the word as written says it is done again.
  const base = word.startsWith('re') && word.slice(2) === verb ? verb : word.startsWith('re') ? word.slice(2) : '';
  return word.length > 5 && !!base && !RE_WORDS.has(word) && VERBS.has(base) && !CHANGE_LEADS.has(word) && !OUTCOME_VERBS.has(word) && !CHANGE_LEADS.has(base) && !DUTY_VERBS.has(base);
}
/** Words in re- that are words of their own ("Resort goals", "Report…"), not a thing done again. */
const RE_WORDS = new Set(['resort', 'record', 'report', 'research', 'result', 'return', 'review', 'resource', 'release', 'remark', 'relay', 'repair', 'refund', 'remit', 'resolve', 'respond', 'reserve', 'retire', 'recall', 'refer', 'reflect', 'relate', 'remain', 'remove', 'replace', 'require', 'reside', 'restrict', 'retail', 'reveal']);
/** A ticket's key closing the title, in brackets or not: "(WEB-77)", "PARK-318". */
export function ticketed(a: Analysis): boolean {
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
  return (PROJECT_NOUNS.has(head) || EVENT_NOUNS.has(head)) && !statesChange(a) && !saysWhatPeopleDo(a);
}

/** "Plan the harvest party", "Launch event at Leeds station": the work is putting an occasion on; "Pick the new supplier": a one-off choice. */
function putsOnEvent(a: Analysis): boolean {
  const { lead } = a;
  if (!lead || TARGET_VERBS.has(lead.verb) || OUTCOME_VERBS.has(lead.verb) || statesChange(a)) return false;
  if (choosesNew(a)) return true;
  const head = a.object[a.object.length - 1] ?? '';
  // ("Put on the Christmas show at the Lowry studio": a show or an event, put on.)
  if (lead.verb === 'put' && lead.particle === 'on' && a.words[lead.at + 2] === 'the' && (ACTIVITY_OBJECTS.has(head) || EVENT_NOUNS.has(head))) return true;
  return EVENT_NOUNS.has(head) && head !== 'day' && head !== 'morning' && head !== 'evening';
}
export const choosesNew = (a: Analysis): boolean =>
  a.lead !== null && (a.lead.verb === 'choose' || a.lead.verb === 'pick' || a.lead.verb === 'select') && a.object.includes('new');


// (A participle last of all: with more after it, "Get our grass-fed milk premium recognised by the
// big retailers", it is others won over, a result. Read on past it, "Get the new labels sorted for
// crunchy and smooth", it cost the sixty-first set a sound objective in round 58; it was dropped.)
const gotSeenTo = (a: Analysis): boolean => {
  if (a.lead?.verb !== 'get' || a.lead.at !== 0 || !(a.words[1] === 'the' || POSSESSIVE.has(a.words[1] ?? ''))) return false;
  const last = a.words.at(-1) ?? '';
  const done = (last.length > 4 && last.endsWith('ed')) || last === 'done' || last === 'fixed';
  // ("Get the SystmOne templates for reception sorted", "Get the new labels sorted for crunchy and
  // smooth": "sorted" says the same after the thing's scope, or before it.)
  const sorted = a.words.indexOf('sorted', 3);
  const scoped = sorted > 0 && (sorted === a.words.length - 1 || PLACED.has(a.words[sorted + 1]!) || a.words[sorted + 1] === 'for');
  return (done && a.object.at(-1) === last) || (scoped && !recurs(a.words));
};

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
  // ("Ship v4.0 of the form designer": a release named by its version is one thing.)
  const version = isVersionWord(first);
  if (!(first === 'the' || POSSESSIVE.has(first) || named || counted || indefinite || version)) return false;
  const rest = afterLead(a);
  const end = rest.indexOf(object[object.length - 1]!) + 1;
  const after = rest[end];
  if (after === undefined) return true;
  if (indefinite && after !== 'on' && after !== 'at') return false;
  // ("Ship v4.0 with the new onboarding": what a release comes with is a feature of it, no counterpart.)
  if (version && after === 'with') return true;
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
  if (!(object[0] === 'the' || POSSESSIVE.has(object[0] ?? '')) || object.length < 3) return false;
  // "Get the van re-signwritten": done again, whatever the verb.
  if (object[object.length - 2] === 're') return true;
  // ("Get our bricks written into the design code": named in someone else's rules, a result.)
  if (/(?:written|built|made)$/.test(done)) return a.words[a.words.indexOf(done) + 1] !== 'into';
  // ("…sign-written": an irregular participle is one too.)
  if (!done.endsWith('ed') && !(done.endsWith('en') && lemmas(done).some((l) => l !== done))) return false;
  // ("…resprayed": done again; "…signwritten" is read above, by its irregular participle.)
  const byHand = (l: string) => MADE_BY_HAND.has(l) || (l.startsWith('re') && MADE_BY_HAND.has(l.slice(2)));
  return lemmas(done).some((l) => byHand(l) || PROJECT_VERBS.has(l) || HANDOVER_VERBS.has(l));
}
/** Work done to a thing that a trade does for hire: wrapping, printing, signwriting, framing. */
const MADE_BY_HAND = new Set(['wrap', 'print', 'paint', 'spray', 'frame', 'build', 'make', 'fit', 'reprint', 'redo', 'write', 'design', 'translate', 'photograph', 'film']);

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
  // (Reading "Make a new scroll jig for…" as a new thing made, as nounTask reads "New …", cost the
  // sixty-first set a sound objective in round 59; it was dropped.)
  return ACTIVITY_OBJECTS.has(head) && !statesChange(a);
}

/** Things made once that name no change, besides the events and papers of ACTIVITY_OBJECTS. */
/**
 * A deliverable named by its noun, with no verb: "Member survey", "Price list for 2027", "Welcome
 * week events", "Site map for 2027". What it is for is left unsaid.
 */
function nounTask(a: Analysis): boolean {
  if (a.lead !== null || a.quantities.length || statesChange(a)) return false;
  // "Be the firm scale-ups call…" is a sentence, whatever noun it ends in.
  if (a.words[0] === 'be' || a.words[0] === 'become' || isNumberTitle(a)) return false;
  // ("Weekly referral meeting with the police", "Daily zoning meeting and board update": a thing put
  // on at a beat of days or weeks is the round; duties.ts reads it so, after ON_A_BEAT.)
  if (ON_A_BEAT.has(a.words[0] ?? '')) return false;
  const head = subjectHead(a);
  // "New wrappers for the single-origin bars", "New mould store racking": a new thing made, named;
  // new people or business ("New donors", "New markets") are results, not things made.
  // ("Second rearing hall", "Another cold store": one more of a thing, built.)
  const oneMore = (a.words[0] === 'second' || a.words[0] === 'another') && a.tz.tokens[1]?.t !== '-';
  // ("Caravan site: new shower block": the new thing after its place's label.)
  const first = a.subject === a.tz ? a.words[0] : a.subject.tokens[a.subject.words[0] ?? -1]?.t;
  // ("New starters can run the line…", "New riders go from CBT…": new people, and what they do.)
  const who = a.words[1] ?? '';
  const does = a.words[2] ?? '';
  const people = (PERSON_NOUNS.has(who) || GAINED.has(who) || (STAFF_NOUN.test(who) && plural(who))) && (MODAL_WORDS.has(does) || (!does.endsWith('ing') && lemmas(does).some((l) => VERBS.has(l))));
  if ((first === 'new' || a.words[0] === 'new' || oneMore) && a.words.length >= 2 && !PERSON_NOUNS.has(head) && !GAINED.has(head) && !people) return true;
  // "Better customer reviews", "A greener show": a word that says which way makes it a result.
  // ("A factory shop worth the trip": worth something is a standard to meet.)
  if (a.words.some((w) => (DIRECTION.has(w) && !ANY_ONE.has(w)) || w === 'worth')) return false;
  if (saysWhatPeopleDo(a)) return false;
  // ("The practitioners' room is booked most days": a sentence about the thing, no thing to make.)
  // ("Patient info leaflet on who is eligible": a clause inside what the thing is about.)
  if (a.words.some((w, k) => k > 0 && (w === 'is' || w === 'are') && a.words[k + 1] !== 'to' && !CLAUSE_HEADS.has(a.words[k - 1]!))) return false;
  // ("Drivers home most nights, not sleeping in cabs", "Patients not waiting half a day…", "New
  // customers sending their first reply on day one": people, then how things are for them, a
  // result; "Staff barbecue" names the event with its people in front. "On insurers' panels…": a
  // standing held.)
  const from = a.words[0] === 'new' ? 1 : 0;
  const subject = a.words[from] ?? '';
  const theirs = a.tz.tokens[a.tz.words[from] ?? -1]?.raw.endsWith("'") === true;
  const peopleFirst = !theirs && plural(subject) && (SERVED.has(subject) || CLIENT_NOUNS.has(subject) || PERSON_NOUNS.has(subject) || (STAFF_NOUN.test(subject) && !/ments?$/.test(subject))) && a.words.length > from + 2 && a.words[from + 1] !== head;
  if (peopleFirst || ((a.words[0] === 'on' || a.words[0] === 'in') && a.tz.tokens[1]?.t !== '-')) return false;
  if ((ACTIVITY_OBJECTS.has(head) || DELIVERABLE_NOUNS.has(head)) && a.words.length >= 2) return true;
  // ("Robot upgrade + new dispensary layout": a piece of work, and another joined on.)
  const plus = a.tz.tokens.findIndex((t) => t.t === '+');
  if (plus > 1 && PROJECT_NOUNS.has(a.tz.tokens[plus - 1]!.t)) return true;
  // "Racking for the mezzanine", "Blood-taking chairs for the Riverside hub", "Covered loading bay at
  // the back of the yard": kit or a fixture named for the place it goes is a thing to buy or build.
  if (FIXTURES.has(a.head) && FOR_A_PLACE.has(a.words[a.object.length] ?? '') && a.words.length <= 9) return true;
  // "Caerphilly branch fit-out", "Warehouse roll-out": a verb and its particle hyphened into a piece
  // of work, after what it is done to.
  const { tokens: tk } = a.tz;
  const n = tk.length;
  if (n >= 4 && tk[n - 2]!.t === '-' && tk[n - 1]!.glued && WORK_PARTICLES.has(tk[n - 1]!.t) && WORK_COMPOUNDS.has(tk[n - 3]!.t) && a.words.length >= 3) return true;
  // "Money week pop-up at the shopping centre", "Cheese counter at the Great Yorkshire Show",
  // "Saltcote stall @ Taste of London": a pop-up, or a stall or counter at a named show, is put on.
  const { tokens } = a.tz;
  const popUp = tokens.some((t, k) => t.t === 'pop' && tokens[k + 1]?.t === '-' && tokens[k + 2]?.t === 'up');
  const at = tokens.findIndex((t) => t.t === 'at' || t.t === '@');
  const atShow = at > 0 && STANDS.has(tokens[at - 1]!.t) && tokens.slice(at + 1, at + 4).some((t) => t.kind === 'word' && t.cap);
  if (popUp || atShow || atVenue(a)) return true;
  // "Christmas market in the car park", "Jubilee beacon lighting on the green", "Summer exhibition
  // hang": a thing named for a holiday or a season is an occasion put on or a piece of work for it
  // (a season's staff, series or range are people, a bucket or a measure).
  if (a.words.slice(0, 3).some((w) => FESTIVE.has(w)) && a.words.length >= 2 && a.words.length <= 8 && !SEASONAL_UNITS.has(head) && !PERSON_NOUNS.has(head) && !METRIC_HEADS.has(head)) return true;
  // "Hackathon week in November", "Patient group AGM, March": a thing named and dated to a month is
  // an occasion put on.
  const last = a.words[a.words.length - 1]!;
  // ("Ride-out to the Brecon Beacons, June": where it goes, then the month.)
  // ("Drum clinic with a touring session drummer in April": with whom, then the month.)
  return MONTHS.has(last) && a.words.length >= 3 && a.words[a.words.length - 2] !== 'by' && !a.words.some((w) => FUNCTION_WORDS.has(w) && w !== 'in' && w !== 'at' && w !== 'for' && w !== 'the' && w !== 'to' && w !== 'with' && w !== 'a');
}
/**
 * "Afterparty at The Crown after the Cardiff bout", "Commissioning service at St Mark's", "Speaker
 * dinner at the Midland Hotel": a thing of a word or two, then the named place it is held at, is an
 * occasion put on. People at a place ("Duty managers at Moorside who…") are not, nor is a thing
 * said to get there ("Product arrives at the RDC…").
 */
function atVenue(a: Analysis): boolean {
  const { tokens, words: idx } = a.tz;
  const at = a.words.indexOf('at');
  if (at < 1 || at > 2 || a.words.length > 10 || !a.tz.tokens[idx[0]!]!.cap || a.tz.titleCase) return false;
  const place = tokens[idx[a.words[at + 1] === 'the' || a.words[at + 1] === 'st' ? at + 2 : at + 1] ?? -1];
  if (!place?.cap || place.t === 'home' || (a.words[at + 1] === 'the' && !tokens[idx[at + 1]!]!.cap && !place.cap)) return false;
  const thing = a.words.slice(0, at);
  return !thing.some((w) => PERSON_NOUNS.has(w) || SERVED.has(w) || CLIENT_NOUNS.has(w) || STAFF_NOUN.test(w) || METRIC_HEADS.has(w)) && !thing.slice(1).some((w) => w.endsWith('s') && VERBS.has(w.slice(0, -1)));
}
const MODAL_WORDS = new Set(['can', 'will', 'should', 'could', 'must', 'may']);
/** Words after a thing that say where it goes. */
const FOR_A_PLACE = new Set(['for', 'at', 'in', 'on']);
const WORK_PARTICLES = new Set(['out', 'over', 'up']);
const WORK_COMPOUNDS = new Set(['fit', 'roll', 'build', 'clear', 'switch', 'change', 'set', 'shut', 'kit']);
/** What a business puts up at a show. */
const STANDS = new Set(['stall', 'stand', 'counter', 'booth', 'stalls', 'stands', 'booths']);
/** Holidays and seasons a thing is put on or made for. */
const FESTIVE = new Set(['christmas', 'xmas', 'easter', 'halloween', 'jubilee', 'diwali', 'eid', 'summer', 'winter', 'spring', 'autumn', 'festive', 'bonfire']);
/** What a season names that is no occasion: its staff, its series, its range, its shop. */
const SEASONAL_UNITS = new Set(['staff', 'team', 'series', 'season', 'range', 'shop', 'menu', 'hours', 'timetable', 'opening']);
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
  // ("User conference – Clerkwell Live": only a name after the dash; the thing is before it.)
  if (words.every((i) => tokens[i]!.kind === 'word' && tokens[i]!.cap)) return a.head;
  let head = '';
  for (const i of words) {
    const t = tokens[i]!;
    if (t.kind === 'word' && FUNCTION_WORDS.has(t.t) && head) break;
    if (t.kind === 'word') head = t.t;
  }
  return head;
}

/** Where a thing is put that says only where it stands ("by the door", "next to the till"). */
const SPOTS = new Set(['by', 'beside', 'next', 'behind', 'opposite', 'near', 'outside', 'inside']);
/** Next to something, which only a thing built or put can be. */
const BESIDE = new Set(['beside', 'next', 'behind', 'opposite']);
/** "Porters' rest room done up", "Staff kitchen refitted": a place of ours, reported worked on once. */
function fixtureDoneUp(a: Analysis): boolean {
  const w = a.words;
  const end = VERB_PARTICLES.has(w.at(-1) ?? '') ? w.length - 2 : w.length - 1;
  const done = w[end] ?? '';
  return end >= 1 && w.length <= 7 && FIXTURES.has(w[end - 1]!) && (DONE_UP.has(`${done} ${w[end + 1] ?? ''}`.trim()) || REFITTED.has(done)) && !a.quantities.length && !statesChange(a);
}
const DONE_UP = new Set(['done up', 'fitted out', 'kitted out', 'sorted out', 'cleared out']);
const REFITTED = new Set(['refitted', 'refurbished', 'redecorated', 'repainted', 'renovated', 'rewired', 'reroofed', 'replaced', 'resurfaced']);
/** Verbs of result that are also plain jobs on the kit ("Build shelves", "Put up the signs"). */
const ONE_MORE = new Set(['second', 'third', 'fourth', 'new', 'another', 'extra', 'spare']);
const KIT_VERBS = new Set(['build', 'put', 'replace', 'fix', 'mend', 'move', 'take', 'restore', 'rebuild', 'paint', 'knock', 'order', 'fit', 'install']);
/** Things of the premises and the kit: what a one-off job of work is done to. */
const FIXTURES = new Set([
  'yard', 'store', 'storeroom', 'stockroom', 'shelves', 'shelving', 'shelf', 'props', 'stands', 'stand', 'bays', 'bay', 'machines',
  'machine', 'signage', 'signs', 'graphics', 'lease', 'roof', 'shed', 'floor', 'office', 'kitchen', 'fence', 'fencing', 'racking',
  'racks', 'rack', 'lockers', 'counter', 'counters', 'benches', 'bench', 'workshop', 'basement', 'loft', 'cellar', 'garage',
  'van', 'vans', 'trailer', 'forklift', 'boiler', 'windows', 'doors', 'toilets', 'lighting', 'lights', 'carpet', 'carpets',
  'furniture', 'desks', 'chairs', 'tables', 'cabinets', 'cupboards', 'displays', 'livery', 'awning', 'gates', 'car', 'cars',
  'room', 'rooms', 'wall', 'walls', 'garden',
  // (Round 35: kit and buildings named in the thirty-third set's trades, and their like.)
  'block', 'kennel', 'kennels', 'booster', 'analyser', 'analyzer', 'ramp', 'ramps', 'barn', 'pen',
  'pens', 'enclosure', 'hide', 'hides', 'compressor', 'generator', 'freezer', 'fridge', 'chiller', 'oven', 'kiln', 'hoist', 'lift',
  'scanner', 'printer', 'projector', 'camera', 'cameras', 'noticeboard', 'canopy', 'gazebo', 'marquee', 'path', 'paths', 'track',
  // (Plant of a works: "Shot blast cabinet replaced".)
  'cabinet', 'tank', 'tanks', 'pump', 'pumps', 'conveyor', 'extractor', 'booth', 'silo', 'crane', 'hopper', 'lathe',
]);
/**
 * A one-off job done to the premises or the kit, with nothing said of what it changes: "Build
 * shelves for the greenware room", "Reorganise the timber store", "Renew the lease on the vans".
 */
/**
 * "Replace the oldest hydrant dispenser", "Rebuild the fan control cabinet": one named piece of kit
 * renewed is a job, however much it matters; "Rebuild trust with growers" or "Replace paper
 * tickets with an app" say what changes.
 */
function kitRenewed(a: Analysis): boolean {
  const { lead } = a;
  if (!lead || lead.at !== 0 || !RENEWING_KIT.has(lead.verb) || a.words[lead.at + 1] !== 'the' || a.quantities.length || statesChange(a)) return false;
  const object = a.words.slice(lead.at + 1);
  return object.length <= 5 && !object.some((w) => w === 'with' || w === 'so' || w === 'by' || w === 'for' || PERSON_NOUNS.has(w)) && !plural(object[object.length - 1]!);
}
/**
 * "Fit timing screens on the back straight", "Install flow meters on the tugs": kit fitted to one
 * place of ours is a job of work, whatever the kit ("Fit more homes with heat pumps" counts homes).
 */
function fittedInPlace(a: Analysis): boolean {
  const { lead, words } = a;
  if (!lead || lead.at !== 0 || (lead.verb !== 'fit' && lead.verb !== 'install') || lead.particle || a.quantities.length || statesChange(a)) return false;
  if ((DIRECTION.has(words[1] ?? '') && words[1] !== 'new') || EVERYONE.has(words[1] ?? '')) return false;
  const at = words.findIndex((w, k) => k > 1 && FITTED_TO.has(w));
  return at > 1 && at <= 5 && (words[at + 1] === 'the' || words[at + 1] === 'our');
}
const FITTED_TO = new Set(['on', 'onto', 'in', 'to', 'at']);
/**
 * "Launch post on Hacker News", "Launch posts on Hacker News and Product Hunt": a piece of content
 * put out somewhere is the work of making it ("Launch usage-based pricing" changes what customers
 * pay).
 */
function contentLaunched(a: Analysis): boolean {
  const { lead, words } = a;
  if (!lead || lead.at !== 0 || (lead.verb !== 'launch' && lead.verb !== 'relaunch') || a.quantities.length || statesChange(a)) return false;
  const k = words[1] === 'a' || words[1] === 'an' || words[1] === 'the' || words[1] === 'our' ? 2 : 1;
  // ("Launch a newsletter for every member in Wales" says whom it serves: a result.)
  return CONTENT.has(words[k] ?? '') && (words[k + 1] === undefined || FITTED_TO.has(words[k + 1]!));
}
const CONTENT = new Set(['post', 'posts', 'page', 'pages', 'video', 'videos', 'newsletter', 'blog', 'podcast', 'webinar', 'microsite', 'landing', 'thread', 'reel', 'reels', 'advert', 'ad', 'ads', 'email', 'mailer']);
const RENEWING_KIT = new Set(['replace', 'rebuild', 'refit', 'reroof', 'rewire', 'reline', 'resurface', 'reclad', 'replumb']);
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
  // "Put the lottery terminal by the door": one thing of ours moved to a spot, a job.
  // ("Build a timber shelter next to the car park": one thing built in its spot.)
  const at = object.findIndex((w) => BESIDE.has(w));
  const placed = at > 1 ? object.slice(0, at) : object;
  const thing = placed.at(-1) ?? '';
  const spot = at > 1 || SPOTS.has(a.words[lead.at + 1 + a.object.length] ?? '');
  if (lead.verb === 'put' && lead.particle === '' && object[0] === 'the' && !plural(thing) && spot) return true;
  if (lead.verb === 'build' && (object[0] === 'a' || object[0] === 'an') && !plural(thing) && !PERSON_NOUNS.has(thing) && !ORG_UNITS.has(thing) && spot) return true;
  // "Build a shoeing bay": one new fixture built is a job too.
  // ("Order an oxygen analyser for the chamber", "Fit the new freezer", "Build the kennel block".)
  const one = ((lead.verb === 'build' || lead.verb === 'order' || lead.verb === 'fit' || lead.verb === 'install') && (object[0] === 'a' || object[0] === 'an' || object[0] === 'the')) || (lead.verb === 'put' && (object[0] === 'a' || object[0] === 'an'));
  // ("Build a second drying cabinet", "Put up the third polytunnel", "Build a new landing stage":
  // one more of a thing, built, whatever the thing.)
  // ("Put a second launch crew on…" staffs a shift: people, no thing built.)
  // ("Put in a second dryer", "Put the new dosing skid in": one more fitted.)
  const putUp = lead.verb === 'put' && (lead.particle === 'up' || lead.particle === 'in' || a.words.at(-1) === 'in');
  if ((lead.verb === 'build' || putUp || lead.verb === 'fit' || lead.verb === 'install') && (object[0] === 'a' || object[0] === 'an' || object[0] === 'the') && ONE_MORE.has(object[1] ?? '') && object.length <= 5 && !PERSON_NOUNS.has(head) && !ORG_UNITS.has(head)) return true;
  return FIXTURES.has(head) && (one || object.some((w) => IN_HAND.has(w)) || plural(head));
}
