import { ROOT } from '../shared/tree';
import { select, useStore } from './store';

/**
 * F6 / Shift+F6 move between the window's regions, as in desktop apps: toolbar, canvas, side panel,
 * status. Each region is entered at a sensible control (the canvas at the selected card).
 */
const REGIONS: Array<{ contains: string; enter(): boolean }> = [
  { contains: '.topbar .actions', enter: () => focus('.topbar .actions button:not(:disabled)') },
  { contains: 'main.canvas', enter: enterCanvas },
  { contains: 'aside.side', enter: () => focus('#side-panel') || focus('aside.side [role="tab"]') },
  { contains: '.save-status', enter: () => focus('.save-status') },
];

function focus(selector: string): boolean {
  const el = document.querySelector<HTMLElement>(selector);
  el?.focus();
  return el !== null && document.activeElement === el;
}

function enterCanvas(): boolean {
  const { selectedId, data } = useStore.getState();
  const target = selectedId ?? data.childIds.get(ROOT)?.[0];
  if (target) {
    select(target, true);
    return true;
  }
  return focus('main.canvas');
}

export function cycleRegion(backwards: boolean): void {
  const active = document.activeElement;
  // The status sits inside the toolbar: the innermost region wins, so look from the end.
  const at = REGIONS.findLastIndex((r) => active?.closest(r.contains));
  const step = backwards ? -1 : 1;
  // From outside every region (the page itself), F6 starts at the toolbar.
  let i = at === -1 ? (backwards ? REGIONS.length : -1) : at;
  for (let n = 0; n < REGIONS.length; n++) {
    i = (i + step + REGIONS.length) % REGIONS.length;
    if (REGIONS[i]!.enter()) return;
  }
}

/** Back to the selected card (Escape in a side panel), or to the canvas when nothing is selected. */
export function returnToCanvas(): void {
  enterCanvas();
}
