import {
  Background,
  Controls,
  MiniMap,
  type Node,
  type NodeChange,
  type NodeTypes,
  ReactFlow,
  applyNodeChanges,
  useReactFlow,
} from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { fitViewEvent } from '../commands';
import type { CardNode } from '../layoutNodes';
import { isInside } from '../planData';
import { moveObjective, relayout, select, useStore } from '../store';
import { currentView } from '../viewport';
import { ObjectiveCard } from './ObjectiveCard';

// Defined once, outside any component, so React Flow never sees a new node type map.
const nodeTypes: NodeTypes = { objective: ObjectiveCard };

const LEVEL_COLOURS: Record<string, string> = { north_star: '#3b3f99', bridge: '#0f766e', contribution: '#52606d' };
const miniMapColour = (n: Node) => LEVEL_COLOURS[useStore.getState().data.objectives[n.id]?.level ?? ''] ?? '#94a3b8';

function onNodesChange(changes: NodeChange<CardNode>[]): void {
  // Only drags move nodes; everything else about nodes comes from the layout.
  const moves = changes.filter((c) => c.type === 'position');
  if (moves.length) useStore.setState((s) => ({ nodes: applyNodeChanges(moves, s.nodes) }));
}

/** Keeps the selected card in view when keyboard navigation moves to a card off screen. */
function useFollowSelection(): void {
  const flow = useReactFlow();
  const selectedId = useStore((s) => s.selectedId);
  const focusTick = useStore((s) => s.focusTick);
  useEffect(() => {
    if (!selectedId || focusTick === 0) return;
    const node = useStore.getState().nodes.find((n) => n.id === selectedId);
    const el = document.querySelector('.react-flow');
    if (!node || !el) return;
    const { x, y, zoom } = flow.getViewport();
    const { width, height } = el.getBoundingClientRect();
    const left = node.position.x * zoom + x;
    const top = node.position.y * zoom + y;
    const w = (node.width ?? 0) * zoom;
    const h = (node.height ?? 0) * zoom;
    if (left < 0 || top < 0 || left + w > width || top + h > height) {
      void flow.setCenter(node.position.x + (node.width ?? 0) / 2, node.position.y + (node.height ?? 0) / 2, { zoom: Math.max(zoom, 0.6), duration: 180 });
    }
  }, [selectedId, focusTick, flow]);
}

/** Lets "export the current view" read the visible rectangle in layout coordinates. */
function useCurrentView(): void {
  const flow = useReactFlow();
  useEffect(() => {
    currentView.read = () => {
      const el = document.querySelector('.react-flow');
      if (!el) return null;
      const { x, y, zoom } = flow.getViewport();
      const { width, height } = el.getBoundingClientRect();
      return { x: -x / zoom, y: -y / zoom, width: width / zoom, height: height / zoom };
    };
    return () => {
      currentView.read = null;
    };
  }, [flow]);
}

function useInitialView(): void {
  const flow = useReactFlow();
  const phase = useStore((s) => s.phase);
  const path = useStore((s) => s.meta?.path);
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (phase !== 'ready' || done.current === path) return;
    done.current = path ?? null;
    const { nodes } = useStore.getState();
    requestAnimationFrame(() => {
      if (nodes.length <= 40) void flow.fitView({ maxZoom: 1, padding: 0.12 });
      else {
        // Fitting thousands of cards would make them unreadable: start at the top of the cascade instead.
        const first = nodes[0]!;
        const el = document.querySelector('.react-flow')!.getBoundingClientRect();
        void flow.setViewport({ x: el.width / 2 - (first.position.x + (first.width ?? 0) / 2) * 0.8, y: 40, zoom: 0.8 });
      }
    });
  }, [phase, path, flow]);
  useEffect(() => {
    const fit = () => void flow.fitView({ padding: 0.08, duration: 200 });
    fitViewEvent.addEventListener('fit', fit);
    return () => fitViewEvent.removeEventListener('fit', fit);
  }, [flow]);
}

/** Re-parenting by drag and drop: drop a card onto another card to move it there. */
function useDropToReparent() {
  const flow = useReactFlow();
  return (_: unknown, node: Node) => {
    const { data } = useStore.getState();
    const target = flow
      .getIntersectingNodes(node)
      .map((n) => n.id)
      .find((id) => id !== node.id && id !== data.objectives[node.id]?.parentId);
    if (target && !isInside(data, target, node.id)) {
      void moveObjective(node.id, target, (data.childIds[target] ?? []).length);
      return;
    }
    if (target) useStore.setState({ notice: 'An objective cannot move under itself or one of its own children.' });
    relayout(); // snap back
  };
}

export function CascadeGraph() {
  const nodes = useStore((s) => s.nodes);
  const edges = useStore((s) => s.edges);
  useFollowSelection();
  useInitialView();
  useCurrentView();
  const onNodeDragStop = useDropToReparent();
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      onNodesChange={onNodesChange}
      onNodeDragStop={onNodeDragStop}
      onNodeClick={(e, n) => select(n.id, !(e.target as HTMLElement).closest('input, textarea, select, button'))}
      onlyRenderVisibleElements
      nodesConnectable={false}
      nodesFocusable={false}
      edgesFocusable={false}
      elementsSelectable={false}
      disableKeyboardA11y
      deleteKeyCode={null}
      selectionKeyCode={null}
      multiSelectionKeyCode={null}
      minZoom={0.05}
      maxZoom={2}
      proOptions={{ hideAttribution: true }}
      aria-label="Objective cascade"
    >
      <Background gap={24} color="#e3e6ee" />
      <Controls showInteractive={false} position="bottom-left" aria-label="Zoom controls" />
      <MiniMap pannable zoomable nodeColor={miniMapColour} nodeStrokeWidth={0} ariaLabel="Overview map" position="bottom-right" />
    </ReactFlow>
  );
}
