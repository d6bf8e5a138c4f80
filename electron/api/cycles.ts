import { KR_KEYS, OBJECTIVE_KEYS } from '../db/columns';
import { comparisonExport } from '../export/comparison';
import type { FinishedExports } from '../export/finished';
import { tableOf } from '../../shared/rows';
import type { ApiContext, HandlersOf } from './context';

const asRows = (records: readonly object[], keys: readonly string[]): unknown[][] => records.map((r) => keys.map((k) => (r as Record<string, unknown>)[k]));

/**
 * Snapshots, cycles and comparisons. Taking a snapshot, closing a cycle and starting the next are
 * records, not edits: they are not in Undo (a closed cycle can never change), but every window
 * hears of them.
 */
export function cycleHandlers(
  { session }: ApiContext,
  finished: FinishedExports,
): HandlersOf<'listSnapshots' | 'takeSnapshot' | 'readSnapshot' | 'comparePlan' | 'exportComparison' | 'closeCycle' | 'startNextCycle'> {
  const recorded =
    <A, R>(run: (arg: A) => R) =>
    (arg: A, origin: string | null): R => {
      const out = run(arg);
      session.noteEdit();
      session.changed(origin);
      return out;
    };
  return {
    listSnapshots: () => ({ snapshots: session.cycles.snapshots.list(), cycles: session.cycles.list() }),
    takeSnapshot: recorded((a) => session.writableCycles.takeSnapshot(a.name, a.kind)),
    readSnapshot: (a) => {
      const s = session.cycles.snapshots.read(a.name);
      // Only the name: reading (and measuring) every row of the live plan is not needed here.
      const meta = session.meta();
      return {
        meta: { ...meta, name: `${meta.name} — ${a.name}` },
        objectives: tableOf(asRows(s.objectives, OBJECTIVE_KEYS), OBJECTIVE_KEYS),
        keyResults: tableOf(asRows(s.keyResults, KR_KEYS), KR_KEYS),
        dismissals: s.dismissals,
      };
    },
    comparePlan: (a) => session.compare(a.from, a.to),
    // Like any export: the file waits in the backend until it is saved or downloaded by its job id.
    exportComparison: async (a) => {
      const out = await comparisonExport(session.compare(a.from, a.to), a);
      finished.keep(a.jobId, { fileName: out.fileName, mime: out.mime, bytes: out.bytes });
      return { fileName: out.fileName, mime: out.mime, bytes: out.bytes.length, ...(out.pages ? { pages: out.pages } : {}) };
    },
    closeCycle: recorded((a) => session.writableCycles.close(a.name)),
    startNextCycle: recorded((a) => session.writableCycles.next(a.name, a.carry)),
  };
}
