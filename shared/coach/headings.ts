/**
 * `generic-container`: a line that is only a heading, a branch of the tree and no goal: a
 * department, a team and its lead, a role, a plan's dated title, a bucket ("Q3 targets").
 */
import { type Analysis, analyse, isPeriodToken } from './analyse';
import { ACTIVITY_OBJECTS, CLIENT_NOUNS, CONTAINER_NOUNS, DELIVERABLE_NOUNS, DEPARTMENT_WORDS, EVENT_NOUNS, FREQUENCY, FUNCTION_WORDS, IDENTIFIER_BEFORE, MANDATORY, METRIC_HEADS, MONTHS, ORG_UNITS, PERSON_NOUNS, PROJECT_NOUNS, ROLE_WORDS, SCOPE_WORDS, SERVED, STAFF_NOUN, TIME_UNITS, VERBS } from './lexicon';
import { plural, type Token } from './text';
import { DIRECTION, isLabel, onlyScope } from './sentence';
import { isNumberTitle, WHICH_WAY } from './measures';
import { auditNamed } from './compliance';

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
  // ("Flu programme", "Adult programme": who or what a standing programme is for names a branch.)
  const branchProgramme = PROGRAMMES.has(a.head) && a.words.length === 2 && a.lead === null;
  if ((PROJECT_NOUNS.has(a.head) || DELIVERABLE_NOUNS.has(a.head)) && a.words.length > 1 && !branchProgramme) return false;
  const { tokens } = a.tz;
  // ("Site inspections — East": the heading before a place or a period.)
  const words = beforePlace(a.tz);
  const toks = words.map((i) => tokens[i]!);
  // ("Nurse-led clinics": a participle hyphened to a noun is part of a name.)
  const hyphened = (k: number) => toks[k]!.glued && tokens[words[k]! - 1]?.t === '-';
  if (toks.some((t, k) => t.kind === 'num' || DIRECTION.has(t.t) || (FUNCTION_WORDS.has(t.t) && !HEADING_JOINS.has(t.t)) || (/ed$/.test(t.t) && !hyphened(k)))) return false;
  if (toks.some((t) => ROLE_WORDS.has(t.t) || PERSON_NOUNS.has(t.t))) return true;
  if (toks.length > 4) return false;
  // ("Dispatch and logistics": two areas joined by the word.)
  if (toks.length === 3 && toks[1]!.t === 'and' && pairedNouns(a)) return !ACTIVITY_OBJECTS.has(toks[2]!.t);
  // "Darren's team — scour house": someone's unit, then what it covers.
  if (toks.length >= 3 && toks[0]!.cap && toks[0]!.raw.endsWith("'s") && ORG_UNITS.has(toks[1]!.t) && tokens[words[2]! - 1]?.kind === 'sym') return true;
  // "Nigel / coast protection", "Sales / marketing": two names of areas or people, a slash between.
  const slash = tokens.findIndex((t) => t.t === '/');
  if (slash > 0) {
    const left = words.filter((i) => i < slash).length;
    if (left >= 1 && left <= 2 && toks.length - left >= 1 && toks.length - left <= 2) return !ACTIVITY_OBJECTS.has(toks[toks.length - 1]!.t);
  }
  // "Post-production", "Front-of-house": one hyphenated word is one word.
  const hyphenated = toks.every((t, k) => k === 0 || (t.glued && tokens[words[k]! - 1]?.t === '-'));
  if (toks.length === 1 || hyphenated || toks.every((t) => t.cap || HEADING_JOINS.has(t.t))) return true;
  // Two plain words with no verb, number or direction name an area ("Plant breeding", "Guest
  // experience", "Night shift"), unless the second is a piece of work ("CDR slides").
  return toks.length === 2 && (!ACTIVITY_OBJECTS.has(toks[1]!.t) || branchProgramme);
}

/** "Service & maintenance", "Designs & Tribunal": two nouns joined by "&", the second no verb, name an area. */
// ("Hire & refurb — Kelly": the two before their owner's name.)
function pairedNouns(a: Analysis): boolean {
  const { tokens } = a.tz;
  const words = beforePlace(a.tz);
  if (words.length < 2) return false;
  // ("Dispatch and logistics": the same, joined by the word.)
  const joined = tokens[words[0]! + 1]?.t === '&' || (words.length === 3 && tokens[words[1]!]!.t === 'and');
  const second = tokens[words[words.length - 1]!]!.t;
  // ("Support & managed service": an area, then one with its kind in front.)
  // (After a participle, "managed service", the last word is a noun whatever verb it could be.)
  const ampThenPair = words.length === 3 && tokens[words[0]! + 1]?.t === '&';
  const modified = ampThenPair && tokens[words[1]!]!.t.endsWith('ed');
  return (words.length === 2 || (words.length === 3 && tokens[words[1]!]!.t === 'and') || ampThenPair) && joined && (!VERBS.has(second) || modified) && !FUNCTION_WORDS.has(second);
}
/**
 * "Trentside Recovery — plan for 2026", "Meadowside Birth Centre 2026-27", "Marsh Lane
 * Environmental: 2026": an organisation's name and the year its plan is for, nothing else.
 */
function namedPlanYear(a: Analysis): boolean {
  const { tokens, words } = a.tz;
  // ("Trentside Recovery — plan for 2026" reads as a team's label and the verb "plan".)
  // ("Service plan 2026/27": a kind of plan that reads as a verb.)
  const kindOfPlan = a.lead?.at === 0 && (a.words[1] === 'plan' || a.words[1] === 'plans');
  if ((a.lead !== null && a.lead.verb !== 'plan' && !kindOfPlan) || words.length < 2) return false;
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
export function ownerInBrackets(a: Analysis): boolean {
  const { tokens, words } = a.tz;
  const n = tokens.length;
  // ("Fewer falls (Dave)": a change, and who makes it, is a goal.)
  if (DIRECTION.has(a.words[0] ?? '') && a.words[0] !== 'new') return false;
  // ("Growing (Ben)": a kind of work in -ing names the branch.)
  // ("Support (Dom)": a department's name that reads as a verb names the branch too.)
  const department = a.words.length === 2 && (SCOPE_WORDS.has(a.words[0]!) || DEPARTMENT_WORDS.has(a.words[0]!));
  // ("Service team (Kev)", "Design studio (Ella)": a unit's name, whatever its first word reads as.)
  // ("Work coach team A (Lisa)": a unit's letter after it.)
  const letter = (t: Token | undefined) => !!t && t.kind === 'word' && t.raw.length === 1 && t.raw === t.raw.toUpperCase();
  // ("Install crews (Lee & Ash)", "Test bay (Olu)": the unit, or the place it works, right before the brackets.)
  // ("Pass production (Mo)": or the department it is, "Shift B (Nadine)": or a unit and its letter.)
  const unitWord = (t: string) => ORG_UNITS.has(t) || NUMBERED_UNITS.has(t) || NUMBERED_UNITS.has(t.replace(/s$/, '')) || (SCOPE_WORDS.has(t) && !FUNCTION_WORDS.has(t) && t.length > 3);
  const unit = ORG_UNITS.has(tokens[n - 3]?.t ?? '') || ORG_UNITS.has(tokens[n - 4]?.t ?? '') || (letter(tokens[n - 4]) && unitWord(tokens[n - 5]?.t ?? '')) || unitWord(tokens[tokens.findIndex((t) => t.t === '(') - 1]?.t ?? '');
  // ("Plan checking (Helen)": a kind of work in -ing last names it too.)
  const work = (a.words[a.words.length - 2] ?? '').endsWith('ing');
  // ("Pilots (Struan)": a plural, which no imperative is, names the staff.)
  const staff = a.words.length === 2 && a.lead?.at === 0 && a.words[0]!.endsWith('s') && !a.words[0]!.endsWith('ss') && a.lead.verb !== a.words[0];
  // ("Shopper app rebuild (React Native)": a piece of work and the tool it is done in, no owner.)
  const beforeBracket = tokens[tokens.findIndex((t) => t.t === '(') - 1]?.t ?? '';
  if (PROJECT_NOUNS.has(beforeBracket)) return false;
  // ("Subs chased monthly (Treasurer)": a thing done, on a beat, and who does it: a duty, no branch.)
  const bracket = tokens.findIndex((t) => t.t === '(');
  if (tokens.slice(0, bracket).some((t, k) => k > 0 && t.kind === 'word' && ((t.t.length > 4 && t.t.endsWith('ed')) || FREQUENCY.has(t.t)))) return false;
  // ("Triage (Ramon)": one word and its owner, whatever verb the word could be.)
  // ("Go-to-market (Dan)": one hyphened compound is one word.)
  const single = tokens[1]?.t === '(' || (tokens.findIndex((t) => t.t === '(') > 1 && tokens.slice(1, tokens.findIndex((t) => t.t === '(')).every((t) => t.glued && (t.t === '-' || t.kind === 'word')));
  // ("Records & enquiries (Helen)": two areas joined, and their owner.)
  const joinedAreas = tokens.findIndex((t) => t.t === '&') > 0 && tokens.findIndex((t) => t.t === '&') < tokens.findIndex((t) => t.t === '(');
  // ("Sheds 5 & 6 (Rhys)": the numbers name the units, no amount.)
  const unitNumber = (i: number) => tokens[i]!.kind === 'num' && [tokens[i - 1], tokens[i + 1], tokens[i - 3]].some((t) => !!t && (NUMBERED_UNITS.has(t.t) || NUMBERED_UNITS.has(t.t.replace(/s$/, ''))));
  if ((a.lead !== null && !(a.lead.at === 0 && a.words[0]!.endsWith('ing')) && !department && !work && !unit && !staff && !single && !joinedAreas) || n < 4 || tokens[n - 1]!.t !== ')' || a.quantities.some((q) => !unitNumber(q.index))) return false;
  // A first name, a first name and a surname ("Sheep section (Tom Airey)"), or two people ("(Hattie & Joe)").
  const open = tokens.lastIndexOf(tokens.findLast((t) => t.t === '(')!);
  // ("(Rev. Tom)": a title's full stop is no part of the name.)
  // ("(Min-ji)", "(Jean-Paul)": a hyphened name is one name.)
  const inner = tokens.slice(open + 1, n - 1).filter((t, k, all) => t.t !== '.' && !(t.t === '-' && all[k + 1]?.glued) && !(t.glued && all[k - 1]?.t === '-'));
  // ("Travel team (cap: Riot Rach)", "Crime team (HoT: Helen Ashworth KC)": the lead's role before a
  // colon, and letters after the name, are no part of it.)
  if (inner[1]?.t === ':' && inner[0]?.kind === 'word' && inner.length >= 3) inner.splice(0, 2);
  const last = inner[inner.length - 1];
  if (inner.length === 3 && last?.kind === 'word' && last.raw.length <= 3 && last.raw === last.raw.toUpperCase()) inner.pop();
  const joined = inner.length === 3 && (inner[1]!.t === '&' || inner[1]!.t === 'and');
  // ("Health practice (Dr Ruth Abbey)": a title before the name.)
  // ("Flying control (Wg Cdr Hale)": a rank of two words.)
  if (TITLES.has(inner[0]?.t ?? '') && TITLES.has(inner[1]?.t ?? '') && inner.length >= 3 && inner.length <= 4) inner.shift();
  if (TITLES.has(inner[0]?.t ?? '') && inner.length >= 2 && inner.length <= 3) inner.shift();
  const names = open > 0 && (inner.length === 1 || inner.length === 2 || joined) ? inner.filter((t) => t.kind === 'word' && t.t !== 'and').length : 0;
  const person = joined ? [inner[0]!, inner[2]!] : inner;
  // (A month in brackets dates an occasion: "…stand, Southampton (June)".)
  // ("TBM crew (nights)": a unit named by its shift.)
  // ("Volunteer crew (Jan)": after a unit, "Jan" is someone.)
  // ("(Dave R)": a surname's initial after the first name.)
  const isName = (t: Token, k = 0) => (t.kind === 'word' && t.cap && t.raw !== t.raw.toUpperCase() && (!MONTHS.has(t.t) || unit)) || (unit && SHIFT_NAMES.has(t.t)) || (k > 0 && t.kind === 'word' && t.raw.length === 1 && t.cap);
  // ("Front of house (Sandra)": "of" joins a heading's words.)
  // ("Troop 2 (Sgt Akande)": a unit's number is part of its name.)
  // ("Team Ruby — continuity of carer (Rachel)", "Engineering — Part-145 (Mel)": a branch, what it
  // covers after a dash, and its lead.)
  const dashed = tokens.some((t, k) => k > 0 && k < open && t.kind === 'sym' && t.t === ';');
  const hyphened = (i: number) => tokens[i]!.glued && tokens[i - 1]?.t === '-';
  const code = (i: number) => dashed && tokens[i]!.kind === 'num' && tokens[i]!.glued && tokens[i - 1]?.t === '-';
  return names > 0 && person.every((t, k) => isName(t, joined ? 0 : k)) && words.length - names >= 1 && words.length - names <= (dashed ? 6 : 4) && words.length >= 2 && words.slice(0, -names).every((i) => (tokens[i]!.kind === 'word' && (!FUNCTION_WORDS.has(tokens[i]!.t) || HEADING_JOINS.has(tokens[i]!.t) || hyphened(i) || (unit && letter(tokens[i])))) || unitNumber(i) || code(i));
}
/** "Market stall & deli", "Children & young people": a few words joined by "&", none a function word. */
function ampersandHeading(a: Analysis): boolean {
  const { tokens, words } = a.tz;
  const amp = tokens.findIndex((t) => t.t === '&');
  // ("Town centre & night-time economy": a hyphened compound is one word.)
  const glued = words.filter((i, k) => k > 0 && tokens[i]!.glued && tokens[i - 1]?.t === '-').length;
  if ((a.lead !== null && !pairedNouns(a)) || amp < 0 || words.length < 2 || words.length - glued > 4 || a.quantities.length) return false;
  const after = tokens[amp + 1];
  // ("Lanolin & by-products": a word hyphened into a compound is no function word.)
  const inCompound = (i: number) => tokens[i + 1]?.t === '-' && tokens[i + 2]?.glued === true && tokens[i + 1]!.glued;
  // ("Qualicoat & Qualanod audits passed": what follows says it was done; a report, no heading.)
  const done = tokens[words.at(-1)!]!.t;
  if (done.length > 4 && done.endsWith('ed') && !tokens[words.at(-1)!]!.glued) return false;
  return !!after && after.kind === 'word' && !VERBS.has(after.t) && !words.some((i) => (FUNCTION_WORDS.has(tokens[i]!.t) && !inCompound(i)) || DIRECTION.has(tokens[i]!.t));
}
/** "Retail (stall, deli, boxes)": a heading, then what it holds in brackets. */
function headingWithList(a: Analysis): boolean {
  const t = a.tz.tokens;
  const open = t.findIndex((x) => x.t === '(');
  if (open < 1 || t[t.length - 1]?.t !== ')' || open > 3) return false;
  const before = t.slice(0, open);
  const inside = t.slice(open + 1, -1);
  // ("New partner portal (tied price list, invoices, repairs)": a new thing and what it will hold.)
  if (before[0]?.t === 'new' || DELIVERABLE_NOUNS.has(before.at(-1)?.t ?? '') || PROJECT_NOUNS.has(before.at(-1)?.t ?? '')) return false;
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
  // ("Harvest 2026 plan": a year before the last word "plan" makes its first word a name, no verb.)
  const last = a.tz.tokens.length - 1;
  const yearThenPlan = PLAN_WORDS.has(a.tz.tokens[last]!.t) && last > 0 && isPeriodToken(a.tz.tokens[last - 1]!);
  if (a.lead !== null && !(yearThenPlan && a.lead.at === 0)) return false;
  let toks = a.tz.words.map((i) => a.tz.tokens[i]!).filter((t) => !isPeriodToken(t));
  const all = a.tz.words.map((i) => a.tz.tokens[i]!);
  // "Sfoglia — goals for 2027": a preposition before the dropped period goes with it.
  if (toks.length > 1 && isPeriodToken(all[all.length - 1]!) && (toks[toks.length - 1]!.t === 'for' || toks[toks.length - 1]!.t === 'in')) toks = toks.slice(0, -1);
  // "Electoral Services service plan 2027/28": the year's plan is a bucket of goals.
  const n = toks.length;
  // ("Open Gate Families — strategy 2026–29": a dated strategy or roadmap is the plan by another name.)
  const planAt = all.length - 1 - [...all].reverse().findIndex((t) => PLAN_WORDS.has(t.t));
  const yearPlan = planAt > 0 && planAt < all.length && isPeriodToken(all[planAt - 1]!);
  // "Cairnhaven Coastguard — station plan 2027": any plan dated right after the word.
  const datedPlan = planAt > 0 && planAt < all.length - 1 && isPeriodToken(all[planAt + 1]!);
  // "Lunchbell Catering — contract year 2027/28": a dated year of a name is a bucket as well.
  // ("Strathmore Berries — 2027 season": a season dated in front.)
  const dated = isPeriodToken(all[all.length - 1]!) || (toks[n - 1]?.t === 'season' && isPeriodToken(all[all.length - 2] ?? all[0]!));
  if (n >= 2 && n <= 6 && (toks[n - 1]!.t === 'year' || toks[n - 1]!.t === 'season') && dated && !toks.some((t) => FUNCTION_WORDS.has(t.t) || DIRECTION.has(t.t))) return true;
  if (n >= 2 && n <= 8 && PLAN_WORDS.has(toks[n - 1]!.t) && (PLAN_KINDS.has(toks[n - 2]!.t) || SEASON_WORDS.has(toks[n - 2]!.t) || yearPlan || datedPlan) && all.some((t) => isPeriodToken(t))) return true;
  // ("New results website theme": a new thing made, whatever its last noun.)
  return toks.length > 0 && toks.length <= 6 && CONTAINER_NOUNS.has(toks[toks.length - 1]!.t) && toks[0]!.t !== 'new';
}

/** Shifts a crew is named by in brackets ("TBM crew (nights)"). */
const NUMBERED_UNITS = new Set(['line', 'lane', 'bay', 'cell', 'ward', 'site', 'plant', 'shed', 'kiln', 'mill', 'unit', 'crew', 'team', 'shift', 'depot', 'store', 'troop', 'squadron', 'platoon', 'section', 'watch', 'pod', 'theatre', 'theater', 'suite', 'studio', 'hall', 'surgery', 'van']);
const PROGRAMMES = new Set(['programme', 'program']);
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'prof', 'cllr', 'sir', 'dame', 'rev', 'sgt', 'ssgt', 'cpl', 'lt', 'capt', 'maj', 'col', 'cdr', 'sister', 'fr', 'wg', 'sqn', 'flt', 'ldr', 'gp', 'cmdr', 'insp', 'supt', 'ch']);
const SHIFT_NAMES = new Set(['nights', 'days', 'earlies', 'lates', 'weekends', 'night', 'day']);
const SEASONS_NAMED = new Set(['winter', 'summer', 'spring', 'autumn', 'season']);
const PLAN_WORDS = new Set(['plan', 'strategy', 'roadmap']);
/** Units that are places: before one, even a verb of hiring names the place ("Hire desk"). */
const PLACES = new Set(['desk', 'shop', 'counter', 'bench', 'yard', 'shed', 'workshop', 'room', 'office', 'studio', 'lab', 'dept', 'department']);
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
export function unitName(a: Analysis): boolean {
  const at = beforePlace(a.tz);
  const toks = at.map((i) => a.tz.tokens[i]!);
  // ("Out-of-hours noise service": a hyphened compound is one word.)
  const glued = at.filter((i, k) => k > 0 && a.tz.tokens[i]!.glued && a.tz.tokens[i - 1]?.t === '-').length;
  if (toks.length < 2 || toks.length - glued > 4 || a.quantities.length) return false;
  // ("Line 2 — nights", "Ward 7 (Sister Jones)": a numbered line, bay or ward is a unit too.)
  // ("1 Troop (Lt Harris)": the number first.)
  const numbered = toks.length === 2 && ((toks[1]!.kind === 'num' && NUMBERED_UNITS.has(toks[0]!.t)) || (toks[0]!.kind === 'num' && NUMBERED_UNITS.has(toks[1]!.t)));
  const last = numbered ? 'unit' : toks[toks.length - 1]!.t;
  if (!ORG_UNITS.has(last) && !ROLE_WORDS.has(last)) return false;
  // ("Chrome-free share of sales" is a share of a measure; "Trade sales" the team.)
  if (last === 'sales' && toks.some((t) => t.t === 'of')) return false;
  if (toks.some((t) => DIRECTION.has(t.t) || (FUNCTION_WORDS.has(t.t) && !HEADING_JOINS.has(t.t)))) return false;
  if (a.lead === null) return true;
  // "Paint shop", "Print room": a verb's form and a unit, and nothing else, name the unit.
  // ("Hire desk", "Build shop": a place no one is hired or built into is a unit's name, whatever verb.)
  if (toks.length === 2 && a.lead.at === 0 && (!PEOPLE_VERBS.has(a.lead.verb) || PLACES.has(last))) return true;
  // ("Plan approval centre — Gdańsk": a unit and, after a dash, where it is: a branch of the tree.)
  if (at.length < a.tz.words.length && a.lead.at === 0 && !PEOPLE_VERBS.has(a.lead.verb)) return true;
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
  if (!STAFF_NOUN.test(staff) || !staff.endsWith('s') || CLIENT_NOUNS.has(staff) || SERVED.has(staff)) return false;
  // After the cut, only names, numbers and their marks: a place or the kit they work on.
  return tokens.slice(cut + 1).every((t) => t.kind !== 'word' || t.cap);
}
/** "Shearing gang — Tregaron": the words before a dash that is followed only by a place's name or two. */
function beforePlace(tz: Analysis['tz']): number[] {
  // A spaced dash reads as a clause break (";").
  const dash = tz.tokens.findIndex((t) => t.kind === 'sym' && t.t === ';');
  if (dash < 0) return tz.words;
  const after = tz.words.filter((k) => k > dash);
  // ("Courts team — Q2": a period after the dash says when, as a place says where.)
  // ("Forecasting ops — winter 26/27": a season and its years.)
  // ("T1 store — nights": the shift it works.)
  const place = after.length >= 1 && after.length <= 3 && after.every((k) => (tz.tokens[k]!.cap && tz.tokens[k]!.kind === 'word') || isPeriodToken(tz.tokens[k]!) || SEASONS_NAMED.has(tz.tokens[k]!.t) || SHIFT_NAMES.has(tz.tokens[k]!.t)) && (after.length <= 2 || SEASONS_NAMED.has(tz.tokens[after[0]!]!.t));
  // ("Engineering – Kirkby Stephen depot": a named site; "Ward phlebotomy — early shift": a shift.)
  const lastWord = tz.tokens[after[after.length - 1] ?? -1]?.t ?? '';
  const site = after.length >= 2 && after.length <= 4 && SITES.has(lastWord) && after.slice(0, -1).every((k) => tz.tokens[k]!.cap && tz.tokens[k]!.kind === 'word');
  const shift = after.length === 2 && (lastWord === 'shift' || lastWord === 'shifts') && SHIFT_KINDS.has(tz.tokens[after[0]!]!.t);
  // ("Sales — care sector", "Trade counter — agri accounts": the market a team serves, after a dash.)
  const lastAfter = tz.tokens[after[after.length - 1] ?? -1]?.t ?? '';
  // ("Contract sales — cruise & hospitality": two markets joined after the dash.)
  // ("Sales – new & used": the new and the used side of the trade.)
  const pair = after.length === 2 && tz.tokens[after[0]! + 1]?.t === '&' && !VERBS.has(lastAfter);
  const segment = after.length >= 1 && after.length <= 3 && (SEGMENTS.has(lastAfter) || pair) && after.every((k) => tz.tokens[k]!.kind === 'word' && !FUNCTION_WORDS.has(tz.tokens[k]!.t) && (!DIRECTION.has(tz.tokens[k]!.t) || (pair && tz.tokens[k]!.t === 'new')));
  // ("Sales – mailing houses", "Soft services — schools": a department, then the customers it serves.)
  const before = tz.words.filter((k) => k < dash);
  const department = before.length >= 1 && before.length <= 2 && (SCOPE_WORDS.has(tz.tokens[before.at(-1)!]!.t) || DEPARTMENT_WORDS.has(tz.tokens[before.at(-1)!]!.t));
  const served = department && after.length >= 1 && after.length <= 2 && plural(lastWord) && after.every((k) => tz.tokens[k]!.kind === 'word' && !FUNCTION_WORDS.has(tz.tokens[k]!.t) && !VERBS.has(tz.tokens[k]!.t));
  return place || segment || site || shift || served ? before : tz.words;
}
/** A site named after a dash ("– Kirkby Stephen depot"). */
const SITES = new Set(['depot', 'site', 'branch', 'yard', 'store', 'works', 'plant', 'hub', 'office', 'station', 'campus', 'warehouse', 'mill', 'farm']);
const SHIFT_KINDS = new Set(['early', 'late', 'night', 'day', 'twilight', 'weekend', 'morning', 'evening', 'back']);
/** Nouns naming the slice of a market a team serves. */
const SEGMENTS = new Set(['sector', 'segment', 'market', 'accounts', 'territory', 'patch', 'vertical', 'region']);

/** Credentials a short line may name: "QPM reaccreditation" is the obligation, no heading. */
const OBLIGATION_WORDS = new Set(['accreditation', 'reaccreditation', 'recertification', 'certification', 'revalidation', 'registration', 'licence', 'license', 'renewal']);

/**
 * "In-year team – Shabana", "Own-label accounts — Sandra", "Trade plate drivers — Midlands": a
 * unit, a kind of staff or a book of accounts, then after a dash only who leads it or where it is.
 */
function branchThenName(a: Analysis): boolean {
  const { tokens } = a.tz;
  const dash = tokens.findIndex((t) => t.kind === 'sym' && t.t === ';');
  // ("Chase failed card payments — Lucy": a job and who does it.)
  if (dash < 1 || a.quantities.length || a.lead?.at === 0) return false;
  const after = tokens.slice(dash + 1);
  if (after.length < 1 || after.length > 2 || !after.every((t) => t.kind === 'word' && t.cap && t.raw !== t.raw.toUpperCase() && !MONTHS.has(t.t))) return false;
  const before = tokens.slice(0, dash).filter((t) => t.kind === 'word');
  const last = before.at(-1)?.t ?? '';
  if (before.length < 1 || before.length > 4 || before.some((t) => DIRECTION.has(t.t) && t.t !== 'new')) return false;
  return ORG_UNITS.has(last) || ROLE_WORDS.has(last) || BOOKS.has(last) || (STAFF_NOUN.test(last) && plural(last));
}
/** What a team holds and looks after as its branch ("Own-label accounts"). */
const BOOKS = new Set(['accounts', 'account', 'clients', 'customers', 'portfolio', 'estates', 'patch', 'territory']);

/** Words after a dash that say which part of the patch or which shift: "— North district", "- B shift". */
const PATCH_PARTS = new Set(['district', 'districts', 'area', 'areas', 'region', 'zone', 'patch', 'locality', 'division', 'shift', 'shifts', 'rota', 'watch']);

/**
 * "Collision investigation (DS Kaur)", "Operations - B shift", "Housing fraud — North district": a
 * heading, then who leads it in brackets or which part or shift it covers after a dash, as the
 * heading alone; null when the title ends in neither.
 */
export function bareHeading(a: Analysis): Analysis | null {
  const { tokens } = a.tz;
  const n = tokens.length;
  let cut = -1;
  if (tokens[n - 1]?.t === ')') {
    const open = tokens.findLastIndex((t) => t.t === '(');
    const inner = tokens.slice(open + 1, n - 1).filter((t) => t.t !== '.');
    // ("Nitric acid plant (shift B)": or the shift it works, by its letter.)
    const lettered = inner.length === 2 && inner.some((t) => t.t === 'shift' || t.t === 'watch') && inner.some((t) => t.raw.length === 1 && t.cap);
    if (lettered || (inner.length >= 1 && inner.length <= 3 && inner.every((t) => t.kind === 'word' && (t.cap || TITLES.has(t.t)) && !MONTHS.has(t.t)))) cut = open;
  } else {
    const dash = tokens.findIndex((t) => t.kind === 'sym' && t.t === ';');
    const after = tokens.slice(dash + 1);
    const last = after.at(-1)?.t ?? '';
    const part = after.length >= 1 && after.length <= 3 && after.every((t) => t.kind === 'word' && !FUNCTION_WORDS.has(t.t)) && (PATCH_PARTS.has(last) || (after.length === 1 && SHIFT_NAMES.has(last)));
    // ("Service engineers — Scotland", "Children missing education — North": the place it covers, by
    // its name or its compass point; "CAZ — phase 2": the phase of the work.)
    const place = after.length >= 1 && after.length <= 2 && after.every((t) => t.kind === 'word' && t.cap && !MONTHS.has(t.t) && !FUNCTION_WORDS.has(t.t)) && !a.tz.titleCase;
    const phase = after.length === 2 && (after[0]!.t === 'phase' || after[0]!.t === 'stage') && after[1]!.kind === 'num';
    if (dash > 0 && (part || place || phase)) cut = dash;
  }
  if (cut < 1 || a.quantities.length) return null;
  return analyse(tokens.slice(0, cut).map((t) => t.raw).join(' '));
}

export function isGenericContainer(a: Analysis): boolean {
  if (branchThenName(a)) return true;
  // ("New business": the sales desk that wins it, named as every sales plan names it.)
  if (a.words.length === 2 && a.words[0] === 'new' && a.words[1] === 'business' && a.tz.tokens.length === 2) return true;
  // ("Production (nights) — Marta": the shift a unit works, in brackets, is part of its name.)
  const { tokens } = a.tz;
  const shift = tokens.findIndex((t, k) => t.t === '(' && k > 0 && SHIFT_NAMES.has(tokens[k + 1]?.t ?? '') && tokens[k + 2]?.t === ')');
  // ("Pleating line (nights)": the same at the end.)
  if (shift > 0) return isGenericContainer(analyse([...tokens.slice(0, shift), ...tokens.slice(shift + 3)].map((t) => t.raw).join(' ')));
  // "Fit-out", "Call-outs": a verb and its particle hyphened into one noun, alone, name the work's branch.
  if (a.lead?.particle && a.words.length === 2 && a.tz.tokens.length === 3 && a.tz.tokens[1]!.t === '-' && a.tz.tokens[2]!.glued) return true;
  // ("Technical & certification" joins two areas: a heading.)
  if (a.lead === null && a.words.length <= 3 && OBLIGATION_WORDS.has(a.words[a.words.length - 1] ?? '') && !a.tz.tokens.some((t) => t.t === '&' || t.t === 'and')) return false;
  if (namedPlanYear(a) || staffBranch(a) || wordAndPeriod(a) || companyYear(a) || eventSeries(a)) return true;
  if (ampersandHeading(a) || headingWithList(a)) return !isNumberTitle(a);
  // "SALSA audit": a scheme's audit, not a department ("Internal audit").
  if (a.lead === null && auditNamed(a)) return false;
  // ("GM 46%", "Items per operator hour": a share, a sum or a rate names a measure, whatever role
  // word it carries; no bucket.)
  if (a.quantities.some((q) => q.kind === 'percent' || q.kind === 'currency') || (a.lead === null && a.words.includes('per'))) return false;
  // ("Snagging items per job under 2" counts items: a number title, no bucket.)
  if ((isLabel(a) && CONTAINER_NOUNS.has(a.head) && !a.quantities.length && a.words[0] !== 'new') || onlyScope(a) || departmentLabel(a) || endsInContainer(a) || unitName(a)) return true;
  // "Works Manager", "Lead Embryologist": a job title in capitals, whatever its first word reads as.
  if (roleTitle(a)) return true;
  // "Design", "Support": one department's name alone is a heading, though it reads as a verb too.
  if (a.words.length === 1 && SCOPE_WORDS.has(a.words[0]!) && !FUNCTION_WORDS.has(a.words[0]!)) return true;
  // A bare metric is a number title instead ("Model AUC").
  return heading(a) && !isNumberTitle(a);
}

/**
 * "Summer series", "Kids' parties", "Tournaments 2026": kinds of event in the plural, with no verb,
 * head the season's events, each a goal or a job of its own (every such line in the tuning sets is
 * labelled a container but one, "Welcome week events"); "Christmas open studio", one event, is
 * the work of putting it on.
 */
function eventSeries(a: Analysis): boolean {
  if (a.lead !== null || a.quantities.length) return false;
  const toks = a.tz.words.map((i) => a.tz.tokens[i]!).filter((t) => !isPeriodToken(t));
  const last = toks.at(-1);
  // ("Debtor days", "Lock-up days": time counted, a measure.)
  // ("Smoother wedding mornings" says which way: a result.)
  if (!last || toks.length > 3 || DIRECTION.has(toks[0]!.t) || WHICH_WAY.has(toks[0]!.t) || COMPARATIVES.has(toks[0]!.t) || TIME_UNITS.has(last.t) || toks.some((t) => t.kind !== 'word' || FUNCTION_WORDS.has(t.t))) return false;
  return EVENT_SERIES.has(last.t) || (last.t.endsWith('s') && (EVENT_NOUNS.has(last.t.slice(0, -1)) || (last.t.endsWith('ies') && EVENT_NOUNS.has(`${last.t.slice(0, -3)}y`))));
}
/** Comparatives a result opens with, besides those of `DIRECTION` and `WHICH_WAY`. */
const COMPARATIVES = new Set(['smoother', 'longer', 'stronger', 'warmer', 'calmer', 'busier', 'fuller', 'quieter', 'livelier', 'friendlier']);
/** Plurals of events that are no event nouns alone ("a series", "a session" name no one occasion). */
const EVENT_SERIES = new Set(['series', 'sessions', 'shows', 'classes', 'rounds', 'courses', 'markets', 'talks', 'workshops', 'matches', 'races', 'events']);

/**
 * "Harvest 2026", "Health visiting 2026/27": one word, or a two-word name with no verb, and the
 * period it names: a bucket for that time's goals.
 */
/**
 * "Bookings — 2026", "The Engine Rooms — 2026", "Front desk & bookings — Q3": a name, a spaced dash
 * and a period alone head the year's goals for it, whatever the name could measure (every set
 * labels the shape a container).
 */
export function nameDashPeriod(a: Analysis): boolean {
  const { tokens } = a.tz;
  const year = (t: Token | undefined) => t?.kind === 'num' && t.suffix === '' && /^(?:19|20)\d\d$/.test(t.t);
  // ("Sport & physical activity — 2026/27": a span of years is one period.)
  const span = tokens.length > 3 && /^\d\d$/.test(tokens.at(-1)!.t) && (tokens.at(-2)!.t === '/' || tokens.at(-2)!.t === '-') && year(tokens.at(-3));
  const n = span ? tokens.length - 2 : tokens.length;
  const last = tokens[n - 1]!;
  // (A year or a period's code, not any number: "Staircases made each week — 95" gives the value.)
  const period = last.kind === 'num' ? year(last) : isPeriodToken(last);
  if (a.lead !== null || n < 3 || n > 7 || tokens[n - 2]!.t !== ';' || !period) return false;
  // ("Phase 2 — FY27": a numbered part of the work, then its period.)
  return tokens.slice(0, n - 2).every((t, k, all) => (t.kind === 'word' && !FUNCTION_WORDS.has(t.t)) || t.t === '&' || t.t === 'the' || (t.kind === 'num' && k > 0 && IDENTIFIER_BEFORE.has(all[k - 1]!.t)));
}
/**
 * "Old Forge Garlic 2026", "Westcountry Helicopters 2026": a business's name, every word with its
 * capital, and the year: the year's goals for it ("Freshers' Fair 2027", "Showreel 2026" are an
 * occasion and a thing made).
 */
function companyYear(a: Analysis): boolean {
  const { tokens } = a.tz;
  const n = tokens.length;
  const year = tokens[n - 1]!;
  if (a.lead !== null || n < 3 || n > 5 || year.kind !== 'num' || !/^20\d\d$/.test(year.t)) return false;
  const name = tokens.slice(0, -1);
  return name.every((t) => t.kind === 'word' && t.cap && !EVENT_NOUNS.has(t.t) && !OCCASION_HEADS.has(t.t) && !DELIVERABLE_NOUNS.has(t.t) && !ACTIVITY_OBJECTS.has(t.t) && !METRIC_HEADS.has(t.t));
}
function wordAndPeriod(a: Analysis): boolean {
  const { tokens } = a.tz;
  const named = tokens.findIndex((t) => t.kind !== 'word');
  if (named < 1 || named > 2 || (named === 2 && a.lead !== null)) return false;
  const rest = tokens.slice(named);
  const periods = rest.filter((t) => t.kind !== 'sym');
  // A year or a period's code after the name, and nothing else but a slash or dash between them:
  // "Members 220" counts them.
  // ("Digital services 25/26": an academic or financial year in two digits each.)
  const twoDigitYears = (k: number) => rest[k]?.kind === 'num' && /^\d\d$/.test(rest[k]!.t) && rest[k + 1]?.t === '/' && rest[k + 2]?.kind === 'num' && Number(rest[k + 2]!.t) === Number(rest[k]!.t) + 1;
  const year = (t: Token) => (t.kind === 'num' ? t.suffix === '' && (/^(?:19|20)\d\d$/.test(t.t) || twoDigitYears(rest.indexOf(t)) || twoDigitYears(rest.indexOf(t) - 2)) : isPeriodToken(t));
  if (!periods.length || periods.length > 2 || !year(periods[0]!) || !rest.every((t) => (t.kind === 'sym' && '/-–;'.includes(t.t)) || isPeriodToken(t) || year(t))) return false;
  const words = tokens.slice(0, named);
  // ("Jamboree 2027", "Christmas market 2026": an occasion and its year, which labels call the
  // occasion to put on.)
  // ("Voyage brochure 2027": a paper made for the year.)
  // ("Programme 2026" is the year's programme, a bucket; "Voyage brochure 2027" a paper.)
  return words.every((w) => w.t.length > 2 && !FUNCTION_WORDS.has(w.t) && !DIRECTION.has(w.t) && !METRIC_HEADS.has(w.t) && !IDENTIFIER_BEFORE.has(w.t) && !EVENT_NOUNS.has(w.t) && !OCCASION_HEADS.has(w.t) && !(DELIVERABLE_NOUNS.has(w.t) && !PROGRAMMES.has(w.t)) && !ACTIVITY_OBJECTS.has(w.t));
}
const OCCASION_HEADS = new Set(['market', 'markets', 'show', 'shows', 'fair', 'fairs']);

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
