import { memo } from 'react';
import { formatNumber } from '../../shared/number';
import { trendOf, useCheckIns } from '../checkins';
import { useStore } from '../store';

const W = 46;
const H = 16;
const PAD = 2;

/**
 * A KR's check-ins as a small line beside its numbers (dates left to right by day, values bottom to
 * top). Always the same size, so a card never changes height when its first check-ins arrive;
 * in the as-of view it stops at the day shown.
 */
export const Sparkline = memo(function Sparkline({ krId, unit, title }: { krId: string; unit: string; title: string }) {
  const all = useCheckIns((s) => trendOf(s, krId));
  const day = useStore((s) => s.asOf?.day ?? null);
  const points = day ? all.filter((p) => p.date <= day) : all;
  if (points.length < 2) return <span className="sparkline empty" aria-hidden="true" />;
  const t0 = Date.parse(points[0]!.date);
  const span = Date.parse(points[points.length - 1]!.date) - t0 || 1;
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of points) {
    lo = Math.min(lo, p.value);
    hi = Math.max(hi, p.value);
  }
  const range = hi - lo || 1;
  const xy = points.map((p) => {
    const x = PAD + ((Date.parse(p.date) - t0) / span) * (W - 2 * PAD);
    const y = hi === lo ? H / 2 : H - PAD - ((p.value - lo) / range) * (H - 2 * PAD);
    return [Math.round(x * 10) / 10, Math.round(y * 10) / 10] as const;
  });
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const label = `Trend of “${title}”: ${points.length} check-ins, from ${formatNumber(first.value, unit)} on ${first.date} to ${formatNumber(last.value, unit)} on ${last.date}`;
  const [lx, ly] = xy[xy.length - 1]!;
  return (
    <svg className="sparkline" width={W} height={H} viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" role="img" aria-label={label}>
      <polyline points={xy.map(([x, y]) => `${x},${y}`).join(' ')} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" strokeLinecap="round" />
      <circle cx={lx} cy={ly} r="2" fill="currentColor" />
    </svg>
  );
});
