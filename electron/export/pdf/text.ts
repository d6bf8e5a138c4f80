/**
 * The text layer: measures, wraps and draws text in the embedded fonts, switching to a fallback
 * face character by character, and records the smallest size that reaches the page. Every piece
 * of text in the document goes through here, so the record is complete.
 */
import { FontSet, fontKey, isPlainAscii, type Weight } from './fonts';

export interface Line {
  text: string;
  w: number;
}

interface Run {
  face: number;
  text: string;
}

// Zero-width and variation characters have no glyph in any face and only print as boxes.
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u00ad\u200b-\u200f\u2060\ufe00-\ufe0f\ufeff]/g;
const SPACE = /\s+/g;
// Scripts written without spaces between words: a line may break between any two characters.
const CJK = /[\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\uff00-\uffef]/u;
const TOKENS =
  /[\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\uff00-\uffef]|[^\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\uff00-\uffef]+/gu;

/** One line of plain text: controls and invisibles removed, white space collapsed. */
export function clean(s: string): string {
  return s.replace(INVISIBLE, '').replace(SPACE, ' ').trim();
}

export interface Transform {
  scale: number;
  dx: number;
  dy: number;
}

export class Typesetter {
  /** Smallest font size drawn, in points on the page (after scaling). */
  minSize = Infinity;
  /** Count of things drawn outside the page's safe area: must stay 0. */
  outside = 0;
  /** The first few of them, for diagnosis. */
  readonly outsideSamples: string[] = [];
  private tf: Transform = { scale: 1, dx: 0, dy: 0 };
  private safe = { x0: 0, y0: 0, x1: Infinity, y1: Infinity };
  private readonly widths = new Map<string, number>();

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly fonts: FontSet,
  ) {}

  /** Where text may go on the current page (the page minus an inset); checked on every draw. */
  setSafeArea(x0: number, y0: number, x1: number, y1: number): void {
    this.safe = { x0, y0, x1, y1 };
  }

  /** The transform the caller has applied to the document (translate, then scale). */
  setTransform(tf: Transform): void {
    this.tf = tf;
  }

  get scale(): number {
    return this.tf.scale;
  }

  /** Records a drawn box (in current, untransformed units) against the safe area. */
  note(x: number, y: number, w: number, h: number): void {
    const { scale, dx, dy } = this.tf;
    const X0 = dx + x * scale;
    const Y0 = dy + y * scale;
    const X1 = X0 + w * scale;
    const Y1 = Y0 + h * scale;
    const s = this.safe;
    if (X0 < s.x0 - 0.01 || Y0 < s.y0 - 0.01 || X1 > s.x1 + 0.01 || Y1 > s.y1 + 0.01) {
      this.outside++;
      if (this.outsideSamples.length < 5) this.outsideSamples.push(`${X0.toFixed(1)},${Y0.toFixed(1)}–${X1.toFixed(1)},${Y1.toFixed(1)}`);
    }
  }

  /** Drops cached measurements and pdfkit's layouts (call between pages of a long document). */
  trimCaches(): void {
    this.widths.clear();
    this.fonts.trimCaches();
  }

  private runs(text: string): Run[] {
    if (isPlainAscii(text)) return [{ face: 0, text }];
    const out: Run[] = [];
    let cur: Run | null = null;
    for (const ch of text) {
      // Spaces exist in every face: they stay with the run they are in.
      const face: number = ch === ' ' && cur ? cur.face : this.fonts.face(ch.codePointAt(0)!);
      if (cur && cur.face === face) cur.text += ch;
      else out.push((cur = { face, text: ch }));
    }
    return out;
  }

  private unitWidth(text: string, weight: Weight): number {
    const key = weight + '\u0000' + text;
    let w = this.widths.get(key);
    if (w === undefined) {
      w = 0;
      for (const r of this.runs(text)) w += this.fonts.object(fontKey(weight, r.face)).widthOfString(r.text, 1);
      this.widths.set(key, w);
    }
    return w;
  }

  /** Width of one line of text at a size, with optional letter spacing. */
  width(text: string, weight: Weight, size: number, spacing = 0): number {
    if (text.length === 0) return 0;
    let w = this.unitWidth(text, weight) * size;
    if (spacing) w += spacing * ([...text].length - 1);
    return w;
  }

  /**
   * Greedy line breaking at spaces, and between CJK characters; a word longer than the line is
   * broken between characters, so no text is ever cut off. Never returns an empty array.
   */
  wrap(raw: string, weight: Weight, size: number, maxW: number): Line[] {
    const text = clean(raw);
    const limit = maxW - 0.25; // headroom for rounding between measured words and drawn line
    const whole = this.width(text, weight, size);
    if (whole <= limit) return [{ text, w: whole }];
    const lines: Line[] = [];
    const space = this.width(' ', weight, size);
    let cur = '';
    let curW = 0;
    const push = () => {
      if (cur) lines.push({ text: cur, w: curW });
      cur = '';
      curW = 0;
    };
    const place = (tok: string, tw: number, spaced: boolean) => {
      const sep = cur && spaced ? space : 0;
      if (cur && curW + sep + tw <= limit) {
        cur += spaced ? ' ' + tok : tok;
        curW += sep + tw;
        return;
      }
      push();
      if (tw <= limit) {
        cur = tok;
        curW = tw;
        return;
      }
      // A word wider than the line: break it between characters.
      for (const ch of tok) {
        const cw = this.width(ch, weight, size);
        if (cur && curW + cw > limit) push();
        cur += ch;
        curW += cw;
      }
    };
    for (const word of text.split(' ')) {
      if (!CJK.test(word)) {
        place(word, this.width(word, weight, size), true);
        continue;
      }
      let first = true;
      for (const tok of word.match(TOKENS) ?? []) {
        place(tok, this.width(tok, weight, size), first);
        first = false;
      }
    }
    push();
    return lines.length ? lines : [{ text: '', w: 0 }];
  }

  /** Draws one line with its baseline at y. Returns the width drawn. */
  line(
    text: string,
    weight: Weight,
    size: number,
    x: number,
    y: number,
    color: string,
    opts: { spacing?: number; align?: 'left' | 'right' | 'center' } = {},
  ): number {
    if (!text) return 0;
    const spacing = opts.spacing ?? 0;
    const w = this.width(text, weight, size, spacing);
    let left = x;
    if (opts.align === 'right') left = x - w;
    else if (opts.align === 'center') left = x - w / 2;
    const eff = size * this.tf.scale;
    if (eff < this.minSize) this.minSize = eff;
    this.note(left, y - size * 0.95, w, size * 1.25);
    const doc = this.doc;
    doc.fillColor(color).fontSize(size);
    let cx = left;
    for (const r of this.runs(text)) {
      doc.font(fontKey(weight, r.face));
      const rw = this.width(r.text, weight, size, spacing);
      // Passing the width we know saves pdfkit measuring every fragment again.
      doc.text(r.text, cx, y, { lineBreak: false, baseline: 'alphabetic', characterSpacing: spacing || undefined, textWidth: rw - spacing * ([...r.text].length - 1), wordCount: 1 } as PDFKit.Mixins.TextOptions);
      cx += rw + spacing;
    }
    return w;
  }
}

/** Baseline below the top of a line box of height `lead`, for Noto Sans metrics. */
export const baselineOffset = (size: number, lead: number): number => (lead - size * 1.2) / 2 + size * 0.93;

/** Shortens a single-line label to a width, with an ellipsis (used for chrome only, never cards). */
export function ellipsize(ts: Typesetter, text: string, weight: Weight, size: number, maxW: number): string {
  const t = clean(text);
  if (ts.width(t, weight, size) <= maxW) return t;
  const chars = [...t];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ts.width(chars.slice(0, mid).join('').trimEnd() + '…', weight, size) <= maxW) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join('').trimEnd() + '…';
}
