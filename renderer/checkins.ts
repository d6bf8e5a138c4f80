import { create } from 'zustand';
import { type TrendPoint, addDays, keyResultsAsOf, localDay } from '../shared/checkins';
import type { CheckInChange } from '../shared/ipc';
import type { CheckIn } from '../shared/model';
import { api } from './api';
import { preorderIds, progressAll } from './planData';
import { basedOn, call, showKr, useStore } from './store';

/**
 * Check-ins in the renderer: the trend of every KR (for the lines on cards, the as-of view and
 * check-in mode), the full list of the KRs shown in the inspector, and the writes — each one
 * backend command, which Undo takes back in the backend like any other.
 */

export interface CheckInMode {
  /** The branch being walked. */
  rootId: string;
  /** KRs without a check-in for this many days are asked for. */
  days: number;
  queue: string[];
  index: number;
  saved: number;
}

interface CheckInState {
  /** Per KR: (date, value) oldest first. Replaced, never mutated, so a card's line re-renders alone. */
  trends: Map<string, readonly TrendPoint[]>;
  loaded: boolean;
  /** Full check-ins of the KRs whose list has been opened (the inspector). */
  lists: Map<string, readonly CheckIn[]>;
  mode: CheckInMode | null;
}

export const useCheckIns = create<CheckInState>(() => ({ trends: new Map(), loaded: false, lists: new Map(), mode: null }));

const NONE: readonly TrendPoint[] = [];
export const trendOf = (s: CheckInState, krId: string): readonly TrendPoint[] => s.trends.get(krId) ?? NONE;

/**
 * Reads every KR's trend (after the plan opened or changed shape). `keepLists`: the same plan was
 * read again (undo, redo, another window), so the lists open in the inspector are read again too.
 */
export async function loadTrends(keepLists = false): Promise<void> {
  const result = await api.checkInTrends(undefined);
  if (!result.ok) return;
  const { kr, date, value } = result.value;
  const trends = new Map<string, TrendPoint[]>();
  let list: TrendPoint[] = [];
  for (let i = 0; i < kr.length; i++) {
    if (i === 0 || kr[i] !== kr[i - 1]) trends.set(kr[i]!, (list = []));
    list.push({ date: date[i]!, value: value[i]! });
  }
  const open = keepLists ? [...useCheckIns.getState().lists.keys()] : [];
  useCheckIns.setState((s) => ({ trends, loaded: true, lists: keepLists ? s.lists : new Map() }));
  const { krs } = useStore.getState().data;
  await Promise.all(open.filter((id) => krs.has(id)).map((id) => loadCheckIns(id)));
  refreshAsOf();
}

/** Reads one KR's check-ins again and shows them (its list, its trend, the as-of view). */
export async function loadCheckIns(krId: string): Promise<void> {
  const result = await api.listCheckIns({ keyResultId: krId });
  if (!result.ok) return;
  const list = result.value;
  useCheckIns.setState((s) => ({
    lists: new Map(s.lists).set(krId, list),
    trends: new Map(s.trends).set(
      krId,
      list.map((c) => ({ date: c.date, value: c.value })),
    ),
  }));
  refreshAsOf();
}

/** Shows what a check-in write left behind: the KR's value on the card, its list and trend. */
async function apply(change: CheckInChange): Promise<void> {
  if (useStore.getState().data.krs.has(change.keyResult.id)) showKr(change.keyResult, false);
  await loadCheckIns(change.checkIn.keyResultId);
}


/** In the as-of view values are read-only: says so and returns the day shown, or null today. */
export const readOnlyDay = (): string | null => {
  const day = useStore.getState().asOf?.day ?? null;
  if (day) useStore.setState({ notice: `You are viewing the plan as of ${day}: values cannot be changed there. Go back to today to check in.` });
  return day;
};

/**
 * A new value typed on a card: painted at once, written as today's check-in, and put back with
 * the reason if the write fails. Undo removes the check-in (the value before comes back).
 */
export async function checkInValue(krId: string, value: number): Promise<boolean> {
  if (readOnlyDay()) return false;
  const before = useStore.getState().data.krs.get(krId);
  if (!before) return false;
  showKr({ ...before, current: value }, false);
  const base = basedOn<{ current: number }>(krId, { current: value }, before)?.current;
  const change = await call('addCheckIn', { keyResultId: krId, value, ...(base !== undefined ? { expect: { current: base } } : {}) });
  if (!change) {
    if (useStore.getState().data.krs.get(krId)) showKr(before, false);
    return false;
  }
  await apply(change);
  return true;
}

/** A check-in with a date, note or confidence (the inspector, check-in mode). */
export async function addCheckIn(krId: string, fields: { value: number; date?: string; note?: string; confidence?: number | null }): Promise<boolean> {
  if (readOnlyDay()) return false;
  const change = await call('addCheckIn', { keyResultId: krId, ...fields });
  if (!change) return false;
  await apply(change);
  return true;
}

type Patch = { value?: number; date?: string; note?: string; confidence?: number | null };

export async function editCheckIn(before: CheckIn, patch: Patch): Promise<boolean> {
  if (readOnlyDay()) return false;
  const change = await call('updateCheckIn', { id: before.id, patch });
  if (change) await apply(change);
  return change !== undefined;
}

export async function deleteCheckIn(c: CheckIn): Promise<boolean> {
  if (readOnlyDay()) return false;
  const change = await call('deleteCheckIn', { id: c.id });
  if (!change) return false;
  await apply(change);
  useStore.setState({ notice: `Deleted the check-in of ${c.date}. Press Ctrl+Z to undo.` });
  return true;
}

// ---- As of a date -----------------------------------------------------------------------------

/** Shows the plan as it stood on `day` (values read-only), or today again with null or a day not in the past. */
export async function viewAsOf(day: string | null): Promise<void> {
  if (!day || day >= localDay()) {
    const { data } = useStore.getState();
    useStore.setState({ asOf: null, ...progressAll(data, null) });
    return;
  }
  if (!useCheckIns.getState().loaded) await loadTrends();
  const { data } = useStore.getState();
  const asOf = { day, krs: keyResultsAsOf(data.krs.values(), useCheckIns.getState().trends, day) };
  useStore.setState({ asOf, ...progressAll(data, asOf) });
}

function refreshAsOf(): void {
  const day = useStore.getState().asOf?.day;
  if (day) void viewAsOf(day);
}

// ---- Check-in mode ----------------------------------------------------------------------------

/** Every KR of the branch under `rootId` (shelf items too: their metrics need updating as well) last checked in before `days` ago. */
export function dueKeyResults(rootId: string, days: number): string[] {
  const { data } = useStore.getState();
  const { trends } = useCheckIns.getState();
  const cutoff = addDays(localDay(), -days);
  const out: string[] = [];
  for (const o of [rootId, ...preorderIds(data, rootId)]) {
    for (const k of data.krIds.get(o) ?? []) {
      const last = trends.get(k)?.at(-1);
      if (!last || last.date <= cutoff) out.push(k);
    }
  }
  return out;
}

export async function startCheckInMode(rootId: string | null, days = 7): Promise<void> {
  if (!rootId) return void useStore.setState({ notice: 'Select the objective whose branch you want to check in on, then press U.' });
  if (readOnlyDay()) return;
  if (!useCheckIns.getState().loaded) await loadTrends();
  useCheckIns.setState({ mode: { rootId, days, queue: dueKeyResults(rootId, days), index: 0, saved: 0 } });
}

/** Asks again with another number of days (the queue starts over). */
export function setModeDays(days: number): void {
  const mode = useCheckIns.getState().mode;
  if (mode) useCheckIns.setState({ mode: { ...mode, days, queue: dueKeyResults(mode.rootId, days), index: 0 } });
}

/** Moves to the next KR (after a save or a skip); past the last one the mode ends by itself. */
export function nextInMode(saved: boolean): void {
  const mode = useCheckIns.getState().mode;
  if (mode) useCheckIns.setState({ mode: { ...mode, index: mode.index + 1, saved: mode.saved + (saved ? 1 : 0) } });
}

export function leaveCheckInMode(): void {
  const mode = useCheckIns.getState().mode;
  useCheckIns.setState({ mode: null });
  if (mode) useStore.getState().selectedId && useStore.setState((s) => ({ focusTick: s.focusTick + 1 }));
}

// Trends follow the plan: read on open, and again when key results come or go (an import, a
// deleted or restored branch), since those bring or take check-ins with them.
// The plan's maps are updated in place, so the count seen last is kept here.
let krCount = -1;
useStore.subscribe((s, prev) => {
  if (s.phase !== 'ready') return;
  const count = s.data.krs.size;
  // Read again from the backend (undo, redo, another window's change): check-ins may have changed too.
  if (s.meta !== prev.meta || s.reloads !== prev.reloads) {
    krCount = count;
    void loadTrends(s.meta === prev.meta);
  } else if (count > krCount && useCheckIns.getState().loaded) {
    const { trends } = useCheckIns.getState();
    const fresh: string[] = [];
    for (const id of s.data.krs.keys()) if (!trends.has(id)) fresh.push(id);
    krCount = count;
    // A KR or two (added, or put back by undo with its history): read just those.
    if (fresh.length <= 20) for (const id of fresh) void loadCheckIns(id);
    else void loadTrends();
  } else krCount = count;
});
