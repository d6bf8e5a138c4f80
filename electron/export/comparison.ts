import type { DiffReport } from '../../shared/diff';
import type { Paper } from './pdf/paper';
import { comparisonPdf } from './pdf/comparison';

/** A comparison of two states of a plan as a file: the JSON every tool can read, or a PDF section. */
export async function comparisonExport(
  report: DiffReport,
  opts: { format: 'pdf' | 'json'; paper: Paper; landscape: boolean },
): Promise<{ bytes: Buffer; mime: string; fileName: string; pages?: number }> {
  const base = `${report.plan} – changes ${report.from.name} to ${report.to.name}`.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_');
  if (opts.format === 'json') return { bytes: Buffer.from(`${JSON.stringify(report, null, 2)}\n`, 'utf8'), mime: 'application/json', fileName: `${base}.json` };
  const { bytes, pages } = await comparisonPdf(report, opts);
  return { bytes, mime: 'application/pdf', fileName: `${base}.pdf`, pages };
}
