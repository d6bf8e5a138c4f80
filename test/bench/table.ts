/** Plain-text tables for the benchmark report (monospace, right-aligned numbers). */

export interface Table {
  title: string;
  columns: string[];
  rows: string[][];
  /** Printed under the table. */
  notes?: string[];
}

const width = (s: string) => [...s].length;
const numeric = (s: string) => /^[-+~≥≤<>×]?\s?[\d.,]+/.test(s);

export function formatTable(t: Table): string {
  const cols = t.columns.length;
  const widths = t.columns.map((c, i) => Math.max(width(c), ...t.rows.map((r) => width(r[i] ?? ''))));
  const pad = (s: string, i: number, right: boolean) => {
    const fill = ' '.repeat(Math.max(0, widths[i]! - width(s)));
    return right ? fill + s : s + fill;
  };
  const line = (cells: string[], header = false) =>
    '│ ' + Array.from({ length: cols }, (_, i) => pad(cells[i] ?? '', i, !header && i > 0 && numeric(cells[i] ?? ''))).join(' │ ') + ' │';
  const rule = (l: string, m: string, r: string) => l + widths.map((w) => '─'.repeat(w + 2)).join(m) + r;
  const out = [t.title, rule('┌', '┬', '┐'), line(t.columns, true), rule('├', '┼', '┤')];
  for (const r of t.rows) out.push(line(r));
  out.push(rule('└', '┴', '┘'));
  for (const n of t.notes ?? []) out.push(`  ${n}`);
  return out.join('\n');
}

/** Milliseconds with sensible precision: 0.042 ms, 3.21 ms, 812 ms, 12.3 s. */
export function ms(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  if (v >= 10_000) return `${(v / 1000).toFixed(1)} s`;
  if (v >= 1000) return `${(v / 1000).toFixed(2)} s`;
  if (v >= 100) return `${v.toFixed(0)} ms`;
  if (v >= 10) return `${v.toFixed(1)} ms`;
  if (v >= 1) return `${v.toFixed(2)} ms`;
  const us = v * 1000;
  return `${us >= 100 ? us.toFixed(0) : us.toFixed(1)} µs`;
}

export function bytes(v: number): string {
  if (v >= 1024 ** 3) return `${(v / 1024 ** 3).toFixed(1)} GiB`;
  if (v >= 1024 ** 2) return `${(v / 1024 ** 2).toFixed(1)} MiB`;
  if (v >= 1024) return `${(v / 1024).toFixed(0)} KiB`;
  return `${v} B`;
}

export const count = (v: number): string => v.toLocaleString('en-US');

export function ratio(baseline: number | null | undefined, ours: number | null | undefined): string {
  if (!baseline || !ours || !Number.isFinite(baseline) || !Number.isFinite(ours)) return '—';
  const r = baseline / ours;
  return `${r >= 100 ? r.toFixed(0) : r >= 10 ? r.toFixed(1) : r.toFixed(2)}×`;
}
