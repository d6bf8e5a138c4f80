import { CARD } from '../../shared/card';
import { filtersActive, passesFilters } from '../filters';
import { type PlanLayout, forEachInRect } from '../layoutNodes';
import type { PlanState } from '../store';
import { type Lod, type Viewport, titleBox } from './lodCanvas';

/** Above this many cards in view the canvas draws the titles itself (DOM text would cost too much). */
export const MAX_DOM_TITLES = 400;

/**
 * On the 'titles' level, each card's title as real text laid over the canvas card: crisp at any
 * zoom, found by screen readers and in-page search, and the whole title is there (the box shows
 * as many lines as the card has room for, then an ellipsis; hover shows it all). Elements are
 * reused from frame to frame. Returns whether it drew the titles (false: the canvas must).
 */
export function syncTitles(layer: HTMLElement, pl: PlanLayout | null, s: PlanState, vp: Viewport, lod: Lod): boolean {
  const picked: number[] = [];
  if (pl && lod === 'titles') {
    const x0 = -vp.x / vp.zoom;
    const y0 = -vp.y / vp.zoom;
    forEachInRect(pl, x0, y0, x0 + vp.width / vp.zoom, y0 + vp.height / vp.zoom, (i) => picked.push(i));
  }
  const show = pl !== null && lod === 'titles' && picked.length <= MAX_DOM_TITLES;
  const count = show ? picked.length : 0;
  while (layer.children.length < count) {
    const el = document.createElement('div');
    el.className = 'lod-title';
    layer.appendChild(el);
  }
  while (layer.children.length > count) layer.lastElementChild!.remove();
  if (!show) return false;
  const { x, y, h } = pl.layout;
  const dim = filtersActive(s);
  for (let k = 0; k < count; k++) {
    const i = picked[k]!;
    const id = pl.tree.ids[i]!;
    const title = s.data.objectives.get(id)?.title || 'Untitled objective';
    const box = titleBox(vp.zoom, x[i]! * vp.zoom + vp.x, y[i]! * vp.zoom + vp.y, CARD.width * vp.zoom, h[i]! * vp.zoom, s.compact);
    const el = layer.children[k] as HTMLElement;
    // The titles-only card's lines are the card model's: the same font, so they wrap alike.
    el.classList.toggle('compact', s.compact);
    if (el.dataset.id !== id) el.dataset.id = id;
    if (el.textContent !== title) {
      el.textContent = title;
      el.title = title;
    }
    const st = el.style;
    st.transform = `translate(${Math.round(box.x)}px, ${Math.round(box.y)}px)`;
    st.width = `${Math.floor(box.width)}px`;
    st.height = `${box.lines * box.line}px`;
    st.fontSize = `${box.fontPx}px`;
    st.lineHeight = `${box.line}px`;
    st.webkitLineClamp = String(box.lines);
    st.opacity = dim && !passesFilters(s, id) ? '0.28' : '';
  }
  return true;
}
