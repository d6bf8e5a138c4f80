import { useState } from 'react';
import { type PlanDiff, fieldWords } from '../shared/diff';
import { formatNumber } from '../shared/number';
import { percent } from '../shared/progress';
import { leaveCompare } from './history';
import { select, useStore } from './store';

interface Item {
  id: string;
  mark: string;
  text: string;
}

const points = (d: number) => `${d >= 0 ? '+' : '−'}${Math.abs(Math.round(d * 100))} pts`;

/** Every change as one line, in reading order; each one selects its card. */
function itemsOf(d: PlanDiff): Item[] {
  const at = (t: string | null) => (t === null ? 'the top' : `“${t}”`);
  return [
    ...d.added.map((o) => ({ id: o.id, mark: 'added', text: `Added “${o.title}” under ${at(o.parentTitle)}` })),
    ...d.removed.map((o) => ({ id: o.id, mark: 'removed', text: `Removed “${o.title}” (was under ${at(o.parentTitle)})` })),
    ...d.moved.map((o) => ({ id: o.id, mark: 'moved', text: `Moved “${o.title}” from ${at(o.fromTitle)} to ${at(o.toTitle)}` })),
    ...d.retitled.map((o) => ({ id: o.id, mark: 'changed', text: `Renamed “${o.before}” → “${o.after}”` })),
    ...d.changed.map((o) => ({ id: o.id, mark: 'changed', text: `Edited “${o.title}”: ${fieldWords(o.fields)}` })),
    ...d.keyResults.values.map((k) => ({
      id: k.objectiveId,
      mark: 'changed',
      text: `“${k.title}”: ${formatNumber(k.before.current, k.unit)} → ${formatNumber(k.after.current, k.unit)} (${percent(k.before.progress)} → ${percent(k.after.progress)}, ${points(k.progressChange)})`,
    })),
    ...d.keyResults.added.map((k) => ({ id: k.objectiveId, mark: 'changed', text: `Key result added: “${k.title}”` })),
    ...d.keyResults.removed.map((k) => ({ id: k.objectiveId, mark: 'changed', text: `Key result removed: “${k.title}”` })),
    ...d.keyResults.retitled.map((k) => ({ id: k.objectiveId, mark: 'changed', text: `Key result renamed “${k.before}” → “${k.after}”` })),
  ];
}

/** The banner over the graph in compare mode: what is compared, the list of changes, the way out. */
export function CompareBar() {
  const compare = useStore((s) => s.compare);
  const [open, setOpen] = useState(true);
  if (!compare) return null;
  const items = compare.diff ? itemsOf(compare.diff) : [];
  return (
    <section className="compare-bar" aria-label="Comparison">
      <div className="compare-head">
        <p>
          <strong>{compare.diff ? `Comparing ${compare.label.replace(/^the comparison /, '')}` : `Viewing ${compare.label.replace(/^the /, '')}`}</strong>
          <span>{compare.summary}</span>
        </p>
        {compare.diff && (
          <ul className="compare-legend" aria-label="Marks">
            <li className="diff-added">Added</li>
            <li className="diff-removed">Removed</li>
            <li className="diff-moved">Moved</li>
            <li className="diff-changed">Changed</li>
          </ul>
        )}
        {items.length > 0 && (
          <button type="button" className="secondary" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? 'Hide list' : `Show list (${items.length})`}
          </button>
        )}
        <button type="button" onClick={() => void leaveCompare()} title="Esc">
          Leave {compare.diff ? 'comparison' : 'snapshot'} (Esc)
        </button>
      </div>
      {open && items.length > 0 && (
        <ol className="compare-list" aria-label="Changes">
          {items.map((it, i) => (
            <li key={`${it.id}-${i}`} className={`diff-${it.mark}`}>
              <button type="button" onClick={() => select(it.id, true)}>
                {it.text}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
