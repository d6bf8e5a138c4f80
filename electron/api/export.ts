import type { Output, ParsedInput } from '../../shared/ipc';
import { PlanError } from '../db/errors';
import { runExport } from '../export';
import { Jobs } from '../export/jobs';
import type { ApiContext, HandlersOf } from './context';

/** What only a desktop shell can do; browser mode saves through the browser's own download. */
export interface ShellServices {
  saveExport(arg: ParsedInput<'saveExport'>): Promise<Output<'saveExport'>>;
}

export const noShell: ShellServices = {
  saveExport: async () => {
    throw new PlanError('io', 'Saving an export is done by the browser in browser mode.');
  },
};

export function exportHandlers({ session }: ApiContext, shell: ShellServices): HandlersOf<'exportPlan' | 'exportProgress' | 'cancelExport' | 'saveExport'> {
  const jobs = new Jobs();
  return {
    exportPlan: async (a) => {
      const out = await jobs.run(a.jobId, (ctl) => runExport(session.snapshot(), a, ctl));
      return {
        fileName: out.fileName,
        mime: out.mime,
        base64: out.bytes.toString('base64'),
        ...(out.notice ? { notice: out.notice } : {}),
        ...(out.pages ? { pages: out.pages } : {}),
      };
    },
    exportProgress: (a) => jobs.progress(a.jobId),
    cancelExport: (a) => jobs.cancel(a.jobId),
    saveExport: (a) => shell.saveExport(a),
  };
}
