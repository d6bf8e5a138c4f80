import { memo } from 'react';
import type { KrKind } from '../../shared/model';
import { KR_KIND_LABEL, KR_KINDS } from '../../shared/vocabulary';
import { krProgress, percent } from '../../shared/progress';
import { deleteKeyResult, updateKeyResult, useStore } from '../store';
import { checkInValue } from '../checkins';
import { isCurrencySign } from '../../shared/number';
import { CheckInList } from './CheckInList';
import { NumberField, SelectField, TextField } from './fields';

const CURRENCIES = ['$', '€', '£', '¥', '₹'];
type UnitKind = 'number' | 'percent' | 'currency' | 'custom';
// Any currency sign ("₩", "R$") or ISO code is a currency, formatted before the number like $.
const unitKind = (unit: string): UnitKind =>
  unit === '' ? 'number' : unit === '%' ? 'percent' : isCurrencySign(unit) || /^[A-Z]{3}$/.test(unit) ? 'currency' : 'custom';

const KIND_HINT: Record<KrKind, string> = {
  increase: 'Progress is how far current has come from start toward target.',
  decrease: 'For numbers that should fall, like churn or cycle time.',
  stay_above: 'A threshold to hold, like satisfaction over 90%.',
  stay_below: 'A ceiling to stay under, like incidents or cost.',
  milestone: 'Counts steps done out of the total. A checklist, not a metric: use sparingly.',
  binary: 'Done or not done. A checklist item, not a metric: the coach will say so.',
};

/** Every field of one key result, including its kind and unit. */
export const KrEditor = memo(function KrEditor({ id, index }: { id: string; index: number }) {
  const kr = useStore((s) => s.data.krs.get(id));
  if (!kr) return null;
  const u = unitKind(kr.unit);
  const save = (patch: Parameters<typeof updateKeyResult>[1]) => updateKeyResult(id, patch);
  return (
    <fieldset className="group kr-editor">
      <legend>
        Key result {index + 1} <span className="legend-pct">{percent(krProgress(kr))}</span>
      </legend>
      <TextField label="Key result" value={kr.title} multiline onCommit={(title) => save({ title })} />
      <SelectField
        label="Kind"
        value={kr.kind}
        options={KR_KINDS.map((k) => [k, KR_KIND_LABEL[k]] as const)}
        hint={KIND_HINT[kr.kind]}
        onCommit={(kind) => save(kind === 'binary' ? { kind, start: 0, target: 1, current: krProgress(kr) >= 1 ? 1 : 0, unit: '' } : { kind })}
      />
      {kr.kind === 'binary' ? (
        <SelectField label="Done?" value={kr.current >= 1 ? 'yes' : 'no'} options={[['no', 'Not yet'], ['yes', 'Done']]} onCommit={(v) => checkInValue(id, v === 'yes' ? 1 : 0)} />
      ) : (
        <>
          <div className="field-row">
            <SelectField
              label="Unit"
              value={u}
              options={[['number', 'Number'], ['percent', '%'], ['currency', 'Currency'], ['custom', 'Custom']]}
              onCommit={(k) => save({ unit: k === 'number' ? '' : k === 'percent' ? '%' : k === 'currency' ? '$' : 'units' })}
            />
            {u === 'currency' && (
              <SelectField
                label="Currency"
                value={kr.unit}
                options={[...new Set([...CURRENCIES, kr.unit])].map((c) => [c, c] as const)}
                onCommit={(unit) => save({ unit })}
              />
            )}
            {u === 'custom' && <TextField label="Unit name" value={kr.unit} maxLength={40} onCommit={(unit) => save({ unit })} />}
          </div>
          <div className="field-row three">
            <NumberField label="Start" value={kr.start} unit={kr.unit} onCommit={(start) => save({ start })} />
            <NumberField label="Current" value={kr.current} unit={kr.unit} onCommit={(current) => checkInValue(id, current)} />
            <NumberField label={kr.kind === 'stay_above' || kr.kind === 'stay_below' ? 'Threshold' : 'Target'} value={kr.target} unit={kr.unit} onCommit={(target) => save({ target })} />
          </div>
        </>
      )}
      <div className="field-row">
        <NumberField label="Weight" value={kr.weight} hint="Relative to its siblings; 1 is equal" onCommit={(weight) => save({ weight: Math.max(0, weight) })} />
        <button type="button" className="danger-link" onClick={() => void deleteKeyResult(id)} aria-label={`Delete key result “${kr.title || 'untitled'}”`}>
          Delete
        </button>
      </div>
      <CheckInList kr={kr} />
    </fieldset>
  );
});
