/**
 * Normalising and tokenising titles. Everything the rules know about a title comes from here, so
 * the rules can reason about words and numbers instead of raw strings.
 */

export type TokenKind = 'word' | 'num' | 'code' | 'ord' | 'sym';

export interface Token {
  /** Lower-cased text ("5m", "revenue", "q3", "%"). */
  t: string;
  /** The text as written, for suggestions shown back to the user. */
  raw: string;
  kind: TokenKind;
  /** True when nothing separates this token from the one before ("Tier-1": "-" and "1" are glued). */
  glued: boolean;
  /** The surface form started with a capital letter. */
  cap: boolean;
  /** Numeric value for `num` tokens, magnitude suffix applied ("5m" → 5,000,000). */
  value: number;
  /** Letters glued after the digits of a `num` ("k", "m", "bn", "x", "h"). */
  suffix: string;
}

export interface Tokenized {
  tokens: Token[];
  /** Indices of the non-symbol tokens, the ones sentences are made of. */
  words: number[];
  /** Most words are capitalised ("Grow Strategic Advisory Revenue"), so capitals carry no signal. */
  titleCase: boolean;
}

/**
 * Spelling variants that mean the same thing. Rewritten before tokenising so that every rule and
 * the clone comparison see one form.
 */
const PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\u2018\u2019\u02bc]/g, "'"],
  [/[\u201c\u201d]/g, '"'],
  // A spaced dash separates clauses; an unspaced hyphen joins a compound. Keep them apart.
  [/\s[\u2013\u2014-]+\s/g, ' ; '],
  [/[\u2010\u2011\u2013]/g, '-'],
  [/\be-?(learning|mail)\b/gi, 'e$1'],
  [/\b(?:1[:-]1s?|one[- ](?:to|on)[- ]ones?)\b/gi, 'oneonones'],
  [/\b(?:no\.?\s?1|number\s(?:1|one))\b/gi, '#1'],
  [/\bper\scent\b/gi, 'percent'],
  // "7 am" is "7am": one clock time however it is spaced.
  [/\b(\d{1,2})\s(am|pm)\b/gi, '$1$2'],
  [/\bup-to-date\b/gi, 'up to date'],
  // ("…upto date": typed as one word.)
  [/\bupto\b/gi, 'up to'],
  [/\b(stand|check|follow|sign|roll)-(ups?|ins?|offs?|outs?)\b/gi, '$1$2'],
  [/\bto-dos?\b/gi, 'todos'],
  [/\bcodes? of (?:conduct|practice|ethics)\b/gi, 'conductcode'],
];

/** Cheap test for "could any phrase rewrite apply?", so most titles skip the rewrites entirely. */
const MAY_REWRITE = /[^\x00-\x7f]|\s-+\s|e-?(?:learning|mail)|1[:-]1|one|no\.?\s?1|number|per cent|-|code|\d\s[ap]m|\/|www\.|upto/i;

/** A release named by its version as one word ("v2", "v4.0" reads "v4"): a thing, never an amount. */
export const isVersionWord = (w: string): boolean => /^v\d/.test(w);

/**
 * A link says where the work is written up, never what it is ("… (see notion.so/tablr/infra)",
 * "… — see Drive/Training/2026", "… — Drive/Sales/Creds/2026"): left out before anything else reads
 * the title, a spaced dash included, so the path is never taken for the title after an owner's dash.
 */
export function withoutLinks(title: string): string {
  let s = title;
  if (s.includes('/') || /www\./i.test(s)) s = s.replace(BRACKETED_LINK, '').replace(LINK, '').replace(SEE_PATH, '');
  if (s.includes('/') || s.includes('>')) s = s.replace(DRIVE_PATH, '');
  return s;
}

export function normalizeTitle(title: string): string {
  if (!MAY_REWRITE.test(title)) return title.trim();
  let s = withoutLinks(title);
  // Accents are dropped ("café" is "cafe"), as plans type the same word both ways.
  if (/[^\x00-\x7f]/.test(s)) s = s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').normalize('NFKC');
  for (const [re, to] of PHRASES) s = s.replace(re, to);
  return s.replace(/\s+/g, ' ').trim();
}

const URL_SOURCE = String.raw`(?:https?:\/\/\S+|www\.\S+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|so|app|dev|co\.uk|org\.uk|gov\.uk|nhs\.uk|ac\.uk)\/\S*)`;
const BRACKETED_LINK = new RegExp(String.raw`\s*\((?:see|link|ref|cf\.?|via)?:?\s*${URL_SOURCE}\s*\)`, 'gi');
/** "— see Drive/Training/2026", "(see Ops/Rotas)": where a file is kept. */
// (Only after a dash or a bracket, and a path that starts with a letter: "see 24/7 support" is a sentence.)
const SEE_PATH = /\s*(?:[-\u2013\u2014]\s*\(?|\()\s*see\s+[A-Za-z][\w.-]*(?:\/[\w.-]+)+\/?\)?/gi;
// (Folders may have spaces in their names: "/Shared Documents/Leaf Fall 2025.docx".)
const DRIVE_PATH = /\s*(?:[-\u2013\u2014]\s*\(?|\()\s*(?:Drive|SharePoint|Notion|Dropbox|OneDrive|Confluence|Teams|Box)\s*[/>]\s*[\w.-]+(?:\s*[/>]\s*[\w.-]+(?: [\w.-]+)*)*\s*\/?\)?\s*$/gi;
const LINK = new RegExp(String.raw`\s*(?:see\s+)?${URL_SOURCE}`, 'gi');

const MAGNITUDE: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, mm: 1e6, mn: 1e6, bn: 1e9, b: 1e9 };
/** Suffixes that still mean "an amount of something" rather than a name (5g, 3d are names). */
// ("6p", "50p": pence.)
// ("800ms": milliseconds, a time.)
const AMOUNT_SUFFIX = new Set(['k', 'm', 'mm', 'mn', 'bn', 'b', 'x', 'h', 'hr', 'hrs', 'pc', 'p', 'ms']);

const DIGIT = /\d/;
const TOKEN_RE = /(\d+(?:[.,]\d+)*)(\p{L}*)|(\p{L}[\p{L}\p{N}]*(?:'\p{L}+)?)|([#$€£¥%+\-/:&.;,()!?"])/gu;

/** Small words whose common slips would otherwise hide a whole rule ("evry", "teh", "adn"). */
const HURRIED: Readonly<Record<string, string>> = { evry: 'every', eveyr: 'every', evrey: 'every', teh: 'the', adn: 'and', wiht: 'with', whithin: 'within', witin: 'within', morining: 'morning', mornign: 'morning', evenign: 'evening', wekly: 'weekly', dialy: 'daily' };

/** Words whose "'s" is "is", not a possessive ("it's due", "that's"). */
// ("everyone's", "someone's" are possessives as often as not, so they stay words of their own.)
const CONTRACTED_IS = new Set(['it', 'that', 'there', 'here', 'what', 'who', 'he', 'she', 'where', 'when']);

export function tokenize(title: string): Tokenized {
  const s = normalizeTitle(title);
  // Lower-case once; when that keeps every index in place (it does for all but a few scripts),
  // token texts and capitals can be read by position instead of per token.
  const lower = s.toLowerCase();
  const aligned = lower.length === s.length;
  const tokens: Token[] = [];
  const words: number[] = [];
  let lastEnd = -1;
  let insertIs = false;
  let capitals = 0;
  let long = 0;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(s); m; m = TOKEN_RE.exec(s)) {
    const glued = m.index === lastEnd;
    lastEnd = m.index + m[0].length;
    const end = m.index + m[0].length;
    let t = aligned ? lower.slice(m.index, end) : m[0].toLowerCase();
    // "iPhone", "eBay": a capital anywhere marks a name.
    const cap = t !== m[0];
    let kind: TokenKind;
    let value = NaN;
    let suffix = '';
    if (m[1] !== undefined) {
      suffix = (m[2] ?? '').toLowerCase();
      const digits = m[1];
      // "1,200" is a thousands separator; "1,5" (rare in English plans) is read the same way.
      const n = Number(digits.includes(',') ? digits.replace(/,(?=\d{3}(?:\D|$))/g, '').replace(/,/g, '.') : digits);
      if (suffix === '') kind = 'num';
      else if (/^(st|nd|rd|th)$/.test(suffix)) kind = 'ord';
      else if (AMOUNT_SUFFIX.has(suffix)) kind = 'num';
      else kind = 'code';
      value = kind === 'num' ? n * (MAGNITUDE[suffix] ?? 1) : NaN;
    } else if (m[3] !== undefined) {
      kind = DIGIT.test(m[3]) ? 'code' : 'word';
      // Possessives are the same word for every rule ("region's first choice"); "it's" is "it is".
      if (t.endsWith("'s")) {
        t = t.slice(0, -2);
        if (CONTRACTED_IS.has(t)) insertIs = true;
      }
      // A few small words typed in a hurry ("before evry shift") read as meant.
      t = HURRIED[t] ?? t;
      // The first word is capitalised in any case, so it says nothing about the title's style.
      if (kind === 'word' && t.length > 3 && words.length > 0) {
        long++;
        if (cap) capitals++;
      }
    } else kind = 'sym';
    // ("Fitters' Christmas do": a plural's apostrophe is kept in the word as written, so a rule can
    // tell whose it is.)
    const raw = kind === 'word' && t.endsWith('s') && s[end] === "'" ? `${m[0]}'` : m[0];
    tokens.push({ t, raw, kind, glued, cap, value, suffix });
    if (kind !== 'sym') words.push(tokens.length - 1);
    if (insertIs) {
      tokens.push({ t: 'is', raw: "'s", kind: 'word', glued: true, cap: false, value: NaN, suffix: '' });
      words.push(tokens.length - 1);
      insertIs = false;
    }
  }
  return { tokens, words, titleCase: long >= 2 && capitals / long >= 0.6 };
}

/**
 * Verb lemmas for a word, most likely first, so "attending", "attends" and "attended" all find
 * "attend" without a dictionary of inflections.
 */
/** A plural noun or a verb's -s form, not a word in -ss ("slots", "goes"; not "glass"). */
export const plural = (w: string): boolean => /[^s]s$/.test(w);

export function lemmas(w: string): string[] {
  const out = [w];
  const n = w.length;
  if (n > 4 && w.endsWith('ies')) out.push(w.slice(0, -3) + 'y');
  if (n > 3 && w.endsWith('es')) out.push(w.slice(0, -2));
  if (n > 3 && w.endsWith('s') && !w.endsWith('ss')) out.push(w.slice(0, -1));
  if (n > 5 && w.endsWith('ing')) {
    const b = w.slice(0, -3);
    out.push(b, b + 'e');
    if (b.length > 2 && b[b.length - 1] === b[b.length - 2]) out.push(b.slice(0, -1));
  }
  if (n > 4 && w.endsWith('ied')) out.push(w.slice(0, -3) + 'y');
  if (n > 4 && w.endsWith('ed')) {
    const b = w.slice(0, -2);
    out.push(b, b + 'e');
    if (b.length > 2 && b[b.length - 1] === b[b.length - 2]) out.push(b.slice(0, -1));
  }
  return out;
}

/** British and American spellings of the same word, so a copied goal is caught across both. */
const SPELLING: ReadonlyArray<readonly [RegExp, string]> = [
  [/isation/, 'ization'],
  [/ise(d|s)?$/, 'ize$1'],
  [/ising$/, 'izing'],
  // "galvaniser" ~ "galvanizer", "organisers" ~ "organizers".
  [/iser(s)?$/, 'izer$1'],
  [/mme(s)?$/, 'm$1'],
  [/tre(s)?$/, 'ter$1'],
  // ("colours" ~ "colors", but "hours", "tours" and "flour" are no British spellings.)
  [/(?<!^(?:h|f|t|y|p|s|fl|sc|dev|cont|det|param))our(s)?$/, 'or$1'],
  [/logue(s)?$/, 'log$1'],
  [/ae/, 'e'],
  // "travellers" / "travelers", "cancelled" / "canceled": British doubles the l of an unstressed syllable.
  [/([^aeiou][aeiou])ll(er|ers|ed|ing)$/, '$1l$2'],
  // "preventative" / "preventive", "interpretative" / "interpretive".
  [/(\w{4})ative$/, '$1ive'],
];

/**
 * A crude stem: enough to make "programmes", "program" and "programs" one token, and "relationship"
 * and "relationships" one token. Precision here matters less than being the same on both sides.
 */
const MAY_RESPELL = /isation|is(?:e|ed|es|ing|er|ers)$|mmes?$|tres?$|ours?$|logues?$|ae|ll(?:er|ers|ed|ing)$|ative$/;

/**
 * Plans reuse a small vocabulary, so stems are remembered. Bounded, so a long session pasting
 * unusual text cannot grow it without limit; clearing it only costs recomputation.
 */
const stems = new Map<string, string>();
const STEM_CACHE_LIMIT = 50_000;

export function stem(word: string): string {
  let w = stems.get(word);
  if (w === undefined) {
    if (stems.size >= STEM_CACHE_LIMIT) stems.clear();
    stems.set(word, (w = computeStem(word)));
  }
  return w;
}

/** Particles' plurals as compounds write them ("pop-ups", "check-ins", "call-outs"): the particle. */
const PARTICLE_PLURALS = new Set(['ups', 'ins', 'outs', 'offs', 'ons', 'downs', 'overs', 'bys']);

const IRREGULAR_TAILS: ReadonlyArray<readonly [string, string]> = [['kept', 'keep'], ['built', 'build'], ['written', 'write'], ['bought', 'buy'], ['taught', 'teach']];

function computeStem(word: string): string {
  let w = word;
  if (PARTICLE_PLURALS.has(w)) return w.slice(0, -1);
  // "gatekept" ~ "gatekeeping": an irregular participle at the end of a compound.
  for (const [tail, base] of IRREGULAR_TAILS) if (w.length > tail.length + 2 && w.endsWith(tail)) return computeStem(w.slice(0, -tail.length) + base);
  if (w.length > 4 && MAY_RESPELL.test(w)) for (const [re, to] of SPELLING) w = w.replace(re, to);
  // "installation" ~ "install", "automation" ~ "automat(e)": the act and the verb.
  if (w.length > 8 && w.endsWith('ations')) w = w.slice(0, -6);
  else if (w.length > 7 && w.endsWith('ation')) w = w.slice(0, -5);
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && /(ches|shes|sses|xes)$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  // "diagnosis" ~ "diagnose", "analysis" ~ "analyse": the act and the verb.
  else if (w.length > 6 && /[oy]sis$/.test(w)) w = w.slice(0, -2);
  // Place adjectives meet their places: "North American" ~ "North America", "Asian" ~ "Asia".
  if (w.length >= 5 && /[ic]an$/.test(w)) w = w.slice(0, -1);
  // "European" ~ "Europe".
  else if (w.length >= 7 && w.endsWith('ean')) w = w.slice(0, -2);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 3 && w[w.length - 1] === w[w.length - 2] && !/[aeiousl]$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}
