import { percent } from '../../shared/progress';

export function ProgressBar({ value, label }: { value: number | null; label: string }) {
  const pct = value === null ? 0 : Math.round(value * 100);
  return (
    <span
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value === null ? undefined : pct}
      aria-valuetext={percent(value)}
    >
      <span className="progress-fill" style={{ width: `${pct}%` }} />
    </span>
  );
}
