import type { Objective } from '../../shared/model';
import { inheritedPeriod, periodConflict, periodLabel, quarterPeriod, yearPeriod, type Period } from '../../shared/period';
import { updateObjective, useStore } from '../store';
import { DateField, NumberField, SelectField, TextField } from './fields';

const KINDS = [
  ['none', 'No period'],
  ['year', 'Year'],
  ['quarter', 'Quarter'],
  ['custom', 'Custom dates'],
] as const;

/** Year, quarter or custom dates; a child's period should lie inside its parent's, or it says why not. */
export function PeriodEditor({ o }: { o: Objective }) {
  const parent = useStore((s) => (o.parentId ? s.data.objectives.get(o.parentId) : undefined));
  const year = Number(o.periodStart.slice(0, 4)) || new Date().getFullYear();
  const quarter = Math.floor(((Number(o.periodStart.slice(5, 7)) || 1) - 1) / 3) + 1;
  const save = (p: Period, label = periodLabel(p)) =>
    updateObjective(o.id, { periodKind: p.kind, periodStart: p.start, periodEnd: p.end, period: label });
  const conflict = parent ? periodConflict(o, parent) : null;
  // Without dates of its own it works in the period of the nearest objective above that has them.
  const inherited = useStore((s) => {
    if (o.periodStart && o.periodEnd) return null;
    const p = inheritedPeriod(o, (x) => s.data.objectives.get(x));
    return p ? `${p.period || `${p.periodStart} – ${p.periodEnd}`}, from “${s.data.objectives.get(p.from)?.title || 'untitled'}”` : '';
  });

  return (
    <fieldset className="group">
      <legend>Period</legend>
      <SelectField
        label="Kind of period"
        value={o.periodKind}
        options={KINDS}
        onCommit={(kind) => {
          if (kind === 'year') return save(yearPeriod(year));
          if (kind === 'quarter') return save(quarterPeriod(year, quarter));
          if (kind === 'custom') return save({ kind, start: o.periodStart, end: o.periodEnd }, o.period);
          return save({ kind: 'none', start: '', end: '' }, '');
        }}
      />
      {o.periodKind === 'year' && <NumberField label="Year" value={year} onCommit={(y) => save(yearPeriod(Math.round(y)))} />}
      {o.periodKind === 'quarter' && (
        <div className="field-row">
          <SelectField
            label="Quarter"
            value={String(quarter) as '1' | '2' | '3' | '4'}
            options={[['1', 'Q1'], ['2', 'Q2'], ['3', 'Q3'], ['4', 'Q4']]}
            onCommit={(q) => save(quarterPeriod(year, Number(q)))}
          />
          <NumberField label="Year" value={year} onCommit={(y) => save(quarterPeriod(Math.round(y), quarter))} />
        </div>
      )}
      {o.periodKind === 'custom' && (
        <>
          <div className="field-row">
            <DateField label="Starts" value={o.periodStart} onCommit={(d) => save({ kind: 'custom', start: d, end: o.periodEnd }, o.period)} />
            <DateField label="Ends" value={o.periodEnd} onCommit={(d) => save({ kind: 'custom', start: o.periodStart, end: d }, o.period)} />
          </div>
          <TextField label="Name of the period" value={o.period} maxLength={100} onCommit={(period) => updateObjective(o.id, { period })} />
        </>
      )}
      {inherited !== null && (
        <p className="hint" role="note">
          {inherited ? `Inherited: ${inherited}.` : 'No period here or above it: its status says “No period” until one is set.'}
        </p>
      )}
      {conflict && (
        <p className="warning" role="note">
          ⚠ {conflict} A contribution normally finishes inside the period of the objective it serves.
        </p>
      )}
    </fieldset>
  );
}
