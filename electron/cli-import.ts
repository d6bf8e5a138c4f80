import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { IMPORT_FORMATS, detectFormat, readImport } from '../shared/formats';
import { CliError, oneOf } from './cli-args';
import { backupDir, takeBackup } from './db/backups';
import { closePlanDb, openPlanDb } from './db/open';
import { PlanRepo } from './db/repo';
import { UndoLog } from './db/undo';
import { importLabel } from './labels';
import { userDataDir } from './paths';

export const IMPORT_USAGE = `cascade import <file> --into <plan.cascade> [--format ${IMPORT_FORMATS.join('|')}] [--under <objectiveId>] [--strict]`;

/**
 * `cascade import`: reads the file whole, prints every warning to stderr with its line, and writes
 * the plan in one transaction — or, when the file has errors (or warnings under --strict), writes
 * nothing at all.
 */
export async function importCommand(args: string[]): Promise<string> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { into: { type: 'string' }, format: { type: 'string' }, under: { type: 'string' }, strict: { type: 'boolean', default: false } },
  });
  const [source] = positionals;
  if (!source || positionals.length > 1) throw new CliError('import takes exactly one file to read.');
  if (!values.into) throw new CliError('--into <plan.cascade> is required.');
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(source);
  } catch (err) {
    throw new CliError(`Cannot read “${source}”: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}.`);
  }
  const name = path.basename(source);
  const format = oneOf(values.format, IMPORT_FORMATS, '--format') ?? detectFormat(name, bytes);
  const parsed = await readImport(bytes, format, () => import('exceljs'));
  for (const w of parsed.warnings) process.stderr.write(`cascade: warning: ${name}: ${w.message}\n`);
  if (parsed.errors.length) throw new CliError(parsed.errors.map((e) => `${name}: ${e.message}`).join('\n'));
  if (parsed.objectives.length === 0) throw new CliError(`“${name}” holds no objectives.`);
  if (values.strict && parsed.warnings.length) {
    const n = parsed.warnings.length;
    throw new CliError(`${name}: ${n} warning${n === 1 ? '' : 's'} and --strict: nothing was imported.`);
  }
  const target = path.resolve(values.into);
  const existed = fs.existsSync(target);
  const db = openPlanDb(target, { create: true });
  try {
    // As in the app: a verified backup before every import into an existing plan.
    if (existed) takeBackup(db, backupDir(userDataDir(), target), 'import');
    // One command in the plan's undo history, so an open app can take the import back with Undo.
    const repo = new PlanRepo(db);
    const result = new UndoLog(db).record(
      (r) => importLabel(r.objectives.length, r.keyResults.length),
      () => repo.importPlan(values.under ?? null, parsed.objectives, parsed.keyResults, parsed.dismissals),
    );
    const notes = parsed.warnings.length ? ` ${parsed.warnings.length} warning${parsed.warnings.length === 1 ? '' : 's'} above.` : '';
    return `Imported ${result.objectives.length} objectives and ${result.keyResults.length} key results into ${path.resolve(values.into)}.${notes}`;
  } finally {
    closePlanDb(db);
  }
}
