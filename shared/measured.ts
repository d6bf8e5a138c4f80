import { cardHeadHeight, compactHeight, krRowHeight } from './card';

/**
 * Card heights from the card model (shared/card.ts), one per objective row, sent with the plan's
 * rows (shared/rows.ts `PlanRows.measured`). The backend measures them while the window loads, so
 * the renderer's first layout of a large plan is not held up wrapping 200,000 titles (at 50,000
 * objectives that was ~150 ms of the open). Same functions, same font tables: the renderer would
 * compute the same numbers, and does for every card whose content changes after.
 */
export interface MeasuredHeights {
  /** The full card without a row of badges (renderer/layoutNodes.ts `heightOf` adds it). */
  card: number[];
  /** The titles-only card. */
  compact: number[];
}

/** Heights for objectives [ids, titles], given every key result's objective id and title. */
export function measureCards(ids: readonly unknown[], titles: readonly unknown[], krObjectiveIds: readonly unknown[], krTitles: readonly unknown[]): MeasuredHeights {
  const krsHeight = new Map<unknown, number>();
  for (let k = 0; k < krObjectiveIds.length; k++) {
    const o = krObjectiveIds[k];
    krsHeight.set(o, (krsHeight.get(o) ?? 0) + krRowHeight(String(krTitles[k] ?? '')));
  }
  const card = new Array<number>(ids.length);
  const compact = new Array<number>(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const title = String(titles[i] ?? '');
    card[i] = cardHeadHeight(title) + (krsHeight.get(ids[i]) ?? 0);
    compact[i] = compactHeight(title);
  }
  return { card, compact };
}

/**
 * The heights as maps by objective id, or null when they do not fit the rows (a different
 * count, a value that is not a positive number): then the renderer measures every card itself.
 */
export function measuredById(ids: readonly string[], m: MeasuredHeights | undefined): { card: Map<string, number>; compact: Map<string, number> } | null {
  if (!m || !Array.isArray(m.card) || !Array.isArray(m.compact) || m.card.length !== ids.length || m.compact.length !== ids.length) return null;
  const card = new Map<string, number>();
  const compact = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) {
    const h = m.card[i];
    const c = m.compact[i];
    if (typeof h !== 'number' || typeof c !== 'number' || !(h > 0) || !(c > 0) || h === Infinity || c === Infinity) return null;
    card.set(ids[i]!, h);
    compact.set(ids[i]!, c);
  }
  return { card, compact };
}
