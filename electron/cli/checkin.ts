import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { localDay } from '../../shared/checkins';
import { parseNumber, parseNumberFor } from '../../shared/number';
import { detectSeparator, readCsv } from '../../shared/formats/csv';
import { CliError } from '../cli-args';
import { backupDir, takeBackup } from '../db/backups';
import { type CheckInFields, checkInDay } from '../db/checkins';
import { PlanError } from '../db/errors';
import { closePlanDb, openPlanDb } from '../db/open';
import { UndoLog } from '../db/undo';
import { quote } from '../labels';
import { PlanRepo } from '../db/repo';
import { userDataDir } from '../paths';

export const CHECKIN_USAGE = `cascade checkin <plan.cascade> --kr <keyResultId> --value <v> [--date YYYY-MM-DD] [--note <text>] [--confidence 1-10] [--locale <tag>]
  cascade checkin <plan.cascade> --from <file.csv> [--locale <tag>]   columns kr, value [, date, note, confidence]`;

/**
 * Values are read as in en-US ("85,000", "1.5", "$1.2M") whatever the machine's settings, so a
 * script gives the same result everywhere; --locale de-DE reads "1.500" and "1,5" the German way.
 */
export const DEFAULT_CLI_LOCALE = 'en-US';

type Row = { krId: string } & CheckInFields;

/** Column names a check-in file may use (compared without case, spaces or punctuation). */
const COLUMNS: Record<string, keyof Row> = {
  kr: 'krId',
  krid: 'krId',
  keyresult: 'krId',
  keyresultid: 'krId',
  id: 'krId',
  value: 'value',
  current: 'value',
  date: 'date',
  day: 'date',
  note: 'note',
  comment: 'note',
  confidence: 'confidence',
};
const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** A confidence of 1–10, or what is wrong with it. */
function confidenceOf(text: string | undefined): number | null | string {
  if (text === undefined || text.trim() === '') return null;
  const n = Number(text.trim());
  return Number.isInteger(n) && n >= 1 && n <= 10 ? n : `a confidence is a whole number from 1 to 10, not “${text.trim()}”`;
}

/** One check-in's fields from text, or the problems with them in words. */
function fieldsOf(cells: Partial<Record<keyof Row, string>>, unitOf: (id: string) => string | undefined, today: string, locale: string): Row | string[] {
  const problems: string[] = [];
  const krId = cells.krId?.trim() ?? '';
  const unit = krId ? unitOf(krId) : undefined;
  if (!krId) problems.push('no key result id');
  else if (unit === undefined) problems.push(`no key result “${krId}” in this plan`);
  // As the app reads a typed value; a unit other than the KR's ("88%" for a $ KR) is refused (for
  // an unknown KR there is no unit to compare with, and its id is the problem already said).
  const read = unit === undefined ? parseNumber(cells.value ?? '', locale) : parseNumberFor(cells.value ?? '', unit, locale);
  const value = read.ok ? read.value : undefined;
  if (!read.ok) problems.push(cells.value?.trim() ? read.reason : 'no value');
  let date: string | undefined;
  if (cells.date?.trim()) {
    try {
      date = checkInDay(cells.date, today);
    } catch (err) {
      problems.push((err as Error).message.replace(/ Nothing was changed\.$/, '').replace(/\.$/, ''));
    }
  }
  const confidence = confidenceOf(cells.confidence);
  if (typeof confidence === 'string') problems.push(confidence);
  if (problems.length) return problems;
  return { krId, value: value!, date, note: cells.note?.trim() ?? '', confidence: confidence as number | null };
}

/** Reads a check-in file: a header naming its columns, or plain kr, value[, date, note] rows. */
export function readCheckInCsv(text: string, unitOf: (id: string) => string | undefined, today = localDay(), locale = DEFAULT_CLI_LOCALE): { rows: Row[]; errors: string[] } {
  const sep = detectSeparator(text);
  const { records, unterminated } = readCsv(text.replace(/^\uFEFF/, ''), sep);
  if (unterminated) return { rows: [], errors: [`row ${unterminated.record + 1} (line ${unterminated.line}): a quoted cell is never closed, so the file was cut short or is not a CSV`] };
  const filled = records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (filled.length === 0) return { rows: [], errors: ['the file holds no check-ins'] };
  const header = filled[0]!.cells.map((c) => COLUMNS[norm(c)]);
  const named = header.includes('krId') && header.includes('value');
  const unknown = named ? filled[0]!.cells.filter((c, i) => c.trim() && header[i] === undefined) : [];
  if (unknown.length) return { rows: [], errors: [`the header names columns this command does not know: ${unknown.map((c) => `“${c}”`).join(', ')} (use kr, value, date, note, confidence)`] };
  const order: (keyof Row | undefined)[] = named ? header : ['krId', 'value', 'date', 'note', 'confidence'];
  const rows: Row[] = [];
  const errors: string[] = [];
  for (const record of named ? filled.slice(1) : filled) {
    const cells: Partial<Record<keyof Row, string>> = {};
    record.cells.forEach((c, i) => {
      const key = order[i];
      if (key) cells[key] = c;
    });
    const extra = record.cells.slice(order.length).filter((c) => c.trim());
    const row = fieldsOf(cells, unitOf, today, locale);
    const where = `row on line ${record.line}`;
    if (Array.isArray(row)) errors.push(`${where}: ${row.join('; ')}`);
    else if (extra.length) errors.push(`${where}: more cells than columns (${extra.map((c) => `“${c}”`).join(', ')})`);
    else rows.push(row);
  }
  if (rows.length === 0 && errors.length === 0) errors.push('the file holds a header but no check-ins');
  return { rows, errors };
}

/**
 * `cascade checkin`: one value from the options, or a spreadsheet's worth from a CSV. Everything
 * is checked first; any bad row refuses the whole file in words, with its line, and nothing is
 * written. Otherwise the plan is backed up and every check-in goes in as one transaction.
 */
export function checkinCommand(args: string[]): string {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      kr: { type: 'string' },
      value: { type: 'string' },
      date: { type: 'string' },
      note: { type: 'string' },
      confidence: { type: 'string' },
      from: { type: 'string' },
      locale: { type: 'string' },
    },
  });
  const [planFile] = positionals;
  if (!planFile || positionals.length > 1) throw new CliError('checkin takes exactly one plan file.');
  if (values.from && (values.kr || values.value)) throw new CliError('Give either --from <file.csv> or --kr and --value, not both.');
  if (!values.from && (!values.kr || values.value === undefined)) throw new CliError(`--kr and --value are required (or --from <file.csv>).\nUsage: ${CHECKIN_USAGE}`);
  const locale = values.locale ?? DEFAULT_CLI_LOCALE;
  try {
    new Intl.NumberFormat(locale);
  } catch {
    throw new CliError(`--locale “${locale}” is not a locale tag; write one such as en-US or de-DE.`);
  }
  const target = path.resolve(planFile);
  if (!fs.existsSync(target)) throw new PlanError('io', `“${path.basename(target)}” does not exist.`);
  let text = '';
  if (values.from) {
    try {
      text = fs.readFileSync(values.from, 'utf8');
    } catch (err) {
      throw new CliError(`Cannot read “${values.from}”: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}.`);
    }
  }
  const db = openPlanDb(target);
  try {
    const repo = new PlanRepo(db);
    const units = new Map(repo.keyResults().map((k) => [k.id, k.unit]));
    const unitOf = (id: string) => units.get(id);
    let rows: Row[];
    if (values.from) {
      const name = path.basename(values.from);
      const read = readCheckInCsv(text, unitOf, localDay(), locale);
      if (read.errors.length) {
        const n = read.errors.length;
        throw new CliError(`${read.errors.map((e) => `${name}: ${e}`).join('\n')}\n${name}: ${n} problem${n === 1 ? '' : 's'}; nothing was checked in.`);
      }
      rows = read.rows;
    } else {
      const row = fieldsOf({ krId: values.kr!, value: values.value!, date: values.date, note: values.note, confidence: values.confidence }, unitOf, localDay(), locale);
      if (Array.isArray(row)) throw new CliError(`${row.join('; ')}. Nothing was checked in.`);
      rows = [row];
    }
    // As for an import: a verified copy first, so a wrong spreadsheet can be undone from the backups.
    takeBackup(db, backupDir(userDataDir(), target), 'import');
    // One command in the plan's undo history, so an open app can take it back with Undo.
    const changes = new UndoLog(db).record(
      (done) => (done.length === 1 ? `Check in ${quote(done[0]!.keyResult.title)}` : `Check in ${done.length} values`),
      () => repo.addCheckIns(rows),
    );
    if (changes.length === 1) {
      const { checkIn, keyResult } = changes[0]!;
      return `Checked in ${checkIn.value} for “${keyResult.title}” on ${checkIn.date}; its current value is ${keyResult.current}.`;
    }
    return `Checked in ${changes.length} values for ${new Set(changes.map((c) => c.keyResult.id)).size} key results in ${target}.`;
  } finally {
    closePlanDb(db);
  }
}
