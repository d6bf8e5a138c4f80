import { useDeferredValue, useMemo } from 'react';
import { LEVEL_LABEL, LEVELS, STATUSES } from '../shared/vocabulary';
import { RULE_LABEL } from './panel/CoachPanel';
import { STATUS_NAMES } from './panel/Inspector';
import { type Filters, NO_FILTERS, setFilters, toggleFilters, useStore } from './store';

const distinct = (values: Iterable<string>) => [...new Set(values)].filter(Boolean).sort((a, b) => a.localeCompare(b));

function Select({ name, label, options }: { name: keyof Filters; label: string; options: ReadonlyArray<readonly [string, string]> }) {
  const value = useStore((s) => s.filters[name]);
  return (
    <label className="filter">
      <span>{label}</span>
      <select value={value} onChange={(e) => setFilters({ [name]: e.target.value })} onKeyDown={(e) => e.stopPropagation()}>
        <option value="">Any</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Filters dim the cards that do not match; they never hide or change anything. */
export function FilterBar() {
  const open = useStore((s) => s.filtersOpen);
  // The option lists read the whole plan: only while the bar is open.
  return open ? <OpenFilterBar /> : null;
}

function OpenFilterBar() {
  // The lists read every objective: after an edit they are rebuilt in a deferred render, once the
  // edit itself has been painted, not on every store change.
  const data = useDeferredValue(useStore((s) => s.data));
  const owners = useMemo(() => distinct(Array.from(data.objectives.values(), (o) => o.owner)), [data]);
  const periods = useMemo(() => distinct(Array.from(data.objectives.values(), (o) => o.period)), [data]);
  // Badges are kept in place: the codes are gathered once per findings pass, not on every store change.
  const findingsVersion = useStore((s) => s.findingsVersion);
  const codes = useMemo(() => distinct(Array.from(useStore.getState().badges.values()).flatMap((l) => l.map((f) => f.code))), [findingsVersion]);
  const active = useStore((s) => Object.values(s.filters).some(Boolean));
  return (
    <div className="filter-bar" role="search" aria-label="Filter the cascade">
      <Select name="owner" label="Owner" options={owners.map((o) => [o, o] as const)} />
      <Select name="level" label="Level" options={LEVELS.map((l) => [l, LEVEL_LABEL[l]] as const)} />
      <Select name="period" label="Period" options={periods.map((p) => [p, p] as const)} />
      <Select name="status" label="Status" options={[...STATUSES.map((s) => [s, STATUS_NAMES[s]] as const), ['none', 'No status'] as const, ['no_period', 'No period'] as const]} />
      <Select name="finding" label="Finding" options={codes.map((c) => [c, RULE_LABEL[c] ?? c] as const)} />
      {active && (
        <button type="button" className="link" onClick={() => setFilters(NO_FILTERS)}>
          Clear filters
        </button>
      )}
      <button type="button" className="link" onClick={toggleFilters} aria-label="Close filters">
        Close
      </button>
    </div>
  );
}
