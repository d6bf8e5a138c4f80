import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect, useRef, useState } from 'react';
import { CARD } from '../../shared/card';
import { afterFirstPaint } from '../findings';
import { toggleOverviewMap, useStore } from '../store';
import { LEVEL_COLOUR } from './lodCanvas';

const W = 200;
const H = 140;
/** Distance of the map from the canvas's edges (matches .overview in styles.css). */
const INSET = 15;
/**
 * Below this canvas height (a workshop's strip and wall on a 720-line projector) the map would
 * cover a third of the cards: it folds to its button until the canvas grows or it is asked for.
 */
const CRAMPED = 3 * (H + 24);

type Corner = 'bottom-right' | 'top-right' | 'top-left';
const CORNERS: readonly Corner[] = ['bottom-right', 'top-right', 'top-left'];

/**
 * The overview map in a corner of the canvas, with a button to hide it (M; remembered). It never
 * sits on the selected card: when the selection is under it, it moves to the next free corner,
 * and back when the selection leaves.
 */
export function OverviewMap() {
  const hidden = useStore((s) => s.mapHidden);
  const rf = useStoreApi();
  const [corner, setCorner] = useState<Corner>('bottom-right');
  const [cramped, setCramped] = useState(false);
  const [askedFor, setAskedFor] = useState(false);
  useEffect(() => {
    const place = () => {
      const { selectedId, layout: pl } = useStore.getState();
      const i = selectedId && pl ? pl.tree.indexOf.get(selectedId) : undefined;
      const { transform, width, height } = rf.getState();
      setCramped(height > 0 && height < CRAMPED);
      if (!pl || i === undefined || pl.layout.visible[i] !== 1 || !width) return setCorner('bottom-right');
      const [tx, ty, zoom] = transform;
      const card = { x0: pl.layout.x[i]! * zoom + tx, y0: pl.layout.y[i]! * zoom + ty, x1: 0, y1: 0 };
      card.x1 = card.x0 + CARD.width * zoom;
      card.y1 = card.y0 + pl.layout.h[i]! * zoom;
      const rectOf = (c: Corner) => {
        const x0 = c === 'top-left' ? INSET : width - INSET - W;
        const y0 = c === 'bottom-right' ? height - INSET - H - 24 : INSET;
        return { x0, y0, x1: x0 + W, y1: y0 + H + 24 };
      };
      const free = CORNERS.find((c) => {
        const r = rectOf(c);
        return card.x1 <= r.x0 || card.x0 >= r.x1 || card.y1 <= r.y0 || card.y0 >= r.y1;
      });
      setCorner(free ?? 'bottom-right');
    };
    const offFlow = rf.subscribe((st, prev) => (st.transform !== prev.transform || st.height !== prev.height) && place());
    const offPlan = useStore.subscribe((st, prev) => (st.selectedId !== prev.selectedId || st.layoutVersion !== prev.layoutVersion) && place());
    place();
    return () => {
      offFlow();
      offPlan();
    };
  }, [rf]);
  if (hidden || (cramped && !askedFor)) {
    const show = hidden ? toggleOverviewMap : () => setAskedFor(true);
    return (
      <button type="button" className="overview overview-show" onClick={show} title="Show the overview map (M)">
        Show map
      </button>
    );
  }
  return (
    <div className={`overview ${corner}`}>
      <MapCanvas />
      <button type="button" className="overview-hide" onClick={cramped ? () => setAskedFor(false) : toggleOverviewMap} title="Hide the overview map (M)">
        Hide map
      </button>
    </div>
  );
}

/**
 * The overview map: every card of the layout as a dot in its level's colour, drawn once per layout
 * (after the first frame, off the opening path) into an offscreen bitmap; each frame only copies
 * it and draws the view's rectangle. Click or drag on it to move the view there.
 */
function MapCanvas() {
  const ref = useRef<HTMLCanvasElement>(null);
  const rf = useStoreApi();
  const flow = useReactFlow();
  useEffect(() => {
    const dpr = window.devicePixelRatio || 1;
    let base: HTMLCanvasElement | null = null;
    let baseVersion = -1;
    let scale = 1;
    let ox = 0;
    let oy = 0;
    let raf = 0;
    let ready = false;
    const build = () => {
      const { layout: pl, layoutVersion, data } = useStore.getState();
      baseVersion = layoutVersion;
      if (!pl) return;
      const { width, height } = pl.layout;
      // A small plan stays a small schematic rather than filling the map with giant blocks.
      scale = Math.min(0.1, (W - 12) / Math.max(1, width), (H - 12) / Math.max(1, height));
      ox = (W - width * scale) / 2;
      oy = (H - height * scale) / 2;
      base ??= document.createElement('canvas');
      base.width = W * dpr;
      base.height = H * dpr;
      const ctx = base.getContext('2d')!;
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, W, H);
      const { order, count, x, y, h } = pl.layout;
      const { ids } = pl.tree;
      const cw = Math.max(1, CARD.width * scale);
      for (const level of Object.keys(LEVEL_COLOUR)) {
        ctx.fillStyle = LEVEL_COLOUR[level]!;
        for (let k = 0; k < count; k++) {
          const v = order[k]!;
          if (data.objectives.get(ids[v]!)?.level !== level) continue;
          ctx.fillRect(ox + x[v]! * scale, oy + y[v]! * scale, cw, Math.max(1, h[v]! * scale));
        }
      }
    };
    const draw = () => {
      raf = 0;
      const cv = ref.current;
      if (!cv || !ready) return;
      if (baseVersion !== useStore.getState().layoutVersion) build();
      if (cv.width !== W * dpr) {
        cv.width = W * dpr;
        cv.height = H * dpr;
      }
      const ctx = cv.getContext('2d')!;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, cv.width, cv.height);
      if (base) ctx.drawImage(base, 0, 0);
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      const { transform, width, height } = rf.getState();
      const [tx, ty, zoom] = transform;
      const vx = ox + (-tx / zoom) * scale;
      const vy = oy + (-ty / zoom) * scale;
      const vw = Math.max(3, (width / zoom) * scale);
      const vh = Math.max(3, (height / zoom) * scale);
      ctx.fillStyle = 'rgba(37, 99, 235, 0.08)';
      ctx.fillRect(vx, vy, vw, vh);
      ctx.strokeStyle = '#2563eb';
      ctx.lineWidth = 1.5;
      ctx.strokeRect(vx, vy, vw, vh);
    };
    const schedule = () => {
      if (!raf) raf = requestAnimationFrame(draw);
    };
    afterFirstPaint(() => {
      ready = true;
      schedule();
    });
    const offFlow = rf.subscribe((s, p) => s.transform !== p.transform && schedule());
    const offPlan = useStore.subscribe((s, p) => s.layoutVersion !== p.layoutVersion && schedule());
    // Moving the view: click or drag on the map centres the view on that point.
    const cv = ref.current!;
    let down = false;
    const move = (e: PointerEvent) => {
      const r = cv.getBoundingClientRect();
      const fx = (e.clientX - r.left - ox) / scale;
      const fy = (e.clientY - r.top - oy) / scale;
      const { transform, width, height } = rf.getState();
      const zoom = transform[2];
      void flow.setViewport({ x: width / 2 - fx * zoom, y: height / 2 - fy * zoom, zoom });
    };
    const onDown = (e: PointerEvent) => {
      down = true;
      cv.setPointerCapture(e.pointerId);
      move(e);
    };
    const onMove = (e: PointerEvent) => down && move(e);
    const onUp = () => (down = false);
    cv.addEventListener('pointerdown', onDown);
    cv.addEventListener('pointermove', onMove);
    cv.addEventListener('pointerup', onUp);
    return () => {
      cancelAnimationFrame(raf);
      offFlow();
      offPlan();
      cv.removeEventListener('pointerdown', onDown);
      cv.removeEventListener('pointermove', onMove);
      cv.removeEventListener('pointerup', onUp);
    };
  }, [rf, flow]);
  return <canvas ref={ref} className="overview-map" style={{ width: W, height: H }} role="img" aria-label="Overview map" />;
}
