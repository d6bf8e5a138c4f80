/**
 * When work comes round: the words that say a title is done on a beat, each time something
 * happens, on a standing plan or against a turnaround ("every morning", "between bookings", "on
 * the summer rota", "within 2 hours", "the day's orders", "…the errors users report"). Pure
 * functions of a title's lower-cased words; the job-requirement rule and its neighbours read them.
 */
import { ACTIVITY_OBJECTS, CLIENT_NOUNS, EVERYONE, FREQUENCY, FUNCTION_WORDS, NUMBER_WORDS, PARTS_OF_DAY, PERSON_NOUNS, STAFF_NOUN, TIME_UNITS } from './lexicon';
import { plural } from './text';

/** "that gets reported", "that get sent back": things handed in, one by one. */
export const reportedIn = (rest: readonly string[], k: number): boolean =>
  (rest[k + 1] === 'gets' || rest[k + 1] === 'get' || rest[k + 1] === 'is' || rest[k + 1] === 'are') && (rest[k + 2] ?? '').length > 4 && rest[k + 2]!.endsWith('ed');
export const STREAM_VERBS = new Set(['come', 'comes', 'arrive', 'arrives', 'land', 'lands', 'reach', 'reaches', 'need', 'needs', 'go', 'goes', 'leave', 'leaves', 'happen', 'happens', 'occur', 'occurs', 'ask', 'asks']);
/** The few words before a word, back to `span` of them. */
export function withinBefore(words: readonly string[], at: number, span: number, lexicon: ReadonlySet<string>): boolean {
  for (let k = at - 1; k >= at - span && k >= 0; k--) if (lexicon.has(words[k]!)) return true;
  return false;
}

/** The first few words after a marker, where the thing it qualifies sits ("mandatory safeguarding module"). */
export function within(words: readonly string[], from: number, span: number, lexicon: ReadonlySet<string>): boolean {
  for (let k = from + 1; k <= from + span && k < words.length; k++) if (lexicon.has(words[k]!)) return true;
  return false;
}

export const DETERMINERS = new Set(['the', 'our', 'my', 'your', 'their', 'its', 'every', 'each', 'this', 'that', 'these', 'those', 'all']);

/** Checks, tests and drills: with such a cadence, or as a risk assessment, an obligation. */
export const CHECK_NOUNS = new Set(['test', 'tests', 'testing', 'drill', 'drills', 'check', 'checks', 'inspection', 'inspections', 'assessment', 'assessments', 'medical', 'medicals']);

/** The days of a week: "every Saturday" is a fixed beat (see `onCalendar`). */
export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekend', 'weekday']);
/** What "every" or "each" must be followed by to mean a recurrence. */
const SEASONS = new Set(['summer', 'winter', 'spring', 'autumn']);
const RECURRING_OCCASIONS = new Set([
  ...WEEKDAYS,
  'morning', 'afternoon', 'evening', 'night', 'shift', 'sprint', 'term', 'release', 'deploy', 'session', 'cycle', 'visit',
  'fixture', 'game', 'match', 'story', 'order', 'delivery', 'call', 'ticket', 'incident', 'change',
  'request', 'batch', 'job', 'intake', 'deviation', 'shipment', 'booking', 'admission', 'discharge',
  'use', 'flight', 'trip', 'journey', 'meal', 'sitting', 'lesson', 'class', 'appointment', 'treatment', 'handover',
  'changeover', 'turnaround', 'departure', 'arrival', 'collection', 'pour', 'load', 'round', 'service', 'event',
  // Performances and sailings: a company's standing calendar; a school's periods and a trade's seasons.
  'period', 'season', 'concert', 'performance', 'show', 'gig', 'rehearsal', 'screening', 'sailing', 'voyage', 'race', 'matchday',
  // A production run, a machine's start-up, a mowing.
  'run', 'start', 'startup', 'cut',
  // A market's day, each one.
  'market',
]);
/** "Mon-Fri", "Tue to Sat": a span of weekdays, each of them. */
const DAY_SHORT = new Set(['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);
const weekdayRange = (words: readonly string[]): boolean =>
  words.some((w, k) => DAY_SHORT.has(w) && (DAY_SHORT.has(words[k + 1] ?? '') || (words[k + 1] === 'to' && DAY_SHORT.has(words[k + 2] ?? ''))));
/** "on show nights", "on match days": the occasions of a calendar, each one. */
const OCCASION_TIMES = new Set(['nights', 'days', 'mornings', 'evenings', 'afternoons', 'weekends']);

/** "every board meeting", "each site visit": an event, at every one of its occurrences. */
export function atEveryEvent(words: readonly string[]): boolean {
  return (words[0] === 'every' || words[0] === 'each') && within(words, 0, 3, ACTIVITY_OBJECTS);
}

/** "every morning", "each sprint": the work recurs. Plain "every store" is scope, not frequency. */
export function recurs(words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w === 'every' || w === 'each') {
      // "every month", "each home fixture": the occasion may have a word in front.
      // ("each summer": a season comes round too, though "at the spring show" names one.)
      for (const n of [words[k + 1] ?? '', words[k + 2] ?? '']) if (TIME_UNITS.has(n) || RECURRING_OCCASIONS.has(n) || SEASONS.has(n)) return true;
    } else if ((w === 'once' || w === 'twice' || w === 'times') && TIME_UNITS.has(words[k + 2] ?? '')) {
      return true; // "once a quarter", "twice per term", "three times a day"
    } else if (FREQUENCY.has(w)) return true;
  }
  const text = ` ${words.join(' ')} `;
  return (
    followsRoutine(words) ||
    eachTimeClause(words) ||
    text.includes(' same day ') ||
    // "before the end of the day", "by the end of each shift": the day's or the shift's round.
    // ("…by end of day": the article is often left out.)
    / end of (?:the |each |every )?(?:day|shift|session|week)\b/.test(text) ||
    // "by the end of the next working day", "at month end", "for the next day": the day's or the month's round.
    text.includes(' working day ') ||
    text.includes(' month end ') ||
    text.includes(' for the next day ') ||
    // "…on CHAIN the same night", "…in QuitManager on the day": the day's own round.
    text.includes(' same night ') ||
    / same (?:evening|morning|afternoon|shift|week)\b/.test(text) ||
    // "…when it's due", "…as they fall due": each one as its time comes round.
    / (?:when|as) (?:it|they|each|each one) (?:is |are |falls |fall |comes |come )?due\b/.test(text) ||
    text.endsWith(' on the day ') ||
    // ("…on club nights", "…on match days": an occasion that comes round, in the plural.)
    / on (?:[a-z]+ )?(?:nights|days|mornings|evenings|afternoons|weekends) $/.test(text) ||
    weekdayRange(words) ||
    // "morning and afternoon", "mornings and evenings", "morning & evening": both ends of each day.
    /\b(?:morning|mornings|am) (?:and )?(?:afternoon|afternoons|evening|evenings|night|nights|pm)\b/.test(text) ||
    // "Apr–Sept", "March to October": every day of a season.
    /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* (?:to )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/.test(text) ||
    // "per the mowing schedule", "as per the rota": on the schedule, as it falls.
    /\bper the (?:\w+ )?(?:schedule|rota|timetable|plan)\b/.test(text) ||
    // "on the client's retention schedule", "on the cutting schedule": as the schedule falls.
    /\bon (?:the|our|their) (?:\w+ ){0,2}(?:schedule|rota|timetable)\b/.test(text) ||
    // "on the day orders are placed", "the day the person is found": each time it happens.
    /\b(?:on )?the day (?:the |a |an )?\w+ (?:is|are|gets|get) \w+ed\b/.test(text) ||
    // ("…packed & dispatched the day they come in": each one on its day.)
    / the (?:day|morning|night) (?:it|they) (?:comes?|arrives?|lands?) (?:in )?/.test(text) ||
    // ("…the day the order's confirmed": "is" run on.)
    /\b(?:on )?the day (?:the |a |an )?\w+'s \w+ed\b/.test(text) ||
    /\b(?:on )?the day (?:the |a |an )?\w+ (?:is|are) (?:found|made|placed|sent|paid|won|lost)\b/.test(text) ||
    // "a fortnight ahead", "two weeks in advance": always that far ahead, a standing round.
    /\b(?:a|one|two|three|four|six|\d+) (?:day|days|week|weeks|fortnight|month|months) (?:ahead|in advance)\b/.test(text) ||
    // "through the growing season", "throughout the season": all season long, as it comes round.
    /\bthrough(?:out)? the (?:\w+ )?season\b/.test(text) ||
    // "on the last Friday of the month", "on the 5th of the month", "by the 10th": a fixed day each month.
    /\b(?:first|last|final|\d+(?:st|nd|rd|th))(?: \w+){0,2} of the month\b/.test(text) ||
    /\bby the \d+(?:st|nd|rd|th)\b/.test(text) ||
    // "one ladder per batch": each batch.
    words.some((w, k) => w === 'per' && RECURRING_OCCASIONS.has(words[k + 1] ?? '')) ||
    text.includes(' up to date ') ||
    text.includes(' on time ') ||
    text.includes(' as usual ') ||
    text.includes(' as needed ') ||
    text.includes(' on schedule ') ||
    text.endsWith(' to schedule ') ||
    text.includes(' on contract ') ||
    text.includes(' within the statutory ') ||
    text.includes(' around the clock ')
  );
}

const PLACE_BEFORE = new Set(['at', 'in', 'on', 'to', 'from', 'into', 'for']);
/** After "the Wednesday": one fixed event ("round", "night meeting"), not a plural of slots. */
export function weeklyEvent(after: readonly string[]): boolean {
  let end = 0;
  while (end < after.length && !FUNCTION_WORDS.has(after[end]!) && after[end] !== 'and') end++;
  const head = after[end - 1];
  return !!head && !plural(head) && !(end === 1 && (TIMES_OF_DAY.has(head) || head === 'night'));
}
/**
 * "…before it goes in the box", "…once the client signs off", "…when the wind gets up", "…before
 * the week starts": a clause naming the moment that comes round each time ("when the mornings are
 * foggy" names a condition, no moment).
 */
function eachTimeClause(words: readonly string[]): boolean {
  // "…every client who misses an appointment": each one who does it, when they do.
  for (let k = 2; k < words.length - 1; k++) {
    if (words[k] !== 'who' || !words.slice(Math.max(0, k - 4), k).some((w) => w === 'every' || w === 'each' || w === 'any' || w === 'everyone' || w === 'anyone')) continue;
    const v = words[k + 1]!;
    // ("…every customer who had an abort": the same, said of the last time.)
    if ((v.length > 3 && plural(v)) || v === 'had' || v === 'has' || (v.length > 4 && v.endsWith('ed'))) return true;
  }
  for (let k = 1; k < words.length - 2; k++) {
    // "…whenever a bug is reported": every time, by the word itself.
    if (words[k] === 'whenever') return true;
    // "…when it's dry", "…when it is windy": the weather that comes round.
    if (words[k] === 'when' && words[k + 1] === 'it' && (words[k + 2] === "'s" || words[k + 2] === 'is') && words[k + 3] !== undefined) return true;
    if (!MOMENTS.has(words[k]!)) continue;
    const subject = words[k + 1]!;
    // ("…when an instalment is missed": each time one is; "…before a passport is issued" is a deadline.)
    const any = (subject === 'a' || subject === 'an') && (words[k] === 'when' || words[k] === 'once');
    // ("…when they're ready": each one, as it is.)
    if (subject === 'they' && (words[k + 2] === 're' || words[k + 2] === "'re" || words[k + 2] === 'are') && (words[k + 3] === 'ready' || words[k + 3] === 'done')) return true;
    // ("…before they go back on the shelves", "…when they come in": each one, as it moves.)
    // ("…before they start school" is a deadline for each one, not a round.)
    if (subject === 'they' && MOVING.has(words[k + 2] ?? '') && words[k] !== 'until') return true;
    // ("…before its boxed", written for "it's boxed".)
    if (subject === 'its' && (words[k + 2] ?? '').length > 4 && words[k + 2]!.endsWith('ed')) return true;
    // ("…when their bike is ready": each customer's, as it comes.)
    if (!(subject === 'the' || subject === 'it' || subject === 'each' || subject === 'every' || subject === 'a' || subject === 'an' || subject === 'someone' || subject === 'anyone' || subject === 'their')) continue;
    for (let j = k + 2; j < Math.min(words.length, k + 5); j++) {
      const w = words[j]!;
      // "…once the templating is done", "…when the boxes are packed".
      // ("…before a passport is issued" says when a result must come, not a round.)
      // ("…once it's been cleaned": the perfect, too.)
      // ("…before their kit is due": each one as it falls due.)
      if ((w === 'is' || w === 'are' || w === 'been') && ((subject !== 'a' && subject !== 'an') || any) && ((words[j + 1] ?? '').endsWith('ed') || words[j + 1] === 'done' || words[j + 1] === 'ready' || (subject === 'their' && words[j + 1] === 'due'))) return true;
      // (Whose thing moves, "when their stock arrives", is news to pass on; only its being ready is a round.)
      if (subject !== 'their' && ((w.length > 3 && plural(w) && THIRD_PERSON.has(w.slice(0, -1))) || (w.endsWith('es') && THIRD_PERSON.has(w.slice(0, -2))))) return true;
    }
  }
  return false;
}
/** Things that come and go, each one a round ("before they go back on the shelves"). */
const MOVING = new Set(['go', 'come', 'leave', 'arrive', 'return']);
const MOMENTS = new Set(['before', 'once', 'when', 'whenever', 'as', 'until']);
/** Verbs whose third person names a moment that comes round ("goes", "starts", "signs off", "gets up"). */
const THIRD_PERSON = new Set([
  'go', 'start', 'sign', 'get', 'finish', 'arriv', 'arrive', 'come', 'leav', 'leave', 'open', 'close', 'end', 'land', 'return', 'call', 'hit', 'reach',
  'ring', 'book', 'ask', 'change', 'turn', 'drop', 'break', 'fail', 'expire', 'lapse', 'run', 'rise', 'fall', 'stop', 'clos',
]);
/** Where standing work is written down: doing something "per the rota" is doing the rota's work. */
const ROUTINE_PLANS = new Set([
  'schedule', 'schedules', 'rota', 'rotas', 'roster', 'rosters', 'protocol', 'protocols', 'procedure', 'procedures', 'sop',
  'sops', 'checklist', 'checklists', 'timetable', 'timetables', 'routine', 'cycle', 'calendar', 'manual', 'programme', 'program',
]);
/** The day's fixed points: work done "before opening" or "at close" is the day's routine. */
const DAY_POINTS = new Set(['opening', 'open', 'closing', 'close', 'service', 'handover', 'lockup']);
/** Times of day that make a thing the day's recurring one ("the morning batch", "the nightly backup"). */
export const TIMES_OF_DAY = new Set(['morning', 'evening', 'nightly', 'overnight', 'daily', 'weekly', 'monthly', 'end-of-day', 'fortnightly', 'quarterly']);

/**
 * "per the rota", "as per the maintenance schedule", "according to the protocol", "before
 * opening", "the morning batch": the work follows a standing plan or the day's clock.
 */
function followsRoutine(words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if ((w === 'per' || (w === 'to' && words[k - 1] === 'according')) && within(words, k, 3, ROUTINE_PLANS)) return true;
    if ((w === 'before' || w === 'after' || w === 'at') && DAY_POINTS.has(words[k + 1] ?? '') && (words[k + 2] === undefined || words[k + 2] === 'and')) return true;
    // "the Wednesday round", "the Tuesday night meeting": the week's fixed event.
    // ("the Tuesday and Wednesday slots" are capacity to fill, not one fixed event.)
    // The event is what is done, not where ("…at the Sunday market").
    if (w === 'the' && WEEKDAYS.has(words[k + 1] ?? '') && !PLACE_BEFORE.has(words[k - 1] ?? '') && weeklyEvent(words.slice(k + 2))) return true;
    // "the evening before", "the day after": a fixed point beside each occasion.
    if (w === 'the' && (words[k + 1] === 'evening' || words[k + 1] === 'night' || words[k + 1] === 'day' || words[k + 1] === 'morning' || words[k + 1] === 'week') && (words[k + 2] === 'before' || words[k + 2] === 'after')) return true;
    // "as often as their sentence plan says", "at the frequency in their plan": each one's own beat.
    if (((w === 'often' && words[k - 1] === 'as') || (w === 'frequency' && words[k - 1] === 'the')) && words.slice(k + 1, k + 6).some((x) => x === 'plan' || x === 'plans')) return true;
    // "before the first drop", "after the last patient": the day's first or last, each day.
    if ((w === 'before' || w === 'after') && words[k + 1] === 'the' && (words[k + 2] === 'first' || words[k + 2] === 'last') && words[k + 3] !== undefined && !TIME_UNITS.has(words[k + 3]!) && !FUNCTION_WORDS.has(words[k + 3]!)) return true;
    // "the day's orders", "the night's takings": the work of each day.
    if (w === 'the' && (words[k + 1] === 'day' || words[k + 1] === 'night') && plural(words[k + 2] ?? '')) return true;
    // "for next month's builds": the next period's work, as it comes round.
    if (w === 'next' && (words[k + 1] === 'month' || words[k + 1] === 'week' || words[k + 1] === 'day') && plural(words[k + 2] ?? '') && words[k - 1] !== 'the') return true;
    // "the next day's imaging passes".
    if (w === 'the' && words[k + 1] === 'next' && words[k + 2] === 'day' && plural(words[k + 3] ?? '')) return true;
    if (w === 'the' && TIMES_OF_DAY.has(words[k + 1] ?? '') && words[k + 2] !== undefined && !TIME_UNITS.has(words[k + 2]!)) return true;
  }
  return false;
}

/** "… on the summer rota", "… on the cutting cycle", "… to the inspection programme": the work follows a standing plan. */
export function onRota(words: readonly string[]): boolean {
  return words.some(
    (w, k) =>
      ((w === 'on' || w === 'to') && (words[k + 1] === 'the' || POSSESSIVE.has(words[k + 1] ?? '')) && within(words, k + 1, 3, ROUTINE_PLANS)) ||
      // "…on the annual round", "…on the tender's round": work done going round.
      (w === 'on' && words[k + 1] === 'the' && words.slice(k + 2, k + 6).some((x) => x === 'round' || x === 'rounds')),
  );
}
/** Periods a beat is counted in, besides the time units: "twice a season", "three times a term". */
const BEAT_PERIODS = new Set(['season', 'term', 'shift', 'sprint', 'semester', 'visit']);
/** A fixed beat: "every Saturday", "twice a day", "three times a week", "every 20 minutes". */
export function onCalendar(words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    // ("…on the van by 10 each morning": a part of every day.)
    if ((w === 'every' || w === 'each') && (WEEKDAYS.has(words[k + 1] ?? '') || PARTS_OF_DAY.has(words[k + 1] ?? '') || (/^\d/.test(words[k + 1] ?? '') && TIME_UNITS.has(words[k + 2] ?? '')))) return true;
    if ((w === 'twice' || w === 'times') && (words[k + 1] === 'a' || words[k + 1] === 'per') && (TIME_UNITS.has(words[k + 2] ?? '') || BEAT_PERIODS.has(words[k + 2] ?? ''))) return true;
  }
  return false;
}
/** "within 2 hours", "within 5 school days": a response time the role keeps to ("within 10 years" is a horizon). */
const SHORT_SPANS = new Set(['hour', 'day', 'shift', 'week', 'fortnight']);
const WEEKS = new Set(['week', 'weeks']);
const SPELT_SPANS = new Set(['one', 'two', 'three', 'four', 'five']);
const REPLYING = new Set(['respond', 'reply', 'answer', 'acknowledge', 'return']);
/** What a response is counted from ("…of the call"). */
const CALLED = new Set(['call', 'request', 'alarm', 'report', 'booking', 'referral', 'order', 'enquiry', 'page', 'callout']);
const RESPONSE_UNITS = new Set(['second', 'seconds', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs', 'day', 'days', 'week', 'weeks']);
const GLUED_SPAN = /^\d+(?:\.\d+)?(?:h|hr|hrs|min|mins|d)$/;
/** What a response time is named as ("the 4h SLA", "the 2-hour window"). */
const PROMISES = new Set(['sla', 'slas', 'window', 'target', 'standard', 'promise', 'kpi']);
export function turnaround(words: readonly string[]): boolean {
  for (let k = 0; k + 1 < words.length; k++) {
    // ("…every enquiry in under 15 minutes", "Reports out in under 48 hours": the same promise for
    // each one, said with "in"; "Turn lorries round in under 20 minutes" is a speed to reach.)
    // ("Respond to P1 tickets in 2 hours": a reply's time is always each one's.)
    const eachOne = words.slice(0, k).some((w) => w === 'every' || w === 'each') || (k <= 3 && /[^s]s$/.test(words[0] ?? '') && words[0]!.length > 3) || REPLYING.has(words[0] ?? '');
    if (words[k] === 'in' && eachOne && (words[k + 1] === 'under' || (words[k + 1] === 'less' && words[k + 2] === 'than') || /^\d/.test(words[k + 1] ?? ''))) {
      const at = words[k + 1] === 'under' ? k + 2 : words[k + 1] === 'less' ? k + 3 : k + 1;
      if (/^\d/.test(words[at] ?? '') && (within(words, at, 2, RESPONSE_UNITS) || GLUED_SPAN.test(words[at]!))) return true;
      continue;
    }
    // ("…no later than 72 hours before each dinner": the same promise, counted back.)
    if (words[k] === 'than' && words[k - 1] === 'later' && words[k - 2] === 'no' && /^\d/.test(words[k + 1] ?? '') && within(words, k + 1, 2, RESPONSE_UNITS)) return true;
    if (words[k] !== 'within' && words[k] !== 'inside') continue;
    // ("inside an hour of the call": one unit, said with its article.)
    // ("…within an hour of the vineyard" is a distance: the hour counts from a call.)
    if ((words[k + 1] === 'an' || words[k + 1] === 'a' || words[k + 1] === 'one') && (words[k + 2] === 'hour' || words[k + 2] === 'day') && words[k + 3] === 'of' && CALLED.has(words[k + 4] === 'the' ? (words[k + 5] ?? '') : (words[k + 4] ?? ''))) return true;
    // ("Answer merchant support chats within an hour": one hour, last, is the promise itself; "…within a
    // week" the sets label a duty's time, no number.)
    if ((words[k + 1] === 'an' || words[k + 1] === 'a') && (words[k + 2] === 'hour' || words[k + 2] === 'minute') && k + 3 === words.length) return true;
    // ("inside 15 minutes" is the same promise.)
    // ("within 26 weeks" is a horizon, "within 4 weeks of the appointment" a response.)
    // ("…within one working day": the count in a word.)
    const spelt = SPELT_SPANS.has(words[k + 1]!);
    if ((/^\d/.test(words[k + 1]!) || spelt) && within(words, k + 1, 2, RESPONSE_UNITS) && !(WEEKS.has(words[k + 2] ?? '') && Number(words[k + 1]) > 6)) return true;
    // ("within the first 10 minutes of every lesson": the first minutes of each one.)
    if (words[k + 1] === 'the' && words[k + 2] === 'first' && /^\d/.test(words[k + 3] ?? '') && RESPONSE_UNITS.has(words[k + 4] ?? '')) return true;
    // ("inside 72h", "within 4hrs": the unit glued on.)
    if (GLUED_SPAN.test(words[k + 1]!)) return true;
    // ("within the 4h SLA", "inside the 30-minute window": the promise named, its time in front.)
    if (words[k + 1] === 'the' && (GLUED_SPAN.test(words[k + 2] ?? '') || (/^\d/.test(words[k + 2] ?? '') && RESPONSE_UNITS.has(words[k + 3] ?? ''))) && PROMISES.has(words.at(GLUED_SPAN.test(words[k + 2] ?? '') ? k + 3 : k + 4) ?? '')) return true;
  }
  return false;
}

/** "within the week", "within the hour": of each one, as it comes ("within the year" is a horizon). */
export const withinTheSpan = (words: readonly string[]): boolean =>
  words.some((w, k) => w === 'within' && words[k + 1] === 'the' && SHORT_SPANS.has(words[k + 2]!));

/** Words after which "every …" or a plural names each occurrence ("before every viewing", "between showings"). */
const EACH_TIME = new Set(['before', 'after', 'between', 'at', 'on', 'with']);
/**
 * A thing reported done, each time it comes round: "Screens cleaned between showings", "Box office
 * emails answered same day", "Chapel of rest cleaned and dressed before every viewing".
 */
export function doneEachTime(words: readonly string[]): boolean {
  // "Evaluation reports delivered on time: 90%": a share is the target, not the round.
  if (words.some((w, k) => /^\d/.test(w) && (words[k + 1] === '%' || words[k + 1] === 'percent'))) return false;
  // ("Fridge temps written up twice a day": an irregular participle too.)
  const done = words.findIndex((w, k) => k > 0 && ((w.length > 4 && w.endsWith('ed')) || IRREGULAR_DONE.has(w)) && !DETERMINERS.has(words[k - 1]!));
  if (done < 0) return false;
  const after = words.slice(done + 1);
  // ("…every roll inspected before it goes to finishing": each one, before it moves on.)
  // ("…when the drivers get back": each time they do.)
  if (recurs(after) || onCalendar(after) || turnaround(after) || (after[0] === 'before' && after[1] === 'it' && comesRound(after)) || (after.includes('when') && comesRound(after))) return true;
  // ("Every design checked by a second designer before release": every one of a stream, done.)
  if ((words[0] === 'every' || words[0] === 'each') && done <= 3) return true;
  for (let k = 0; k < after.length; k++) {
    // ("Spray record filled in for every application": for each one.)
    // ("A named contact for every vulnerable customer", "…kept for every HGV driver": for each
    // person is a thing they have, or their own record, no round of the work.)
    if (after[k] === 'for' && (after[k + 1] === 'every' || after[k + 1] === 'each') && words[0] !== 'a' && words[0] !== 'an' && !after.slice(k + 2, k + 5).some((w) => STAFF_NOUN.test(w) || PERSON_NOUNS.has(w) || CLIENT_NOUNS.has(w) || CLIENT_NOUNS.has(`${w}s`))) return true;
    if (!EACH_TIME.has(after[k]!)) continue;
    const next = after[k + 1] ?? '';
    if (next === 'every' || next === 'each' || (next.length > 4 && next.endsWith('s') && k + 2 === after.length)) return true;
  }
  return false;
}
const IRREGULAR_DONE = new Set(['written', 'done', 'taken', 'sent', 'made', 'seen', 'swept']);
/** "Generator load tests every month", "Weekly stock count and reorder": a check or count on a beat. */
const ROUTINE_CHECKS = new Set([...CHECK_NOUNS, 'count', 'counts', 'stocktake', 'reorder', 'round', 'rounds', 'patrol', 'patrols', 'readings', 'reading', 'levels', 'supervision', 'supervisions', 'triage', 'review', 'reviews', 'walkround', 'walkaround', 'walkrounds']);
/** Words before a noun that make it one thing named ("the report"), not a stream ("every returned cask"). */
const ONE_THING = new Set(['the', 'a', 'an', 'our', 'this', 'that', 'new']);
const DAY_PARTS = new Set(['morning', 'evening', 'nightly', 'daily', 'overnight']);
export function routineCheck(words: readonly string[]): boolean {
  // ("Morning check of station health": the morning's, every morning.)
  // ("Monday stock take of the sale bin": that day's, every week.)
  return words.some((w) => ROUTINE_CHECKS.has(w) || w === 'take' || w === 'stocktake') && (recurs(words) || onCalendar(words) || DAY_PARTS.has(words[0] ?? '') || (WEEKDAYS.has(words[0] ?? '') && words[1] !== 'the') || (words.includes('start') && words.some((w) => EVERYONE.has(w))));
}
/** "Germination test on every incoming lot": a check made on each thing that comes through. */
export function checkOnEvery(words: readonly string[]): boolean {
  // ("Condition reports on every outgoing loan": a report made on each one is its check.)
  const k = words.findIndex((w, j) => CHECK_NOUNS.has(w) || ((w === 'reports' || w === 'report') && words[j - 1] === 'condition'));
  return k > 0 && k < 3 && (words[k + 1] === 'on' || words[k + 1] === 'of') && (words[k + 2] === 'every' || words[k + 2] === 'each' || words[k + 2] === 'all');
}

export const POSSESSIVE = new Set(['our', 'its', 'their', 'your', 'my']);
/** Verbs of someone asking for the work, or handing it in. */
const ASKING = new Set(['change', 'changes', 'call', 'calls', 'ask', 'asks', 'ring', 'rings', 'book', 'books', 'report', 'reports', 'request', 'requests', 'come', 'comes', 'arrive', 'arrives', 'need', 'needs']);
/** Words that make the object a stream others fill: "the errors users report", "reported profiles". */
const STREAMED = new Set(['report', 'reports', 'flag', 'flags', 'submit', 'submits', 'refers', 'reported', 'submitted', 'flagged', 'raised', 'returned']);
const STREAM_ENDS = new Set(['send', 'sends', 'report', 'reports', 'flag', 'flags', 'submit', 'submits', 'raise', 'raises', 'bring', 'brings', 'book', 'books', 'log', 'logs']);
const QUEUES = new Set(['queue', 'queues', 'inbox', 'backlog', 'tray', 'worklist', 'caseload']);
const RUNNING_OUT = new Set(['expire', 'expires', 'lapse', 'lapses', 'run', 'runs', 'end', 'ends', 'close', 'closes']);
const ARRIVING = new Set(['arriving', 'departing', 'incoming', 'outgoing', 'returning', 'inbound', 'outbound']);
const MISSING = new Set(['miss', 'fail', 'forget', 'default', 'lapse', 'drop', 'need', 'ask', 'call', 'ring', 'book', 'apply']);
const PRONOUNS = new Set(['they', 'them', 'it', 'we', 'you', 'he', 'she', 'anyone', 'someone', 'people']);
const LEAVING = new Set(['leaving', 'closing', 'locking', 'finishing', 'handing']);
/** "between bookings", "after storms", "before every viewing", "through the day", "incoming bags", "when the desk calls". */
export function comesRound(rest: readonly string[]): boolean {
  return rest.some((w, k) => {
    const next = rest[k + 1] ?? '';
    if (EACH_TIME.has(w) && (next === 'every' || next === 'each' || next === 'any')) return true;
    // "at the end of every boil", "at the end of each half-term".
    if (w === 'end' && next === 'of' && (rest[k + 2] === 'every' || rest[k + 2] === 'each')) return true;
    // "on show nights", "on race days": every such night.
    if (w === 'on' && RECURRING_OCCASIONS.has(next) && OCCASION_TIMES.has(rest[k + 2] ?? '')) return true;
    // "at intake", "before the hockey game", "after the service": an occasion that recurs.
    if (w !== 'on' && EACH_TIME.has(w) && (RECURRING_OCCASIONS.has(next) || (next === 'the' && rest.slice(k + 2, k + 4).some((x) => RECURRING_OCCASIONS.has(x))))) return true;
    // "…the security questionnaires prospects send": a stream others fill, its verb last.
    if (k === rest.length - 1 && k > 1 && STREAM_ENDS.has(w)) return true;
    // "before leaving site", "after closing": each time one leaves or closes.
    if ((w === 'before' || w === 'after') && LEAVING.has(next)) return true;
    // "between bookings", "after storms", "before donation": a bare noun is each such occasion ("at Spinningfields" is a place).
    // ("…before social media does" is a race, no occasion.)
    if ((w === 'before' || w === 'after' || w === 'between') && next.length > 3 && !next.endsWith('ing') && !FUNCTION_WORDS.has(next) && !DETERMINERS.has(next) && !PRONOUNS.has(next) && !rest.slice(k + 2, k + 5).some((x) => x === 'does' || x === 'do' || x === 'did')) return true;
    if (w === 'through' && rest[k + 1] === 'the' && (rest[k + 2] === 'day' || rest[k + 2] === 'season' || rest[k + 2] === 'night')) return true;
    if (w === 'that' && (STREAM_VERBS.has(next) || reportedIn(rest, k))) return true;
    // "…to farmers who ring", "…for anyone who asks": each one who asks.
    if (w === 'who' && k > 0 && ASKING.has(next)) return true;
    // "when the front desk calls them in": each time someone asks; "when the mornings are foggy" is a condition.
    if (w === 'when' && k > 1 && rest.slice(k + 1, k + 5).some((x) => ASKING.has(x))) return true;
    // "the bots the classifier flags", "the errors users report", "user-submitted corrections": a stream others fill.
    // ("Ship the report" names a paper, not what others report.)
    if (STREAMED.has(w) && k > 0 && !ONE_THING.has(rest[k - 1]!)) return true;
    // "…in your queue", "…from the inbox": a queue's items.
    if ((w === 'in' || w === 'from' || w === 'off') && (rest[k + 1] === 'the' || POSSESSIVE.has(rest[k + 1] ?? '')) && rest.slice(k + 2, k + 4).some((x) => QUEUES.has(x))) return true;
    // "when they're due", "as they fall due", "when due": each one as its time comes round.
    if ((w === 'when' || w === 'as' || w === 'once') && (next === 'due' || ((next === "they're" || next === 'they\u2019re' || next === "it's" || next === 'it\u2019s') && rest[k + 2] === 'due') || (PRONOUNS.has(next) && (rest[k + 2] === 'fall' || rest[k + 2] === 'falls' || rest[k + 2] === 'come' || rest[k + 2] === 'comes') && rest[k + 3] === 'due'))) return true;
    // "…before it goes to finishing", "…before it goes on the shop floor": each one, before it moves on.
    if ((w === 'before' || w === 'after') && next === 'it' && MOVING_ON.has(rest[k + 2] ?? '')) return true;
    // "before they expire", "before it lapses": each time one runs out.
    if (w === 'before' && PRONOUNS.has(next) && RUNNING_OUT.has(rest[k + 2] ?? '')) return true;
    // "for each arriving train", "each departing freighter": each one, as it comes.
    if ((w === 'each' || w === 'every') && ARRIVING.has(next)) return true;
    // "Book CT scans for new referrals": for each newcomer, as they come.
    if (w === 'for' && next === 'new' && plural(rest[k + 2] ?? '') && k > 0) return true;
    // "the hauliers who miss their booked slot": each one who does.
    if (w === 'who' && k > 0 && plural(rest[k - 1] ?? '') && MISSING.has(next)) return true;
    // "for each new limb", "every new starter": each one, as it comes.
    if ((w === 'each' || w === 'every') && next === 'new' && k > 0) return true;
    // "in the order they come in", "as they arrive": each one, as it comes.
    if (k > 1 && (next === 'come' || next === 'arrive') && (w === 'they' || w === 'it')) return true;
    // "the day they're validated", "the day before", "on the day of validation": the day of each one.
    // ("…the day of the inspection": of each one the work is.)
    const ofEach = next === 'of' && (rest[k - 2] === 'on' || (rest[k + 2] === 'the' && (CHECK_NOUNS.has(rest[k + 3] ?? '') || RECURRING_OCCASIONS.has(rest[k + 3] ?? ''))));
    if (w === 'day' && rest[k - 1] === 'the' && (PRONOUNS.has(next.split("'")[0]!) || next === 'their' || ((next === 'before' || next === 'after') && k + 2 === rest.length) || ofEach)) return true;
    // "after their lesson", "before each delivery": the occasion of each one.
    if (EACH_TIME.has(w) && (next === 'their' || next === 'his' || next === 'her') && RECURRING_OCCASIONS.has(rest[k + 2] ?? '')) return true;
    // "…whose MOT is due": each one as it falls due.
    if (w === 'due' && (rest[k - 1] === 'is' || rest[k - 1] === 'are' || rest[k - 1] === 'falls') && rest.slice(0, k).includes('whose')) return true;
    // "the accounts that are past 30 days", "overdue invoices": each one as it falls due.
    if (w === 'past' && /^\d/.test(next) && TIME_UNITS.has(rest[k + 2] ?? '') && k > 1) return true;
    // "…when the drivers get back", "…before the builders arrive": each time they come or go.
    if ((w === 'when' || w === 'before' || w === 'after') && next === 'the' && plural(rest[k + 2] ?? '') && COMINGS.has(rest[k + 3] ?? '')) return true;
    // "…when things sell in the shop", "…when tenants leave": each time one does.
    if (w === 'when' && k > 0 && plural(next) && next.length > 3 && !FUNCTION_WORDS.has(next) && WHEN_DOING.has(rest[k + 2] ?? '')) return true;
    // "…as soon as they're registered": each one, the moment it is.
    if (w === 'as' && next === 'soon' && rest[k + 2] === 'as' && k > 0) return true;
    // "…when a connector fails overnight", "…when support ends": each time one breaks down or runs out.
    if (w === 'when' && (next === 'a' || next === 'the' || next === 'an' || next === 'their' || next === 'its') && rest.slice(k + 2, k + 5).some((x) => FAILING.has(x))) return true;
    if (w === 'when' && k > 0 && FAILING.has(rest[k + 2] ?? '') && !FUNCTION_WORDS.has(next)) return true;
    // "…for away weekends", "…for home fixtures": each of the season's occasions.
    if (w === 'for' && k > 0 && (eachOccasion(next) || ((next === 'away' || next === 'home') && eachOccasion(rest[k + 2] ?? '')))) return true;
    return w === 'incoming' || (w === 'overdue' && plural(next));
  });
}
/** What things and people do, each time ("when things sell", "when tenants leave"). */
const WHEN_DOING = new Set(['sell', 'leave', 'arrive', 'come', 'change', 'expire', 'lapse', 'fail', 'break', 'ring', 'call', 'book', 'cancel', 'complain', 'return']);
/** Verbs of people coming and going ("when the drivers get back", "before the builders arrive"). */
const COMINGS = new Set(['get', 'arrive', 'come', 'return', 'leave', 'start', 'finish']);
/** Verbs of a thing moving on to the next stage ("before it goes to finishing"). */
const MOVING_ON = new Set(['goes', 'leaves', 'ships', 'moves']);
/** Verbs of a thing breaking down or running out, each time it happens. */
const FAILING = new Set(['fails', 'fail', 'breaks', 'break', 'ends', 'expires', 'lapses', 'drops', 'trips', 'crashes', 'stops', 'leaks', 'faults']);
/** "weekends", "fixtures", "matches": the plural of an occasion that comes round. */
const eachOccasion = (w: string): boolean => OCCASION_TIMES.has(w) || (plural(w) && RECURRING_OCCASIONS.has(w.slice(0, -1))) || (w.endsWith('es') && RECURRING_OCCASIONS.has(w.slice(0, -2)));
