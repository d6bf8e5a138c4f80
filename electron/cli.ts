import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type ImportResult, parseCsv, parseJson, parseMarkdown } from '../shared/formats';
import { EXPORT_FORMATS, ExportRequest, PAPERS } from '../shared/ipc';
import { PlanError } from './db/errors';
import { openPlanDb } from './db/open';
import { PlanRepo } from './db/repo';
import { runExport } from './export';
import { userDataDir } from './paths';
import { PlanSession } from './session';

const USAGE = `Usage:
  cascade export <plan.cascade> --format ${EXPORT_FORMATS.join('|')} --out <path>
                 [--paper ${PAPERS.join('|')}] [--landscape] [--mode fit|atlas|auto|poster] [--sheets <cols>x<rows>]
                 [--focus <objectiveId>]
                 [--appendix shelf,findings]
  cascade import <file> --into <plan.cascade> [--format json|csv|md] [--under <objectiveId>]`;

/** A failure the user can act on: printed as one line, exit code 1. */
class CliError extends Error {}

const IMPORTERS: Record<string, (text: string) => ImportResult> = { json: parseJson, csv: parseCsv, md: parseMarkdown };
const EXTENSIONS: Record<string, string> = { '.json': 'json', '.csv': 'csv', '.md': 'md', '.markdown': 'md', '.txt': 'md' };

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) throw new CliError(`${flag} must be one of ${allowed.join(', ')}, not “${value}”.`);
  return value as T;
}

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
  const session = new PlanSession(userDataDir());
  session.open(planFile);
  try {
    const out = await runExport(session.snapshot(), request);
    const target = path.resolve(values.out);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const tmp = `${target}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, out.bytes);
    fs.renameSync(tmp, target);
    return `Wrote ${target}${out.pages ? ` (${out.pages} page${out.pages === 1 ? '' : 's'})` : ''}.${out.notice ? ` ${out.notice}` : ''}`;
  } finally {
    session.close();
  }
}

function importCommand(args: string[]): string {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { into: { type: 'string' }, format: { type: 'string' }, under: { type: 'string' } },
  });
  const [source] = positionals;
  if (!source || positionals.length > 1) throw new CliError('import takes exactly one file to read.');
  if (!values.into) throw new CliError('--into <plan.cascade> is required.');
  const format = oneOf(values.format, ['json', 'csv', 'md'] as const, '--format') ?? EXTENSIONS[path.extname(source).toLowerCase()];
  if (!format) throw new CliError(`Cannot tell the format of “${path.basename(source)}”: use --format json, csv or md.`);
  let text: string;
  try {
    text = fs.readFileSync(source, 'utf8');
  } catch (err) {
    throw new CliError(`Cannot read “${source}”: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}.`);
  }
  const parsed = IMPORTERS[format]!(text);
  if (parsed.errors.length) {
    throw new CliError(parsed.errors.map((e) => `${path.basename(source)}: ${e.line ? `line ${e.line}: ` : ''}${e.message}`).join('\n'));
  }
  if (parsed.objectives.length === 0) throw new CliError(`“${path.basename(source)}” holds no objectives.`);
  const db = openPlanDb(path.resolve(values.into), { create: true });
  try {
    const result = new PlanRepo(db).importPlan(values.under ?? null, parsed.objectives, parsed.keyResults, parsed.dismissals);
    return `Imported ${result.objectives.length} objectives and ${result.keyResults.length} key results into ${path.resolve(values.into)}.`;
  } finally {
    db.close();
  }
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'export') console.log(await exportCommand(rest));
    else if (command === 'import') console.log(importCommand(rest));
    else if (command === '--help' || command === '-h' || command === 'help') console.log(USAGE);
    else throw new CliError(command ? `Unknown command “${command}”.\n${USAGE}` : USAGE);
    return 0;
  } catch (err) {
    const message = err instanceof CliError || err instanceof PlanError ? err.message : `cascade: ${(err as Error).message}`;
    process.stderr.write(`${message.split('\n').map((l) => (l.startsWith('cascade') ? l : `cascade: ${l}`)).join('\n')}\n`);
    return 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  void main(process.argv.slice(2)).then((code) => process.exit(code));
}
