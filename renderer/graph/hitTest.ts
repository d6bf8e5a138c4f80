/**
 * Which card is under a point of the screen, on every level of detail. At card zoom a card is a DOM
 * element; zoomed out, cards are drawn on a canvas and only the layout knows where they are. The
 * graph installs the tester (it holds the viewport); drops from outside the graph (stickies from
 * the workshop wall) ask it.
 */
type Tester = (clientX: number, clientY: number) => string | null;

let tester: Tester | null = null;

export function setCardHitTester(t: Tester | null): void {
  tester = t;
}

export function cardIdAt(clientX: number, clientY: number): string | null {
  const el = document.elementFromPoint(clientX, clientY)?.closest<HTMLElement>('.canvas .card[data-id]');
  return el?.dataset.id ?? tester?.(clientX, clientY) ?? null;
}
