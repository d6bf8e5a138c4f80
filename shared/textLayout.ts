/**
 * Text measurement and greedy word wrap with the real advance widths of the card font (Noto Sans,
 * shared/fontMetrics.ts). Pure: no Node, no DOM; the screen, the SVG/PNG and the PDF take their
 * card lines from here (through shared/card.ts), so they wrap alike.
 *
 * Lines break after spaces, after hyphens and dashes, and on either side of East Asian wide
 * characters; a word longer than a line is split between characters (as CSS
 * `overflow-wrap: anywhere`). Spaces at a line end hang (they take no width). Past `maxLines` the
 * last line ends in an ellipsis.
 *
 * Speed: one Float32Array lookup per character, no allocation unless lines are asked for.
 */
import { NOTO_SANS_ADVANCES, UNITS_PER_EM } from './fontMetrics';

export type FaceName = 'regular' | 'semibold';

/** Advance widths in em for code points below TABLE_SIZE; NaN where the font has no glyph. */
const TABLE_SIZE = 0x2800;
const tables: Record<FaceName, Float32Array> = { regular: table('regular'), semibold: table('semibold') };

function table(face: FaceName): Float32Array {
  const t = new Float32Array(TABLE_SIZE).fill(Number.NaN);
  for (const [first, list] of NOTO_SANS_ADVANCES[face]) {
    const ws = list.split(',');
    for (let i = 0; i < ws.length; i++) {
      const w = Number(ws[i]);
      if (w >= 0) t[first + i] = w / UNITS_PER_EM;
    }
  }
  // Controls and zero-width characters (joiners, selectors) take no room.
  for (let cp = 0; cp < 0x20; cp++) t[cp] = 0;
  for (let cp = 0x200b; cp <= 0x200f; cp++) t[cp] = 0;
  return t;
}

/** Marks, joiners, selectors and emoji modifiers: no width, never a line start. */
export function isJoining(cp: number): boolean {
  return (
    (cp >= 0x300 && cp <= 0x36f) ||
    (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x1dc0 && cp <= 0x1dff) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xfe20 && cp <= 0xfe2f) ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
    (cp >= 0xe0000 && cp <= 0xe01ef)
  );
}

/** East Asian wide characters (and emoji): a line may break on either side of them. */
export function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f000 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/**
 * Width in em of a code point. Characters Noto Sans lacks are drawn by a fallback font the app does
 * not control, so they take a conservative width: 1 em for CJK and other wide characters (their
 * fonts' usual advance), 1.3 em for emoji, and 1 em for anything else unknown (wider than any Latin
 * letter but W and M).
 */
export function advance(cp: number, face: FaceName): number {
  if (cp < TABLE_SIZE) {
    const w = tables[face][cp]!;
    if (w === w) return w;
  }
  if (isJoining(cp)) return 0;
  if (cp >= 0x1f000 && cp <= 0x1faff) return 1.3;
  return 1;
}

/** Width in px of `text` at `size` px (no kerning). */
export function textWidth(text: string, size: number, face: FaceName = 'regular'): number {
  let em = 0;
  const t = tables[face];
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp < TABLE_SIZE) {
      const w = t[cp]!;
      em += w === w ? w : 1;
      continue;
    }
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        i++;
      }
    }
    em += advance(cp, face);
  }
  return em * size;
}

export interface Font {
  face: FaceName;
  /** px */
  size: number;
}

export interface Wrapped {
  lines: string[];
  /** Text was left out: the last line ends in an ellipsis. */
  truncated: boolean;
}

export const ELLIPSIS = '\u2026';

/** Whitespace runs as one space, no leading or trailing space: text as a card shows it. */
export function normalizeSpace(s: string): string {
  // Most titles are clean already: one scan, no regular expression, no copy.
  let prevSpace = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) {
      if (prevSpace) return s.replace(/\s+/g, ' ').trim();
      prevSpace = true;
    } else if (c < 0x20 || (c >= 0x7f && c <= 0xa0) || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) {
      return s.replace(/\s+/g, ' ').trim();
    } else prevSpace = false;
  }
  return prevSpace && s.length > 0 ? s.trimEnd() : s;
}

/** The character at i joins the one before it (zero-width joiner, variation selector, skin tone). */
function joinsNext(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 0x200d || (c >= 0xfe00 && c <= 0xfe0f) || (c === 0xd83c && (text.charCodeAt(i + 1) & 0xfff8) === 0xdff8 && text.charCodeAt(i + 1) >= 0xdffb);
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** Hyphen-minus, hyphen, en dash, em dash: a line may break after them. */
const isDash = (c: number): boolean => c === 0x2d || c === 0x2010 || c === 0x2013 || c === 0x2014;

/**
 * The core of wrapping: line boundaries of `text` (normalised) at `maxWidth` px. Fills `starts` and
 * `ends` (code-unit offsets; a line keeps the spaces that hang at its end, so the lines joined
 * are the text) when given. Returns the number of
 * lines the whole text takes (uncapped), or stops at `maxLines + 1` lines since nothing more is
 * needed.
 */
function breakLines(text: string, font: Font, maxWidth: number, maxLines: number, starts: number[] | null, ends: number[] | null): number {
  const n = text.length;
  if (n === 0) {
    starts?.push(0);
    ends?.push(0);
    return 1;
  }
  const t = tables[font.face];
  const max = maxWidth / font.size;
  let lines = 0;
  let lineStart = 0;
  let w = 0; // em from lineStart to i
  let brk = -1; // last break opportunity on this line (offset of the next line's start)
  let wAtBrk = 0; // em from lineStart to brk
  for (let i = 0; i < n; ) {
    let cp = text.charCodeAt(i);
    let len = 1;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        len = 2;
      }
    }
    if (cp === 0x20) {
      // A space hangs: it never overflows; a break opportunity follows it.
      let j = i;
      while (j < n && text.charCodeAt(j) === 0x20) j++;
      const adv = (j - i) * t[0x20]!;
      w += adv;
      brk = j;
      wAtBrk = w;
      i = j;
      continue;
    }
    let adv: number;
    if (cp < TABLE_SIZE) {
      const a = t[cp]!;
      adv = a === a ? a : 1;
    } else adv = advance(cp, font.face);
    // Regional indicators (flags) and characters after a zero-width joiner stay with what is before them.
    const wide = cp >= 0x1100 && isWide(cp) && !(cp >= 0x1f1e6 && cp <= 0x1f1ff);
    if (wide && i > lineStart && brk !== i && text.charCodeAt(i - 1) !== 0x200d) {
      // Break opportunity before a wide character.
      brk = i;
      wAtBrk = w;
    }
    if (w + adv > max && adv > 0 && i > lineStart) {
      if (lines + 1 > maxLines) return lines + 1;
      // At the last break opportunity, or (one word longer than the line) before this character.
      const split = brk <= lineStart;
      if (starts !== null && ends !== null) {
        starts.push(lineStart);
        ends.push(split ? i : brk);
      }
      lines++;
      if (split) {
        lineStart = i;
        w = 0;
      } else {
        lineStart = brk;
        w -= wAtBrk;
      }
      brk = -1;
    }
    w += adv;
    i += len;
    if ((wide && !joinsNext(text, i)) || (isDash(cp) && i < n && text.charCodeAt(i) !== 0x20 && !isDigit(text.charCodeAt(i)) && i - len > lineStart && text.charCodeAt(i - len - 1) !== 0x20)) {
      brk = i;
      wAtBrk = w;
    }
  }
  if (starts !== null && ends !== null) {
    starts.push(lineStart);
    ends.push(n);
  }
  return lines + 1;
}

/** How many lines `text` takes at `maxWidth`, at most `maxLines`. Allocates nothing. */
export function lineCount(text: string, font: Font, maxWidth: number, maxLines: number): number {
  // Fast path: a text whose every character is in the table and that fits on one line.
  const t = tables[font.face];
  const max = maxWidth / font.size;
  let w = 0;
  let i = 0;
  const n = text.length;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x1100) break;
    w += t[c]!;
    if (w > max) break;
  }
  if (i === n && w === w) return 1;
  return Math.min(maxLines, breakLines(text, font, maxWidth, maxLines, null, null));
}

/** `text` wrapped into at most `maxLines` lines no wider than `maxWidth` px. */
export function wrapText(text: string, font: Font, maxWidth: number, maxLines = Infinity): Wrapped {
  const starts: number[] = [];
  const ends: number[] = [];
  const count = breakLines(text, font, maxWidth, maxLines, starts, ends);
  const lines: string[] = [];
  const keep = Math.min(count, maxLines, starts.length);
  for (let k = 0; k < keep; k++) lines.push(text.slice(starts[k], ends[k]));
  if (count <= maxLines) return { lines, truncated: false };
  // The last line: as much of the rest as fits before an ellipsis.
  const from = starts[maxLines - 1]!;
  lines[maxLines - 1] = ellipsize(text.slice(from), font, maxWidth);
  return { lines, truncated: true };
}

/** The longest start of `text` that fits in `maxWidth` px with an ellipsis after it. */
export function ellipsize(text: string, font: Font, maxWidth: number): string {
  const room = maxWidth / font.size - advance(0x2026, font.face);
  let w = 0;
  let end = 0;
  for (const ch of text) {
    const a = advance(ch.codePointAt(0)!, font.face);
    if (w + a > room && a > 0) break;
    w += a;
    end += ch.length;
  }
  return text.slice(0, end).trimEnd() + ELLIPSIS;
}
