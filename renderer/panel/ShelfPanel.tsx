import { useShallow } from 'zustand/react/shallow';
import type { GateAnswer } from '../../shared/model';
import { holds } from '../../shared/progress';
import { formatNumber } from '../../shared/number';
import { SHELF } from '../planData';
import { addHealthMetric, select, updateObjective, useStore } from '../store';

const GROUPS: ReadonlyArray<readonly [GateAnswer, string, string]> = [
  ['health_metric', 'Health metrics', 'KPIs to keep healthy. They tell you the business is sound, not that the strategy moved.'],
  ['compliance', 'Compliance tasks', 'One-time requirements: better kept on a checklist or in the LMS.'],
  ['job_requirement', 'Job requirements', 'Standing duties: they belong in a job description, not the cascade.'],
];
const EMPTY: string[] = [];

function ShelfItem({ id }: { id: string }) {
  const o = useStore((s) => s.data.objectives.get(id));
  const krs = useStore(useShallow((s) => (s.data.krIds.get(id) ?? EMPTY).map((k) => s.data.krs.get(k)!)));
  const selected = useStore((s) => s.selectedId === id);
  if (!o) return null;
  const title = o.title || 'Untitled';
  return (
    <li className={`shelf-item${selected ? ' selected' : ''}`}>
      <button type="button" className="shelf-title" onClick={() => select(id, false)} aria-label={`Show “${title}” in the inspector`}>
        {title}
      </button>
      {o.owner && <span className="owner">{o.owner}</span>}
      {o.gate === 'health_metric' &&
        krs.map((kr) => {
          const ok = holds(kr);
          return (
            <div key={kr.id} className="health">
              <span className={`health-chip ${ok ? 'ok' : 'bad'}`}>{ok ? 'Healthy' : 'Unhealthy'}</span>
              <span>
                {kr.title || 'Metric'}: {formatNumber(kr.current, kr.unit)} ({kr.kind === 'stay_below' ? 'at most' : 'at least'} {formatNumber(kr.target, kr.unit)})
              </span>
            </div>
          );
        })}
      <button type="button" className="link" onClick={() => void updateObjective(id, { gate: 'strategic' })} aria-label={`Move “${title}” into the cascade`}>
        Move into the cascade
      </button>
    </li>
  );
}

/** The Health & Hygiene shelf: kept beside the tree, never counted in its progress. */
export function ShelfPanel() {
  const ids = useStore((s) => s.data.childIds.get(SHELF) ?? EMPTY);
  const gates = useStore(useShallow((s) => ids.map((id) => s.data.objectives.get(id)?.gate)));
  return (
    <div className="shelf">
      <p className="panel-intro">Checklists, duties and health metrics live here, beside the cascade. They never count toward its progress, so “100% green” stays honest.</p>
      <button type="button" className="secondary" onClick={() => void addHealthMetric()}>
        + Health metric
      </button>
      {GROUPS.map(([gate, title, blurb]) => {
        const items = ids.filter((_, i) => gates[i] === gate);
        return (
          <section key={gate} aria-label={title}>
            <h3 className="section-title">
              {title} <span className="count">{items.length}</span>
            </h3>
            {items.length === 0 ? <p className="panel-empty">{blurb}</p> : <ul className="shelf-list">{items.map((id) => <ShelfItem key={id} id={id} />)}</ul>}
          </section>
        );
      })}
    </div>
  );
}
