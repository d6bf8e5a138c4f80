import { describe, expect, it } from 'vitest';
import { CARD } from '../../shared/card';
import { createRng, generatePlan, type PlanShape } from '../helpers/generate';
import {
  type ArrayLayout,
  type Box,
  boxAt,
  buildLayoutTree,
  layoutArrays,
  layoutBoxes,
  layoutTree,
  setCardHeight,
  STACK_GAP,
} from '../../shared/layout';
import { handbookPlan } from '../fixtures/handbook-plan';
import type { Objective } from '../../shared/model';
import { ROOT, childIds, indexTree, type TreeIndex } from '../../shared/tree';
import { cardHeights, checkArrayLayout, countOverlaps, isClean } from '../bench/checks';

const SLOT = CARD.width + CARD.hGap;

/** The layout as it was before the typed-array rewrite: the reference for public behaviour. */
function referenceLayout(
  t: TreeIndex,
  heightOf: (id: string) => number,
  isCollapsed: (id: string) => boolean = () => false,
  rootId: string = ROOT,
): { boxes: Map<string, Box>; width: number; height: number } {
  const boxes = new Map<string, Box>();
  const kids = (id: string) => (isCollapsed(id) ? [] : childIds(t, id));
  const roots = rootId === ROOT ? childIds(t, ROOT) : [rootId];
  const order: string[] = [];
  const stack = [...roots].reverse();
  let height = 0;
  for (const r of roots) boxes.set(r, { x: 0, y: 0, w: CARD.width, h: heightOf(r) });
  while (stack.length) {
    const id = stack.pop()!;
    order.push(id);
    const box = boxes.get(id)!;
    height = Math.max(height, box.y + box.h);
    const c = kids(id);
    for (let i = c.length - 1; i >= 0; i--) {
      const child = c[i]!;
      boxes.set(child, { x: 0, y: box.y + box.h + CARD.vGap, w: CARD.width, h: heightOf(child) });
      stack.push(child);
    }
  }
  let nextLeaf = 0;
  for (const id of order) if (kids(id).length === 0) boxes.get(id)!.x = nextLeaf++ * SLOT;
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i]!;
    const c = kids(id);
    if (c.length) boxes.get(id)!.x = (boxes.get(c[0]!)!.x + boxes.get(c[c.length - 1]!)!.x) / 2;
  }
  return { boxes, width: Math.max(0, nextLeaf * SLOT - CARD.hGap), height };
}

const obj = (id: string, parentId: string | null, sortOrder = 0): Objective => ({
  id,
  parentId,
  level: parentId ? 'contribution' : 'north_star',
  title: id,
  description: '',
  owner: '',
  ownerKind: 'person',
  period: '',
  periodKind: 'none',
  periodStart: '',
  periodEnd: '',
  gate: 'strategic',
  parentKrId: null,
  weight: 1,
  rollupMode: 'average',
  statusOverride: null,
  sortOrder,
  createdAt: '',
  updatedAt: '',
});

function planIndex(n: number, shape: PlanShape = 'org', seed = 7) {
  const plan = generatePlan({ n, shape, seed });
  const t = indexTree(plan.objectives, plan.keyResults);
  const tree = buildLayoutTree(t);
  return { plan, t, tree, heights: cardHeights(t, tree) };
}

const expectClean = (layout: ArrayLayout) => {
  const problems = checkArrayLayout(layout);
  expect(problems.examples).toEqual([]);
  expect(isClean(problems)).toBe(true);
};

describe('layoutTree (public behaviour)', () => {
  // a ─┬─ b ─┬─ d
  //    │     └─ e
  //    └─ c
  const t = indexTree([obj('a', null), obj('b', 'a', 0), obj('c', 'a', 1), obj('d', 'b', 0), obj('e', 'b', 1)], []);
  const heights: Record<string, number> = { a: 100, b: 150, c: 80, d: 120, e: 90 };
  const heightOf = (id: string) => heights[id]!;

  it('places leaves in slots left to right and centres parents over first and last child', () => {
    const { boxes, width, height } = layoutTree(t, heightOf);
    expect(boxes.get('d')).toEqual({ x: 0, y: 100 + CARD.vGap + 150 + CARD.vGap, w: CARD.width, h: 120 });
    expect(boxes.get('e')!.x).toBe(SLOT);
    expect(boxes.get('c')).toEqual({ x: 2 * SLOT, y: 100 + CARD.vGap, w: CARD.width, h: 80 });
    expect(boxes.get('b')!.x).toBe(SLOT / 2);
    expect(boxes.get('a')!.x).toBe((SLOT / 2 + 2 * SLOT) / 2);
    expect(width).toBe(3 * SLOT - CARD.hGap);
    expect(height).toBe(100 + CARD.vGap + 150 + CARD.vGap + 120);
  });

  it('leaves collapsed branches out, the collapsed card taking a slot', () => {
    const { boxes, width } = layoutTree(t, heightOf, (id) => id === 'b');
    expect([...boxes.keys()].sort()).toEqual(['a', 'b', 'c']);
    expect(boxes.get('b')!.x).toBe(0);
    expect(boxes.get('c')!.x).toBe(SLOT);
    expect(width).toBe(2 * SLOT - CARD.hGap);
  });

  it('lays out one branch alone from rootId', () => {
    const { boxes } = layoutTree(t, heightOf, () => false, 'b');
    expect([...boxes.keys()]).toEqual(['b', 'd', 'e']);
    expect(boxes.get('b')!.y).toBe(0);
    expect(boxes.get('d')!.y).toBe(150 + CARD.vGap);
  });

  it('terminates on a cycle of parent links reached from rootId', () => {
    const cyclic = indexTree([obj('p', 'q'), obj('q', 'p'), obj('r', 'q', 1)], []);
    expect(layoutTree(cyclic, () => 100).boxes.size).toBe(0); // no top-level objective
    const { boxes } = layoutTree(cyclic, () => 100, () => false, 'p');
    expect([...boxes.keys()]).toEqual(['p', 'q', 'r']);
  });

  it('numbers nodes in pre-order and maps ids back', () => {
    const tree = buildLayoutTree(t);
    expect(tree.ids).toEqual(['a', 'b', 'd', 'e', 'c']);
    expect([...tree.parent]).toEqual([-1, 0, 1, 1, 0]);
    expect([...tree.end]).toEqual([5, 4, 3, 4, 5]);
    expect([...tree.lastChild]).toEqual([4, 3, -1, -1, -1]);
    expect(tree.ids.map((id) => tree.indexOf.get(id))).toEqual([0, 1, 2, 3, 4]);
  });

  it('gives an empty layout for an empty plan', () => {
    expect(layoutTree(indexTree([], []), () => 100)).toEqual({ boxes: new Map(), width: 0, height: 0 });
  });

  it('matches the previous implementation exactly on random plans, collapses and branches', () => {
    const r = createRng(42);
    for (const shape of ['org', 'wide', 'skewed'] as const) {
      for (let round = 0; round < 4; round++) {
        const plan = generatePlan({ n: 300 + round * 250, shape, seed: round + 1, wideFanout: 120 });
        const ti = indexTree(plan.objectives, plan.keyResults);
        const h = new Map(plan.objectives.map((o) => [o.id, 100 + r.int(0, 200)]));
        const hOf = (id: string) => h.get(id)!;
        const collapsed = new Set(plan.objectives.filter(() => r.chance(0.05)).map((o) => o.id));
        const isCollapsed = (id: string) => collapsed.has(id);
        const branch = r.pick(plan.objectives).id;
        for (const rootId of [ROOT, branch]) {
          const expected = referenceLayout(ti, hOf, isCollapsed, rootId);
          const actual = layoutTree(ti, hOf, isCollapsed, rootId);
          expect(actual.width).toBe(expected.width);
          expect(actual.height).toBe(expected.height);
          expect(actual.boxes).toEqual(expected.boxes);
        }
      }
    }
  });
});

describe('layoutArrays', () => {
  it.each(['org', 'wide', 'deep', 'skewed'] as const)('has no overlaps and centred parents (%s)', (shape) => {
    const { tree, heights } = planIndex(shape === 'deep' ? 6000 : 4000, shape);
    const layout = layoutArrays(tree, heights);
    expect(layout.count).toBe(tree.n);
    expectClean(layout);
  });

  it('hides collapsed branches and keeps the rest clean', () => {
    const { tree, heights } = planIndex(3000);
    const r = createRng(3);
    const collapsed = new Uint8Array(tree.n).map(() => (r.chance(0.08) ? 1 : 0));
    const layout = layoutArrays(tree, heights, collapsed);
    expectClean(layout);
    let hidden = 0;
    for (let i = 0; i < tree.n; i++) {
      if (collapsed[i] && layout.visible[i]) {
        for (let j = i + 1; j < tree.end[i]!; j++) expect(layout.visible[j]).toBe(0);
      }
      if (!layout.visible[i]) hidden++;
    }
    expect(hidden).toBeGreaterThan(0);
    expect(layout.count).toBe(tree.n - hidden);
    expect(boxAt(layout, layout.order[0]!)).toBeDefined();
    expect(layoutBoxes(layout).size).toBe(layout.count);
  });

  it('lays out a 5,000-long chain without overflowing the stack', () => {
    const n = 5000;
    const objectives = Array.from({ length: n }, (_, i) => obj(`c${i}`, i === 0 ? null : `c${i - 1}`));
    const t = indexTree(objectives, []);
    const { boxes, height } = layoutTree(t, () => 100);
    expect(boxes.size).toBe(n);
    expect(boxes.get(`c${n - 1}`)!.y).toBe((n - 1) * (100 + CARD.vGap));
    expect(height).toBe(n * 100 + (n - 1) * CARD.vGap);
    for (const b of boxes.values()) expect(b.x).toBe(0);
    // And the generated deep shape, chain plus side branches.
    const deep = planIndex(10_000, 'deep');
    expectClean(layoutArrays(deep.tree, deep.heights));
  });

  it('lays out 100,000 objectives', () => {
    const { tree, heights, t } = planIndex(100_000, 'org', 11);
    expect(tree.n).toBe(100_000);
    const layout = layoutArrays(tree, heights);
    expect(layout.count).toBe(100_000);
    expectClean(layout);
    // The Map wrapper copes as well.
    const wrapped = layoutTree(t, (id) => heights[tree.indexOf.get(id)!]!);
    expect(wrapped.boxes.size).toBe(100_000);
    expect(wrapped.width).toBe(layout.width);
  });

  it('keeps x independent of card heights', () => {
    const { tree } = planIndex(5000, 'skewed');
    const r = createRng(5);
    const a = layoutArrays(tree, (_i) => 80 + r.int(0, 300));
    const b = layoutArrays(tree, (_i) => 80 + r.int(0, 300));
    expect(b.x).toEqual(a.x);
    expect(b.y).not.toEqual(a.y);
  });

  it('lays out a branch alone from a root node', () => {
    const { tree, heights } = planIndex(2000);
    const root = 1;
    const layout = layoutArrays(tree, heights, undefined, root);
    expect(layout.count).toBe(tree.end[root]! - root);
    expect(layout.y[root]).toBe(0);
    expectClean(layout);
  });
});

describe('stacked families (compact layout)', () => {
  // p over 7 leaves, then a sibling branch q with one leaf: with rows 3, p's family takes 3
  // columns of 3, 2 and 2 cards.
  const kids = Array.from({ length: 7 }, (_, k) => obj(`l${k}`, 'p', k));
  const t = indexTree([obj('r', null), obj('p', 'r', 0), ...kids, obj('q', 'r', 1), obj('z', 'q', 0)], []);
  const heightOf = (id: string) => (id.startsWith('l') ? 100 + Number(id.slice(1)) * 10 : 120);

  it('stacks a family of leaves into balanced columns, top to bottom then left to right', () => {
    const { boxes, width, height } = layoutTree(t, heightOf, () => false, ROOT, { rows: 3 });
    const top = 120 + CARD.vGap + 120 + CARD.vGap;
    // Column 0: l0, l1, l2; column 1: l3, l4; column 2: l5, l6 (7 leaves in ceil(7/3) = 3 columns of ≤ 3).
    expect(boxes.get('l0')).toEqual({ x: 0, y: top, w: CARD.width, h: 100 });
    expect(boxes.get('l1')!.y).toBe(top + 100 + STACK_GAP);
    expect(boxes.get('l2')!.y).toBe(top + 100 + STACK_GAP + 110 + STACK_GAP);
    expect([boxes.get('l3')!.x, boxes.get('l3')!.y]).toEqual([SLOT, top]);
    expect(boxes.get('l4')!.x).toBe(SLOT);
    expect([boxes.get('l5')!.x, boxes.get('l6')!.x]).toEqual([2 * SLOT, 2 * SLOT]);
    // The parent is centred over its first and last column; the sibling branch comes after them.
    expect(boxes.get('p')!.x).toBe(SLOT);
    expect(boxes.get('z')!.x).toBe(3 * SLOT);
    expect(boxes.get('q')!.x).toBe(3 * SLOT);
    expect(width).toBe(4 * SLOT - CARD.hGap);
    expect(height).toBe(top + 100 + 110 + 120 + 2 * STACK_GAP);
  });

  it('keeps one row when rows is 1, and the same layout as before', () => {
    const stacked = layoutTree(t, heightOf, () => false, ROOT, { rows: 1 });
    expect(stacked).toEqual(referenceLayout(t, heightOf));
  });

  it('chooses rows so the shape comes near the aspect asked for', () => {
    const tree = buildLayoutTree(t);
    const heights = Float64Array.from(tree.ids, heightOf);
    const wide = layoutArrays(tree, heights, undefined, -1, { aspect: 100 });
    expect(wide.rows).toBe(1);
    const tall = layoutArrays(tree, heights, undefined, -1, { aspect: 0.01 });
    expect(tall.rows).toBe(7); // one column: as tall as it can get
    expect(tall.floor).toBeGreaterThan(0);
    const square = layoutArrays(tree, heights, undefined, -1, { aspect: 1 });
    expect(square.width / square.height).toBeGreaterThan(0.5);
    expect(square.width / square.height).toBeLessThan(2);
    for (const l of [wide, tall, square]) expectClean(l);
  });

  it('lays the wide, shallow handbook plan out within 3:1 of square (the one-row layout is a strip)', () => {
    const plan = handbookPlan();
    expect(plan.objectives.length).toBeGreaterThanOrEqual(120);
    expect(plan.objectives.length).toBeLessThanOrEqual(140);
    const t = indexTree(plan.objectives, plan.keyResults);
    const tree = buildLayoutTree(t);
    const heights = cardHeights(t, tree);
    const before = layoutArrays(tree, heights);
    expect(before.width / before.height).toBeGreaterThan(15);
    for (const aspect of [1440 / 850, 1280 / 670, 1.414]) {
      const layout = layoutArrays(tree, heights, undefined, -1, { aspect });
      const shape = layout.width / layout.height;
      expect(shape).toBeLessThanOrEqual(3);
      expect(shape).toBeGreaterThanOrEqual(1 / 3);
      expect(layout.count).toBe(tree.n);
      expectClean(layout);
    }
  });

  it.each(['org', 'wide', 'skewed'] as const)('has no overlaps, centred parents and reading order when stacked (%s)', (shape) => {
    const { tree, heights } = planIndex(4000, shape);
    const r = createRng(4);
    const collapsed = new Uint8Array(tree.n).map(() => (r.chance(0.04) ? 1 : 0));
    for (const opts of [{ rows: 2 }, { rows: 7 }, { aspect: 1.6 }]) {
      const layout = layoutArrays(tree, heights, collapsed, -1, opts);
      expectClean(layout);
      const branch = layoutArrays(tree, heights, undefined, 1, opts);
      expectClean(branch);
    }
  });

  it('equals a full relayout after many height edits of stacked and unstacked cards', () => {
    const { tree, heights } = planIndex(5000, 'wide');
    const r = createRng(12);
    const collapsed = new Uint8Array(tree.n).map(() => (r.chance(0.03) ? 1 : 0));
    const h = heights.slice();
    const live = layoutArrays(tree, h, collapsed, -1, { rows: 6 });
    let stackedEdits = 0;
    for (let edit = 0; edit < 400; edit++) {
      const i = r.int(0, tree.n - 1);
      const next = Math.max(60, h[i]! + r.int(-150, 150));
      if (live.stacked[i]) stackedEdits++;
      setCardHeight(live, i, next);
      if (live.visible[i]) h[i] = next;
    }
    expect(stackedEdits).toBeGreaterThan(50);
    const full = layoutArrays(tree, h, collapsed, -1, { rows: 6 });
    for (let k = 0; k < full.count; k++) {
      const v = full.order[k]!;
      expect([live.x[v], live.y[v], live.h[v]]).toEqual([full.x[v], full.y[v], full.h[v]]);
    }
    expect(live.height).toBe(full.height);
    expectClean(live);
  });
});

describe('setCardHeight (incremental relayout)', () => {
  const same = (a: ArrayLayout, b: ArrayLayout) => {
    expect(a.count).toBe(b.count);
    expect(a.order.subarray(0, a.count)).toEqual(b.order.subarray(0, b.count));
    for (let k = 0; k < a.count; k++) {
      const v = a.order[k]!;
      if (a.x[v] !== b.x[v] || a.y[v] !== b.y[v] || a.h[v] !== b.h[v]) {
        throw new Error(`node ${v}: (${a.x[v]}, ${a.y[v]}, ${a.h[v]}) ≠ (${b.x[v]}, ${b.y[v]}, ${b.h[v]})`);
      }
    }
    expect(a.width).toBe(b.width);
    expect(a.height).toBe(b.height);
  };

  it.each(['org', 'deep', 'skewed'] as const)('equals a full relayout after many edits (%s)', (shape) => {
    const { tree, heights } = planIndex(shape === 'deep' ? 7000 : 5000, shape);
    const r = createRng(9);
    const collapsed = new Uint8Array(tree.n).map(() => (r.chance(0.03) ? 1 : 0));
    const h = heights.slice();
    const live = layoutArrays(tree, h, collapsed);
    for (let edit = 0; edit < 300; edit++) {
      // Mostly visible cards, near the top as often as deep down; some hidden ones too.
      const i = edit % 3 === 0 ? r.int(0, Math.min(50, tree.n - 1)) : r.int(0, tree.n - 1);
      const next = Math.max(60, h[i]! + r.int(-150, 150));
      const change = setCardHeight(live, i, next);
      if (live.visible[i]) {
        h[i] = next;
        if (change.delta !== 0) expect(change.to).toBeLessThanOrEqual(tree.end[i]!);
      }
      if (edit % 50 === 49) same(live, layoutArrays(tree, h, collapsed));
    }
    same(live, layoutArrays(tree, h, collapsed));
    expectClean(live);
  });

  it('moves only the subtree of the edited card', () => {
    const { tree, heights } = planIndex(3000);
    const before = layoutArrays(tree, heights);
    const after = layoutArrays(tree, heights);
    const i = 2;
    const change = setCardHeight(after, i, heights[i]! + 40);
    expect(change).toEqual({ delta: 40, from: i + 1, to: tree.end[i]! });
    for (let j = 0; j < tree.n; j++) {
      const inside = j > i && j < tree.end[i]!;
      expect(after.x[j]).toBe(before.x[j]);
      expect(after.y[j]).toBe(before.y[j]! + (inside ? 40 : 0));
    }
    // Shrinking back restores the original exactly, total height included.
    setCardHeight(after, i, heights[i]!);
    expect(after.y).toEqual(before.y);
    expect(after.height).toBe(before.height);
  });

  it('ignores hidden cards and unchanged heights', () => {
    const { tree, heights } = planIndex(500);
    const collapsed = new Uint8Array(tree.n);
    collapsed[0] = 1;
    const layout = layoutArrays(tree, heights, collapsed);
    expect(layout.count).toBe(1);
    expect(setCardHeight(layout, 5, 999).delta).toBe(0);
    expect(setCardHeight(layout, 0, heights[0]!).delta).toBe(0);
    expect(setCardHeight(layout, 0, heights[0]! + 10)).toEqual({ delta: 10, from: 1, to: 1 });
    expect(layout.height).toBe(heights[0]! + 10);
  });
});

describe('countOverlaps', () => {
  it('finds overlaps in the same column and in neighbouring columns', () => {
    const x = [0, 0, 200, 1000];
    const y = [0, 50, 90, 0];
    const h = [100, 30, 20, 500];
    expect(countOverlaps([0, 1], x, y, h, 300)).toBe(1);
    expect(countOverlaps([0, 2], x, y, h, 300)).toBe(1);
    expect(countOverlaps([1, 2], x, y, h, 300)).toBe(0);
    expect(countOverlaps([0, 3], x, y, h, 300)).toBe(0);
  });
});
