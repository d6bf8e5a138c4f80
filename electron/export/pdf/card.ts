/**
 * Cards as lists of drawing operations relative to their top-left corner, measured once and drawn
 * as a replay. The full objective card is the app's card model scaled (modelCard.ts); here are the
 * print-only shapes: the compact cards of a crowded one-page print, the slim "continued" header,
 * and the frame and replay every card shares.
 */
import { CARD } from '../../../shared/card';
import { LEVEL_LABEL, type Level } from '../../../shared/model';
import { krProgress, percent } from '../../../shared/progress';
import { LEVEL_COLOR, THEME } from '../../../shared/theme';
import { krFigures } from './format';
import type { Weight } from './fonts';
import type { Prepared } from './prepare';
import { Typesetter, baselineOffset, clean, ellipsize, type Line } from './text';
import { CARD_BOX as B, PALETTE, TYPE, type Tone } from './theme';

export type Op =
  | { k: 'text'; text: string; weight: Weight; size: number; x: number; y: number; color: string; spacing?: number; align?: 'left' | 'right' | 'center' }
  | { k: 'rect'; x: number; y: number; w: number; h: number; r: number; fill?: string; stroke?: string; lw?: number }
  | { k: 'bar'; x: number; y: number; w: number; h: number; p: number; color: string; track?: string }
  | { k: 'dot'; x: number; y: number; r: number; color: string }
  | { k: 'link'; x: number; y: number; w: number; h: number; dest: string };

export interface CardSpec {
  node: number;
  w: number;
  h: number;
  level: Level;
  ops: Op[];
  /** Key results not shown because the card would not fit a page; listed in an appendix. */
  hiddenKrs: number;
  slim?: boolean;
  /** Overview tiles: where the page reference goes (right-aligned baseline). */
  ref?: { x: number; y: number };
  /** The app's card model scaled to w (modelCard.ts): drawn with the screen card's frame. */
  model?: boolean;
  /** The title was cut to the model's line limit; the appendix has it whole. */
  cutTitle?: boolean;
  /** Key results (indices) whose titles were cut to the model's line limit. */
  cutKrs?: number[];
}

export const KR_OVERFLOW_DEST = 'appendix-key-results';

/** Lays text lines out as ops from a top edge; returns the height used. */
function pushLines(ops: Op[], lines: readonly Line[], weight: Weight, size: number, lead: number, x: number, top: number, color: string): number {
  let y = top;
  for (const l of lines) {
    if (l.text) ops.push({ k: 'text', text: l.text, weight, size, x, y: y + baselineOffset(size, lead), color });
    y += lead;
  }
  return lines.length * lead;
}

interface ChipIn {
  text: string;
  fg: string;
  bg: string;
  border?: string;
  dot?: string;
  weight: Weight;
}

/** Flows chips left to right, wrapping; a chip wider than the row wraps its own text. */
function pushChips(ts: Typesetter, ops: Op[], chips: readonly ChipIn[], x0: number, top: number, maxW: number): number {
  if (chips.length === 0) return 0;
  const size = TYPE.chip;
  const lead = B.chipH - 2;
  let x = x0;
  let y = top;
  let rowH = 0;
  for (const c of chips) {
    const padL = c.dot ? 9 : 4;
    const inner = maxW - padL - 4;
    const lines = ts.wrap(c.text, c.weight, size, inner);
    let tw = 0;
    for (const l of lines) tw = Math.max(tw, l.w);
    const w = padL + tw + 4;
    const h = lines.length === 1 ? B.chipH : lines.length * lead + 2;
    if (x > x0 && x + w > x0 + maxW) {
      x = x0;
      y += rowH + B.chipGap;
      rowH = 0;
    }
    ops.push({ k: 'rect', x, y, w, h, r: Math.min(h / 2, 5), fill: c.bg, stroke: c.border, lw: 0.5 });
    if (c.dot) ops.push({ k: 'dot', x: x + 5, y: y + B.chipH / 2, r: 1.9, color: c.dot });
    pushLines(ops, lines, c.weight, size, lead, x + padL, y + 1, c.fg);
    x += w + B.chipGap;
    rowH = Math.max(rowH, h);
  }
  return y + rowH - top;
}

export function statusChip(label: string | null, tone: Tone): ChipIn {
  const s = PALETTE.status[tone];
  return { text: label && clean(label) ? label : s.label, fg: s.fg, bg: s.bg, dot: s.fg, weight: 'semibold' };
}

export const badgeChip = (code: string): ChipIn => ({
  text: code,
  fg: PALETTE.badge.fg,
  bg: PALETTE.badge.bg,
  border: PALETTE.badge.border,
  weight: 'semibold',
});

/**
 * A model card (modelCard.ts) at another width: every op is the model's px times one factor, so
 * scaling the ops is the same as measuring again at w × f (same lines, same rows), only cheaper.
 */
export function scaleSpec(spec: CardSpec, f: number): CardSpec {
  const ops = spec.ops.map((op): Op => {
    switch (op.k) {
      case 'text':
        return { ...op, size: op.size * f, x: op.x * f, y: op.y * f, spacing: op.spacing === undefined ? undefined : op.spacing * f };
      case 'rect':
        return { ...op, x: op.x * f, y: op.y * f, w: op.w * f, h: op.h * f, r: op.r * f, lw: op.lw === undefined ? undefined : op.lw * f };
      case 'dot':
        return { ...op, x: op.x * f, y: op.y * f, r: op.r * f };
      default:
        return { ...op, x: op.x * f, y: op.y * f, w: op.w * f, h: op.h * f };
    }
  });
  return { ...spec, w: spec.w * f, h: spec.h * f, ops, ref: spec.ref ? { x: spec.ref.x * f, y: spec.ref.y * f } : undefined };
}

/** Type of the compact card, for one-page prints of plans too big for full cards. */
const COMPACT = { title: 7.5, tightTitle: 6.5, titleLead: 8.6, tightLead: 7.3, line: 6.5, lead: 7.4 } as const;

/**
 * How much a compact card shows, for "fit to one page" when full cards would shrink text below
 * 6 pt: 'krs' each key result on lines of its own; 'count' one line counting them; 'tight' no
 * level label (the stripe's colour and the legend say it) and the title at 6.5 pt. In the last
 * two the key results are listed in full in the appendix.
 */
export type CompactKind = 'krs' | 'count' | 'tight';

/** A compact card: level and roll-up, whole title, owner, status and badges, and the KRs as `kind` says. */
export function measureCompact(ts: Typesetter, p: Prepared, node: number, w: number, kind: CompactKind): CardSpec {
  const o = p.obj[node]!;
  const level = o.level;
  const col = PALETTE.level[level];
  const ops: Op[] = [];
  const ix = B.stripe + 4;
  const iw = w - ix - 4;
  const tight = kind === 'tight';
  let y = tight ? 3 : 3.5;
  const roll = percent(p.rollup[node] ?? null);
  if (!tight) {
    const head = 8;
    // The label gives way to the roll-up on a narrow card.
    const label = ellipsize(ts, LEVEL_LABEL[level].toUpperCase(), 'semibold', TYPE.level, iw - ts.width(roll, 'bold', TYPE.level) - 8);
    ops.push({ k: 'text', text: label, weight: 'semibold', size: TYPE.level, x: ix, y: y + baselineOffset(TYPE.level, head), color: col.text });
    ops.push({ k: 'text', text: roll, weight: 'bold', size: TYPE.level, x: ix + iw, y: y + baselineOffset(TYPE.level, head), color: PALETTE.ink, align: 'right' });
    y += head + 1;
  }
  const title = clean(o.title) || 'Untitled objective';
  const [size, lead] = tight ? [COMPACT.tightTitle, COMPACT.tightLead] : [COMPACT.title, COMPACT.titleLead];
  y += pushLines(ops, ts.wrap(title, 'semibold', size, iw), 'semibold', size, lead, ix, y, PALETTE.ink);
  const owner = clean(o.owner) || 'No owner';
  const badges = p.badges[node]!;
  // A status chip or dot only for a status (full cards and the screen show none without one).
  const st = p.hasStatus && p.status[node] && p.status[node]!.tone !== 'none' ? p.status[node]! : null;
  if (tight) {
    // Roll-up, status and findings in one corner: "● 2 33%" — a dot in the status's colour and
    // the number of coach badges (named in the legend and the findings appendix) — at the end of
    // the owner's last line when there is room, else on a line of their own.
    const ownerLines = ts.wrap(owner, 'regular', COMPACT.line, iw);
    const n = badges.length ? String(badges.length) : '';
    const nw = n ? ts.width(n, 'semibold', COMPACT.line) + 4 : 0;
    const rollW = ts.width(roll, 'bold', COMPACT.line);
    const cornerW = rollW + (n ? nw + 3 : 0) + (st ? 8 : 0);
    const lastW = ts.width(ownerLines[ownerLines.length - 1]?.text ?? '', 'regular', COMPACT.line);
    y += pushLines(ops, ownerLines, 'regular', COMPACT.line, COMPACT.lead, ix, y, PALETTE.muted);
    const top = lastW + cornerW + 4 <= iw ? y - COMPACT.lead : (y += COMPACT.lead) - COMPACT.lead;
    let right = ix + iw;
    const base = top + baselineOffset(COMPACT.line, COMPACT.lead);
    ops.push({ k: 'text', text: roll, weight: 'bold', size: COMPACT.line, x: right, y: base, color: PALETTE.ink, align: 'right' });
    right -= rollW + 3;
    if (n) {
      ops.push({ k: 'rect', x: right - nw, y: top + 0.6, w: nw, h: COMPACT.lead - 1.2, r: 2, fill: PALETTE.badge.bg, stroke: PALETTE.badge.border, lw: 0.4 });
      ops.push({ k: 'text', text: n, weight: 'semibold', size: COMPACT.line, x: right - nw / 2, y: base, color: PALETTE.badge.fg, align: 'center' });
      right -= nw + 3;
    }
    if (st) ops.push({ k: 'dot', x: right - 2.5, y: top + COMPACT.lead / 2, r: 2.2, color: PALETTE.status[st.tone].fg });
  } else {
    y += pushLines(ops, ts.wrap(owner, 'regular', COMPACT.line, iw), 'regular', COMPACT.line, COMPACT.lead, ix, y, PALETTE.muted);
    const chips: ChipIn[] = [];
    if (st) chips.push(statusChip(st.label, st.tone));
    for (const b of badges) chips.push(badgeChip(b));
    if (chips.length) y += 2 + pushChips(ts, ops, chips, ix, y + 2, iw);
  }
  const krs = p.krs[node]!;
  let hidden = 0;
  if (krs.length && kind === 'krs') {
    y += 2;
    ops.push({ k: 'rect', x: ix, y, w: iw, h: 0.4, r: 0, fill: PALETTE.hairline });
    y += 2;
    for (const kr of krs) {
      y += pushLines(ops, ts.wrap(clean(kr.title) || 'Untitled key result', 'regular', COMPACT.line, iw), 'regular', COMPACT.line, COMPACT.lead, ix, y, PALETTE.body);
      const pct = percent(krProgress(kr));
      const pw = ts.width(pct, 'semibold', COMPACT.line);
      ops.push({ k: 'text', text: pct, weight: 'semibold', size: COMPACT.line, x: ix + iw, y: y + baselineOffset(COMPACT.line, COMPACT.lead), color: PALETTE.ink, align: 'right' });
      y += pushLines(ops, ts.wrap(krFigures(kr), 'regular', COMPACT.line, iw - pw - 4), 'regular', COMPACT.line, COMPACT.lead, ix, y, PALETTE.muted);
      ops.push({ k: 'bar', x: ix, y: y + 0.5, w: iw, h: 1.6, p: krProgress(kr), color: col.accent });
      y += 3.5;
    }
  } else if (krs.length) {
    hidden = krs.length;
    if (kind === 'count') {
      const text = `${krs.length} key result${krs.length === 1 ? '' : 's'} — in the appendix`;
      const lines = ts.wrap(text, 'regular', COMPACT.line, iw);
      pushLines(ops, lines, 'regular', COMPACT.line, COMPACT.lead, ix, y, PALETTE.link);
      ops.push({ k: 'link', x: ix, y, w: iw, h: lines.length * COMPACT.lead, dest: KR_OVERFLOW_DEST });
      y += lines.length * COMPACT.lead;
    }
  }
  y += tight ? 2.5 : 3;
  return { node, w, h: Math.ceil(y * 2) / 2, level, ops, hiddenKrs: hidden };
}

/** A compact header card used where a branch continues: level, whole title, "continued". */
export function measureSlim(ts: Typesetter, p: Prepared, node: number, w: number, fromPage: number | null): CardSpec {
  const o = p.obj[node]!;
  const col = PALETTE.level[o.level];
  const ops: Op[] = [];
  const ix = B.stripe + B.pad;
  const iw = w - ix - B.pad;
  let y = 6;
  const label = `${LEVEL_LABEL[o.level].toUpperCase()} · CONTINUED${fromPage ? ` FROM PAGE ${fromPage}` : ''}`;
  ops.push({ k: 'text', text: label, weight: 'semibold', size: TYPE.level, x: ix, y: y + baselineOffset(TYPE.level, B.headerH), color: col.text, spacing: 0.45 });
  y += B.headerH + 1;
  y += pushLines(ops, ts.wrap(clean(o.title) || 'Untitled objective', 'semibold', 8.5, iw), 'semibold', 8.5, 10.6, ix, y, PALETTE.ink);
  y += 5;
  return { node, w, h: Math.ceil(y), level: o.level, ops, hiddenKrs: 0, slim: true };
}

function shift(op: Op, dx: number, dy: number): Op {
  return { ...op, x: op.x + dx, y: op.y + dy } as Op;
}

/** Replays ops at an offset. */
export function drawOps(ts: Typesetter, ops: readonly Op[], ox: number, oy: number): void {
  const doc = ts.doc;
  for (const op of ops) {
    switch (op.k) {
      case 'text':
        ts.line(op.text, op.weight, op.size, ox + op.x, oy + op.y, op.color, { spacing: op.spacing, align: op.align });
        break;
      case 'rect':
        if (!op.fill && !op.stroke) break;
        if (op.r > 0) doc.roundedRect(ox + op.x, oy + op.y, op.w, op.h, op.r);
        else doc.rect(ox + op.x, oy + op.y, op.w, op.h);
        if (op.fill && op.stroke) doc.lineWidth(op.lw ?? 0.5).fillAndStroke(op.fill, op.stroke);
        else if (op.fill) doc.fill(op.fill);
        else if (op.stroke) doc.lineWidth(op.lw ?? 0.5).stroke(op.stroke);
        break;
      case 'bar': {
        const r = op.h / 2;
        doc.roundedRect(ox + op.x, oy + op.y, op.w, op.h, r).fill(op.track ?? PALETTE.track);
        const fw = Math.max(0, Math.min(1, op.p)) * op.w;
        if (fw > 0.3) doc.roundedRect(ox + op.x, oy + op.y, Math.max(fw, op.h), op.h, r).fill(op.color);
        break;
      }
      case 'dot':
        doc.circle(ox + op.x, oy + op.y, op.r).fill(op.color);
        break;
      case 'link':
        doc.goTo(ox + op.x, oy + op.y, op.w, op.h, op.dest);
        break;
    }
  }
}

/**
 * The screen card's frame at scale s (as shared/svg.ts draws it): a faint shadow, the white body
 * with a 1 px border and 12 px corners, and the level-coloured top border.
 */
function drawModelFrame(doc: PDFKit.PDFDocument, spec: CardSpec, x: number, y: number): void {
  const s = spec.w / CARD.width;
  const r = 12 * s;
  doc.save();
  doc.roundedRect(x, y + 2 * s, spec.w, spec.h, r).fillOpacity(0.06).fill('#141c30');
  doc.restore();
  doc.save();
  doc.roundedRect(x, y, spec.w, spec.h, r).fill(THEME.surface);
  doc.roundedRect(x, y, spec.w, spec.h, r).clip();
  doc.rect(x, y, spec.w, CARD.borderTop * s).fill(LEVEL_COLOR[spec.level]);
  doc.restore();
  doc.roundedRect(x + s / 2, y + s / 2, spec.w - s, spec.h - s, r).lineWidth(s).stroke(THEME.line);
}

/** Card frame (white body, level stripe, hairline border) and contents. */
export function drawCard(ts: Typesetter, spec: CardSpec, x: number, y: number): void {
  const doc = ts.doc;
  const col = PALETTE.level[spec.level];
  ts.note(x, y, spec.w, spec.h);
  if (spec.model) {
    drawModelFrame(doc, spec, x, y);
    drawOps(ts, spec.ops, x, y);
    return;
  }
  doc.save();
  doc.roundedRect(x, y, spec.w, spec.h, B.radius).fill(spec.slim ? col.tint : PALETTE.paper);
  doc.roundedRect(x, y, spec.w, spec.h, B.radius).clip();
  doc.rect(x, y, B.stripe, spec.h).fill(col.accent);
  doc.restore();
  doc.roundedRect(x, y, spec.w, spec.h, B.radius).lineWidth(0.6).stroke(PALETTE.hairline);
  drawOps(ts, spec.ops, x, y);
}
