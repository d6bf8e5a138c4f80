import { PlanError } from '../db/errors';
import type { FinishedExports } from '../export/finished';
import { Jobs } from '../export/jobs';
import type { ExportRunner } from '../export/thread';
import type { ApiContext, HandlersOf } from './context';

/**
 * Exports run in the backend, as jobs the renderer watches and can cancel; `runExport` is given the
 * plan as it is now (the backend runs it in a thread of its own, so edits go on). A finished one
 * waits in `finished` until the shell asks the backend to write it where the user chose, or
 * browser mode streams it as a download: its bytes never cross the renderer.
 */
export function exportHandlers({ session }: ApiContext, finished: FinishedExports, runExport: ExportRunner): HandlersOf<'exportPlan' | 'exportProgress' | 'cancelExport' | 'saveExport'> {
  const jobs = new Jobs();
  return {
    exportPlan: async (a) => {
      const out = await jobs.run(a.jobId, (ctl) => runExport(session.snapshot(), a, ctl));
      finished.keep(a.jobId, { fileName: out.fileName, mime: out.mime, bytes: out.bytes });
      return {
        fileName: out.fileName,
        mime: out.mime,
        bytes: out.bytes.length,
        ...(out.notice ? { notice: out.notice } : {}),
        ...(out.pages ? { pages: out.pages } : {}),
      };
    },
    exportProgress: (a) => jobs.progress(a.jobId),
    cancelExport: (a) => jobs.cancel(a.jobId),
    // The desktop shell answers this itself (its save dialog), then has the backend write the file.
    saveExport: async () => {
      throw new PlanError('io', 'Saving an export is done by the desktop shell, or by the browser in browser mode.');
    },
  };
}
