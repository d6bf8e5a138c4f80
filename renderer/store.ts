import { create } from 'zustand';
import { setCardHeight } from '../shared/layout';
import type { Envelope, History, Input, Method, Output, PlanChangeEvent, PlanStatus } from '../shared/ipc';
import type { Dismissal, GateAnswer, KeyResult, KeyResultPatch, ObjectivePatch, PlanMeta } from '../shared/model';
import { SHELF_ANSWERS, onShelf } from '../shared/vocabulary';
import { ROOT } from '../shared/tree';
import { snapshotFromRows } from '../shared/rows';
import type { DiffMark, KrValueChange, PlanDiff } from '../shared/diff';
import { api } from './api';
import type { PlanFinding } from '../shared/findings';
import { type PlanLayout, buildLayout, heightOf } from './layoutNodes';
import {
  type AsOf,
  type PlanData,
  type StatusEntry,
  fromSnapshot,
  isInside,
  progressAll,
  progressPath,
  withKeyResult,
  withObjective,
  withoutKeyResult,
  withoutSubtree,
} from './planData';

export type Editing = { kind: 'objective-title' | 'kr-title' | 'kr-value' | 'kr-target'; id: string } | null;
export type Panel = 'inspector' | 'coach' | 'shelf';

export interface Filters {
  owner: string;
  level: string;
  period: string;
  status: string;
  finding: string;
}
export const NO_FILTERS: Filters = { owner: '', level: '', period: '', status: '', finding: '' };

/** What the graph shows instead of the plan as it is: a comparison, or one snapshot alone. */
export interface Comparison {
  /** "“Q1 2027 (closed)” → now", or "the snapshot “Board review”". */
  label: string;
  from: string;
  to: string;
  /** Null when a snapshot is viewed alone. */
  diff: PlanDiff | null;
  summary: string;
  marks: Map<string, DiffMark>;
  krs: Map<string, KrValueChange>;
  /** Titles the marked cards had before (a renamed card shows it). */
  before: Map<string, string>;
}

export interface PlanState {
  phase: 'loading' | 'ready' | 'failed';
  meta: PlanMeta | null;
  data: PlanData;
  rollup: Map<string, number | null>;
  collapsed: Record<string, boolean>;
  /** The laid-out cascade (typed arrays); mutated in place by height changes, then `layoutVersion` bumps. */
  layout: PlanLayout | null;
  layoutVersion: number;
  /** Objectives in the plan (cascade and shelf). */
  objectiveCount: number;
  /** Active findings on cards, for the coach tab's count. */
  badgeCount: number;
  selectedId: string | null;
  /** Bumped whenever keyboard focus should move to the selected card. */
  focusTick: number;
  editing: Editing;
  /** The branch shown as the temporary root, or null for the whole plan. */
  focusId: string | null;
  filters: Filters;
  filtersOpen: boolean;
  /** The overview map is hidden (remembered in this browser profile). */
  mapHidden: boolean;
  /** The titles-only view: small cards with the title alone, laid out to show a wide plan whole. */
  compact: boolean;
  panel: Panel | null;
  /** Objectives waiting for the "So What?" questions, first one asked now. */
  gateQueue: string[];
  /** Dismissed findings by `${subjectId}|${rule}`. */
  dismissals: Record<string, Dismissal>;
  /**
   * Bumped whenever findings or badges change. Both are kept in place (the findings in
   * renderer/findingLists.ts): at 50,000 objectives, copying them on every pass costs frames.
   */
  findingsVersion: number;
  /** Active findings per objective id, for the badges on cards; updated in place. */
  badges: Map<string, readonly PlanFinding[]>;
  /**
   * Keys typed while a new objective is being created, before its title box exists; null when not
   * capturing. A fast typist's first letters land in the title instead of triggering shortcuts.
   */
  typeAhead: string | null;
  /** The open dialog of File › Import/Export (pasted text goes to the import preview). */
  dialog: { kind: 'export' } | { kind: 'import'; text?: string } | { kind: 'backups' } | { kind: 'shortcuts' } | { kind: 'about' } | { kind: 'snapshot' } | { kind: 'compare' } | { kind: 'cycles' } | null;
  /** Compare mode (or a snapshot viewed alone): the graph shows another state of the plan, read-only. */
  compare: Comparison | null;
  /** The plan that could not be opened, until the user chooses restore, recover or read-only. */
  problem: PlanStatus['problem'];
  /** Why the open plan cannot be edited, or null. */
  readOnly: string | null;
  /** Derived or manual status per objective ('no_period' when nothing up its chain has period dates). */
  statuses: Map<string, StatusEntry>;
  /** The plan as of a past day (values read-only), or null for today (renderer/checkins.ts). */
  asOf: AsOf | null;
  /** Counts reads of the whole plan from the backend (after undo, redo, another window's change). */
  reloads: number;
  pending: number;
  saveError: string | null;
  notice: string | null;
  /** What Undo and Redo would do, from the plan file's history (the same in every window). */
  history: History;
  /** The newest change of the plan this window has heard of (see `applyChange`). */
  planVersion: number;
  /**
   * The row an inline edit started from: an edit is sent with the values it was based on, so a
   * change another window made meanwhile is refused rather than overwritten.
   */
  editBase: { id: string; row: Readonly<Record<string, unknown>> } | null;
}

const EMPTY: PlanData = { objectives: new Map(), krs: new Map(), childIds: new Map([[ROOT, []]]), krIds: new Map() };

/** Where the overview map's shown/hidden choice is remembered (read while the store is created). */
const MAP_KEY = 'cascade.overviewMap';
const COMPACT_KEY = 'cascade.cardView';

export const useStore = create<PlanState>(() => ({
  phase: 'loading',
  meta: null,
  data: EMPTY,
  rollup: new Map(),
  collapsed: {},
  layout: null,
  layoutVersion: 0,
  objectiveCount: 0,
  badgeCount: 0,
  selectedId: null,
  focusTick: 0,
  editing: null,
  focusId: null,
  filters: NO_FILTERS,
  filtersOpen: false,
  mapHidden: readFlag(MAP_KEY, 'hidden'),
  compact: readFlag(COMPACT_KEY, 'titles'),
  panel: null,
  gateQueue: [],
  dismissals: {},
  findingsVersion: 0,
  badges: new Map(),
  statuses: new Map(),
  asOf: null,
  reloads: 0,
  typeAhead: null,
  dialog: null,
  problem: null,
  readOnly: null,
  compare: null,
  pending: 0,
  saveError: null,
  notice: null,
  history: { undo: null, redo: null },
  planVersion: 0,
  editBase: null,
}));

const get = useStore.getState;
const set = useStore.setState;

/** Writes of this window answered so far (every `call` is one); reloadData reads again when one was answered during its read. */
let writesDone = 0;

/** Calls the backend; the UI counts the call as saved only once the backend has committed it. */
export async function call<K extends Method>(method: K, arg: Input<K>): Promise<Output<K> | undefined> {
  // The graph shows another state of the plan: nothing on it may be written back.
  const comparing = get().compare;
  if (comparing) {
    set({ notice: `You are looking at ${comparing.label}. Leave it (Esc) to edit the plan; nothing was changed.` });
    return undefined;
  }
  set((s) => ({ pending: s.pending + 1 }));
  const invoke = api[method] as (a: Input<K>) => Promise<Envelope<Output<K>>>;
  const result = await invoke(arg);
  writesDone++;
  set((s) => ({ pending: s.pending - 1 }));
  if (!result.ok) {
    // Based on a value another window changed: nothing is unsaved, the plan is shown as it is now.
    if (result.error.code === 'stale') {
      set({ notice: result.error.message });
      void reloadData();
    } else set({ saveError: result.error.message, notice: result.error.message });
    return undefined;
  }
  set({ saveError: null });
  return result.value as Output<K>;
}

/** Rebuilds roll-ups and the layout after a change of structure or card size. */
export function withGraph(data: PlanData, collapsed = get().collapsed, focusId = get().focusId): Partial<PlanState> {
  const focused = focusId ? data.objectives.get(focusId) : undefined;
  const focus = focused && !onShelf(focused) ? focusId : null;
  return {
    data,
    collapsed,
    focusId: focus,
    ...progressAll(data, get().asOf),
    layout: buildLayout(data, collapsed, focus, get().badges, get().compact),
    layoutVersion: get().layoutVersion + 1,
    objectiveCount: data.objectives.size,
  };
}

/**
 * After a card's content changed size (a title, a KR title, a row of badges): moves only the cards
 * below it. No full relayout; returns the state fields to set.
 */
export function resizeCards(ids: Iterable<string>, data = get().data): Partial<PlanState> {
  const { layout, badges, compact } = get();
  if (!layout) return {};
  let moved = false;
  for (const id of ids) {
    const i = layout.tree.indexOf.get(id);
    if (i === undefined) continue;
    if (setCardHeight(layout.layout, i, heightOf(data, id, badges.has(id), compact)).delta !== 0) moved = true;
  }
  return moved ? { layoutVersion: get().layoutVersion + 1 } : {};
}

export const dismissalKey = (subjectId: string, rule: string): string => `${subjectId}|${rule}`;

export async function loadPlan(): Promise<void> {
  performance.mark('cascade:load-start');
  const prefetched = window.__planRequest;
  window.__planRequest = undefined;
  const result = await (prefetched ?? api.getPlan(undefined));
  performance.mark('cascade:plan-received');
  if (!result.ok) {
    // Never a silent fallback: a plan that cannot be opened is said in words, with the choices.
    const status = await api.planStatus(undefined);
    const problem = status.ok && status.value.problem ? status.value.problem : { file: '', code: result.error.code, message: result.error.message, backups: 0 };
    set({ phase: 'failed', problem, readOnly: null });
    return;
  }
  void api.planStatus(undefined).then((status) => status.ok && set({ readOnly: status.value.readOnly, problem: null }));
  const { meta, objectives, keyResults, dismissals } = snapshotFromRows(result.value);
  const data = fromSnapshot(objectives, keyResults, true, result.value.measured);
  performance.mark('cascade:plan-indexed');
  const first = data.childIds.get(ROOT)?.[0] ?? null;
  const graph = withGraph(data, {}, null);
  performance.mark('cascade:plan-laid-out');
  set({
    phase: 'ready',
    meta,
    ...graph,
    dismissals: Object.fromEntries(dismissals.map((d) => [dismissalKey(d.subjectId, d.rule), d])),
    gateQueue: [],
    filters: NO_FILTERS,
    selectedId: first,
    editing: null,
    saveError: null,
    notice: null,
  });
  document.title = `${meta.name} — Cascade Planner`;
  const history = await api.history(undefined);
  if (history.ok) set({ history: history.value });
}

let reloading: Promise<void> | null = null;
let reloadAgain = false;

/**
 * Re-reads the plan after a change this window did not make itself (another window or tab, another
 * program, an undo), keeping the view: selection, focus, collapsed branches, the viewport.
 * Changes that arrive while a read is under way are folded into one more read.
 */
export async function reloadData(): Promise<void> {
  if (reloading) {
    reloadAgain = true;
    return reloading;
  }
  reloading = (async () => {
    do {
      reloadAgain = false;
      const writesBefore = writesDone;
      const result = await api.getPlan(undefined);
      if (!result.ok) return set({ notice: result.error.message });
      // A write of this window that was answered (or is still on its way) while the plan was being
      // read may be missing from it: that read would show the value from before the edit, and the
      // edit's own change event tells this window nothing. Read again instead.
      if (writesDone !== writesBefore || get().pending > 0) {
        reloadAgain = true;
        await writesSettled();
        continue;
      }
      const { objectives, keyResults, dismissals } = snapshotFromRows(result.value);
      const data = fromSnapshot(objectives, keyResults, true, result.value.measured);
      const { selectedId, editing } = get();
      set({
        ...withGraph(data),
        reloads: get().reloads + 1,
        dismissals: Object.fromEntries(dismissals.map((d) => [dismissalKey(d.subjectId, d.rule), d])),
        ...(selectedId && !data.objectives.has(selectedId) ? { selectedId: null } : {}),
        ...(editing && !data.objectives.has(editing.id) && !data.krs.has(editing.id) ? { editing: null } : {}),
      });
    } while (reloadAgain);
  })().finally(() => (reloading = null));
  return reloading;
}

/** Told by the backend after every change to the plan, in this window or anywhere else. */
export function applyChange(change: PlanChangeEvent): void {
  if (change.version <= get().planVersion) return;
  set({ planVersion: change.version, history: change.history });
  // What this window changed itself, it already shows.
  if (!change.self) void reloadData();
}

/** Adds what an import file holds, in one transaction (one step of Undo). */
export async function importObjectives(arg: Input<'importPlan'>): Promise<boolean> {
  const result = await call('importPlan', arg);
  if (!result) return false;
  await reloadData();
  const roots = result.objectives.filter((o) => o.parentId === arg.parentId).map((o) => o.id);
  set({ notice: `Imported ${result.objectives.length} objectives and ${result.keyResults.length} key results. Press Ctrl+Z to undo.` });
  if (roots[0]) select(roots[0], true);
  return true;
}

/** Resolves once no write of this window is waiting for the backend. */
function writesSettled(): Promise<void> {
  if (get().pending === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const off = useStore.subscribe((s) => {
      if (s.pending > 0) return;
      off();
      resolve();
    });
  });
}

let steps: Promise<void> = Promise.resolve();

/**
 * Undo and redo run in the backend, on the history kept in the plan file. Each press is one step,
 * taken in order once the writes before it are committed: pressed while an edit or the previous
 * undo is still on its way, it used to be dropped without a word (the toolbar, told by the change
 * feed, already named the next step).
 */
function step(way: 'undo' | 'redo'): Promise<void> {
  const run = steps.then(async () => {
    await writesSettled();
    if (!get().history[way]) return;
    const done = await call(way, undefined);
    if (!done) return;
    set({ history: done.history, notice: `${way === 'undo' ? 'Undid' : 'Redid'} “${done.label}”.` });
    await reloadData();
  });
  steps = run.catch(() => undefined);
  return run;
}

export const undo = (): Promise<void> => step('undo');
export const redo = (): Promise<void> => step('redo');

/** The values of `patch`'s fields in the row an edit was based on (see `editBase`). */
export function basedOn<T extends object>(id: string, patch: object, current: T | undefined): Partial<T> | undefined {
  const { editBase: base, editing } = get();
  const row = (base?.id === id && editing?.id === id ? base.row : current) as Record<string, unknown> | undefined;
  if (!row) return undefined;
  return Object.fromEntries(Object.keys(patch).map((k) => [k, row[k]])) as Partial<T>;
}

// ---- Objectives -------------------------------------------------------------------------------

/** Fields whose change alters the tree's shape (the gate can move an objective to the shelf). */
const STRUCTURE_FIELDS: ReadonlySet<string> = new Set(['gate', 'parentId']);

async function patchObjective(id: string, patch: ObjectivePatch, expect?: ObjectivePatch): Promise<boolean> {
  const o = await call('updateObjective', { id, patch, ...(expect ? { expect } : {}) });
  if (!o) return false;
  const data = withObjective(get().data, o);
  const keys = Object.keys(patch);
  if (keys.some((k) => STRUCTURE_FIELDS.has(k))) set(withGraph(data));
  else {
    // A title changes one card's height; weights and modes change the roll-up up its path only.
    // Anything else (dates, override, weight, mode, linked KR) can change its status and roll-up,
    // and those of its ancestors: O(depth), never the whole plan.
    const sized = 'title' in patch ? resizeCards([id], data) : {};
    // Objectives below inherit a period they do not set themselves: their statuses follow it.
    const inherited = 'periodStart' in patch || 'periodEnd' in patch;
    set({ data, ...sized, ...(inherited ? progressAll(data, get().asOf) : progressPath(data, id, get(), get().asOf)) });
  }
  return true;
}

export async function updateObjective(id: string, patch: ObjectivePatch): Promise<boolean> {
  const before = get().data.objectives.get(id);
  if (!before) return false;
  return patchObjective(id, patch, basedOn(id, patch, before) as ObjectivePatch);
}

async function remove(id: string): Promise<Output<'deleteObjective'> | undefined> {
  const o = get().data.objectives.get(id);
  const sub = await call('deleteObjective', { id });
  if (!sub || !o) return undefined;
  const data = get().data;
  const siblings = data.childIds.get(o.parentId ?? ROOT) ?? [];
  const i = siblings.indexOf(id);
  const next = siblings[i + 1] ?? siblings[i - 1] ?? o.parentId;
  set({ ...withGraph(withoutSubtree(data, sub)), editing: null });
  select(next ?? null, true);
  return sub;
}

/** Creates an objective under `parentId` at `index` and opens its title for typing. */
export async function addObjective(parentId: string | null, index?: number): Promise<void> {
  set({ typeAhead: '' });
  const result = await call('createObjective', { parentId, index, title: '' });
  if (!result) return set({ typeAhead: null });
  const created = result.objective;
  const collapsed = parentId ? { ...get().collapsed, [parentId]: false } : get().collapsed;
  set(withGraph(withObjective(get().data, created, index), collapsed));
  setEditing({ kind: 'objective-title', id: created.id });
  select(created.id, false);
}

export async function addChild(id: string | null): Promise<void> {
  await addObjective(id);
}

export async function addSibling(id: string): Promise<void> {
  const o = get().data.objectives.get(id);
  if (!o) return;
  const siblings = get().data.childIds.get(o.parentId ?? ROOT) ?? [];
  await addObjective(o.parentId, siblings.indexOf(id) + 1);
}

export async function deleteObjective(id: string): Promise<void> {
  const sub = await remove(id);
  if (!sub) return;
  const title = sub.objectives[0]!.title || 'untitled objective';
  set({ notice: `Deleted “${title}”${sub.objectives.length > 1 ? ` and ${sub.objectives.length - 1} objectives below it` : ''}. Press Ctrl+Z to undo.` });
}

async function moveRaw(id: string, parentId: string | null, index: number) {
  const old = await call('moveObjective', { id, parentId, index });
  if (!old) return undefined;
  const o = get().data.objectives.get(id)!;
  const collapsed = parentId ? { ...get().collapsed, [parentId]: false } : get().collapsed;
  // A branch takes the levels of its new place (shared/rules.ts).
  let data = withObjective(get().data, { ...o, parentId, level: old.levels[id] ?? o.level }, index);
  for (const [other, level] of Object.entries(old.levels)) {
    const row = data.objectives.get(other);
    if (other !== id && row) data = withObjective(data, { ...row, level });
  }
  set(withGraph(data, collapsed));
  select(id, true);
  return old;
}

/** Re-parents (or reorders) an objective; a move into its own branch is refused before asking. */
export async function moveObjective(id: string, parentId: string | null, index: number): Promise<void> {
  if (parentId !== null && isInside(get().data, parentId, id)) {
    set({ notice: 'An objective cannot move under itself or one of its own children.' });
    return;
  }
  await moveRaw(id, parentId, index);
}

// ---- Key results ------------------------------------------------------------------------------

export function showKr(kr: KeyResult, resize: boolean): void {
  const data = withKeyResult(get().data, kr);
  // A KR value never relayouts: it changes its objective's roll-up and its ancestors' only.
  const sized = resize ? resizeCards([kr.objectiveId], data) : {};
  set({ data, ...sized, ...progressPath(data, kr.objectiveId, get(), get().asOf) });
}

/**
 * Numbers are painted at once and confirmed by the commit (the status says "Saving…" until then);
 * if the write fails, the old value comes back with the reason. Titles change the card's size, so
 * they wait for the commit.
 */
async function patchKr(id: string, patch: KeyResultPatch, expect?: KeyResultPatch): Promise<boolean> {
  const before = get().data.krs.get(id);
  const optimistic = before !== undefined && !('title' in patch);
  if (optimistic) showKr({ ...before, ...patch }, false);
  const kr = await call('updateKeyResult', { id, patch, ...(expect ? { expect } : {}) });
  if (!kr) {
    if (optimistic && get().data.krs.get(id)) showKr(before, false);
    return false;
  }
  showKr(kr, 'title' in patch);
  return true;
}

export async function updateKeyResult(id: string, patch: KeyResultPatch): Promise<boolean> {
  const before = get().data.krs.get(id);
  if (!before) return false;
  return patchKr(id, patch, basedOn(id, patch, before) as KeyResultPatch);
}

async function removeKr(id: string) {
  const res = await call('deleteKeyResult', { id });
  if (!res) return undefined;
  let data = withoutKeyResult(get().data, res.keyResult);
  for (const o of res.linked) data = withObjective(data, { ...data.objectives.get(o)!, parentKrId: null });
  set({ ...withGraph(data), editing: null });
  return res;
}


/** Adds a health metric (a KPI with a threshold) to the Health & Hygiene shelf. */
export async function addHealthMetric(): Promise<void> {
  const result = await call('createObjective', {
    parentId: null,
    title: '',
    gate: 'health_metric',
    keyResults: [{ title: '', kind: 'stay_above', start: 0, target: 90, current: 0, unit: '%' }],
  });
  if (!result) return;
  let data = withObjective(get().data, result.objective);
  for (const kr of result.keyResults) data = withKeyResult(data, kr);
  set({ ...withGraph(data), panel: 'shelf', selectedId: result.objective.id });
}

/** Adds a key result with the given fields (one undoable action); resolves true once committed. */
export async function addKeyResultWith(objectiveId: string, fields: Omit<Input<'createKeyResult'>, 'objectiveId'>): Promise<boolean> {
  const kr = await call('createKeyResult', { objectiveId, ...fields });
  if (!kr) return false;
  set(withGraph(withKeyResult(get().data, kr)));
  return true;
}

export async function addKeyResult(objectiveId: string): Promise<void> {
  const kr = await call('createKeyResult', { objectiveId, title: '' });
  if (!kr) return;
  set({ ...withGraph(withKeyResult(get().data, kr)), selectedId: objectiveId });
  setEditing({ kind: 'kr-title', id: kr.id });
}

export async function deleteKeyResult(id: string): Promise<void> {
  const removed = await removeKr(id);
  if (!removed) return;
  const { keyResult } = removed;
  select(keyResult.objectiveId, true);
  set({ notice: `Deleted key result “${keyResult.title || 'untitled'}”. Press Ctrl+Z to undo.` });
}

// ---- View state -------------------------------------------------------------------------------

export function select(id: string | null, focus: boolean): void {
  set((s) => ({ selectedId: id, focusTick: focus ? s.focusTick + 1 : s.focusTick }));
}

/** Hands over (and stops capturing) what was typed before the title box appeared. */
export function takeTypeAhead(): string {
  const text = get().typeAhead ?? '';
  set({ typeAhead: null });
  return text;
}

/** Opens (or closes, with null) an inline edit; the row it starts from is kept as the edit's base. */
export function setEditing(editing: Editing): void {
  const { data } = get();
  const row = editing ? (editing.kind === 'objective-title' ? data.objectives.get(editing.id) : data.krs.get(editing.id)) : undefined;
  set({ editing, editBase: editing && row ? { id: editing.id, row } : null });
}

export function toggleCollapsed(id: string): void {
  const collapsed = { ...get().collapsed, [id]: !get().collapsed[id] };
  set(withGraph(get().data, collapsed));
}

/**
 * Lays the cards out again, roll-ups unchanged: after many cards changed height (badges came or
 * went), or to put a card back after a drag that moved nothing.
 */
export function relayout(compact = get().compact): void {
  const { data, collapsed, focusId, badges, layoutVersion } = get();
  // One update with the view's mode: a listener sees the mode and the layout it gives together.
  set({ compact, layout: buildLayout(data, collapsed, focusId, badges, compact), layoutVersion: layoutVersion + 1 });
}

// ---- The "So What?" gate, findings, focus, filters, panels ------------------------------------

/** Asks the three questions about a newly named objective. */
export function askGate(id: string): void {
  if (!get().gateQueue.includes(id)) set((s) => ({ gateQueue: [...s.gateQueue, id] }));
}

export async function answerGate(id: string, answer: GateAnswer): Promise<void> {
  set((s) => ({ gateQueue: s.gateQueue.filter((x) => x !== id) }));
  const o = get().data.objectives.get(id);
  if (!o || o.gate === answer) return;
  if (await updateObjective(id, { gate: answer })) {
    if (SHELF_ANSWERS.includes(answer)) {
      set({ notice: `“${o.title}” moved to the Health & Hygiene shelf: it stays visible but never counts toward cascade progress.` });
      select(o.parentId, true);
    } else select(id, true);
  }
}

export async function dismissFinding(subjectId: string, rule: string, reason: string): Promise<void> {
  const d = await call('dismissFinding', { subjectId, rule, reason });
  if (d) set((s) => ({ dismissals: { ...s.dismissals, [dismissalKey(subjectId, rule)]: d } }));
}

export async function restoreFinding(subjectId: string, rule: string): Promise<void> {
  if ((await call('undismissFinding', { subjectId, rule })) === undefined) return;
  set((s) => {
    const dismissals = { ...s.dismissals };
    delete dismissals[dismissalKey(subjectId, rule)];
    return { dismissals };
  });
}

/** Makes a branch the temporary root (null: the whole plan again). */
export function focusBranch(id: string | null): void {
  set(withGraph(get().data, get().collapsed, id));
  if (id) select(id, true);
}

export function setFilters(patch: Partial<Filters>): void {
  set((s) => ({ filters: { ...s.filters, ...patch } }));
}

function readFlag(key: string, on: string): boolean {
  try {
    return globalThis.localStorage?.getItem(key) === on;
  } catch {
    return false; // storage refused (private mode): the default
  }
}

function remember(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // Not remembered, still switched.
  }
}

/**
 * Switches between full cards and the titles-only view, and remembers it. The cards are laid out
 * again (their heights change); "fit to view" after it shows the whole plan in the new shape.
 */
export function toggleCompact(): void {
  const compact = !get().compact;
  remember(COMPACT_KEY, compact ? 'titles' : 'full');
  relayout(compact);
}

/** Shows or hides the overview map, and remembers it for the next start. */
export function toggleOverviewMap(): void {
  const hidden = !get().mapHidden;
  set({ mapHidden: hidden });
  remember(MAP_KEY, hidden ? 'hidden' : 'shown');
}

export function toggleFilters(): void {
  set((s) => ({ filtersOpen: !s.filtersOpen, filters: s.filtersOpen ? NO_FILTERS : s.filters }));
}

export function showPanel(panel: Panel | null): void {
  set((s) => ({ panel: s.panel === panel ? null : panel }));
}

export function dismissNotice(): void {
  set({ notice: null });
}
