import { useState } from 'react';
import { LEVER_PROMPT, splitNumberTitle } from '../../shared/coach';
import { ROOT } from '../../shared/tree';
import type { PlanFinding } from '../../shared/findings';
import { allFindings } from '../findingLists';
import { preorderIds } from '../planData';
import { dismissFinding, dismissalKey, restoreFinding, select, setEditing, updateObjective, useStore } from '../store';
import { addSuggestedKr } from './fixes';

export const RULE_LABEL: Record<string, string> = {
  'number-title': 'Named after a number',
  'generic-container': 'A container, not a direction',
  'task-listing': 'An activity, not an outcome',
  'job-requirement': 'A standing duty',
  compliance: 'A compliance task',
  'goal-clone': 'Restates another goal',
  'kr-not-measurable': 'KR without a number',
  'no-key-results': 'No key results',
  'green-inflation': 'Green from checklists',
  'checklist-krs': 'Only checklist KRs',
  'pass-through': 'Pass-through',
  'stale-kr': 'Stale key result',
  'period-outside-parent': 'Period outside its parent',
};

function FixButton({ f }: { f: PlanFinding }) {
  const title = useStore((s) => s.data.objectives.get(f.objectiveId)?.title ?? '');
  if (f.fix === 'move-to-shelf') {
    return (
      <button type="button" onClick={() => void updateObjective(f.objectiveId, { gate: f.code === 'compliance' ? 'compliance' : 'job_requirement' })}>
        Move to the shelf
      </button>
    );
  }
  if (f.fix === 'move-number-to-kr') {
    const split = splitNumberTitle(title);
    if (!split) return null;
    return (
      <button type="button" title={split.objectivePrompt} onClick={() => void addSuggestedKr(f.objectiveId, split)}>
        Make the number a key result
      </button>
    );
  }
  if (f.fix === 'ask-lever') {
    return (
      <button
        type="button"
        title={f.prompt ?? LEVER_PROMPT}
        onClick={() => {
          select(f.objectiveId, false);
          setEditing({ kind: 'objective-title', id: f.objectiveId });
        }}
      >
        {f.prompt ?? LEVER_PROMPT}
      </button>
    );
  }
  return null;
}

function DismissForm({ f, onDone }: { f: PlanFinding; onDone(): void }) {
  const [reason, setReason] = useState('');
  return (
    <form
      className="dismiss-form"
      onSubmit={(e) => {
        e.preventDefault();
        // A clone group is one finding to the reader, so setting it aside sets aside every copy.
        const subjects = f.objectiveIds?.filter((id) => id !== f.cloneOf) ?? [f.subjectId];
        void subjects.reduce((p, id) => p.then(() => dismissFinding(id, f.code, reason.trim())), Promise.resolve()).then(onDone);
      }}
    >
      <label>
        Why set this aside?
        <input autoFocus value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} onKeyDown={(e) => e.stopPropagation()} placeholder="e.g. Agreed with the leadership team" />
      </label>
      <button type="submit" disabled={!reason.trim()}>
        Dismiss
      </button>
      <button type="button" onClick={onDone}>
        Cancel
      </button>
    </form>
  );
}

/** The original and every copy of a cloned objective, each with where it sits, so one finding names them all. */
function CopyList({ ids }: { ids: readonly string[] }) {
  const objectives = useStore((s) => s.data.objectives);
  return (
    <ul className="copies" aria-label={`The same objective in ${ids.length} places`}>
      {ids.map((id, k) => {
        const o = objectives.get(id);
        const parent = o?.parentId ? objectives.get(o.parentId) : undefined;
        return (
          <li key={id}>
            <button type="button" className="link" onClick={() => select(id, true)}>
              {o?.title || 'Untitled'}
            </button>
            <span className="where">
              {' '}
              {[k === 0 ? 'the original' : '', o?.owner ?? '', parent ? `under “${parent.title || 'Untitled'}”` : ''].filter(Boolean).join(' · ')}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

function FindingItem({ f }: { f: PlanFinding }) {
  const [dismissing, setDismissing] = useState(false);
  const title = useStore((s) => (f.subjectKind === 'key_result' ? s.data.krs.get(f.subjectId)?.title : s.data.objectives.get(f.objectiveId)?.title) ?? '');
  return (
    <li className={`finding ${f.source}`}>
      <button type="button" className="finding-target" onClick={() => select(f.objectiveId, true)}>
        <span className="badge">{RULE_LABEL[f.code] ?? f.code}</span> {title || 'Untitled'}
      </button>
      <p>{f.message}</p>
      {f.objectiveIds && <CopyList ids={f.objectiveIds} />}
      {dismissing ? (
        <DismissForm f={f} onDone={() => setDismissing(false)} />
      ) : (
        <div className="finding-actions">
          <FixButton f={f} />
          <button type="button" className="link" onClick={() => setDismissing(true)}>
            Dismiss…
          </button>
        </div>
      )}
    </li>
  );
}

/** Every finding in the cascade (or the focused branch), with a count per branch. */
export function CoachPanel() {
  // The version re-renders the panel; the list itself is kept in place (renderer/findingLists.ts).
  useStore((s) => s.findingsVersion);
  const findings = allFindings();
  const dismissals = useStore((s) => s.dismissals);
  const data = useStore((s) => s.data);
  const focusId = useStore((s) => s.focusId);
  const [showDismissed, setShowDismissed] = useState(false);
  const scope = new Set(focusId ? [focusId, ...preorderIds(data, focusId)] : preorderIds(data, ROOT));
  const inScope = findings.filter((f) => scope.has(f.objectiveId));
  // The first copy of a clone group names every copy; the others' findings would only repeat it.
  const named = new Set(findings.flatMap((f) => f.objectiveIds?.filter((id) => id !== f.objectiveId) ?? []));
  const active = inScope.filter((f) => !dismissals[dismissalKey(f.subjectId, f.code)] && !(f.code === 'goal-clone' && !f.objectiveIds && named.has(f.objectiveId)));
  const dismissed = inScope.filter((f) => dismissals[dismissalKey(f.subjectId, f.code)]);
  const branches = (focusId ? (data.childIds.get(focusId) ?? []) : (data.childIds.get(ROOT) ?? []).flatMap((r) => data.childIds.get(r) ?? [])).map((b) => {
    const ids = new Set([b, ...preorderIds(data, b)]);
    return { id: b, title: data.objectives.get(b)?.title ?? '', count: active.filter((f) => ids.has(f.objectiveId)).length };
  });

  return (
    <div className="coach">
      <p className="panel-intro">
        {active.length === 0
          ? 'No traps found. Every objective says an outcome and every key result a number.'
          : `${active.length} finding${active.length === 1 ? '' : 's'}: each says why in one sentence, and most offer a fix.`}
      </p>
      {branches.length > 0 && (
        <table className="branch-counts" aria-label="Findings per branch">
          <tbody>
            {branches.map((b) => (
              <tr key={b.id}>
                <th scope="row">
                  <button type="button" className="link" onClick={() => select(b.id, true)}>
                    {b.title || 'Untitled'}
                  </button>
                </th>
                <td className={b.count ? 'count warn' : 'count'}>{b.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ul className="findings" aria-label="Findings">
        {active.map((f) => (
          <FindingItem key={`${f.subjectId}|${f.code}`} f={f} />
        ))}
      </ul>
      {dismissed.length > 0 && (
        <button type="button" className="link" aria-expanded={showDismissed} onClick={() => setShowDismissed(!showDismissed)}>
          {showDismissed ? 'Hide' : 'Show'} {dismissed.length} dismissed
        </button>
      )}
      {showDismissed && (
        <ul className="findings dismissed" aria-label="Dismissed findings">
          {dismissed.map((f) => (
            <li key={`${f.subjectId}|${f.code}`} className="finding">
              <span className="badge">{RULE_LABEL[f.code] ?? f.code}</span> {data.objectives.get(f.objectiveId)?.title}
              <p>Dismissed: “{dismissals[dismissalKey(f.subjectId, f.code)]?.reason}”</p>
              <button type="button" className="link" onClick={() => void restoreFinding(f.subjectId, f.code)}>
                Restore
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
