/**
 * The baseline the browser benchmark measures the app against: a plain React Flow page, as the
 * library's examples build one. Every card of the plan is handed to <ReactFlow> (no
 * onlyRenderVisibleElements, no windowing, no canvas) at the position the app's layout gives it,
 * drawn by a custom node of roughly the app's DOM weight (level, owner, title, roll-up bar, KRs with
 * values and bars, footer buttons) and styled by the app's own style sheet. A KR edit replaces the
 * whole node array: setNodes(nodes.map(…)), the usual way to change one node's data.
 *
 * The bench serves this page with /plan.json (BaselinePlan) from a static server on 127.0.0.1.
 * An input, #bench-edit, commits a KR value on Enter, so that the edit can be driven by a real
 * keystroke exactly as in the app: set its data-kr attribute, type the value, press Enter.
 */
import '@xyflow/react/dist/style.css';
import '../../../renderer/styles.css';
import { type Edge, Handle, type Node, type NodeProps, type NodeTypes, Position, ReactFlow, ReactFlowProvider, useNodesState } from '@xyflow/react';
import { type KeyboardEvent, memo, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { LEVEL_LABEL } from '../../../shared/model';
import { krProgress, percent } from '../../../shared/progress';
import { formatNumber } from '../../../shared/number';
import type { BaselineCard, BaselinePlan } from './data';

type CardNode = Node<{ card: BaselineCard }, 'card'>;

function Bar({ value }: { value: number | null }) {
  const pct = value === null ? 0 : Math.round(value * 100);
  return (
    <span className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct}>
      <span className="progress-fill" style={{ width: `${pct}%` }} />
    </span>
  );
}

const Card = memo(function Card({ data }: NodeProps<CardNode>) {
  const c = data.card;
  return (
    <article className={`card level-${c.level}`} data-id={c.id} aria-label={c.title}>
      <Handle type="target" position={Position.Top} isConnectable={false} className="handle" />
      <header className="card-header">
        <span className="level-chip">{LEVEL_LABEL[c.level]}</span>
        {c.owner && <span className="owner">{c.owner}</span>}
      </header>
      <h3 className="card-title" title={c.title}>
        {c.title}
      </h3>
      <div className="rollup">
        <Bar value={c.rollup} />
        <span className="pct">{percent(c.rollup)}</span>
      </div>
      <ul className="krs">
        {c.krs.map((kr) => {
          const p = krProgress(kr);
          return (
            <li key={kr.id} className="kr" data-kr={kr.id}>
              <div className="kr-title" title={kr.title}>
                {kr.title}
              </div>
              <div className="kr-values">
                <button type="button" tabIndex={-1} className="kr-value nodrag">
                  {formatNumber(kr.current, kr.unit)}
                </button>
                <span className="kr-of">of</span>
                <button type="button" tabIndex={-1} className="kr-target nodrag">
                  {formatNumber(kr.target, kr.unit)}
                </button>
                <Bar value={p} />
                <span className="pct">{percent(p)}</span>
              </div>
            </li>
          );
        })}
      </ul>
      <footer className="card-footer">
        <button type="button" tabIndex={-1} className="chip-button nodrag">
          + Key result
        </button>
        <button type="button" tabIndex={-1} className="chip-button nodrag">
          + Objective
        </button>
      </footer>
      <Handle type="source" position={Position.Bottom} isConnectable={false} className="handle" />
    </article>
  );
});

const nodeTypes: NodeTypes = { card: Card };

function Flow({ plan }: { plan: BaselinePlan }) {
  const [nodes, setNodes, onNodesChange] = useNodesState<CardNode>(
    plan.cards.map((c) => ({ id: c.id, type: 'card', position: { x: c.x, y: c.y }, width: c.w, height: c.h, data: { card: c } })),
  );
  const [edges] = useState<Edge[]>(() =>
    plan.edges.map(([source, target]) => ({ id: `e:${target}`, source, target, type: 'smoothstep', selectable: false, focusable: false })),
  );
  const first = plan.cards[0];
  const zoom = 0.8;
  const defaultViewport = first ? { x: window.innerWidth / 2 - (first.x + first.w / 2) * zoom, y: 40, zoom } : { x: 0, y: 0, zoom };

  function onEditKey(e: KeyboardEvent<HTMLInputElement>): void {
    if (e.key !== 'Enter') return;
    const input = e.currentTarget;
    const krId = input.dataset.kr ?? '';
    const value = Number(input.value);
    setNodes((all) =>
      all.map((n) =>
        n.data.card.krs.some((k) => k.id === krId)
          ? { ...n, data: { card: { ...n.data.card, krs: n.data.card.krs.map((k) => (k.id === krId ? { ...k, current: value } : k)) } } }
          : n,
      ),
    );
  }

  return (
    <>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        defaultViewport={defaultViewport}
        nodesConnectable={false}
        elementsSelectable={false}
        minZoom={0.05}
        maxZoom={2}
        proOptions={{ hideAttribution: true }}
      />
      <input id="bench-edit" aria-label="Benchmark: KR value" style={{ position: 'fixed', top: 4, left: 4, zIndex: 10, width: 120 }} onKeyDown={onEditKey} />
    </>
  );
}

function Page() {
  const [plan, setPlan] = useState<BaselinePlan | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    fetch('./plan.json')
      .then((r) => (r.ok ? (r.json() as Promise<BaselinePlan>) : Promise.reject(new Error(`plan.json: HTTP ${r.status}`))))
      .then(setPlan, (e: unknown) => setError(String(e)));
  }, []);
  if (error) return <p role="alert">{error}</p>;
  if (!plan) return <p className="loading">Loading…</p>;
  return (
    <div style={{ width: '100vw', height: '100vh' }}>
      <ReactFlowProvider>
        <Flow plan={plan} />
      </ReactFlowProvider>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<Page />);
