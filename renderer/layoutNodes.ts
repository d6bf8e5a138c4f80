import type { Edge, Node } from '@xyflow/react';
import { cardHeight } from '../shared/cardSize';
import { layoutTree } from '../shared/layout';
import { ROOT, type TreeIndex } from '../shared/tree';
import type { PlanData } from './planData';

export type CardNode = Node<Record<string, never>, 'objective'>;

/** Lays the plan out and turns it into React Flow nodes that carry only ids and geometry. */
export function buildGraph(d: PlanData, collapsed: Record<string, boolean>, focusId: string | null, badged: Record<string, unknown> = {}) {
  const tree: TreeIndex = {
    byId: new Map(Object.entries(d.objectives)),
    children: new Map(Object.entries(d.childIds)),
    krs: new Map(),
  };
  const height = (id: string) =>
    cardHeight(d.objectives[id]?.title ?? '', (d.krIds[id] ?? []).map((k) => d.krs[k]?.title ?? ''), id in badged);
  const root = focusId && d.objectives[focusId] ? focusId : ROOT;
  const layout = layoutTree(tree, height, (id) => collapsed[id] === true, root);
  const nodes: CardNode[] = [];
  const edges: Edge[] = [];
  for (const [id, box] of layout.boxes) {
    nodes.push({ id, type: 'objective', position: { x: box.x, y: box.y }, width: box.w, height: box.h, data: {} });
    const parent = d.objectives[id]?.parentId;
    if (parent && layout.boxes.has(parent) && id !== root) {
      edges.push({ id: `e:${id}`, source: parent, target: id, type: 'smoothstep', selectable: false, focusable: false });
    }
  }
  return { nodes, edges };
}
