import { NOW, diffMarks, diffPlans, diffSummary } from '../shared/diff';
import type { CarryChoices } from '../shared/cycles';
import type { KeyResult, Objective } from '../shared/model';
import { snapshotFromRows } from '../shared/rows';
import { api } from './api';
import { fromSnapshot } from './planData';
import { loadPlan, reloadData, select, useStore, withGraph } from './store';

const get = useStore.getState;
const set = useStore.setState;

type State = { objectives: Objective[]; keyResults: KeyResult[] };

const said = (name: string) => (name === NOW ? 'now' : `“${name}”`);

/** A side of a comparison: a snapshot's records, or the plan as it is now (read again, not the graph's copy). */
async function stateOf(name: string): Promise<State | string> {
  const result = name === NOW ? await api.getPlan(undefined) : await api.readSnapshot({ name });
  if (!result.ok) return result.error.message;
  const { objectives, keyResults } = snapshotFromRows(result.value);
  return { objectives, keyResults };
}

/** Refreshes the top bar's read-only reason (a closed cycle says so). */
async function refreshStatus(): Promise<void> {
  const status = await api.planStatus(undefined);
  if (status.ok) set({ readOnly: status.value.readOnly });
}

/**
 * Shows the comparison on the graph: the later state's cards, the removed ones as ghosts under
 * their old parents, every card marked, key results as before → after. Read-only until Esc.
 */
export async function enterCompare(from: string, to: string = NOW): Promise<boolean> {
  if (get().compare) await leaveCompare();
  const [before, after] = await Promise.all([stateOf(from), stateOf(to)]);
  if (typeof before === 'string' || typeof after === 'string') {
    set({ notice: typeof before === 'string' ? before : (after as string) });
    return false;
  }
  const diff = diffPlans(before, after);
  const removed = new Set(diff.removed.map((o) => o.id));
  const ghosts = before.objectives.filter((o) => removed.has(o.id));
  const ghostKrs = before.keyResults.filter((k) => removed.has(k.objectiveId));
  const label = `${said(from)} → ${said(to)}`;
  set({
    ...withGraph(fromSnapshot([...after.objectives, ...ghosts], [...after.keyResults, ...ghostKrs])),
    compare: {
      label: `the comparison ${label}`,
      from,
      to,
      diff,
      summary: diffSummary(diff),
      marks: diffMarks(diff),
      krs: new Map(diff.keyResults.values.map((v) => [v.id, v])),
      before: new Map(diff.retitled.map((r) => [r.id, r.before])),
    },
    readOnly: `Comparing ${label}: read-only. Press Esc to go back to the plan.`,
    editing: null,
    dialog: null,
  });
  return true;
}

/** Shows one snapshot (a closed cycle, say) on the graph as it was, read-only until Esc. */
export async function viewSnapshot(name: string): Promise<boolean> {
  if (get().compare) await leaveCompare();
  const state = await stateOf(name);
  if (typeof state === 'string') return (set({ notice: state }), false);
  set({
    ...withGraph(fromSnapshot(state.objectives, state.keyResults)),
    compare: { label: `the snapshot “${name}”`, from: name, to: name, diff: null, summary: `The plan as it was in “${name}”`, marks: new Map(), krs: new Map(), before: new Map() },
    readOnly: `Viewing “${name}”: read-only. Press Esc to go back to the plan.`,
    editing: null,
    dialog: null,
  });
  return true;
}

/** Back to the plan as it is, with the view, selection and history kept. */
export async function leaveCompare(): Promise<void> {
  if (!get().compare) return;
  set({ compare: null });
  await reloadData();
  await refreshStatus();
  const { selectedId, data } = get();
  if (selectedId && !data.objectives.has(selectedId)) select(data.childIds.get('')?.[0] ?? null, true);
}

/** Records the plan now under `name`; resolves with an error message, or null when taken. */
export async function takeSnapshot(name: string): Promise<string | null> {
  const result = await api.takeSnapshot({ name, kind: 'user' });
  if (!result.ok) return result.error.message;
  set({ notice: `Took the snapshot “${result.value.name}” (${result.value.objectives} objectives).` });
  return null;
}

/** Closes the current cycle: the plan is reloaded read-only, its final values recorded. */
export async function closeCycle(name: string): Promise<string | null> {
  const result = await api.closeCycle(name.trim() ? { name } : {});
  if (!result.ok) return result.error.message;
  await loadPlan();
  await refreshStatus();
  set({ notice: `Closed “${result.value.name}”. Its final values are kept in the snapshot “${result.value.snapshot}”.` });
  return null;
}

export async function startNextCycle(name: string, carry: CarryChoices): Promise<string | null> {
  const result = await api.startNextCycle({ name, carry });
  if (!result.ok) return result.error.message;
  await loadPlan();
  await refreshStatus();
  set({ notice: `Started “${result.value.name}”. The previous cycle can still be viewed from Cycles….` });
  return null;
}

/** The comparison as a file: the shell's save dialog, or the browser's download. */
export async function exportComparison(from: string, to: string, format: 'pdf' | 'json'): Promise<string | null> {
  const jobId = crypto.randomUUID();
  const result = await api.exportComparison({ jobId, from, to, format });
  if (!result.ok) return result.error.message;
  const saved = await api.saveExport({ jobId, fileName: result.value.fileName, open: false });
  if (!saved.ok) return saved.error.message;
  if (saved.value.saved) set({ notice: `Saved ${saved.value.saved}.` });
  return null;
}
