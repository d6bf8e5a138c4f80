import type { Edge } from '@xyflow/react';
import { create } from 'zustand';
import type { DeletedKeyResult, Envelope, Input, Method, Output } from '../shared/ipc';
import type { KeyResultPatch, ObjectivePatch, PlanMeta } from '../shared/model';
import { ROOT } from '../shared/tree';
import { api } from './api';
import { type CardNode, buildGraph } from './layoutNodes';
import {
  type PlanData,
  fromSnapshot,
  isInside,
  rollupAllData,
  rollupPath,
  withKeyResult,
  withObjective,
  withSubtree,
  withoutKeyResult,
  withoutSubtree,
} from './planData';

export type Editing = { kind: 'objective-title' | 'kr-title' | 'kr-value' | 'kr-target'; id: string } | null;

interface Command {
  label: string;
  undo(): Promise<boolean>;
  redo(): Promise<boolean>;
}

export interface PlanState {
  phase: 'loading' | 'ready' | 'failed';
  meta: PlanMeta | null;
  data: PlanData;
  rollup: Record<string, number | null>;
  collapsed: Record<string, boolean>;
  nodes: CardNode[];
  edges: Edge[];
  selectedId: string | null;
  /** Bumped whenever keyboard focus should move to the selected card. */
  focusTick: number;
  editing: Editing;
  pending: number;
  saveError: string | null;
  notice: string | null;
  undoStack: Command[];
  redoStack: Command[];
}

const EMPTY: PlanData = { objectives: {}, krs: {}, childIds: { [ROOT]: [] }, krIds: {} };

export const useStore = create<PlanState>(() => ({
  phase: 'loading',
  meta: null,
  data: EMPTY,
  rollup: {},
  collapsed: {},
  nodes: [],
  edges: [],
  selectedId: null,
  focusTick: 0,
  editing: null,
  pending: 0,
  saveError: null,
  notice: null,
  undoStack: [],
  redoStack: [],
}));

const get = useStore.getState;
const set = useStore.setState;

/** Calls the backend; the UI counts the call as saved only once the backend has committed it. */
async function call<K extends Method>(method: K, arg: Input<K>): Promise<Output<K> | undefined> {
  set((s) => ({ pending: s.pending + 1 }));
  const invoke = api[method] as (a: Input<K>) => Promise<Envelope<Output<K>>>;
  const result = await invoke(arg);
  set((s) => ({ pending: s.pending - 1 }));
  if (!result.ok) {
    set({ saveError: result.error.message, notice: result.error.message });
    return undefined;
  }
  set({ saveError: null });
  return result.value as Output<K>;
}

/** Rebuilds roll-ups and the layout after a change of structure or card size. */
function withGraph(data: PlanData, collapsed = get().collapsed): Partial<PlanState> {
  return { data, collapsed, rollup: rollupAllData(data), ...buildGraph(data, collapsed, null) };
}

export async function loadPlan(): Promise<void> {
  const result = await api.getPlan(undefined);
  if (!result.ok) {
    set({ phase: 'failed', notice: result.error.message });
    return;
  }
  const { meta, objectives, keyResults } = result.value;
  const data = fromSnapshot(objectives, keyResults);
  const first = data.childIds[ROOT]?.[0] ?? null;
  set({
    phase: 'ready',
    meta,
    ...withGraph(data, {}),
    selectedId: first,
    editing: null,
    undoStack: [],
    redoStack: [],
    saveError: null,
    notice: null,
  });
  document.title = `${meta.name} — Cascade Planner`;
}

function record(cmd: Command): void {
  set((s) => ({ undoStack: [...s.undoStack.slice(-199), cmd], redoStack: [] }));
}

export async function undo(): Promise<void> {
  const cmd = get().undoStack.at(-1);
  if (!cmd || get().pending > 0) return;
  set((s) => ({ undoStack: s.undoStack.slice(0, -1) }));
  if (await cmd.undo()) set((s) => ({ redoStack: [...s.redoStack, cmd], notice: `Undid ${cmd.label}` }));
}

export async function redo(): Promise<void> {
  const cmd = get().redoStack.at(-1);
  if (!cmd || get().pending > 0) return;
  set((s) => ({ redoStack: s.redoStack.slice(0, -1) }));
  if (await cmd.redo()) set((s) => ({ undoStack: [...s.undoStack, cmd], notice: `Redid ${cmd.label}` }));
}

// ---- Objectives -------------------------------------------------------------------------------

async function patchObjective(id: string, patch: ObjectivePatch): Promise<boolean> {
  const o = await call('updateObjective', { id, patch });
  if (!o) return false;
  const data = withObjective(get().data, o);
  set('title' in patch ? withGraph(data) : { data });
  return true;
}

export async function updateObjective(id: string, patch: ObjectivePatch): Promise<boolean> {
  const before = get().data.objectives[id];
  if (!before) return false;
  const old = Object.fromEntries(Object.keys(patch).map((k) => [k, before[k as keyof ObjectivePatch]])) as ObjectivePatch;
  if (!(await patchObjective(id, patch))) return false;
  record({ label: 'the edit', undo: () => patchObjective(id, old), redo: () => patchObjective(id, patch) });
  return true;
}

async function restore(sub: Output<'deleteObjective'>): Promise<boolean> {
  if ((await call('restoreSubtree', sub)) === undefined) return false;
  set(withGraph(withSubtree(get().data, sub)));
  select(sub.objectives[0]!.id, true);
  return true;
}

async function remove(id: string): Promise<Output<'deleteObjective'> | undefined> {
  const o = get().data.objectives[id];
  const sub = await call('deleteObjective', { id });
  if (!sub || !o) return undefined;
  const data = get().data;
  const siblings = data.childIds[o.parentId ?? ROOT] ?? [];
  const i = siblings.indexOf(id);
  const next = siblings[i + 1] ?? siblings[i - 1] ?? o.parentId;
  set({ ...withGraph(withoutSubtree(data, sub)), editing: null });
  select(next ?? null, true);
  return sub;
}

/** Creates an objective under `parentId` at `index` and opens its title for typing. */
export async function addObjective(parentId: string | null, index?: number): Promise<void> {
  const created = await call('createObjective', { parentId, index, title: '' });
  if (!created) return;
  const collapsed = parentId ? { ...get().collapsed, [parentId]: false } : get().collapsed;
  set({ ...withGraph(withObjective(get().data, created, index), collapsed), editing: { kind: 'objective-title', id: created.id } });
  select(created.id, false);
  let deleted: Output<'deleteObjective'> | undefined;
  record({
    label: 'adding an objective',
    undo: async () => (deleted = await remove(created.id)) !== undefined,
    redo: async () => (deleted ? restore(deleted) : false),
  });
}

export async function addChild(id: string | null): Promise<void> {
  await addObjective(id);
}

export async function addSibling(id: string): Promise<void> {
  const o = get().data.objectives[id];
  if (!o) return;
  const siblings = get().data.childIds[o.parentId ?? ROOT] ?? [];
  await addObjective(o.parentId, siblings.indexOf(id) + 1);
}

export async function deleteObjective(id: string): Promise<void> {
  let sub = await remove(id);
  if (!sub) return;
  const title = sub.objectives[0]!.title || 'untitled objective';
  set({ notice: `Deleted “${title}”${sub.objectives.length > 1 ? ` and ${sub.objectives.length - 1} objectives below it` : ''}. Press Ctrl+Z to undo.` });
  record({
    label: `deleting “${title}”`,
    undo: async () => (sub ? restore(sub) : false),
    redo: async () => (sub = await remove(id)) !== undefined,
  });
}

async function moveRaw(id: string, parentId: string | null, index: number) {
  const old = await call('moveObjective', { id, parentId, index });
  if (!old) return undefined;
  const o = get().data.objectives[id]!;
  const collapsed = parentId ? { ...get().collapsed, [parentId]: false } : get().collapsed;
  set(withGraph(withObjective(get().data, { ...o, parentId }, index), collapsed));
  select(id, true);
  return old;
}

/** Re-parents (or reorders) an objective; a move into its own branch is refused before asking. */
export async function moveObjective(id: string, parentId: string | null, index: number): Promise<void> {
  if (parentId !== null && isInside(get().data, parentId, id)) {
    set({ notice: 'An objective cannot move under itself or one of its own children.' });
    return;
  }
  const old = await moveRaw(id, parentId, index);
  if (!old) return;
  record({
    label: 'the move',
    undo: async () => (await moveRaw(id, old.parentId, old.index)) !== undefined,
    redo: async () => (await moveRaw(id, parentId, index)) !== undefined,
  });
}

// ---- Key results ------------------------------------------------------------------------------

async function patchKr(id: string, patch: KeyResultPatch): Promise<boolean> {
  const kr = await call('updateKeyResult', { id, patch });
  if (!kr) return false;
  const data = withKeyResult(get().data, kr);
  if ('title' in patch) set(withGraph(data));
  else set({ data, rollup: rollupPath(data, kr.objectiveId, get().rollup) });
  return true;
}

export async function updateKeyResult(id: string, patch: KeyResultPatch): Promise<boolean> {
  const before = get().data.krs[id];
  if (!before) return false;
  const old = Object.fromEntries(Object.keys(patch).map((k) => [k, before[k as keyof KeyResultPatch]])) as KeyResultPatch;
  if (!(await patchKr(id, patch))) return false;
  record({ label: 'the key result edit', undo: () => patchKr(id, old), redo: () => patchKr(id, patch) });
  return true;
}

async function removeKr(id: string) {
  const res = await call('deleteKeyResult', { id });
  if (!res) return undefined;
  let data = withoutKeyResult(get().data, res.keyResult);
  for (const o of res.linked) data = withObjective(data, { ...data.objectives[o]!, parentKrId: null });
  set({ ...withGraph(data), editing: null });
  return res;
}

async function restoreKr(removed: DeletedKeyResult): Promise<boolean> {
  if ((await call('restoreKeyResult', removed)) === undefined) return false;
  let data = withKeyResult(get().data, removed.keyResult, removed.index);
  for (const id of removed.linked) data = withObjective(data, { ...data.objectives[id]!, parentKrId: removed.keyResult.id });
  set(withGraph(data));
  return true;
}

export async function addKeyResult(objectiveId: string): Promise<void> {
  const kr = await call('createKeyResult', { objectiveId, title: '' });
  if (!kr) return;
  set({ ...withGraph(withKeyResult(get().data, kr)), selectedId: objectiveId, editing: { kind: 'kr-title', id: kr.id } });
  let removed: Awaited<ReturnType<typeof removeKr>>;
  record({
    label: 'adding a key result',
    undo: async () => (removed = await removeKr(kr.id)) !== undefined,
    redo: async () => (removed ? restoreKr(removed) : false),
  });
}

export async function deleteKeyResult(id: string): Promise<void> {
  let removed = await removeKr(id);
  if (!removed) return;
  const { keyResult } = removed;
  select(keyResult.objectiveId, true);
  set({ notice: `Deleted key result “${keyResult.title || 'untitled'}”. Press Ctrl+Z to undo.` });
  record({
    label: 'deleting a key result',
    undo: () => (removed ? restoreKr(removed) : Promise.resolve(false)),
    redo: async () => (removed = await removeKr(id)) !== undefined,
  });
}

// ---- View state -------------------------------------------------------------------------------

export function select(id: string | null, focus: boolean): void {
  set((s) => ({ selectedId: id, focusTick: focus ? s.focusTick + 1 : s.focusTick }));
}

export function setEditing(editing: Editing): void {
  set({ editing });
}

export function toggleCollapsed(id: string): void {
  const collapsed = { ...get().collapsed, [id]: !get().collapsed[id] };
  set(withGraph(get().data, collapsed));
}

/** Puts every card back where the layout says (after a drag that did not move anything). */
export function relayout(): void {
  set(withGraph(get().data));
}

export function dismissNotice(): void {
  set({ notice: null });
}
