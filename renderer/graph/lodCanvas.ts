import { CARD, COMPACT } from '../../shared/card';
import { connectorPoints } from '../../shared/layout';
import { LEVEL_LABEL } from '../../shared/vocabulary';
import { canvasPalette } from './canvasPalette';
import { filtersActive, passesFilters } from '../filters';
import { type PlanLayout, forEachInRect } from '../layoutNodes';
import type { PlanState } from '../store';

/**
 * The cascade drawn on a <canvas>, for the zoom levels where DOM cards would be too many to mount:
 * - 'cards': the DOM cards are mounted by React Flow; the canvas draws only the connectors under them;
 * - 'titles': each card as a white card with its level stripe, title, progress and status;
 * - 'boxes': each card as a box in its level's colour, with the connectors.
 * Only what intersects the viewport is drawn; everything is drawn in screen pixels times
 * devicePixelRatio, so lines and text stay crisp at every zoom.
 */
export type Lod = 'cards' | 'titles' | 'boxes';

export const LEVEL_COLOUR: Record<string, string> = { north_star: '#3b3f99', bridge: '#0f766e', contribution: '#52606d' };
const LEVEL_TINT: Record<string, string> = { north_star: '#d9dbf2', bridge: '#cfe9e6', contribution: '#dfe3e8' };
const STATUS_COLOUR: Record<string, string> = { on_track: '#15803d', at_risk: '#b45309', off_track: '#b91c1c' };
/** No text is drawn smaller than this (CSS px); a card with no room for it is drawn as a box. */
export const MIN_TEXT_PX = 9;
const FONT = "'Inter', 'Segoe UI', system-ui, -apple-system, 'Helvetica Neue', Arial, sans-serif";
/** The titles-only card's title: the card model's font (styles.css .lod-title.compact), so the canvas wraps as the model does. */
const CARD_FONT = "'Card Sans', 'Noto Sans', sans-serif";

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
  width: number;
  height: number;
}

/** Wrapped title lines per card, kept while the title and the width they were wrapped to stay. */
const wrapCache = new Map<string, { key: string; lines: string[] }>();

function wrap(ctx: CanvasRenderingContext2D, id: string, text: string, width: number, maxLines: number): string[] {
  // The font is part of the key: the same width wraps differently in the titles-only view's font.
  const key = `${ctx.font}|${width}|${maxLines}|${text}`;
  const hit = wrapCache.get(id);
  if (hit && hit.key === key) return hit.lines;
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let k = 0;
  for (; k < words.length; k++) {
    const next = line ? `${line} ${words[k]}` : words[k]!;
    if (ctx.measureText(next).width <= width || !line) {
      line = next;
      continue;
    }
    lines.push(line);
    line = words[k]!;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && line) lines.push(line);
  if (k < words.length || ctx.measureText(lines[lines.length - 1] ?? '').width > width) {
    // Ellipsis on the last line that fits.
    let last = lines[lines.length - 1] ?? '';
    while (last.length > 1 && ctx.measureText(`${last}…`).width > width) last = last.slice(0, -1);
    lines[lines.length - 1] = `${last.trimEnd()}…`;
  }
  if (wrapCache.size > 20_000) wrapCache.clear();
  wrapCache.set(id, { key, lines });
  return lines;
}

function roundRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, Math.min(r, w / 2, h / 2));
}

/**
 * Sizes of the 'titles' level at a zoom: text stays legible (MIN_TEXT_PX, 9 px, at least) however
 * far out. Far out a card is 40–60 px wide, so every pixel of width and every line counts: the
 * smallest size and a tight leading show about twice the words of 10 px at 1.25. In the
 * titles-only view (`compact`) the card model's title scales with the zoom (its lines are the
 * model's, whole) until it would go under 9 px.
 */
export function titleType(zoom: number, compact = false) {
  if (compact) {
    const fontPx = Math.max(MIN_TEXT_PX, Math.floor(COMPACT.title.size * zoom * 10) / 10);
    const line = (fontPx * COMPACT.title.line) / COMPACT.title.size;
    // The model's own padding, unrounded: the DOM title then wraps in the model's width.
    return { pad: (CARD.border + CARD.padX) * zoom, fontPx, line, labelPx: MIN_TEXT_PX, stripe: Math.max(3, CARD.borderTop * zoom), bar: Math.max(2, COMPACT.bar * zoom), foot: (COMPACT.padBottom + CARD.border) * zoom };
  }
  const pad = Math.max(4, 12 * zoom);
  const fontPx = Math.round(Math.min(16, Math.max(MIN_TEXT_PX, 16 * zoom * 1.9)));
  const line = fontPx < 12 ? Math.ceil(fontPx * 1.15) : Math.round(fontPx * 1.25);
  const labelPx = Math.max(MIN_TEXT_PX, Math.round(fontPx * 0.72));
  return { pad, fontPx, line, labelPx, stripe: Math.max(3, 5 * zoom), bar: 6, foot: pad };
}

/**
 * Where a card's title goes on the 'titles' level (screen pixels), below its level label when the
 * card is tall enough for one, above the progress bar: shared by the canvas and the DOM titles.
 */
export function titleBox(zoom: number, bx: number, by: number, w: number, bh: number, compact = false) {
  const t = titleType(zoom, compact);
  // On a small card the title gets the room; the stripe's colour still tells the level.
  const label = !compact && bh > t.line * 6;
  // The compact title sits where the model puts it (the stripe's 3 px minimum may reach into the
  // line's leading): moved down, its last line would no longer fit above the bar.
  const top = by + (compact ? (CARD.borderTop + COMPACT.padTop) * zoom : t.stripe + t.pad * 0.6 + (label ? t.labelPx + 4 : 0));
  const barY = by + bh - t.foot - t.bar;
  // Above the progress bar and a gap of 3 (the compact model has its own gap above the bar; a hair
  // of slack, as its lines fit exactly).
  const lines = Math.max(1, Math.floor((barY - (compact ? 0 : 3) - top) / t.line + 0.02));
  return { ...t, label, x: bx + t.pad, y: top, width: w - t.pad * 2, lines, barY };
}

/**
 * Draws one frame. Returns how many cards intersect the viewport. `domTitles`: on the 'titles'
 * level the titles are DOM text laid over the canvas (titleLayer.ts), so the canvas leaves them out.
 */
export function drawCanvas(
  canvas: HTMLCanvasElement,
  pl: PlanLayout | null,
  s: PlanState,
  vp: Viewport,
  lod: Lod,
  dragging: ReadonlySet<string>,
  domTitles = false,
  compact = false,
): number {
  const dpr = window.devicePixelRatio || 1;
  const pw = Math.round(vp.width * dpr);
  const ph = Math.round(vp.height * dpr);
  if (canvas.width !== pw || canvas.height !== ph) {
    canvas.width = pw;
    canvas.height = ph;
  }
  const ctx = canvas.getContext('2d')!;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, pw, ph);
  if (!pl) return 0;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  const { zoom } = vp;
  const x0 = -vp.x / zoom;
  const y0 = -vp.y / zoom;
  const x1 = x0 + vp.width / zoom;
  const y1 = y0 + vp.height / zoom;
  const { layout, tree } = pl;
  const { x, y, h, visible, collapsed } = layout;
  const { parent, lastChild, ids } = tree;
  const sx = (fx: number) => fx * zoom + vp.x;
  const sy = (fy: number) => fy * zoom + vp.y;
  const half = CARD.width / 2;

  // Which cards are in view (the margin catches connectors whose cards are just outside).
  const inView: number[] = [];
  const margin = CARD.vGap;
  forEachInRect(pl, x0 - margin, y0 - margin, x1 + margin, y1 + margin, (i) => inView.push(i));

  // Connectors, as the layout gives them: down from the parent to a bus, across, and down to the
  // card (or down the column's spine and into a stacked card). Each card draws the one to it.
  const colours = canvasPalette();
  ctx.strokeStyle = colours.edge;
  ctx.lineWidth = Math.max(1, 2 * zoom);
  ctx.lineJoin = 'round';
  ctx.beginPath();
  const pts = new Float64Array(10);
  for (const i of inView) {
    if (dragging.has(ids[i]!)) continue;
    const k = connectorPoints(layout, i, pts);
    if (k === 0) continue;
    ctx.moveTo(sx(pts[0]!), sy(pts[1]!));
    for (let j = 1; j < k; j++) ctx.lineTo(sx(pts[2 * j]!), sy(pts[2 * j + 1]!));
  }
  ctx.stroke();
  if (lod === 'cards') return inView.length;

  const dim = filtersActive(s);
  const selected = s.selectedId;
  const w = CARD.width * zoom;
  if (lod === 'boxes') {
    // Far zoom: a box per card in its level's colour, the top in full colour, progress as a strip.
    const r = Math.max(1, 6 * zoom);
    for (const i of inView) {
      const id = ids[i]!;
      const o = s.data.objectives.get(id);
      if (!o) continue;
      const bx = sx(x[i]!);
      const by = sy(y[i]!);
      const bh = h[i]! * zoom;
      ctx.globalAlpha = dim && !passesFilters(s, id) ? 0.25 : 1;
      ctx.fillStyle = LEVEL_TINT[o.level] ?? '#e3e6ee';
      roundRect(ctx, bx, by, w, bh, r);
      ctx.fill();
      ctx.fillStyle = LEVEL_COLOUR[o.level] ?? '#52606d';
      ctx.fillRect(bx, by, w, Math.max(2, bh * 0.22));
      const progress = s.rollup.get(id);
      if (progress != null && bh > 6) {
        ctx.fillRect(bx + w * 0.12, by + bh * 0.68, w * 0.76 * progress, Math.max(1, bh * 0.1));
      }
      const status = STATUS_COLOUR[s.statuses.get(id) ?? ''];
      if (status && w > 10) {
        ctx.fillStyle = status;
        ctx.beginPath();
        ctx.arc(bx + w - Math.max(3, w * 0.1), by + bh * 0.45, Math.max(1.5, w * 0.05), 0, Math.PI * 2);
        ctx.fill();
      }
      if (collapsed[i] === 1 && lastChild[i]! >= 0) {
        // A collapsed branch: a second box peeking out below.
        ctx.strokeStyle = LEVEL_COLOUR[o.level] ?? '#52606d';
        ctx.lineWidth = 1;
        ctx.strokeRect(bx + 3, by + 3, w, bh);
      }
      if (id === selected) {
        ctx.globalAlpha = 1;
        ctx.strokeStyle = colours.focus;
        ctx.lineWidth = 3;
        roundRect(ctx, bx - 3, by - 3, w + 6, bh + 6, r + 2);
        ctx.stroke();
      }
    }
    ctx.globalAlpha = 1;
    return inView.length;
  }

  // Medium zoom: cards with their title, level, status and progress, text at a legible size.
  const { pad, fontPx, labelPx } = titleType(zoom, compact);
  const r = Math.max(3, 12 * zoom);
  for (const i of inView) {
    const id = ids[i]!;
    const o = s.data.objectives.get(id);
    if (!o) continue;
    const bx = sx(x[i]!);
    const by = sy(y[i]!);
    const bh = h[i]! * zoom;
    ctx.globalAlpha = dim && !passesFilters(s, id) ? 0.28 : 1;
    // Card body with a soft shadow line and the level stripe on top.
    if (collapsed[i] === 1 && lastChild[i]! >= 0) {
      ctx.fillStyle = colours.chip;
      ctx.strokeStyle = colours.line;
      ctx.lineWidth = 1;
      roundRect(ctx, bx + 5, by + 5, w, bh, r);
      ctx.fill();
      ctx.stroke();
    }
    ctx.fillStyle = colours.surface;
    ctx.strokeStyle = id === selected ? colours.focus : colours.line;
    ctx.lineWidth = id === selected ? 3 : 1;
    roundRect(ctx, bx, by, w, bh, r);
    ctx.fill();
    ctx.stroke();
    const colour = LEVEL_COLOUR[o.level] ?? '#52606d';
    ctx.save();
    roundRect(ctx, bx, by, w, bh, r);
    ctx.clip();
    ctx.fillStyle = colour;
    ctx.fillRect(bx, by, w, Math.max(3, 5 * zoom));
    ctx.restore();

    const box = titleBox(zoom, bx, by, w, bh, compact);
    // Level label and status dot.
    ctx.font = `700 ${labelPx}px ${FONT}`;
    ctx.textBaseline = 'top';
    ctx.fillStyle = colour;
    const labelY = by + box.stripe + pad * 0.6;
    // Never squeezed (fillText's maxWidth would draw it narrower than MIN_TEXT_PX): it fits or is left out.
    const label = LEVEL_LABEL[o.level].toUpperCase();
    if (box.label && ctx.measureText(label).width <= box.width - 14) ctx.fillText(label, box.x, labelY);
    const status = STATUS_COLOUR[s.statuses.get(id) ?? ''];
    // The status dot beside the label; on a card too small for one, at the end of the progress bar,
    // never over the title's first line.
    if (status && box.label) {
      ctx.fillStyle = status;
      ctx.beginPath();
      ctx.arc(bx + w - pad - 4, labelY + labelPx / 2, 4, 0, Math.PI * 2);
      ctx.fill();
    }
    // Title, wrapped to the card's width, as many lines as the card has room for.
    if (!domTitles) {
      ctx.font = compact ? `${COMPACT.title.weight} ${fontPx}px ${CARD_FONT}` : `650 ${fontPx}px ${FONT}`;
      ctx.fillStyle = o.title ? colours.ink : colours['ink-faint'];
      let ty = box.y;
      for (const text of wrap(ctx, id, o.title || 'Untitled objective', Math.floor(box.width), compact ? box.lines : Math.min(4, box.lines))) {
        ctx.fillText(text, box.x, ty);
        ty += box.line;
      }
    }
    // Progress of the branch along the foot of the card, shortened for the dots that end its row
    // (the badge dot, and the status dot on a card without a label), clear of the title's lines.
    const footDots = (status && !box.label ? 1 : 0) + (s.badges.has(id) ? 1 : 0);
    const inner = Math.max(6, box.width - footDots * 10);
    const progress = s.rollup.get(id);
    const { barY, bar } = box;
    ctx.fillStyle = colours.track;
    roundRect(ctx, bx + pad, barY, inner, bar, bar / 2);
    ctx.fill();
    if (progress != null && progress > 0) {
      ctx.fillStyle = colour;
      roundRect(ctx, bx + pad, barY, Math.max(6, inner * progress), bar, bar / 2);
      ctx.fill();
    }
    // The compact bar is close under the title: smaller dots stay off its last line.
    let dotX = bx + w - pad - 4;
    if (status && !box.label) {
      ctx.fillStyle = status;
      ctx.beginPath();
      ctx.arc(dotX, barY + bar / 2, compact ? 2.5 : 4, 0, Math.PI * 2);
      ctx.fill();
      dotX -= 10;
    }
    if (s.badges.has(id)) {
      ctx.fillStyle = '#f59e0b';
      ctx.beginPath();
      ctx.arc(dotX, barY + bar / 2, compact ? 2.5 : 3.5, 0, Math.PI * 2);
      ctx.fill();
    }
  }
  ctx.globalAlpha = 1;
  return inView.length;
}
