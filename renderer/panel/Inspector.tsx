import type { GateAnswer, OwnerKind, Status } from '../../shared/model';
import { GATE_ANSWERS, LEVEL_LABEL, LEVELS, OWNER_KINDS, ROLLUP_MODES, STATUSES, onShelf } from '../../shared/vocabulary';
import { lineOfSight } from '../../shared/lineOfSight';
import { addKeyResult, askGate, updateObjective, useStore } from '../store';
import { NumberField, SelectField, TextField } from './fields';
import { KrEditor } from './KrEditor';
import { ObjectiveInsights } from './ObjectiveInsights';
import { PeriodEditor } from './PeriodEditor';

export const GATE_LABEL: Record<GateAnswer, string> = {
  unanswered: 'Not asked yet',
  skipped: 'Skipped',
  strategic: 'Drives a strategic outcome',
  compliance: 'One-time compliance task',
  job_requirement: 'Static job requirement',
  health_metric: 'Health metric (KPI)',
};
const OWNER_KIND_LABEL: Record<OwnerKind, string> = { person: 'Person', team: 'Team', group: 'Cross-functional group' };
export const STATUS_NAMES: Record<Status, string> = { on_track: 'On track', at_risk: 'At risk', off_track: 'Off track' };
const EMPTY: string[] = [];

function LineOfSight({ id }: { id: string }) {
  const sentence = useStore((s) => {
    const o = s.data.objectives.get(id);
    return o ? lineOfSight(o, (x) => s.data.objectives.get(x), (x) => s.data.krs.get(x)) : '';
  });
  return (
    <p className="line-of-sight" aria-label="Line of sight">
      {sentence}
    </p>
  );
}

function ParentKr({ id, parentId, value }: { id: string; parentId: string; value: string | null }) {
  const krIds = useStore((s) => s.data.krIds.get(parentId) ?? EMPTY);
  const krs = useStore((s) => s.data).krs;
  const options = [['', 'Not linked to a key result'] as const, ...krIds.map((k) => [k, krs.get(k)?.title || 'Untitled key result'] as const)];
  return (
    <SelectField
      label="Moves which key result above"
      value={value ?? ''}
      options={options}
      hint="A bridge adopts a piece of the level above: name the key result it moves."
      onCommit={(k) => updateObjective(id, { parentKrId: k || null })}
    />
  );
}

/** Edits every field of the selected objective and its key results. */
export function Inspector() {
  const id = useStore((s) => s.selectedId);
  const o = useStore((s) => (s.selectedId ? s.data.objectives.get(s.selectedId) : undefined));
  const krIds = useStore((s) => (s.selectedId ? (s.data.krIds.get(s.selectedId) ?? EMPTY) : EMPTY));
  if (!id || !o) return <p className="panel-empty">Select an objective to see and edit everything about it.</p>;
  const save = (patch: Parameters<typeof updateObjective>[1]) => updateObjective(id, patch);
  return (
    <div className="inspector">
      <p className={`level-chip level-${o.level}`}>{onShelf(o) ? `On the shelf · ${GATE_LABEL[o.gate]}` : LEVEL_LABEL[o.level]}</p>
      <LineOfSight id={id} />
      <TextField label="Objective" value={o.title} multiline hint="The qualitative why: name the outcome, not the number." onCommit={(title) => save({ title })} />
      <TextField label="Description" value={o.description} multiline maxLength={10_000} onCommit={(description) => save({ description })} />
      <div className="field-row">
        <SelectField label="Level" value={o.level} options={LEVELS.map((l) => [l, LEVEL_LABEL[l]] as const)} onCommit={(level) => save({ level })} />
        <SelectField label="Owner is a" value={o.ownerKind} options={OWNER_KINDS.map((k) => [k, OWNER_KIND_LABEL[k]] as const)} onCommit={(ownerKind) => save({ ownerKind })} />
      </div>
      <TextField label="Owner" value={o.owner} maxLength={200} onCommit={(owner) => save({ owner })} />
      <PeriodEditor o={o} />
      {o.parentId && <ParentKr id={id} parentId={o.parentId} value={o.parentKrId} />}
      <ObjectiveInsights id={id} />
      <fieldset className="group">
        <legend>Roll-up and status</legend>
        <div className="field-row">
          <NumberField label="Weight" value={o.weight} hint="Relative to its siblings; 1 is equal" onCommit={(weight) => save({ weight: Math.max(0, weight) })} />
          <SelectField
            label="Roll-up"
            value={o.rollupMode}
            options={ROLLUP_MODES.map((m) => [m, m === 'average' ? 'Weighted average' : 'Sum to target'] as const)}
            onCommit={(rollupMode) => save({ rollupMode })}
          />
        </div>
        <SelectField
          label="Status"
          value={o.statusOverride ?? ''}
          options={[['', 'Automatic (from progress and time)'] as const, ...STATUSES.map((st) => [st, `Set by hand: ${STATUS_NAMES[st]}`] as const)]}
          onCommit={(v) => save({ statusOverride: (v || null) as Status | null })}
        />
      </fieldset>
      <fieldset className="group">
        <legend>“So What?”</legend>
        <SelectField
          label="Answer"
          value={o.gate}
          options={GATE_ANSWERS.map((g) => [g, GATE_LABEL[g]] as const)}
          hint={onShelf(o) ? 'On the Health & Hygiene shelf: visible, but never counted in cascade progress.' : 'Compliance tasks, job requirements and health metrics go to the shelf.'}
          onCommit={(gate) => save({ gate })}
        />
        <button type="button" className="link" onClick={() => askGate(id)}>
          Ask the three questions again
        </button>
      </fieldset>
      <h3 className="section-title">Key results</h3>
      {krIds.map((k, i) => (
        <KrEditor key={k} id={k} index={i} />
      ))}
      <button type="button" className="secondary" onClick={() => void addKeyResult(id)}>
        + Add key result
      </button>
    </div>
  );
}
