// Not `{ createRequire }`: the bundle's banner declares that name already.
import * as nodeModule from 'node:module';
import { Worker } from 'node:worker_threads';
import { flextree } from 'd3-flextree';
import { CARD } from '../../shared/card';
import type { LayoutTree } from '../../shared/layout';

/**
 * The layouts we compare against, fed the same tree and the same card sizes as ours: every card
 * CARD.width wide with its content height, CARD.hGap between neighbours and CARD.vGap between
 * levels.
 */

// ---------------------------------------------------------------------------------------------
// d3-flextree: a tidy-tree (Reingold–Tilford/Walker) layout for variable node sizes.

export interface FlexData {
  size: [number, number];
  children: FlexData[];
}

/** The nested input d3-flextree wants (built outside the timing, as a caller would hold it). */
export function flextreeInput(tree: LayoutTree, heights: Float64Array): FlexData[] {
  const nodes: FlexData[] = new Array(tree.n);
  const roots: FlexData[] = [];
  for (let i = 0; i < tree.n; i++) {
    // A child sits vGap below its parent's bottom: flextree stacks children at parent y + ySize.
    const node: FlexData = { size: [CARD.width, heights[i]! + CARD.vGap], children: [] };
    nodes[i] = node;
    const p = tree.parent[i]!;
    (p < 0 ? roots : nodes[p]!.children).push(node);
  }
  return roots;
}

export interface FlexResult {
  width: number;
  height: number;
}

/** Builds the hierarchy and lays it out: what the timing covers. */
export function flextreeLayout(root: FlexData) {
  const layout = flextree<FlexData>({ spacing: CARD.hGap });
  const h = layout.hierarchy(root);
  return layout(h);
}

export function flextreeExtent(root: ReturnType<typeof flextreeLayout>): FlexResult {
  let left = Infinity;
  let right = -Infinity;
  let bottom = 0;
  root.each((n) => {
    left = Math.min(left, n.x - n.xSize / 2);
    right = Math.max(right, n.x + n.xSize / 2);
    bottom = Math.max(bottom, n.y + n.ySize - CARD.vGap);
  });
  return { width: right - left, height: bottom };
}

// ---------------------------------------------------------------------------------------------
// dagre: the layered graph layout React Flow's examples use. Run in a worker thread so that a
// size it cannot handle in time is stopped instead of hanging the run.

const DAGRE_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const dagre = require(workerData.dagrePath);
const { parent, heights, width, nodesep, ranksep, runs } = workerData;
const results = [];
let extent = null;
for (let r = 0; r < runs; r++) {
  const t0 = performance.now();
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'TB', nodesep, ranksep });
  g.setDefaultEdgeLabel(() => ({}));
  for (let i = 0; i < parent.length; i++) {
    g.setNode(String(i), { width, height: heights[i] });
    if (parent[i] >= 0) g.setEdge(String(parent[i]), String(i));
  }
  dagre.layout(g);
  results.push(performance.now() - t0);
  const gl = g.graph();
  extent = { width: gl.width, height: gl.height };
}
parentPort.postMessage({ samples: results, extent });
`;

export type DagreOutcome =
  | { kind: 'done'; samples: number[]; width: number; height: number }
  | { kind: 'timeout'; afterMs: number }
  | { kind: 'error'; message: string };

export function dagreLayout(tree: LayoutTree, heights: Float64Array, { runs = 1, timeoutMs = 20_000 } = {}): Promise<DagreOutcome> {
  const dagrePath = nodeModule.createRequire(import.meta.url).resolve('@dagrejs/dagre');
  return new Promise((resolve) => {
    const worker = new Worker(DAGRE_WORKER, {
      eval: true,
      workerData: {
        dagrePath,
        parent: tree.parent,
        heights,
        width: CARD.width,
        nodesep: CARD.hGap,
        ranksep: CARD.vGap,
        runs,
      },
      // dagre recurses along paths; give deep trees a fair chance.
      resourceLimits: { stackSizeMb: 64 },
    });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve({ kind: 'timeout', afterMs: timeoutMs });
    }, timeoutMs);
    worker.once('message', (m: { samples: number[]; extent: { width: number; height: number } }) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve({ kind: 'done', samples: m.samples, width: m.extent.width, height: m.extent.height });
    });
    worker.once('error', (err) => {
      clearTimeout(timer);
      resolve({ kind: 'error', message: err.message.split('\n')[0]! });
    });
  });
}
