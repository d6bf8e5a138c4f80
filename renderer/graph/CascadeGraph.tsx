import {
  Background,
  ControlButton,
  Controls,
  type Node,
  type NodeChange,
  type NodeTypes,
  ReactFlow,
  ReactFlowProvider,
  applyNodeChanges,
  useReactFlow,
  useStoreApi,
} from '@xyflow/react';
import { type MouseEvent as ReactMouseEvent, useEffect, useRef, useState } from 'react';
import { CARD } from '../../shared/card';
import { fitViewEvent, runCommand } from '../commands';
import { markFirstPaint } from '../findings';
import { type CardNode, cardAt, forEachInRect } from '../layoutNodes';
import { isInside } from '../planData';
import { focusBranch, moveObjective, relayout, select, toggleCompact, useStore } from '../store';
import { currentView } from '../viewport';
import { CARDS_ZOOM, initialViewport, openingView, windowCards } from './cardWindow';
import { type Lod, type Viewport, drawCanvas } from './lodCanvas';
import { cardIdAt, setCardHitTester } from './hitTest';
import { drawn as lastDrawn } from './drawnView';
import { syncTitles } from './titleLayer';
import { OverviewMap } from './OverviewMap';
import { ObjectiveCard } from './ObjectiveCard';

/** Switches the titles-only view (T): pressed while the cards show their titles alone. */
function TitlesOnlyButton() {
  const compact = useStore((s) => s.compact);
  return (
    <ControlButton onClick={() => runCommand('toggle-titles')} aria-pressed={compact} aria-label="Titles only" title="Titles only: whole titles, to see a wide plan whole (T)">
      <svg viewBox="0 0 16 16" aria-hidden="true">
        <path d="M2 3h12v2H2zM2 7h9v2H2zM2 11h11v2H2z" />
      </svg>
    </ControlButton>
  );
}

// Defined once, outside any component, so React Flow never sees a new node type map.
const nodeTypes: NodeTypes = { objective: ObjectiveCard };

const MIN_ZOOM = 0.05;
const MAX_ZOOM = 2;

function viewportOf(flow: { getViewport(): { x: number; y: number; zoom: number } }): Viewport | null {
  const el = document.querySelector('.react-flow');
  if (!el) return null;
  const { width, height } = el.getBoundingClientRect();
  return { ...flow.getViewport(), width, height };
}

/** The box of an objective in the current layout, or null when it is not laid out (hidden). */
function boxOf(id: string): { x: number; y: number; w: number; h: number } | null {
  const pl = useStore.getState().layout;
  const i = pl?.tree.indexOf.get(id);
  if (!pl || i === undefined || pl.layout.visible[i] !== 1) return null;
  return { x: pl.layout.x[i]!, y: pl.layout.y[i]!, w: CARD.width, h: pl.layout.h[i]! };
}

/** Keeps the selected card in view when keyboard navigation moves to a card off screen. */
function useFollowSelection(): void {
  const flow = useReactFlow();
  const selectedId = useStore((s) => s.selectedId);
  const focusTick = useStore((s) => s.focusTick);
  const last = useRef({ zoom: 1, at: -1e9 });
  useEffect(() => {
    if (!selectedId || focusTick === 0) return;
    const box = boxOf(selectedId);
    const vp = viewportOf(flow);
    if (!box || !vp) return;
    const { x, y } = vp;
    // While a previous move is still animating, its target zoom is the one that counts (the
    // animation passes through other zooms on the way).
    const zoom = performance.now() - last.current.at < 260 ? last.current.zoom : vp.zoom;
    const left = box.x * zoom + x;
    const top = box.y * zoom + y;
    if (left < 0 || top < 0 || left + box.w * zoom > vp.width || top + box.h * zoom > vp.height) {
      // On the drawn overview the zoom is kept; from the cards, the view zooms in far enough to read.
      const nextZoom = zoom < CARDS_ZOOM ? zoom : Math.max(zoom, 0.6);
      const cx = box.x + box.w / 2;
      const cy = box.y + box.h / 2;
      // A long jump is made at once: a flight across thousands of cards would zoom far out on the way.
      const far = Math.abs(cx * vp.zoom + x - vp.width / 2) > vp.width * 2 || Math.abs(cy * vp.zoom + y - vp.height / 2) > vp.height * 2;
      last.current = { zoom: nextZoom, at: performance.now() };
      void flow.setCenter(cx, cy, { zoom: nextZoom, duration: far ? 0 : 180 });
    }
  }, [selectedId, focusTick, flow]);
}

/**
 * An edit (a new objective's title, F2, a key result) happens on the DOM card: from the titles-only
 * view the full cards come back, and from a drawn level the view zooms in to the card to read it,
 * so what is typed is seen (it is held until the box appears).
 */
function useEditShowsCard(): void {
  const flow = useReactFlow();
  const cardId = useStore((s) => (!s.editing ? null : s.editing.kind === 'objective-title' ? s.editing.id : (s.data.krs.get(s.editing.id)?.objectiveId ?? null)));
  useEffect(() => {
    if (!cardId) return;
    if (useStore.getState().compact) toggleCompact();
    const vp = viewportOf(flow);
    const box = boxOf(cardId);
    if (!vp || !box || vp.zoom >= CARDS_ZOOM) return;
    void flow.setCenter(box.x + box.w / 2, box.y + box.h / 2, { zoom: 0.8, duration: 0 });
  }, [cardId, flow]);
}

/**
 * Switching to or from Titles only lays every card out again: the selected card (or the first top
 * one) stays where it was on the screen, at the same zoom, instead of the view showing wherever the
 * old coordinates now fall (often empty canvas).
 */
function useCompactKeepsPlace(): void {
  const flow = useReactFlow();
  useEffect(
    () =>
      useStore.subscribe((st, prev) => {
        if (st.compact === prev.compact || !st.layout || !prev.layout) return;
        const id = st.selectedId ?? st.layout.tree.ids[st.layout.layout.order[0]!];
        const from = id === undefined ? undefined : prev.layout.tree.indexOf.get(id);
        const to = id === undefined ? undefined : st.layout.tree.indexOf.get(id);
        if (from === undefined || to === undefined || st.layout.layout.visible[to] !== 1) return;
        const { x, y, zoom } = flow.getViewport();
        void flow.setViewport({
          x: x + (prev.layout.layout.x[from]! - st.layout.layout.x[to]!) * zoom,
          y: y + (prev.layout.layout.y[from]! - st.layout.layout.y[to]!) * zoom,
          zoom,
        });
      }),
    [flow],
  );
}

/** Lets "export the current view" read the visible rectangle in layout coordinates. */
function useCurrentView(): void {
  const flow = useReactFlow();
  useEffect(() => {
    currentView.read = () => {
      const vp = viewportOf(flow);
      if (!vp) return null;
      return { x: -vp.x / vp.zoom, y: -vp.y / vp.zoom, width: vp.width / vp.zoom, height: vp.height / vp.zoom };
    };
    return () => {
      currentView.read = null;
    };
  }, [flow]);
}

/**
 * Fits the whole layout (its bounds are known without mounting anything) into the canvas beside
 * what is drawn over it: the zoom buttons (bottom left) and the overview map (bottom right, unless
 * hidden). The cascade goes above them or between them, whichever leaves it larger, and below the
 * check-in and history bar along the top. The side
 * panel needs nothing here: it takes its width from the canvas.
 */
function fit(flow: ReturnType<typeof useReactFlow>, padding: number, maxZoom: number, duration?: number): void {
  const pl = useStore.getState().layout;
  const vp = viewportOf(flow);
  if (!pl || !vp) return;
  const { width, height } = pl.layout;
  const host = document.querySelector('.react-flow')?.getBoundingClientRect();
  const drawn = [...document.querySelectorAll('.react-flow__controls, .overview, .history-bar')].map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0);
  const atTop = (r: DOMRect) => host !== undefined && r.top - host.top < vp.height / 4;
  const gap = 8;
  const tops = host ? drawn.filter(atTop).map((r) => ({ x: r.left - host.left, y: r.top - host.top, w: r.width, h: r.height })) : [];
  const covers = drawn.filter((r) => !atTop(r));
  // Room above every overlay, or between the left ones and the right ones.
  const top = host ? Math.min(vp.height, ...covers.map((r) => r.top - host.top - gap)) : vp.height;
  const left = host ? Math.max(0, ...covers.filter((r) => r.left - host.left < vp.width / 2).map((r) => r.right - host.left + gap)) : 0;
  const right = host ? Math.min(vp.width, ...covers.filter((r) => r.left - host.left >= vp.width / 2).map((r) => r.left - host.left - gap)) : vp.width;
  const zoomIn = (w: number, h: number) => Math.min(maxZoom, Math.max(MIN_ZOOM, Math.min(w / (width * (1 + padding * 2)), h / (height * (1 + padding * 2)))));
  // The same two areas starting below what sits along the top (the check-in and history bar).
  const floor = Math.max(0, ...tops.map((r) => r.y + r.h + gap));
  const areas = [0, floor].flatMap((y) => [
    { x: 0, y, w: vp.width, h: Math.max(1, top - y) },
    { x: left, y, w: Math.max(1, right - left), h: Math.max(1, vp.height - y) },
  ]);
  const views = areas
    .map((a) => {
      const zoom = zoomIn(a.w, a.h);
      return { x: a.x + a.w / 2 - (width / 2) * zoom, y: a.y + a.h / 2 - (height / 2) * zoom, zoom };
    })
    .sort((a, b) => b.zoom - a.zoom);
  // The largest view that leaves every card clear of the top bar: the cascade only goes below it
  // when a card would be under it (a plan with several tops, a wide first row).
  const clear = (v: { x: number; y: number; zoom: number }) => {
    let hit = false;
    for (const r of tops) {
      const x0 = (r.x - gap - v.x) / v.zoom;
      const y0 = (r.y - gap - v.y) / v.zoom;
      forEachInRect(pl, x0, y0, x0 + (r.w + 2 * gap) / v.zoom, y0 + (r.h + 2 * gap) / v.zoom, () => void (hit = true));
    }
    return !hit;
  };
  const view = views.find(clear) ?? views.find((v) => v.y >= floor)!;
  void flow.setViewport(view, duration ? { duration } : undefined);
}

function useInitialView(): void {
  const flow = useReactFlow();
  const phase = useStore((s) => s.phase);
  const path = useStore((s) => s.meta?.path);
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (phase !== 'ready' || done.current === path) return;
    done.current = path ?? null;
    const pl = useStore.getState().layout;
    if (!pl || pl.layout.count === 0) return;
    if (pl.layout.count <= 40) fit(flow, 0.12, 1);
    else {
      // Fitting thousands of cards would make them unreadable: start at the top of the cascade instead.
      void flow.setViewport(openingView(pl, viewportOf(flow)!.width));
    }
  }, [phase, path, flow]);
  useEffect(() => {
    const onFit = () => fit(flow, 0.025, MAX_ZOOM, 200);
    // View › Zoom In / Zoom Out / Actual Size act on the cascade, around the centre of the window.
    // Not animated: a step taken while the last one is still animating would start from halfway.
    const onZoomIn = () => void flow.zoomIn();
    const onZoomOut = () => void flow.zoomOut();
    const onReset = () => void flow.zoomTo(1);
    const listeners: Array<[string, () => void]> = [['fit', onFit], ['zoom-in', onZoomIn], ['zoom-out', onZoomOut], ['zoom-reset', onReset]];
    for (const [type, fn] of listeners) fitViewEvent.addEventListener(type, fn);
    return () => {
      for (const [type, fn] of listeners) fitViewEvent.removeEventListener(type, fn);
    };
  }, [flow]);
}

/** Re-parenting by drag and drop: drop a card onto another card to move it there. */
function useDropToReparent(dragging: Map<string, { x: number; y: number }>) {
  const flow = useReactFlow();
  return (_: unknown, node: Node) => {
    dragging.clear();
    const { data } = useStore.getState();
    const target = flow
      .getIntersectingNodes(node)
      .map((n) => n.id)
      .find((id) => id !== node.id && id !== data.objectives.get(node.id)?.parentId);
    if (target && !isInside(data, target, node.id)) {
      void moveObjective(node.id, target, (data.childIds.get(target) ?? []).length);
      return;
    }
    if (target) useStore.setState({ notice: 'An objective cannot move under itself or one of its own children.' });
    relayout(); // snap back
  };
}

const sameNodes = (a: readonly CardNode[], b: readonly CardNode[]) => a.length === b.length && a.every((n, i) => n === b[i]);

/**
 * What the canvas shows at the cards level: only the connectors, which change with the view, the
 * layout and the cards being dragged, never with a value. null on the drawn levels: they show
 * titles, progress and status, so every change of the plan redraws them.
 */
function connectorsKey(lod: Lod, vp: Viewport, layoutVersion: number, dragging: ReadonlyMap<string, unknown>): string | null {
  if (lod !== 'cards') return null;
  const { x, y, zoom, width, height } = vp;
  return `${x}|${y}|${zoom}|${width}|${height}|${window.devicePixelRatio}|${layoutVersion}|${[...dragging.keys()].join(',')}`;
}

/**
 * The window: React Flow is only ever given the cards that intersect the view (plus a margin), taken
 * from the layout's column index; the canvas draws the connectors and, zoomed out, the cards. Both
 * follow every viewport change, at most once per animation frame.
 */
function useWindow(
  canvas: React.RefObject<HTMLCanvasElement | null>,
  titles: React.RefObject<HTMLDivElement | null>,
  dragging: Map<string, { x: number; y: number }>,
  start: Opening,
) {
  const rf = useStoreApi();
  const { cards } = start;
  const [nodes, setNodes] = useState<CardNode[]>(start.nodes);
  const [lod, setLod] = useState<Lod>('cards');
  const current = useRef({ nodes, lod });
  current.current = { nodes, lod };

  useEffect(() => {
    let raf = 0;
    let first = true;
    let drawn: string | null = null;
    const frame = () => {
      raf = 0;
      const s = useStore.getState();
      const { transform, width, height } = rf.getState();
      if (!width || !height) return;
      const [tx, ty, zoom] = transform;
      const vp: Viewport = { x: tx, y: ty, zoom, width, height };
      const pl = s.layout;
      // Until the first frame with the plan is on screen, only the cards in view: those beyond the
      // edge are mounted after it (below), not in a render between that frame and the first input.
      const { next, out } = windowCards(pl, s, vp, cards, dragging, first ? 0 : undefined);
      lastDrawn.lod = next;
      const cv = canvas.current;
      // A redrawn canvas is a new full-window bitmap for the compositor, and the frame's commit holds
      // the main thread until it is taken (2–5 ms after a KR edit at 50k, pushing the next task past
      // the following frame): redraw only when what it shows has changed.
      const key = connectorsKey(next, vp, s.layoutVersion, dragging);
      const domTitles = titles.current ? syncTitles(titles.current, pl, s, vp, next) : false;
      if (cv && (key === null || key !== drawn)) lastDrawn.inView = drawCanvas(cv, pl, s, vp, next, new Set(dragging.keys()), domTitles, s.compact);
      drawn = cv ? key : null;
      lastDrawn.view = vp;
      const cur = current.current;
      if (!sameNodes(cur.nodes, out)) setNodes(out);
      if (cur.lod !== next) setLod(next);
      if (first && pl) {
        first = false;
        // The first frame with the plan: mark it once it is painted and input is taken.
        requestAnimationFrame(() =>
          setTimeout(() => {
            performance.mark('cascade:interactive');
            markFirstPaint();
            schedule();
          }, 0),
        );
      }
    };
    const schedule = () => {
      if (!raf) raf = requestAnimationFrame(frame);
    };
    const offFlow = rf.subscribe((st, prev) => {
      if (st.transform !== prev.transform || st.width !== prev.width || st.height !== prev.height) schedule();
    });
    const offPlan = useStore.subscribe((st, prev) => {
      if (
        st.layoutVersion !== prev.layoutVersion ||
        st.selectedId !== prev.selectedId ||
        st.data !== prev.data ||
        st.rollup !== prev.rollup ||
        st.statuses !== prev.statuses ||
        st.findingsVersion !== prev.findingsVersion ||
        st.filters !== prev.filters ||
        st.pending !== prev.pending
      )
        schedule();
    });
    const onResize = () => schedule();
    window.addEventListener('resize', onResize);
    schedule();
    return () => {
      cancelAnimationFrame(raf);
      offFlow();
      offPlan();
      window.removeEventListener('resize', onResize);
    };
  }, [rf, canvas, titles, dragging, cards]);

  return { nodes, setNodes, lod };
}

/** The view the graph opens at, when known before mounting, and the cards in it. */
interface Opening {
  viewport: Viewport | null;
  nodes: CardNode[];
  /** Shared by the first render and every frame, so the first frame finds the same node objects. */
  cards: { cache: Map<string, CardNode>; version: number };
}

/**
 * The cascade, with React Flow's store made here rather than above: created holding the opening
 * view's cards (only those in view) and its viewport, the first render draws them, so the first
 * painted frame has cards, not an empty pane that fills in a render and a frame later.
 */
export function CascadeGraph() {
  const [start] = useState((): Opening => {
    const viewport = initialViewport();
    const cards = { cache: new Map<string, CardNode>(), version: -1 };
    const nodes = viewport ? windowCards(useStore.getState().layout, useStore.getState(), viewport, cards, new Map(), 0).out : [];
    return { viewport, nodes, cards };
  });
  return (
    <ReactFlowProvider initialNodes={start.nodes} initialWidth={start.viewport?.width} initialHeight={start.viewport?.height}>
      <OpeningTransform viewport={start.viewport} />
      <Graph start={start} />
    </ReactFlowProvider>
  );
}

/**
 * Puts the opening viewport into the new store before anything reads it (React Flow would set it
 * from defaultViewport only in an effect, after a first render at zoom 1). Nothing has subscribed
 * to the store yet, so this changes no rendered component.
 */
function OpeningTransform({ viewport }: { viewport: Viewport | null }): null {
  const store = useStoreApi();
  useState(() => viewport && store.setState({ transform: [viewport.x, viewport.y, viewport.zoom] }));
  return null;
}

function Graph({ start }: { start: Opening }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const titles = useRef<HTMLDivElement>(null);
  const [dragging] = useState(() => new Map<string, { x: number; y: number }>());
  const opening = start.viewport;
  const { nodes, setNodes, lod } = useWindow(canvas, titles, dragging, start);
  const flow = useReactFlow();
  useFollowSelection();
  useEditShowsCard();
  useCompactKeepsPlace();
  useInitialView();
  useCurrentView();
  const onNodeDragStop = useDropToReparent(dragging);
  useEffect(() => {
    setCardHitTester((x, y) => {
      const pl = useStore.getState().layout;
      if (!pl) return null;
      const p = flow.screenToFlowPosition({ x, y });
      const i = cardAt(pl, p.x, p.y);
      return i >= 0 ? pl.tree.ids[i]! : null;
    });
    return () => setCardHitTester(null);
  }, [flow]);

  function onNodesChange(changes: NodeChange<CardNode>[]): void {
    // Only drags move nodes; everything else about nodes comes from the layout.
    const moves = changes.filter((c) => c.type === 'position');
    if (!moves.length) return;
    for (const m of moves) if (m.type === 'position' && m.position && m.dragging) dragging.set(m.id, m.position);
    setNodes((list) => applyNodeChanges(moves, list));
  }

  /** On the drawn levels of detail, the canvas card under the pointer (or null). */
  function canvasHit(e: ReactMouseEvent): string | null {
    if (lod === 'cards' || !(e.target as HTMLElement).closest('.react-flow__pane')) return null;
    return cardIdAt(e.clientX, e.clientY);
  }

  return (
    <ReactFlow
      nodes={nodes}
      nodeTypes={nodeTypes}
      onNodesChange={onNodesChange}
      onNodeDragStop={onNodeDragStop}
      onNodeClick={(e, n) => {
        const focus = !(e.target as HTMLElement).closest('input, textarea, select, button');
        select(n.id, focus);
        // Focus the clicked card now, not a render later: a key pressed right after the click (Tab
        // adds a child) must find it focused, or Tab moves focus off the canvas instead.
        if (focus) ((e.target as HTMLElement).closest('.card') as HTMLElement | null)?.focus({ preventScroll: true });
      }}
      onPaneClick={(e) => {
        const id = canvasHit(e);
        if (id) select(id, true);
      }}
      onDoubleClick={(e) => {
        const id = canvasHit(e);
        if (id) focusBranch(id);
      }}
      zoomOnDoubleClick={lod === 'cards'}
      nodesConnectable={false}
      nodesFocusable={false}
      edgesFocusable={false}
      elementsSelectable={false}
      disableKeyboardA11y
      deleteKeyCode={null}
      selectionKeyCode={null}
      multiSelectionKeyCode={null}
      defaultViewport={opening ? { x: opening.x, y: opening.y, zoom: opening.zoom } : undefined}
      minZoom={MIN_ZOOM}
      maxZoom={MAX_ZOOM}
      proOptions={{ hideAttribution: true }}
      aria-label="Objective cascade"
      data-lod={lod}
      className={`lod-${lod}`}
    >
      <Background gap={24} color="var(--line)" />
      <canvas ref={canvas} className="lod-canvas" aria-hidden="true" />
      <div ref={titles} className="lod-titles-layer" />
      <Controls showInteractive={false} position="bottom-left" aria-label="Zoom controls">
        <TitlesOnlyButton />
      </Controls>
      <OverviewMap />
    </ReactFlow>
  );
}
