import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { EXPORT_FORMATS, type Envelope, ExportRequest, type ExportResult, PAPERS } from '../shared/ipc';
import { backendEntry, startBackendThread } from './api/thread';
import { CliError, oneOf } from './cli-args';
import { IMPORT_USAGE, importCommand } from './cli-import';
import { PlanError, describeSqliteError } from './db/errors';
import { backupsCommand, checkCommand, restoreCommand } from './cli/backups';
import { CHECKIN_USAGE, checkinCommand } from './cli/checkin';
import { HISTORY_USAGE, cycleCommand, diffCommand, snapshotCommand } from './cli/history';
import { lintCommand } from './lint';
import { userDataDir } from './paths';

const USAGE = `Usage:
  cascade export <plan.cascade> --format ${EXPORT_FORMATS.join('|')} --out <path>
                 [--paper ${PAPERS.join('|')}] [--landscape] [--mode fit|atlas|auto|poster] [--sheets <cols>x<rows>]
                 [--focus <objectiveId>]
                 [--appendix shelf,findings]
  ${IMPORT_USAGE}
  cascade lint <plan.cascade> [--json]      the coach's findings, by branch (exit 0 when it ran)
  cascade check <plan.cascade>
  cascade backups <plan.cascade>
  cascade restore <plan.cascade> --from <backup>
  ${CHECKIN_USAGE}
  ${HISTORY_USAGE}`;

/** "3x2": 3 sheets across, 2 down (1–8 each). */
function sheetsOf(value: string): { cols: number; rows: number } {
  const m = /^([1-8])\s*[x×]\s*([1-8])$/i.exec(value.trim());
  if (!m) throw new CliError(`--sheets takes columns x rows, each 1 to 8 (e.g. 3x2), not “${value}”.`);
  return { cols: Number(m[1]), rows: Number(m[2]) };
}

async function exportCommand(args: string[]): Promise<string> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      paper: { type: 'string' },
      landscape: { type: 'boolean', default: false },
      mode: { type: 'string' },
      focus: { type: 'string' },
      appendix: { type: 'string' },
      sheets: { type: 'string' },
    },
  });
  const [planFile] = positionals;
  if (!planFile || positionals.length > 1) throw new CliError('export takes exactly one plan file.');
  const format = oneOf(values.format, EXPORT_FORMATS, '--format');
  if (!format) throw new CliError('--format is required.');
  if (!values.out) throw new CliError('--out is required.');
  if (values.sheets !== undefined && values.mode !== 'poster') throw new CliError('--sheets goes with --mode poster.');
  const appendices = new Set((values.appendix ?? '').split(',').filter(Boolean));
  for (const a of appendices) if (a !== 'shelf' && a !== 'findings') throw new CliError(`--appendix takes shelf and/or findings, not “${a}”.`);
  const request = ExportRequest.parse({
    jobId: 'cli',
    format,
    paper: oneOf(values.paper, PAPERS, '--paper') ?? 'A4',
    landscape: values.landscape,
    mode: oneOf(values.mode, ['fit', 'atlas', 'auto', 'poster'] as const, '--mode') ?? 'auto',
    ...(values.sheets === undefined ? {} : { sheets: sheetsOf(values.sheets) }),
    focusId: values.focus ?? null,
    appendices: { shelf: appendices.has('shelf'), findings: appendices.has('findings') },
  });
  // The same backend as the app, in a worker thread; it writes the file itself.
  const backend = startBackendThread(backendEntry(path.dirname(fileURLToPath(import.meta.url))));
  const answer = <T>(envelope: Envelope<T>): T => {
    if (!envelope.ok) throw new PlanError(envelope.error.code, envelope.error.message);
    return envelope.value;
  };
  try {
    // An export only reads: nothing is written to the plan, and no backup is taken.
    answer(await backend.host('open', { dataDir: userDataDir(), file: planFile, readOnly: true, exportsInline: true }));
    const out = answer((await backend.call('exportPlan', request)) as Envelope<ExportResult>);
    const target = answer(await backend.host('writeExport', { jobId: request.jobId, file: path.resolve(values.out) })).file;
    return `Wrote ${target}${out.pages ? ` (${out.pages} page${out.pages === 1 ? '' : 's'})` : ''}.${out.notice ? ` ${out.notice}` : ''}`;
  } finally {
    await backend.stop();
  }
}

/** The one plan file a command takes, plus its options. */
function planArgs(args: string[], options: ParseArgsConfig['options'] = {}) {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options });
  if (positionals.length !== 1) throw new CliError('Give exactly one plan file.');
  return { plan: positionals[0]!, values: values as Record<string, string | undefined> };
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'export') console.log(await exportCommand(rest));
    else if (command === 'import') console.log(await importCommand(rest));
    else if (command === 'check') console.log(checkCommand(planArgs(rest).plan));
    else if (command === 'backups') console.log(backupsCommand(planArgs(rest).plan));
    else if (command === 'restore') {
      const { plan, values } = planArgs(rest, { from: { type: 'string' } });
      if (!values.from) throw new CliError('--from <backup> is required (see: cascade backups <plan>).');
      console.log(restoreCommand(plan, values.from));
    }
    else if (command === 'checkin') console.log(checkinCommand(rest));
    else if (command === 'snapshot') console.log(snapshotCommand(rest));
    else if (command === 'diff') console.log(diffCommand(rest));
    else if (command === 'cycle') console.log(cycleCommand(rest));
    else if (command === 'lint') console.log(lintCommand(rest, (m) => new CliError(m)));
    else if (command === '--help' || command === '-h' || command === 'help') console.log(USAGE);
    else throw new CliError(command ? `Unknown command “${command}”.\n${USAGE}` : USAGE);
    return 0;
  } catch (err) {
    // A refusal of the file's own (a closed cycle, a full disk) is said in words, never SQLite's text.
    const known = err instanceof CliError ? err : describeSqliteError(err, null);
    const message = known ? known.message : `cascade: ${(err as Error).message}`;
    process.stderr.write(`${message.split('\n').map((l) => (l.startsWith('cascade') ? l : `cascade: ${l}`)).join('\n')}\n`);
    return 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  void main(process.argv.slice(2)).then((code) => process.exit(code));
}
