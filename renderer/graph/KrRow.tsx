import { type KeyboardEvent, memo, useRef } from 'react';
import { isStale } from '../../shared/audit';
import { krProgress, percent } from '../../shared/progress';
import { InlineEdit } from '../InlineEdit';
import { formatNumber, numberForEditing } from '../../shared/number';
import { deleteKeyResult, select, setEditing, updateKeyResult, useStore } from '../store';
import { checkInValue, readOnlyDay } from '../checkins';
import { ProgressBar } from './ProgressBar';
import { Sparkline } from './Sparkline';
import { krLines } from '../../shared/card';

/**
 * Text wrapped by the card model (shared/card.ts), one block per line: the screen shows exactly the
 * lines the layout counted and the exports draw. A line keeps the space it broke at (it hangs, as
 * white-space: nowrap drops it at the line end), so copied text stays whole.
 */
export function Lines({ lines }: { lines: readonly string[] }) {
  return (
    <>
      {lines.map((l, i) => (
        <span key={i} className="ln">
          {l}
        </span>
      ))}
    </>
  );
}

function focusSiblingRow(from: HTMLElement, step: 1 | -1): void {
  const rows = [...(from.closest('.krs')?.querySelectorAll<HTMLElement>('.kr') ?? [])];
  const next = rows[rows.indexOf(from) + step];
  if (next) next.focus();
  else (from.closest('.card') as HTMLElement | null)?.focus();
}

/** One key result: its title, current value → target, and a progress bar; values edit in place. */
export const KrRow = memo(function KrRow({ id }: { id: string }) {
  // As of a past day the row shows the value it had then (and cannot be changed there).
  const kr = useStore((s) => s.asOf?.krs.get(id) ?? s.data.krs.get(id));
  const editing = useStore((s) => (s.editing?.id === id ? s.editing.kind : null));
  const change = useStore((s) => s.compare?.krs.get(id));
  const rowRef = useRef<HTMLLIElement>(null);
  if (!kr) return null;
  const title = kr.title || 'Untitled key result';
  const done = () => {
    setEditing(null);
    rowRef.current?.focus({ preventScroll: true });
  };

  function onKeyDown(e: KeyboardEvent<HTMLLIElement>): void {
    if (e.target !== e.currentTarget) return;
    const keys: Record<string, () => void> = {
      Enter: () =>
        kr!.kind === 'binary' ? void checkInValue(id, kr!.current >= 1 ? 0 : 1) : e.shiftKey ? setEditing({ kind: 'kr-target', id }) : readOnlyDay() === null && setEditing({ kind: 'kr-value', id }),
      F2: () => setEditing({ kind: 'kr-title', id }),
      Delete: () => void deleteKeyResult(id),
      ArrowDown: () => focusSiblingRow(e.currentTarget, 1),
      ArrowUp: () => focusSiblingRow(e.currentTarget, -1),
      Escape: () => select(kr!.objectiveId, true),
    };
    const run = keys[e.key];
    if (!run) return;
    e.preventDefault();
    e.stopPropagation();
    run();
  }

  const progress = krProgress(kr);
  // A KR nobody has updated for weeks is drawn as stale, never solid.
  const stale = isStale(kr, new Date());
  return (
    <li ref={rowRef} className={`kr${stale ? ' stale' : ''}`} title={stale ? `Not updated since ${kr.checkedInAt.slice(0, 10)}` : undefined} tabIndex={-1} aria-label={`Key result: ${title}, ${percent(progress)}`} onKeyDown={onKeyDown} data-kr={id}>
      {editing === 'kr-title' ? (
        <InlineEdit
          label={`Title of key result “${title}”`}
          initial={kr.title}
          className="kr-title-edit"
          placeholder="What will be measurably true?"
          onCommit={(v) => updateKeyResult(id, { title: String(v) })}
          onDone={done}
        />
      ) : (
        <div className={`kr-title ${kr.title ? '' : 'placeholder'}`} title={title} onDoubleClick={() => setEditing({ kind: 'kr-title', id })}>
          <Lines lines={krLines(kr.title)} />
        </div>
      )}
      <div className="kr-values">
        {change ? (
          <span className="kr-diff" aria-label={`Before ${formatNumber(change.before.current, kr.unit)}, after ${formatNumber(change.after.current, kr.unit)}`}>
            {formatNumber(change.before.current, kr.unit)} → <strong>{formatNumber(change.after.current, kr.unit)}</strong>
            <span className={`kr-diff-pts ${change.progressChange >= 0 ? 'up' : 'down'}`}>
              {change.progressChange >= 0 ? '+' : '−'}
              {Math.abs(Math.round(change.progressChange * 100))} pts
            </span>
          </span>
        ) : kr.kind === 'binary' ? (
          <button
            type="button"
            tabIndex={-1}
            className="kr-value nodrag"
            aria-label={`“${title}” is ${kr.current >= 1 ? 'done' : 'not done'}. Toggle`}
            onClick={() => void checkInValue(id, kr.current >= 1 ? 0 : 1)}
          >
            {kr.current >= 1 ? '✓ Done' : 'Not done'}
          </button>
        ) : editing === 'kr-value' ? (
          <InlineEdit
            label={title}
            initial={numberForEditing(kr.current)}
            numeric
            unit={kr.unit}
            optimistic
            className="kr-number-edit"
            onCommit={(v) => checkInValue(id, Number(v))}
            onDone={done}
          />
        ) : (
          <button
            type="button"
            tabIndex={-1}
            className="kr-value nodrag"
            aria-label={`Current value of “${title}”: ${formatNumber(kr.current, kr.unit)}. Edit`}
            onClick={() => readOnlyDay() === null && setEditing({ kind: 'kr-value', id })}
          >
            {formatNumber(kr.current, kr.unit)}
          </button>
        )}
        {kr.kind !== 'binary' && !change && <span className="kr-of">of</span>}
        {kr.kind === 'binary' || change ? null : editing === 'kr-target' ? (
          <InlineEdit
            label={`Target of “${title}”`}
            initial={numberForEditing(kr.target)}
            numeric
            unit={kr.unit}
            optimistic
            className="kr-number-edit"
            onCommit={(v) => updateKeyResult(id, { target: Number(v) })}
            onDone={done}
          />
        ) : (
          <button
            type="button"
            tabIndex={-1}
            className="kr-target nodrag"
            aria-label={`Target of “${title}”: ${formatNumber(kr.target, kr.unit)}. Edit`}
            onClick={() => setEditing({ kind: 'kr-target', id })}
          >
            {formatNumber(kr.target, kr.unit)}
          </button>
        )}
        <Sparkline krId={id} unit={kr.unit} title={title} />
        <ProgressBar value={progress} label={`Progress of “${title}”`} />
        <span className="pct">{percent(progress)}</span>
      </div>
    </li>
  );
});
