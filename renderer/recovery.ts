import type { Envelope } from '../shared/ipc';
import { api } from './api';
import { loadPlan, useStore } from './store';

/**
 * What the user can do about a plan that cannot be trusted: put a backup back, copy what can be
 * read into a new plan, or look at it read-only. Each reloads the plan and says what happened.
 */
async function then<T>(result: Envelope<T>, say: (value: T) => string): Promise<boolean> {
  if (!result.ok) {
    useStore.setState({ notice: result.error.message });
    return false;
  }
  const notice = say(result.value);
  useStore.setState({ phase: 'loading', problem: null, dialog: null });
  await loadPlan();
  useStore.setState({ notice });
  return true;
}

export const formatWhen = (iso: string): string =>
  new Date(iso).toLocaleString(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' });

export async function restoreBackup(name: string, takenAt: string): Promise<boolean> {
  return then(await api.restoreBackup({ name }), () => `Restored the backup of ${formatWhen(takenAt)}.`);
}

export async function restoreNewest(): Promise<boolean> {
  const list = await api.listBackups(undefined);
  if (!list.ok || list.value.backups.length === 0) {
    useStore.setState({ notice: list.ok ? 'There is no backup of this plan yet.' : list.error.message });
    return false;
  }
  const newest = list.value.backups[0]!;
  return restoreBackup(newest.name, newest.takenAt);
}

const of = (n: { saved: number; found: number | null }) => (n.found === null ? `${n.saved}` : `${n.saved} of ${n.found}`);

export async function recoverPlan(): Promise<boolean> {
  return then(
    await api.recoverPlan(undefined),
    (r) => `Recovered ${of(r.objectives)} objectives and ${of(r.keyResults)} key results into a new plan, “${r.file.split(/[\\/]/).pop()}”. The damaged file was not changed.`,
  );
}

export async function openReadOnly(): Promise<boolean> {
  return then(await api.openReadOnly(undefined), (s) => s.readOnly ?? 'Opened read-only.');
}
