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

export const IMPORT_USAGE = `cascade import <file> [--into <plan.cascade>|<folder>] [--format ${IMPORT_FORMATS.join('|')}] [--under <objectiveId>] [--strict]`;

/** A plan's name as a file name: the characters no file system takes become "-". */
const fileNameOf = (name: string): string =>
  name
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-')
    .replace(/^[\s.-]+|[\s.]+$/g, '')
    .slice(0, 120);

/**
 * Where an import goes: the plan file `--into` names, or — when `--into` is a folder, or missing
 * (the current folder) — a new plan named as the file names its plan (front matter `title:`, the
 * first `# H1`, JSON `name`), else after the file. A new plan never replaces a file that is there.
 */
function targetOf(into: string | undefined, planName: string | null, source: string): string {
  if (into !== undefined && !(fs.existsSync(into) && fs.statSync(into).isDirectory())) return path.resolve(into);
  const base = fileNameOf(planName?.trim() ?? '') || fileNameOf(path.basename(source, path.extname(source))) || 'Imported plan';
  const target = path.resolve(into ?? '.', `${base}.cascade`);
  if (fs.existsSync(target)) throw new CliError(`“${target}” is already there; name the plan to import into with --into <plan.cascade>.`);
  return target;
}

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
  const target = targetOf(values.into, parsed.name, source);
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
    return `Imported ${result.objectives.length} objectives and ${result.keyResults.length} key results into ${target}.${notes}`;
  } finally {
    closePlanDb(db);
  }
}
