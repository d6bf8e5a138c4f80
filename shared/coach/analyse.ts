/**
 * One pass over a title that the title rules share: the tokens, the verb the title opens with, and
 * the noun it is about. Objective titles are imperative sentences ("Grow advisory revenue") or bare
 * labels ("Q3 Goals"), so the first verb and the head noun carry most of the meaning.
 */
import { CLIENT_NOUNS, CONTAINER_NOUNS, CONTINUITY, CURRENCY, DELIVERABLE_NOUNS, DEPARTMENT_WORDS, EVENT_NOUNS, IDENTIFIER_BEFORE, DIRECTED_VERBS, FREQUENCY, FUNCTION_WORDS, IRREGULAR_PARTICIPLES, LEAD_FILLER, METRIC_HEADS, MONTHS, OCCASIONS, ORG_UNITS, PERSON_NOUNS, PROJECT_NOUNS, ROLE_WORDS, SCOPE_WORDS, TIME_UNITS, VERB_PARTICLES, VERBS } from './lexicon';
import { findQuantities, type Quantity } from './quantity';
import { lemmas, tokenize, withoutLinks, type Token, type Tokenized } from './text';

export interface Lead {
  /** Index into `words`. */
  at: number;
  verb: string;
  /** The word right after the verb when it is a particle ("follow up", "sit in"). */
  particle: string;
  /**
   * The verb is no word the coach knows, read from the sentence's frame: an unknown first word
   * with a determiner right after it ("Reset the wall", "Weigh and grade every delivery").
   */
  inferred?: true;
}

export interface Analysis {
  tz: Tokenized;
  /** The title as copies are compared: `tz` without a team's label the rules read past or keep (see `namedLabel`). */
  subject: Tokenized;
  /** Lower-cased word texts in order (symbols dropped). */
  words: string[];
  lead: Lead | null;
  /** The title opens with "Continue to…" or "Keep …ing": work that is already going on. */
  continuing: boolean;
  /** The noun the title is about: last word of its first noun phrase, periods dropped. */
  head: string;
  /** Words after the verb up to the first preposition: the direct object. */
  object: string[];
  quantities: Quantity[];
  /** Read past an owner's label the rules drop ("Transport: get chicks to farms…"; see `ownerPrefix`). */
  owned?: boolean;
}

const PARTICLES = new Set(['up', 'in', 'on', 'out', 'to', 'with', 'off', 'over', 'after', 'down', 'live', 'at', 'part', 'round', 'back']);
const PREPOSITIONS = new Set([
  'for', 'in', 'of', 'at', 'across', 'by', 'from', 'with', 'within', 'during', 'to', 'per', 'on', 'via',
  'through', 'into', 'over', 'under', 'so', 'that', 'which', 'who', 'where', 'when', 'without', 'after',
  'before', 'because', 'while', 'until', 'about', 'against', 'between', 'among', 'amongst', 'past',
]);
/** Clause breaks. A title like "Goals: grow pipeline" is a label followed by a list. */
const BREAKS = new Set([':', ';', ',', '(', '.', '!', '?']);

// ("AW26", "SS27": a fashion season, named by its half of the year.)
const PERIOD_CODE = /^(q[1-4]|h[12]|s[12]|t[1-3]|fy\d{2,4}|ay\d{2,4}|(?:ss|aw|fw)\d{2}|\d{2,4})$/;
export const isPeriodToken = (tok: Token): boolean =>
  (tok.kind === 'num' && tok.suffix === '' && /^\d{2,4}$/.test(tok.t)) || (tok.kind === 'code' && PERIOD_CODE.test(tok.t));

/**
 * Known verbs with one letter left out, for typed titles ("Atend the expo" → "attend"). Only verbs
 * of five letters or more: shorter ones are too close to other words.
 */
let misspelt: Map<string, string> | null = null;
const NOT_TYPOS = new Set(['each', 'every', 'some', 'both', 'many', 'most', 'much', 'more', 'less', 'such', 'other', 'whose', 'which', 'there', 'their', 'these', 'those', 'contract', 'contracts']);
function misspelling(word: string): string | null {
  // "Each" is no "teach" typed short: words of the closed classes are never typos of a verb.
  if (word.length < 4 || FUNCTION_WORDS.has(word) || NOT_TYPOS.has(word)) return null;
  if (!misspelt) {
    misspelt = new Map();
    for (const v of VERBS) if (v.length >= 5) for (let k = 0; k < v.length; k++) misspelt.set(v.slice(0, k) + v.slice(k + 1), v);
  }
  // A letter left out ("atend"), or one too many ("attendd"). Four letters are too few to tell a
  // typo from another word ("hair" is no "chair"), and an extra last letter is usually a suffix
  // ("driver" is no "drive") unless it doubles the one before.
  const dropped = word.length >= 5 ? misspelt.get(word) : undefined;
  if (dropped) return dropped;
  // ("Tissue viability" is no "issue" typed with a letter in front: a first letter too many is
  // another word, unless it doubles the next.)
  for (let k = 0; k < word.length; k++) {
    if (k === word.length - 1 && word[k] !== word[k - 1]) continue;
    if (k === 0 && word[0] !== word[1]) continue;
    const v = word.slice(0, k) + word.slice(k + 1);
    if (v.length >= 5 && VERBS.has(v)) return v;
  }
  return null;
}

function verbLemma(word: string): string | null {
  for (const l of lemmas(word)) if (VERBS.has(l)) return l;
  // "Rerun", "reissue": the same verb done again.
  if (word.length > 4 && word.startsWith('re') && VERBS.has(word.slice(2))) return word.slice(2);
  return null;
}

/**
 * A verb reached only by stripping "-ing" may be a noun: "Training objectives", "Marketing". So may
 * one reached by stripping a plural "-s" ("Partners"): an imperative title never inflects its verb.
 */
function isGerundNoun(word: string, lemma: string, next: string | undefined): boolean {
  // "Enhanced DBS checks renewed…", "Polished brand book v2": a participle describes a noun.
  if (word !== lemma && word.endsWith('ed')) return true;
  if (word === lemma || !(word.endsWith('ing') || word.endsWith('s'))) return false;
  // "Repairs bench", "Returns desk": an imperative never takes the plural "-s", so one before a bare
  // noun is a noun naming a place or a team.
  // So is one before a participle ("Repairs completed within the hour", "Hoses made per van").
  // ("Finds liaison (Margaret)": so is one before a role.)
  if (word.endsWith('s') && !word.endsWith('ss') && next !== undefined && (ORG_UNITS.has(next) || ROLE_WORDS.has(next) || (next.length > 4 && next.endsWith('ed')) || IRREGULAR_PARTICIPLES.has(next))) return true;
  // "Packing centre", "Training team": work in -ing naming a unit.
  if (word.endsWith('ing') && next !== undefined && ORG_UNITS.has(next)) return true;
  // "Opening checks", "Weaving days per commission": work in -ing naming a check or a count of days.
  if (word.endsWith('ing') && next !== undefined && (CHECK_WORDS.has(next) || (TIME_UNITS.has(next) && next.endsWith('s')))) return true;
  // "Marking accuracy", "Picking times": work in -ing naming what a measure is of. ("Growing
  // revenue" says which way the measure should go: a direction, not a name.)
  if (word.endsWith('ing') && next !== undefined && METRIC_HEADS.has(next) && !DIRECTED_VERBS.has(lemma)) return true;
  // ("Building regs completion certificate on every job": the rules of a trade, named by its work.)
  if (word.endsWith('ing') && (next === 'regs' || next === 'regulations' || next === 'control')) return true;
  // ("Leasing customers get their new car…": which customers, by what they do with us.)
  if (word.endsWith('ing') && next !== undefined && CLIENT_NOUNS.has(next)) return true;
  // "Picks per hour", "Loans per capita": a rate names what is counted, it does nothing.
  return next === undefined || next === 'per' || CONTAINER_NOUNS.has(next) || SCOPE_WORDS.has(next);
}

function findLead(words: readonly string[], glued: ReadonlyArray<readonly string[] | undefined>): { lead: Lead | null; continuing: boolean } {
  let i = 0;
  let continuing = false;
  while (i < words.length && LEAD_FILLER.has(words[i]!)) i++;
  const w = words[i];
  if (w !== undefined && CONTINUITY.has(w)) {
    const next = words[i + 1];
    if (w === 'continue') {
      continuing = true;
      i += next === 'to' ? 2 : 1;
    } else if (w === 'carry' && next === 'on') {
      continuing = true;
      i += 2;
    } else if (w === 'keep' && next !== undefined && (next.endsWith('ing') || next === 'up' || next === 'on')) {
      continuing = true;
      i += next === 'on' || next === 'up' ? 2 : 1;
    }
  }
  const word = words[i];
  if (word === undefined) return { lead: null, continuing };
  // "Deep clean the laminator", "Spring clean the hides": a manner word before a known verb.
  if ((word === 'deep' || word === 'spring') && verbLemma(words[i + 1] ?? '') && DETERMINERS.has(words[i + 2] ?? '')) {
    return { lead: { at: i + 1, verb: verbLemma(words[i + 1]!)!, particle: '' }, continuing };
  }
  // Two-word verbs: "make sure" asks for a state as "ensure" does, "get back to" someone replies.
  if (word === 'make' && words[i + 1] === 'sure') return { lead: { at: i + 1, verb: 'ensure', particle: '' }, continuing };
  if (word === 'get' && words[i + 1] === 'back' && words[i + 2] === 'to') return { lead: { at: i + 1, verb: 'reply', particle: 'to' }, continuing };
  // ("Shift handover sheet done…": a shift's paper, no shifting.)
  if (word === 'shift' && SHIFT_PAPERS.has(words[i + 1] ?? '')) return { lead: null, continuing };
  // "Stand at the Production Show, Olympia": an exhibition stand, no one standing.
  if (word === 'stand' && words[i + 1] === 'at') return { lead: null, continuing };
  // "Look after the die store": keeping a thing of ours, as "maintain" does ("Look after seasonal
  // workers so well they want to return" cares for people, an outcome).
  if (word === 'look' && words[i + 1] === 'after' && (words[i + 2] === 'the' || words[i + 2] === 'our')) return { lead: { at: i + 1, verb: 'maintain', particle: '' }, continuing };
  // A hyphenated compound: "Fact-check" is checking; "Book-to-bill" is a ratio, not booking.
  // An adjective or ordinal in front makes the compound a noun ("first-pass yield", "self-serve").
  // A prefix ("Post-production", "Pre-sales") makes a noun of what it is glued to.
  if (PREFIXES.has(word) && glued[i]?.length) return { lead: null, continuing };
  // "Re-line the bays", "Re-wrap the machines": doing a thing again, whatever the verb.
  if (word === 're' && glued[i]?.length === 1 && (verbLemma(glued[i]![0]!) || DETERMINERS.has(words[i + 2] ?? ''))) {
    return { lead: { at: i + 1, verb: 'redo', particle: '', inferred: true }, continuing };
  }
  // "Staff barbecue at the end of the summer", "Staff summer party on the deck", "Label refresh for
  // the gin", "Van wraps": a verb's form before an occasion or a piece of work names it.
  if (namesThing(words, i)) return { lead: null, continuing };
  // "Staff turnover down to 20%": "staff" is a verb only before what it staffs ("Staff the desk").
  // So is "audit" ("Audit the failed repairs…"; "Audit fieldwork completed…" names the audit).
  if ((word === 'staff' || word === 'audit') && !DETERMINERS.has(words[i + 1] ?? '')) return { lead: null, continuing };
  // "Refit of the gift shop", "Review of pricing": a verb is never followed by "of", nor by "per"
  // ("Steam per tonne of paper").
  if ((words[i + 1] === 'of' && !OF_VERBS.has(word)) || words[i + 1] === 'per') return { lead: null, continuing };
  // "Ring-pull ends on the mackerel": a compound whose last part is no verb is a noun.
  const gluedOn = glued[i];
  // "Set-up time", "Check-in desk": a verb hyphened to its particle before a measure or a unit is a
  // noun; the imperative is written apart ("Set up the desk").
  const after = words[i + 1 + (gluedOn?.length ?? 0)];
  // So is a longer compound ("Did-not-attend rate").
  // ("Lock-up days": time counted in its unit.)
  if (gluedOn?.length && (gluedOn.length > 1 || PARTICLES.has(gluedOn[0]!)) && after !== undefined && (METRIC_HEADS.has(after) || ORG_UNITS.has(after) || TIME_UNITS.has(after))) return { lead: null, continuing };
  if (gluedOn?.length && !PREFIXES.has(word) && word !== 're' && !verbLemma(gluedOn[gluedOn.length - 1]!) && !PARTICLES.has(gluedOn[gluedOn.length - 1]!) && !MODIFIERS.has(word)) {
    if (verbLemma(word)) return { lead: null, continuing };
  }
  const compound = MODIFIERS.has(word) ? [] : (glued[i] ?? []);
  if (compound.includes('to')) return { lead: null, continuing };
  const last = compound[compound.length - 1];
  const head = last !== undefined && verbLemma(last) ? last : word;
  const verb = verbLemma(head) ?? (VERBS.has(head) ? head : misspelling(head));
  if (!verb && !compound.length && imperativeFrame(words, i)) return { lead: { at: i, verb: word, particle: '', inferred: true }, continuing };
  if (!verb || isGerundNoun(head, verb, words[i + 1 + compound.length])) return { lead: null, continuing };
  if (head !== word) i += compound.length;
  const next = words[i + 1] ?? '';
  return { lead: { at: i, verb, particle: PARTICLES.has(next) ? next : '' }, continuing };
}

/** Checks named after the work that opens or closes a day ("Opening checks", "Closing rounds"). */
const CHECK_WORDS = new Set(['checks', 'check', 'rounds', 'round', 'inspection', 'inspections']);
/** Words that open a noun phrase: after the first word, they make that word a verb taking an object. */
const DETERMINERS = new Set(['the', 'a', 'an', 'every', 'each', 'all', 'any', 'our', 'their', 'its', 'your', 'my', 'this', 'these', 'those']);
/** First words a determiner may follow that are no verb: prepositions and such. */
const NOT_VERBS = new Set([
  'towards', 'toward', 'beyond', 'despite', 'inside', 'outside', 'behind', 'around', 'along', 'against', 'like', 'unlike',
  'near', 'past', 'versus', 'via', 'not', 'only', 'both', 'half', 'twice', 'once', 'why', 'how', 'what', 'where', 'when',
  'whichever', 'whatever', 'beat', 'upon', 'throughout', 'underneath', 'amid', 'amidst', 'without', 'plus', 'minus',
]);

/**
 * "Reset the bouldering wall", "Weigh and grade every delivery": a first word the coach does not
 * know, followed by a determiner (or by "and" and a second such word), can only be an imperative
 * verb taking an object; a label never puts "the" after its first noun.
 */
function imperativeFrame(words: readonly string[], i: number): boolean {
  const w = words[i]!;
  if (w.length < 3 || !/^[a-z]+$/.test(w) || w.endsWith('ly') || NOT_VERBS.has(w)) return false;
  if (FUNCTION_WORDS.has(w) || SCOPE_WORDS.has(w) || DEPARTMENT_WORDS.has(w) || CONTAINER_NOUNS.has(w) || METRIC_HEADS.has(w)) return false;
  // ("All the coaches' PVGs in date": "all the" opens a noun phrase, no verb.)
  if (ROLE_WORDS.has(w) || PERSON_NOUNS.has(w) || w === 'all' || w === 'both' || w === 'half') return false;
  const next = words[i + 1] ?? '';
  if (DETERMINERS.has(next)) return true;
  // "Hose down the yard", "Bag up the leaves": an unknown verb with its particle.
  if (VERB_PARTICLES.has(next) && DETERMINERS.has(words[i + 2] ?? '')) return true;
  // "Muck out and skip out the boxes", "Wick up and pour the orders": the same, paired with a
  // second verb.
  if (VERB_PARTICLES.has(next) && words[i + 2] === 'and' && (verbLemma(words[i + 3] ?? '') !== null || imperativeFrame(words, i + 3))) return true;
  const second = words[i + 2] ?? '';
  // "Condition and re-cut the stock": a second verb, maybe done again, then its object; "Fetch and
  // return documents": a known verb, then a plural.
  const after = second === 're' ? words[i + 4] : words[i + 3];
  if (next === 'and' && verbLemma(second) && /[^s]s$/.test(after ?? '') && !FUNCTION_WORDS.has(after ?? '')) return true;
  return next === 'and' && /^[a-z]+$/.test(second) && !FUNCTION_WORDS.has(second) && DETERMINERS.has(after ?? '');
}

/** The word at `i` and up to two more before an occasion or a piece of work, then the end or a preposition. */
function namesThing(words: readonly string[], i: number): boolean {
  for (let d = 1; d <= 3; d++) {
    // Verbs that are verbs first take the words after them as their object ("Make self-managed
    // upgrades…", "Ship same-day for…"), though one occasion right after still names it ("Open day").
    if (d > 1 && VERBS_FIRST.has(words[i]!)) return false;
    const w = words[i + d];
    if (w === undefined || FUNCTION_WORDS.has(w) || DETERMINERS.has(w)) return false;
    const end = words[i + d + 1];
    // ("Fostering fortnight roadshow, May": a month after it dates the occasion.)
    if ((OCCASIONS.has(w) || PROJECT_NOUNS.has(w)) && (end === undefined || PREPOSITIONS.has(end) || MONTHS.has(end))) return true;
    // ("Partner portal for resellers", "Surge plan for the winter storms": a thing made, named
    // right after the word, then whom or what it is for.)
    if (d === 1 && !VERBS_FIRST.has(words[i]!) && MADE_THINGS.has(w) && (end === undefined || end === 'for')) return true;
  }
  return false;
}
/** Things a team makes that a verb's form may name in front ("Partner portal", "Surge plan"). */
const MADE_THINGS = new Set(['portal', 'plan', 'guide', 'scorecard', 'dashboard', 'template', 'toolkit', 'pack', 'playbook', 'handbook', 'leaflet', 'brochure', 'microsite', 'app', 'integration']);
const VERBS_FIRST = new Set([
  'make', 'get', 'let', 'help', 'ship', 'launch', 'start', 'plan', 'run', 'hold', 'host', 'organise', 'organize', 'book', 'take',
  'give', 'have', 'do', 'keep', 'put', 'bring', 'turn', 'win', 'grow', 'cut', 'fill', 'sell', 'open', 'build', 'deliver', 'offer',
]);
/** Verbs that do take "of" ("Dispose of…", "Make sense of…", "Get rid of…"). */
const OF_VERBS = new Set(['dispose', 'make', 'get', 'take', 'think', 'approve', 'consist', 'rid', 'let', 'run', 'come', 'be', 'become', 'speak', 'hear', 'learn', 'know']);
const PREFIXES = new Set(['post', 'pre', 'non', 'anti', 'mid', 'multi']);
const MODIFIERS = new Set([
  'first', 'second', 'third', 'last', 'next', 'same', 'one', 'two', 'three', 'real', 'full', 'half', 'part', 'high', 'low',
  'long', 'short', 'self', 'multi', 'cross', 'co', 'non', 'pre', 'post', 'end', 'top', 'best', 'well', 'all', 'open',
]);

/** A line ending in a colon and an amount ("…: 4,000", "…: £1.2m", "…: 85%"). */
const METRIC_LABEL = /:\s*[£$€]?\d[\d,.]*\s*(?:%|[kmb]n?|million|bn)?\s*$/i;
/** Where an owner's label ends: a colon, or a dash with spaces round it ("Live Ops - deliver…"). */
const LABEL_END = /:|\s[-\u2013\u2014]+\s/;
const LABEL_JOINS = new Set(['and', '&', 'of']);

/** The words before a label's end, and what follows it; null when the title has no such break. */
function splitLabel(title: string): { owner: Tokenized; names: string[]; rest: string; dash: boolean } | null {
  const m = LABEL_END.exec(title);
  if (!m || m.index <= 0 || m.index > 60) return null;
  const owner = tokenize(title.slice(0, m.index));
  const names = owner.words.map((i) => owner.tokens[i]!.t);
  // "Goals: …" is a list, and "CQC inspection — get every practice rated Good" names its topic, not its owner.
  if (!names.length || names.length > 5 || names.some((w) => CONTAINER_NOUNS.has(w) || TOPIC_NOUNS.has(w))) return null;
  // ("Follow-up backlog — cut by 25% for…": a backlog named before what is done to it is the measure.)
  if (BACKLOGS.has(names[names.length - 1]!)) return null;
  // ("New patient leaflet: looking after your AFO", "Launch webinar: 'Your attack surface…'": a
  // thing made or put on, then its own title, is no one's label.)
  // ("Show apartment refit — Phase 1, block C": a piece of work, then its scope, the same.)
  // (Not when what follows counts, a year or a numbered part aside, or says how things should be:
  // "Water summit — 4,500 delegate passes", "Equipment library: nurses should never have to hunt…".)
  const rest = title.slice(m.index + m[0].length);
  const last = names[names.length - 1]!;
  const thing = DELIVERABLE_NOUNS.has(last) || EVENT_NOUNS.has(last) || PROJECT_NOUNS.has(last);
  const counts = /\d/.test(rest.replace(/\b(?:19|20)\d\d\b/g, '').replace(/\b([a-z]+) (\d+)\b/gi, (whole, word: string) => (IDENTIFIER_BEFORE.has(word.toLowerCase()) ? word : whole)));
  if (names.length >= 2 && thing && !counts && !/\b(?:should|will|can|must|never|always)\b/i.test(rest)) return null;
  return { owner, names, rest, dash: m[0] !== ':' };
}

const BACKLOGS = new Set(['backlog', 'backlogs', 'waiting', 'wait', 'waits']);
/** Reviews a label may name as the topic of what follows. */
const TOPIC_NOUNS = new Set(['inspection', 'inspections', 'audit', 'audits', 'accreditation', 'certification', 'recertification', 'visit', 'investigation']);

/** A team's label: up to three words, no numbers, no function words but joins ("R&D", "Head of…"). */
const teamLabel = (owner: Tokenized, names: readonly string[]): boolean =>
  names.length <= 3 && owner.words.every((i) => owner.tokens[i]!.kind === 'word') && !names.some((w) => FUNCTION_WORDS.has(w) && !LABEL_JOINS.has(w));

const wordsOf = (tz: Tokenized): string[] => tz.words.map((i) => tz.tokens[i]!.t);

/**
 * "Grow revenue - cut costs", "Diagnose endometriosis faster — months, not years": before a dash, a
 * verb opens a clause of the objective, not an owner's label. ("Design — build rooms…": one
 * department's name is the team, though it is a verb too.)
 */
function clauseBeforeDash({ owner, names, dash }: { owner: Tokenized; names: readonly string[]; dash: boolean }): boolean {
  const department = names.length === 1 && SCOPE_WORDS.has(names[0]!);
  return dash && !department && findLead(names, compounds(owner)).lead !== null;
}

/**
 * A clause of the objective before a dash, as `namedLabel` reads it: three words or more, not a
 * name ("Open Gate Families — strategy…") nor a unit ("Contact tracing team — stop TB…"); two, "Ship
 * visiting — Immingham (Rev. Tom)", name a unit.
 */
function verbClause(label: { owner: Tokenized; names: readonly string[]; rest: string; dash: boolean }): boolean {
  const { owner, names, rest } = label;
  // ("Push alert delivery p99 — 10s": a measure's name, however it opens, before its value.)
  if (/\d/.test(rest)) return false;
  const capitals = owner.words.filter((i) => owner.tokens[i]!.cap).length;
  return names.length >= 3 && capitals < names.length && !ORG_UNITS.has(names[names.length - 1]!) && clauseBeforeDash(label);
}

/**
 * "CEO: Make Forgeline the default…", "VP Sales: Grow…", "Mine Ops: shorten…", "Live Ops - deliver…":
 * a role, or a short label of a team, before a colon or a spaced dash says who owns the objective,
 * as handbook pages and cascades write it; the objective is what follows. A label is taken as an
 * owner when it is a few words with no container noun ("Goals: …" is a list) and what follows
 * opens with a verb. Before a dash the label must not open with a verb itself: "Grow revenue - cut
 * costs" is two clauses, not an owner.
 */
function ownerPrefix(title: string): string | null {
  const label = splitLabel(title);
  if (!label) return null;
  const { owner, names, rest } = label;
  if (clauseBeforeDash(label)) return null;
  // ("Completions per adviser per month: 10": a measure's name and its value, no one's line.)
  const tz = tokenize(rest);
  const valueOnly = tz.words.every((k) => tz.tokens[k]!.kind === 'num');
  if (names.some((w) => ROLE_WORDS.has(w) || PERSON_NOUNS.has(w))) return valueOnly ? null : rest;
  if (!teamLabel(owner, names)) return null;
  const words = wordsOf(tz);
  const { lead } = findLead(words, compounds(tz));
  // "Lantern Trust Retail — plan 2027", "… — service plan 2027/28": a verb's form followed only by a
  // period and plan words dates a plan; it does nothing.
  if (lead && tz.words.slice(lead.at + 1).every((k) => isPeriodToken(tz.tokens[k]!) || DATED_BUCKETS.has(tz.tokens[k]!.t))) return null;
  // ("Sales: be the timing company the big races pick": "be" opens an objective too.)
  return words.length >= 2 && (lead !== null || words[0] === 'be' || words[0] === 'become') ? rest : null;
}
/**
 * "After every storm, inspect the defences…", "Before each match, …": an occasion put first says
 * when the work comes round, as it does after the verb ("Inspect the defences after every storm").
 * The line is read in that order, the occasion last.
 */
function frontedOccasion(title: string): string | null {
  const m = /^((?:after|before|following|during|ahead of|at the (?:start|end|close) of) (?:every|each) [^,;:]{1,40}),\s*(\S.*)$/i.exec(title);
  if (!m) return null;
  const rest = m[2]!;
  const tz = tokenize(rest);
  const { lead } = findLead(wordsOf(tz), compounds(tz));
  // (Only the first letter is lowered: a scheme's initials or a place in the clause stay as written.)
  return lead && lead.at === 0 ? `${rest} ${m[1]![0]!.toLowerCase()}${m[1]!.slice(1)}` : null;
}

/** Verbs that take an object and the state it is put in ("Get the invoices signed"). */
const STATE_VERBS = new Set(['get', 'have', 'keep', 'make', 'let', 'see', 'want', 'need', 'turn', 'leave', 'ensure', 'maintain']);
const CHECKING_INITIALS = new Set(['QC', 'QA']);
const SHIFT_PAPERS = new Set(['handover', 'handovers', 'pattern', 'patterns', 'rota', 'rotas', 'log', 'sheet', 'report', 'leader', 'leaders', 'lead', 'change', 'changeover']);
const COMPOUND_CHECKS = new Set(['test', 'check', 'clean', 'wash']);
const EACH_ONE = new Set(['every', 'each', 'all']);

/**
 * "Badge and check in delegates", "Bag, weigh and label flour for the shop": a verb the coach does
 * not know, joined to one it does, does the same work to the same things; the line is read from the
 * verb it knows.
 */
function joinedVerb(title: string): string | null {
  // ("Measure & book in every wedding party": "&" joins them too.)
  const m = /^([A-Za-z][a-z]+)(?:,\s*|\s+and\s+|\s*&\s*)(\S.*)$/.exec(title);
  if (!m || VERBS.has(m[1]!.toLowerCase()) || FUNCTION_WORDS.has(m[1]!.toLowerCase())) return null;
  // ("Rules & plan approval": a plural before "&" is one of two areas, no verb.)
  if (/&/.test(title.slice(m[1]!.length, m[1]!.length + 3)) && /[^s]s$/.test(m[1]!.toLowerCase())) return null;
  const rest = m[2]!;
  const tz = tokenize(rest);
  const words = wordsOf(tz);
  const { lead } = findLead(words, compounds(tz));
  return lead && lead.at === 0 && !lead.inferred && words.length >= 3 ? rest : null;
}

/** Words a dated bucket ends in ("service plan 2027/28", "contract year 2027/28"). */
const DATED_BUCKETS = new Set(['plan', 'year', 'plans']);

/**
 * "Bath: flu jabs 3,000", "Exeter - Flu jabs 2,500": a team's label of capitalised words before a
 * line with no verb is still only who owns it. The title rules keep such a line whole (a heading
 * may well be written so), but copies are compared without the label.
 */
function namedLabel(title: string): string | null {
  const label = splitLabel(title);
  if (!label || !teamLabel(label.owner, label.names) || verbClause(label)) return null;
  const { owner, names, rest } = label;
  // "Bristol kitchen — 40k weekly orders": a label starts with a capital; its other words need not.
  const capitalised = owner.tokens[owner.words[0]!]!.cap;
  // ("Sales: 2,000 units" and "Grow footfall - open on Sundays" name a measure; "Sales — the blue
  // cheese delis ask for by name" is a team's line.)
  if ((names.some((w) => METRIC_HEADS.has(w)) && (/\d/.test(rest) || names.length > 1)) || !capitalised) return null;
  const tz = tokenize(rest);
  // "New donors: 30,000 in London": an amount and its scope after the colon make the label the
  // measure's name ("Bath: 3,000 flu jabs" names what it counts, and Bath is who).
  if (startsWithScopedAmount(tz)) return null;
  // "Peat restored: 1,800 hectares", "Gym memberships — 7,000 incl. corporate": a label saying what
  // was done, or what is counted, before the amount is the measure's name, not a team.
  const last = names[names.length - 1]!;
  const done = (last.length > 4 && last.endsWith('ed')) || IRREGULAR_PARTICIPLES.has(last);
  if (opensWithAmount(tz) && (done || METRIC_HEADS.has(last.replace(/s$/, '')))) return null;
  return tz.words.length >= 2 ? rest : null;
}

const PERIOD_AFTER = new Set(['this', 'next', 'a', 'an', 'each', 'every', 'per']);
/** The line opens with an amount ("30,000", "£750k"). */
function opensWithAmount(tz: Tokenized): boolean {
  let k = 0;
  while (tz.tokens[k]?.kind === 'sym' && CURRENCY.has(tz.tokens[k]!.t)) k++;
  return tz.tokens[k]?.kind === 'num';
}

/** The line opens with an amount ("30,000", "£750k", "85%") followed by nothing, a break or a preposition. */
function startsWithScopedAmount(tz: Tokenized): boolean {
  const { tokens } = tz;
  if (!opensWithAmount(tz)) return false;
  let k = 0;
  while (tokens[k]?.kind === 'sym' && CURRENCY.has(tokens[k]!.t)) k++;
  for (k++; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'num' || (t.kind === 'sym' && (t.glued || t.t === '%'))) continue;
    // ("1,300/month by Q4", "£40/head": the word after a glued slash is the amount's own unit.)
    if (tokens[k - 1]!.t === '/' && tokens[k - 1]!.glued && t.glued) continue;
    return t.kind === 'sym' || PREPOSITIONS.has(t.t) || PERIOD_AFTER.has(t.t);
  }
  return true;
}

/** Per word index, the words glued after it by hyphens ("fact-check" → ["check"]). */
function compounds(tz: Tokenized): Array<string[] | undefined> {
  const out: Array<string[] | undefined> = [];
  const { tokens, words } = tz;
  for (let w = 0; w < words.length; w++) {
    let k = words[w]!;
    let list: string[] | undefined;
    while (tokens[k + 1]?.t === '-' && tokens[k + 1]!.glued && tokens[k + 2]?.glued && tokens[k + 2]!.kind !== 'sym') {
      (list ??= []).push(tokens[k + 2]!.t);
      k += 2;
    }
    out.push(list);
  }
  return out;
}

export function analyse(written: string): Analysis {
  const title = withoutLinks(written);
  const owned = ownerPrefix(title);
  if (owned !== null) return { ...analyse(owned), owned: true };
  const occasion = frontedOccasion(title);
  if (occasion !== null) return analyse(occasion);
  const tz = tokenize(title);
  const words = wordsOf(tz);
  const named = namedLabel(title);
  const found = findLead(words, compounds(tz));
  if (found.lead === null) {
    const joined = joinedVerb(title);
    if (joined !== null) return analyse(joined);
  }
  const { continuing } = found;
  // "Design team: rooms people will travel across the country to play": a verb inside a team's
  // label ("Design") is part of the team's name, and the line after it opens with none.
  let lead = named !== null && found.lead !== null && found.lead.at < words.length - tokenize(named).words.length ? null : found.lead;
  // "REACH registration in place…": a word in capitals, in a line that is not, is an acronym, no verb.
  const first = lead ? tz.tokens[tz.words[lead.at]!] : undefined;
  // ("PDI every new machine", "CIP the line at every product change": initials before "every" or
  // "the" are a procedure done to it, a verb, as no label puts "the" after its first noun.)
  const initials = !!first && first.raw.length >= 3 && first.raw === first.raw.toUpperCase() && /[a-z]/.test(title);
  const procedure = initials && lead?.inferred === true && lead.at === 0 && (EACH_ONE.has(words[1] ?? '') || words[1] === 'the');
  if (initials && !procedure) lead = null;
  // ("Guides' DBS checks for the school tours renewed": a possessive is a noun, no verb.)
  if (first && lead?.at === 0 && /\w['’]s?$/.test(first.raw)) lead = null;
  if (procedure && EACH_ONE.has(words[1] ?? '')) lead = { at: 0, verb: 'check', particle: '' };
  // "Leak test every system", "Temp check the fridges", "Pressure test each vessel": a noun and the
  // check made with it, a verb of two words.
  // ("PAT test and tag every electric tool…": a second verb on the same things.)
  const checked = words[2] === 'and' ? words[4] : words[2];
  if (!lead && COMPOUND_CHECKS.has(words[1] ?? '') && (EACH_ONE.has(checked ?? '') || checked === 'the') && !FUNCTION_WORDS.has(words[0] ?? '') && tz.tokens[tz.words[1]!]!.kind === 'word') lead = { at: 1, verb: words[1]!, particle: '' };
  // "QC every batch before it is released", "QA each release": checking, said by its initials.
  // ("QC a sample off each pallet before it's loaded": a part of each one, checked.)
  const ofEach = EACH_ONE.has(words[1] ?? '') || ((words[1] === 'a' || words[1] === 'the') && words.slice(2, 6).some((w) => EACH_ONE.has(w)));
  if (!lead && CHECKING_INITIALS.has(tz.tokens[tz.words[0] ?? -1]?.raw ?? '') && ofEach) lead = { at: 0, verb: 'check', particle: '' };
  // "Paying firms on annual plans: 4,000": a first word in -ing over a count after a colon names
  // what is counted; it does nothing.
  if (lead && lead.at === 0 && (words[0] ?? '').endsWith('ing') && METRIC_LABEL.test(title)) lead = null;
  // "Build servers patched monthly", "Test rigs calibrated quarterly": a plural, then a participle
  // and nothing but a beat, after the first word is a thing and what is done to it; the first word
  // is part of its name.
  // ("Get the invoices signed", "Keep records updated": a verb that takes an object and its state.)
  const done = (w: string) => (w.length > 4 && w.endsWith('ed')) || IRREGULAR_PARTICIPLES.has(w);
  if (lead && lead.at === 0 && !lead.particle && !STATE_VERBS.has(lead.verb) && /[^s]s$/.test(words[1] ?? '') && done(words[2] ?? '') && (words[3] === undefined || FREQUENCY.has(words[3]))) lead = null;

  // The object: from after the verb (and its particle) to the first preposition or clause break.
  // Hyphen-glued words stay inside ("hours-of-service training").
  const object: string[] = [];
  const objectTokens: Token[] = [];
  let wi = 0;
  let started = lead === null;
  const skipUntil = lead ? lead.at + 1 + (lead.particle && lead.particle !== 'to' ? 1 : 0) : 0;
  for (let k = 0; k < tz.tokens.length; k++) {
    const tok = tz.tokens[k]!;
    // A short aside in brackets ("safeguarding (PSEA) training") is read past, not taken as a break.
    if (tok.t === '(' && started && object.length) {
      const close = tz.tokens.findIndex((t, j) => j > k && t.t === ')');
      if (close > k && close - k <= 4) {
        wi += tz.tokens.slice(k + 1, close).filter((t) => t.kind !== 'sym').length;
        k = close;
        continue;
      }
    }
    if (tok.kind === 'sym') {
      // A full stop inside an abbreviation ("GLOBALG.A.P.", "e.g.") is not the end of a clause.
      // Nor is the one in "No. 2" before a thing's number ("Rebuild the No. 2 kiln floor").
      const abbreviation = tok.t === '.' && (tz.tokens[k + 1]?.glued === true || (tz.tokens[k - 1]?.t === 'no' && tz.tokens[k + 1]?.kind === 'num'));
      if (started && BREAKS.has(tok.t) && !abbreviation && object.length) break;
      continue;
    }
    const idx = wi++;
    if (!started) {
      if (idx + 1 >= skipUntil) started = true;
      continue;
    }
    // "hours-of-service", "on-call rota": a preposition glued into a compound is part of the noun.
    const next = tz.tokens[k + 1];
    const inCompound = (tok.glued && tz.tokens[k - 1]?.t === '-') || (next?.t === '-' && next.glued && tz.tokens[k + 2]?.glued === true);
    // ("Ship v4.0 of the form designer": a version or a count of something is read on to the thing.)
    const bare = tok.t === 'of' && !objectTokens.some((t) => t.kind === 'word');
    if (object.length && !inCompound && PREPOSITIONS.has(tok.t) && !bare) break;
    if (!object.length && (tok.t === 'to' || tok.t === 'on' || tok.t === 'with')) continue;
    object.push(tok.t);
    objectTokens.push(tok);
  }
  // The head is the last noun-ish word, after dropping trailing periods ("Goals H2", "targets 2026").
  let end = objectTokens.length;
  while (end > 0 && isPeriodToken(objectTokens[end - 1]!)) end--;
  let head = '';
  for (let k = end - 1; k >= 0; k--) {
    const tok = objectTokens[k]!;
    if (tok.kind === 'word') {
      head = tok.t;
      break;
    }
  }
  return { tz, subject: named === null ? tz : tokenize(named), words, lead, continuing, head, object, quantities: findQuantities(tz) };
}
