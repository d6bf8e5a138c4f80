import { Handle, type NodeProps, Position } from '@xyflow/react';
import { type KeyboardEvent, memo, useEffect, useRef } from 'react';
import { LEVEL_LABEL } from '../../shared/vocabulary';
import { percent } from '../../shared/progress';
import { lineOfSight } from '../../shared/lineOfSight';
import { InlineEdit } from '../InlineEdit';
import { filtersActive, passesFilters } from '../filters';
import type { PlanFinding } from '../../shared/findings';
import { RULE_LABEL } from '../panel/CoachPanel';
import { cardKey } from '../commands';
import type { CardNode } from '../layoutNodes';
import { preorderIds } from '../planData';
import { addChild, addKeyResult, askGate, focusBranch, select, setEditing, takeTypeAhead, toggleCollapsed, updateObjective, useStore } from '../store';
import { titleLines } from '../../shared/card';
import { KrRow, Lines } from './KrRow';
import { ProgressBar } from './ProgressBar';

const EMPTY: string[] = [];
const NO_BADGES: PlanFinding[] = [];
const DIFF_LABEL: Record<string, string> = { added: 'Added', removed: 'Removed', moved: 'Moved', changed: 'Changed' };
const STATUS_SHORT: Record<string, string> = { on_track: 'On track', at_risk: 'At risk', off_track: 'Off track', no_period: 'No period' };
const STATUS_TITLE: Record<string, string> = {
  no_period: 'No period dates here or on any objective above it, so there is nothing to judge progress against',
};

/** The chain up to the North Star, computed when the pointer arrives rather than on every render. */
function showLineOfSight(e: React.MouseEvent<HTMLElement>, id: string): void {
  const { data } = useStore.getState();
  const o = data.objectives.get(id);
  if (o) e.currentTarget.title = `Line of sight: ${lineOfSight(o, (x) => data.objectives.get(x), (x) => data.krs.get(x))}`;
}

/** The chain to the top, read out by a screen reader with the selected card (its description). */
function LineOfSight({ id }: { id: string }) {
  const text = useStore((s) => {
    const o = s.data.objectives.get(id);
    return o ? lineOfSight(o, (x) => s.data.objectives.get(x), (x) => s.data.krs.get(x)) : '';
  });
  return (
    <span id={`los-${id}`} className="visually-hidden">
      Line of sight: {text}
    </span>
  );
}

/** One objective. It reads only its own slice of the store, so an edit elsewhere does not re-render it. */
export const ObjectiveCard = memo(function ObjectiveCard({ id }: NodeProps<CardNode>) {
  const o = useStore((s) => s.data.objectives.get(id));
  const krIds = useStore((s) => s.data.krIds.get(id) ?? EMPTY);
  const childCount = useStore((s) => s.data.childIds.get(id)?.length ?? 0);
  const rollup = useStore((s) => s.rollup.get(id) ?? null);
  const selected = useStore((s) => s.selectedId === id);
  const focusTick = useStore((s) => (s.selectedId === id ? s.focusTick : -1));
  const renaming = useStore((s) => s.editing?.kind === 'objective-title' && s.editing.id === id);
  const collapsed = useStore((s) => s.collapsed[id] === true);
  const hidden = useStore((s) => {
    if (!s.collapsed[id]) return 0;
    // The layout's pre-order numbering: a subtree is a contiguous range, so its size is one subtraction.
    const i = s.layout?.tree.indexOf.get(id);
    return i === undefined || !s.layout ? preorderIds(s.data, id).length : s.layout.tree.end[i]! - i - 1;
  });
  const badges = useStore((s) => s.badges.get(id) ?? NO_BADGES);
  const status = useStore((s) => s.statuses.get(id) ?? 'none');
  const manual = useStore((s) => s.data.objectives.get(id)?.statusOverride != null);
  const dimmed = useStore((s) => filtersActive(s) && !passesFilters(s, id));
  const mark = useStore((s) => s.compare?.marks.get(id));
  const wasTitle = useStore((s) => s.compare?.before.get(id));
  const ref = useRef<HTMLElement>(null);

  useEffect(() => {
    // Never pull focus away from a text box that is open for editing.
    if (focusTick <= 0 || useStore.getState().editing) return;
    // A card that has just been mounted may not be focusable until React Flow has measured and
    // shown it: try again for a few frames (only while focus is not somewhere else on purpose).
    let tries = 0;
    let raf = 0;
    const attempt = () => {
      const el = ref.current;
      if (!el || useStore.getState().editing || useStore.getState().selectedId !== id) return;
      el.focus({ preventScroll: true });
      const active = document.activeElement;
      if (active !== el && (active === document.body || active === null) && ++tries < 10) raf = requestAnimationFrame(attempt);
    };
    attempt();
    return () => cancelAnimationFrame(raf);
  }, [focusTick, renaming, id]);

  if (!o) return null;
  const title = o.title || 'Untitled objective';
  const level = LEVEL_LABEL[o.level];

  function onKeyDown(e: KeyboardEvent<HTMLElement>): void {
    if (e.target !== e.currentTarget) return;
    // Keys act on the selection: when a key moved it to a card that is not mounted (or focused) yet,
    // the next key still goes from there, not from the card that happens to hold focus.
    const target = useStore.getState().selectedId ?? id;
    if (cardKey(target, e)) {
      e.preventDefault();
      e.stopPropagation();
    }
  }

  return (
    <article
      ref={ref}
      className={`card level-${o.level}${selected ? ' selected' : ''}${dimmed ? ' dimmed' : ''}${mark ? ` diff-${mark}` : ''}`}
      tabIndex={selected ? 0 : -1}
      aria-label={`${mark ? `${DIFF_LABEL[mark]} ` : ''}${level}: ${title}`}
      aria-describedby={selected ? `los-${id}` : undefined}
      aria-current={selected ? 'true' : undefined}
      onKeyDown={onKeyDown}
      onFocus={(e) => e.target === e.currentTarget && !selected && select(id, false)}
      onMouseEnter={(e) => showLineOfSight(e, id)}
      onDoubleClick={(e) => {
        // Double-click focuses the branch; on the title it renames instead (handled there).
        if ((e.target as HTMLElement).closest('.card-title, .kr, button, input')) return;
        focusBranch(id);
      }}
      data-id={id}
    >
      <Handle type="target" position={Position.Top} isConnectable={false} className="handle" />
      {selected && <LineOfSight id={id} />}
      <header className="card-header">
        <span className="level-chip">{level}</span>
        {mark && (
          <span className={`diff-chip diff-${mark}`} title={wasTitle ? `Was “${wasTitle}”` : undefined}>
            {wasTitle && mark === 'changed' ? 'Renamed' : DIFF_LABEL[mark]}
          </span>
        )}
        {status !== 'none' && (
          <span className={`status-chip ${status}`} title={manual ? 'Status set by hand' : (STATUS_TITLE[status] ?? 'Status from progress against time elapsed')}>
            {STATUS_SHORT[status]}
            {manual ? ' ✎' : ''}
          </span>
        )}
        {o.owner && <span className="owner" title={`Owner: ${o.owner}`}>{o.owner}</span>}
      </header>
      {badges.length > 0 && (
        <ul className="badges" aria-label="Coach findings">
          {badges.slice(0, 3).map((b) => (
            <li key={`${b.code}|${b.subjectId}`} className={`badge ${b.source}`} title={b.message}>
              {RULE_LABEL[b.code] ?? b.code}
            </li>
          ))}
          {badges.length > 3 && <li className="badge more">+{badges.length - 3}</li>}
        </ul>
      )}
      {renaming ? (
        <InlineEdit
          label={`Title of ${level.toLowerCase()}`}
          initial={o.title}
          typed={takeTypeAhead}
          className="title-edit"
          placeholder="Name the outcome, not the number"
          onCommit={(v) => updateObjective(id, { title: String(v) })}
          onDone={() => {
            setEditing(null);
            select(id, true);
            // A newly named objective meets the "So What?" questions before it settles in the cascade.
            const named = useStore.getState().data.objectives.get(id);
            if (named?.title && named.gate === 'unanswered') askGate(id);
          }}
        />
      ) : (
        <h3 className={`card-title${o.title ? '' : ' placeholder'}`} title={title} onDoubleClick={() => setEditing({ kind: 'objective-title', id })}>
          <Lines lines={titleLines(o.title)} />
        </h3>
      )}
      <div className="rollup">
        <ProgressBar value={rollup} label={`Progress of “${title}”`} />
        <span className="pct" title="Average of its key results and the objectives below it">
          {percent(rollup)}
        </span>
      </div>
      <ul className="krs" aria-label={`Key results of “${title}”`}>
        {krIds.map((k) => (
          <KrRow key={k} id={k} />
        ))}
      </ul>
      <footer className="card-footer">
        <button type="button" tabIndex={-1} className="chip-button nodrag" aria-label={`Add key result to “${title}”`} onClick={() => void addKeyResult(id)}>
          + Key result
        </button>
        <button type="button" tabIndex={-1} className="chip-button nodrag" aria-label={`Add objective under “${title}”`} onClick={() => void addChild(id)}>
          + Objective
        </button>
        {childCount > 0 && (
          <button
            type="button"
            tabIndex={-1}
            className="chip-button collapse nodrag"
            aria-expanded={!collapsed}
            aria-label={collapsed ? `Expand “${title}” (${hidden} hidden)` : `Collapse “${title}”`}
            onClick={() => toggleCollapsed(id)}
          >
            {collapsed ? `▸ ${hidden} hidden` : '▾'}
          </button>
        )}
      </footer>
      <Handle type="source" position={Position.Bottom} isConnectable={false} className="handle" />
    </article>
  );
});
