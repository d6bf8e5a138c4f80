import { useShallow } from 'zustand/react/shallow';
import { explain, rollupOf } from '../../shared/rollup';
import { statusOf } from '../../shared/status';
import { findingsOf } from '../findingLists';
import { viewOfData } from '../planData';
import { dismissalKey, useStore } from '../store';
import { RULE_LABEL } from './CoachPanel';

/** Why the objective shows its number and its status, and what the coach and the audit say about it. */
export function ObjectiveInsights({ id }: { id: string }) {
  const o = useStore((s) => s.data.objectives.get(id));
  const formula = useStore(
    useShallow((s) => {
      const r = rollupOf(viewOfData(s.data), id, (c) => s.rollup.get(c) ?? null);
      return { text: r.parts.length ? explain(r) : 'Nothing to measure yet: add a key result.', note: r.note ?? '', value: r.value };
    }),
  );
  // Its own list: not a filter over every finding in the plan (200,000 at 50k) on each store change.
  const findings = useStore(useShallow((s) => findingsOf(id).filter((f) => !s.dismissals[dismissalKey(f.subjectId, f.code)])));
  if (!o) return null;
  const status = statusOf(o, formula.value, new Date());
  return (
    <fieldset className="group insights">
      <legend>Why these numbers</legend>
      <p className="explain">
        <strong>Progress:</strong> <code>{formula.text}</code>
      </p>
      {formula.note && <p className="warning">{formula.note}</p>}
      <p className="explain">
        <strong>Status:</strong> {status.manual ? `set by hand to ${status.status?.replace('_', ' ')}; ` : ''}
        {status.reason}
      </p>
      {findings.length > 0 && (
        <ul className="findings compact" aria-label="Findings on this objective">
          {findings.map((f) => (
            <li key={`${f.subjectId}|${f.code}`} className={`finding ${f.source}`}>
              <span className="badge">{RULE_LABEL[f.code] ?? f.code}</span>
              <p>{f.message}</p>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
