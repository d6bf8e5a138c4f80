import type { WorkshopSession } from '../../shared/workshop';
import { cardIdAt } from '../graph/hitTest';
import { useStore } from '../store';
import { acceptOnto, useWorkshop } from './store';

/** The drag type of stickies, so the canvas accepts only them. */
export const STICKY_TYPE = 'application/x-cascade-stickies';

/** Opens "Accept onto a card" for candidates; anything else is told what to do first. */
export function acceptOrExplain(s: WorkshopSession, ids: readonly string[]): void {
  if (ids.length === 0) return;
  const notCandidate = s.stickies.find((x) => ids.includes(x.id) && x.column !== 'candidate');
  if (notCandidate) {
    useStore.setState({ notice: `“${notCandidate.text.slice(0, 60)}” is not a candidate yet: answer the So What? questions first (S when it drives a strategic outcome).` });
    return;
  }
  useWorkshop.setState({ accepting: [...ids] });
}

/** The ids a drag from the wall carries, or null for anything else (another app's drag, damaged data). */
function stickyIds(e: DragEvent): string[] | null {
  const raw = e.dataTransfer?.getData(STICKY_TYPE);
  if (!raw) return null;
  try {
    const ids: unknown = JSON.parse(raw);
    return Array.isArray(ids) && ids.every((x) => typeof x === 'string') ? ids : null;
  } catch {
    return null;
  }
}

/**
 * Stickies dropped on a card on the canvas become that card's child (several: merged into one). On
 * every level of detail: zoomed out (as the canvas is beside the wall) cards are drawn, not DOM.
 */
export function watchCanvasDrops(): () => void {
  const cardAt = (e: DragEvent) => ((e.target as HTMLElement | null)?.closest?.('.canvas') ? cardIdAt(e.clientX, e.clientY) : null);
  const over = (e: DragEvent) => {
    if (e.dataTransfer?.types.includes(STICKY_TYPE) && cardAt(e)) e.preventDefault();
  };
  const drop = (e: DragEvent) => {
    const card = cardAt(e);
    const ids = stickyIds(e);
    if (!card || !ids) return;
    e.preventDefault();
    const s = useWorkshop.getState().state?.session;
    if (!s) return;
    const bad = s.stickies.find((x) => ids.includes(x.id) && x.column !== 'candidate');
    if (bad) return void useStore.setState({ notice: `“${bad.text.slice(0, 60)}” is not a candidate yet: answer the So What? questions first.` });
    void acceptOnto(ids, card);
  };
  document.addEventListener('dragover', over);
  document.addEventListener('drop', drop);
  return () => {
    document.removeEventListener('dragover', over);
    document.removeEventListener('drop', drop);
  };
}
