import { CARD } from '../../shared/card';
import { drawn } from '../../renderer/graph/drawnView';
import { forEachInRect } from '../../renderer/layoutNodes';
import { useStore } from '../../renderer/store';

/**
 * Read-only windows into the page for the e2e tests, installed only by the test build of the
 * renderer (test/hooks/main.tsx; the harness serves it in place of the product's bundle). The app
 * itself ships none of this.
 */
export function installTestHooks(): void {
  const w = window as unknown as Record<string, unknown>;

  /** Live numbers: objectives, DOM cards, the level of detail, the cards in view, findings passes done. */
  w.__cascadeStats = () => ({
    nodes: useStore.getState().objectiveCount,
    findingsPasses: useStore.getState().findingsVersion,
    domCards: document.querySelectorAll('.card').length,
    lod: drawn.lod,
    inView: drawn.inView,
  });

  w.__cascadeSelected = () => useStore.getState().selectedId;

  /** The zoom the graph last drew at. */
  w.__cascadeZoom = () => drawn.view?.zoom ?? 0;

  /** The cards drawn in view on the canvas, with their centres on the page. */
  w.__cascadeCanvasCards = (max = 20) => {
    const pl = useStore.getState().layout;
    const el = document.querySelector('.react-flow');
    const vp = drawn.view;
    if (!pl || !el || !vp) return [];
    const r = el.getBoundingClientRect();
    const out: Array<{ id: string; x: number; y: number }> = [];
    const x0 = -vp.x / vp.zoom;
    const y0 = -vp.y / vp.zoom;
    forEachInRect(pl, x0, y0, x0 + vp.width / vp.zoom, y0 + vp.height / vp.zoom, (i) => {
      const cx = (pl.layout.x[i]! + CARD.width / 2) * vp.zoom + vp.x;
      const cy = (pl.layout.y[i]! + pl.layout.h[i]! / 2) * vp.zoom + vp.y;
      if (out.length < max && cx > 60 && cy > 20 && cx < vp.width - 260 && cy < vp.height - 180) out.push({ id: pl.tree.ids[i]!, x: r.left + cx, y: r.top + cy });
    });
    return out;
  };

  /** Every laid-out card's box on the page (CSS pixels), in view or not. */
  w.__cascadeCardRects = () => {
    const pl = useStore.getState().layout;
    const el = document.querySelector('.react-flow');
    const vp = drawn.view;
    if (!pl || !el || !vp) return [];
    const r = el.getBoundingClientRect();
    const out: Array<{ id: string; x: number; y: number; width: number; height: number }> = [];
    const { order, count, x, y, h } = pl.layout;
    for (let k = 0; k < count; k++) {
      const i = order[k]!;
      out.push({ id: pl.tree.ids[i]!, x: r.left + x[i]! * vp.zoom + vp.x, y: r.top + y[i]! * vp.zoom + vp.y, width: CARD.width * vp.zoom, height: h[i]! * vp.zoom });
    }
    return out;
  };

  /**
   * What happened lately, for a failing test to print: keys as they arrived (and where), and the
   * store's edit, selection, type-ahead and gate as they changed. Read-only: it only listens.
   */
  const trace: string[] = [];
  const note = (line: string) => {
    trace.push(`${Math.round(performance.now())} ${line}`);
    if (trace.length > 200) trace.shift();
  };
  const where = (t: EventTarget | null) => {
    if (!(t instanceof HTMLElement)) return String(t);
    const label = t.getAttribute('aria-label') ?? t.querySelector('h3')?.textContent ?? '';
    return `${t.tagName.toLowerCase()}${t.className && typeof t.className === 'string' ? `.${t.className.split(' ')[0]}` : ''}${label ? ` “${label.slice(0, 40)}”` : ''}`;
  };
  window.addEventListener('keydown', (e) => note(`key ${e.key} on ${where(e.target)}`), true);
  window.addEventListener('keydown', (e) => e.defaultPrevented || note(`  ${e.key} not handled`));
  useStore.subscribe((s, p) => {
    if (s.editing !== p.editing) note(`editing ${JSON.stringify(s.editing)}`);
    if (s.selectedId !== p.selectedId) note(`selected ${s.selectedId}`);
    if (s.typeAhead !== p.typeAhead) note(`typeAhead ${JSON.stringify(s.typeAhead)}`);
    if (s.gateQueue !== p.gateQueue) note(`gate ${JSON.stringify(s.gateQueue)}`);
    if (s.pending !== p.pending) note(`pending ${s.pending}`);
    if (s.data !== p.data) note(`data ${s.data.objectives.size} objectives`);
  });
  w.__cascadeTrace = () => {
    const s = useStore.getState();
    const now = [
      `focus on ${where(document.activeElement)}`,
      `${document.querySelectorAll('.card').length} DOM cards, level of detail ${drawn.lod}, zoom ${(drawn.view?.zoom ?? 0).toFixed(2)}`,
      `editing ${JSON.stringify(s.editing)}, gate ${JSON.stringify(s.gateQueue)}, typeAhead ${JSON.stringify(s.typeAhead)}, pending ${s.pending}, notice ${JSON.stringify(s.notice)}`,
      `dialogs open: ${[...document.querySelectorAll('dialog[open]')].map((d) => d.getAttribute('aria-label') ?? d.className).join(', ') || 'none'}`,
    ];
    return [...trace, ...now.map((l) => `now: ${l}`)].join('\n');
  };
}
