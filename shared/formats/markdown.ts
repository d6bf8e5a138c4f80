import { KR_KINDS, KR_KIND_LABEL, LEVELS, LEVEL_LABEL, type KeyResult, type KrKind, type Level, type Objective } from '../model';
import { canonicalOrder } from './order';
import type { ExportablePlan } from './types';
import { parseNumber } from '../number';

/*
 * Markdown outline. One bullet per objective, nested by parent; key results are sub-bullets marked
 * “KR:” with their numbers in parentheses; a description is a block quote under its objective.
 *
 *   # Plan name
 *
 *   - North Star: **Grow revenue** — Leadership · 2026
 *     > Why this matters.
 *     - KR: Sign new accounts (0 → 5 → 12 accounts)
 *     - Strategic Bridge: **Deepen relationships** — Account Management · 2026
 *
 * Line breaks inside single-line fields become spaces; special characters are backslash-escaped.
 */

/* ---------------------------------------------------------------- escaping */

const BASE = '\\*_`[]<~';
const ESCAPE_SETS = {
  title: BASE,
  krTitle: `${BASE}()`,
  meta: `${BASE}—–·`,
  unit: `${BASE}(),`,
} as const;

const oneLine = (s: string): string => s.replace(/\r\n|\r|\n/g, ' ');

function escapeMd(s: string, set: string): string {
  let out = '';
  for (const ch of oneLine(s)) out += set.includes(ch) ? `\\${ch}` : ch;
  // An ampersand that would read as a character reference (&amp;) is escaped; "R&D" stays as it is.
  return out.replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}

/** Characters a backslash escapes on import: ASCII punctuation (as in CommonMark) and — – · →. */
const isEscapable = (ch: string | undefined): boolean => ch !== undefined && /[!-/:-@[-`{-~—–·→]/.test(ch);

export function unescapeMd(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '\\' && isEscapable(s[i + 1])) {
      out += s[i + 1];
      i++;
    } else out += ch;
  }
  return out;
}

/** Index of the first character at or after `from` that is not escaped and passes `test`, or -1. */
function findUnescaped(s: string, from: number, test: (i: number) => boolean): number {
  for (let i = from; i < s.length; i++) {
    if (s[i] === '\\' && isEscapable(s[i + 1])) {
      i++;
      continue;
    }
    if (test(i)) return i;
  }
  return -1;
}

const fmt = (n: number): string => String(n);

/* ---------------------------------------------------------------- export */

/** The kind a reader assumes from the numbers alone; any other kind is written out. */
const inferKind = (start: number, target: number): KrKind => (target < start ? 'decrease' : 'increase');

function krLine(kr: KeyResult): string {
  const unit = kr.unit.trim() ? ` ${escapeMd(kr.unit, ESCAPE_SETS.unit)}` : '';
  const kind = kr.kind !== inferKind(kr.start, kr.target) ? `, ${kr.kind.replace(/_/g, ' ')}` : '';
  return `KR: ${escapeMd(kr.title, ESCAPE_SETS.krTitle)} (${fmt(kr.start)} → ${fmt(kr.current)} → ${fmt(kr.target)}${unit}${kind})`;
}

/** A readable outline that `parseMarkdown` reads back (titles, owners, periods, levels, descriptions, KR numbers). */
export function planToMarkdown(plan: ExportablePlan): string {
  const out: string[] = [];
  const name = oneLine(plan.meta.name).trim();
  if (name) out.push(`# ${escapeMd(name, `${BASE}#`)}`, '');
  for (const { objective: o, depth, keyResults } of canonicalOrder(plan.objectives, plan.keyResults).objectives) {
    const pad = '  '.repeat(depth);
    const inner = `${pad}  `;
    const owner = o.owner.trim() ? ` — ${escapeMd(o.owner, ESCAPE_SETS.meta)}` : '';
    const period = o.period.trim() ? ` · ${escapeMd(o.period, ESCAPE_SETS.meta)}` : '';
    const label = LEVEL_LABEL[o.level] ?? o.level;
    out.push(`${pad}- ${label}: **${escapeMd(o.title, ESCAPE_SETS.title)}**${owner}${period}`);
    if (o.description !== '') {
      for (const l of o.description.split(/\r\n|\r|\n/)) out.push(l === '' ? `${inner}>` : `${inner}> ${l}`);
    }
    for (const kr of keyResults) out.push(`${inner}- ${krLine(kr)}`);
  }
  return `${out.join('\n')}\n`;
}

/* ---------------------------------------------------------------- import */

const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

const LEVEL_WORDS = new Map<string, Level>([
  ...LEVELS.map((l) => [norm(l), l] as [string, Level]),
  ...(Object.entries(LEVEL_LABEL) as Array<[Level, string]>).map(([l, label]) => [norm(label), l] as [string, Level]),
  ['bridge', 'bridge'],
]);

const KIND_WORDS = new Map<string, KrKind>([
  ...KR_KINDS.map((k) => [norm(k), k] as [string, KrKind]),
  ...(Object.entries(KR_KIND_LABEL) as Array<[KrKind, string]>).map(([k, label]) => [norm(label), k] as [string, KrKind]),
  ['increasing', 'increase'],
  ['decreasing', 'decrease'],
  ['up', 'increase'],
  ['down', 'decrease'],
]);

// "KR:", "Key result 2 -", and the handbook's "CEO KR:" / "Sales KR:" (a capitalised role before it).
export const KR_MARK =
  /^(?:\*\*)?(?:\p{Lu}[\p{L}&/]*[ \t]){0,3}?(?:[Kk][Rr]|[Kk]ey[ -]?[Rr]esults?)[ \t]*\d*[ \t]*(?::(?:\*\*)?[ \t]*|[.)–—-](?:\*\*)?(?:[ \t]+|$))/u;
const LEVEL_PREFIX = /^([\p{L} _-]{1,40}?)[ \t]*:[ \t]*/u;
const NUM = String.raw`[+\-−]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+\-]?\d+)?`;
const ARROW = String.raw`[ \t]*(?:→|->|=>|⟶)[ \t]*`;
const THREE_NUMBERS = new RegExp(String.raw`^[ \t]*(${NUM})${ARROW}(${NUM})${ARROW}(${NUM})(.*)$`, 's');
const TWO_NUMBERS = new RegExp(String.raw`^[ \t]*(${NUM})${ARROW}(${NUM})(.*)$`, 's');

// NUM only lets plain numbers through; the one number module reads them (NaN stops the parse).
const toNumber = (s: string): number => {
  const r = parseNumber(s, 'en-US');
  return r.ok ? r.value : Number.NaN;
};

/** Start of a separator (— – ·) that is not escaped and follows a space (or starts the text). */
const isSeparatorAt = (s: string, i: number, chars: string): boolean =>
  chars.includes(s[i]!) && (i === 0 || /\s/.test(s[i - 1]!));

export interface ParsedNumbers {
  start: number;
  current: number;
  target: number;
  unit: string;
  kind: KrKind | null;
}

/** `0 → 5 → 12 accounts`, `0 → 12 accounts` (current = start), with an optional `, stay above` (the kind). */
function parseNumbers(inner: string): ParsedNumbers | null {
  let start: number;
  let current: number;
  let target: number;
  let rest: string;
  const three = THREE_NUMBERS.exec(inner);
  if (three) {
    start = toNumber(three[1]!);
    current = toNumber(three[2]!);
    target = toNumber(three[3]!);
    rest = three[4]!;
  } else {
    const two = TWO_NUMBERS.exec(inner);
    if (!two) return null;
    start = toNumber(two[1]!);
    current = start;
    target = toNumber(two[2]!);
    rest = two[3]!;
  }
  if (![start, current, target].every(Number.isFinite)) return null;
  let kind: KrKind | null = null;
  let comma = -1;
  for (let at = findUnescaped(rest, 0, (i) => rest[i] === ','); at !== -1; at = findUnescaped(rest, at + 1, (i) => rest[i] === ',')) {
    comma = at;
  }
  if (comma !== -1) {
    const word = KIND_WORDS.get(norm(rest.slice(comma + 1)));
    if (word) {
      kind = word;
      rest = rest.slice(0, comma);
    }
  }
  return { start, current, target, unit: unescapeMd(rest).trim(), kind };
}

interface ParsedKr {
  title: string;
  numbers: ParsedNumbers | null;
}

export function parseKr(raw: string): ParsedKr {
  const text = raw.trimEnd();
  const endsWithGroup = text.endsWith(')') && findUnescaped(text, 0, (i) => i === text.length - 1) === text.length - 1;
  if (endsWithGroup) {
    const opens: number[] = [];
    for (let at = findUnescaped(text, 0, (i) => text[i] === '('); at !== -1; at = findUnescaped(text, at + 1, (i) => text[i] === '(')) {
      opens.push(at);
    }
    for (let k = opens.length - 1; k >= 0; k--) {
      const p = opens[k]!;
      const numbers = parseNumbers(text.slice(p + 1, -1));
      if (numbers) return { title: unescapeMd(text.slice(0, p)).trim(), numbers };
    }
  }
  return { title: unescapeMd(text).trim(), numbers: null };
}

interface ParsedObjective {
  level: Level | null;
  title: string;
  owner: string | null;
  period: string | null;
  /** Text after the title that was not understood. */
  leftover: string | null;
}

export function parseObjective(raw: string): ParsedObjective {
  let text = raw.trim();
  let level: Level | null = null;
  const prefix = LEVEL_PREFIX.exec(text);
  if (prefix) {
    const hit = LEVEL_WORDS.get(norm(prefix[1]!));
    if (hit) {
      level = hit;
      text = text.slice(prefix[0].length);
    }
  }
  let title: string;
  let tail: string;
  const close = text.startsWith('**') ? findUnescaped(text, 2, (i) => text.startsWith('**', i)) : -1;
  if (close !== -1) {
    title = unescapeMd(text.slice(2, close));
    tail = text.slice(close + 2).trim();
  } else {
    const sep = findUnescaped(text, 0, (i) => isSeparatorAt(text, i, '—–·'));
    const end = sep === -1 ? text.length : sep;
    title = unescapeMd(text.slice(0, end)).trim();
    tail = text.slice(end).trim();
  }
  let owner: string | null = null;
  let period: string | null = null;
  let leftover: string | null = null;
  if (tail !== '') {
    if (tail.startsWith('—') || tail.startsWith('–')) {
      const dot = findUnescaped(tail, 1, (i) => isSeparatorAt(tail, i, '·'));
      owner = unescapeMd(tail.slice(1, dot === -1 ? undefined : dot)).trim();
      if (dot !== -1) period = unescapeMd(tail.slice(dot + 1)).trim();
    } else if (tail.startsWith('·')) {
      period = unescapeMd(tail.slice(1)).trim();
    } else leftover = tail;
  }
  return { level, title, owner, period, leftover };
}
