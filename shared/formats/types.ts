import type { Dismissal, KeyResult, Objective, PlanMeta } from '../model';

/** One problem found while reading a file. `line` is 1-based: the spreadsheet row for CSV, the text line otherwise. */
export interface ImportIssue {
  line: number;
  /** A whole sentence for the user, starting with “Row 12:” (CSV) or “Line 12:” (JSON, Markdown). */
  message: string;
}

/**
 * The preview of an import. `objectives` and `keyResults` hold every item that could be read into a
 * schema-valid record, so that a preview can show them; the file may only be imported when `errors`
 * is empty. Warnings describe what was guessed or ignored (defaults used, unknown columns…).
 * Importers never throw on bad input.
 */
export interface ImportResult {
  /** Plan name found in the file (JSON `name`, Markdown `# heading`), or null. */
  name: string | null;
  objectives: Objective[];
  keyResults: KeyResult[];
  /** Coach findings the user set aside (JSON only; empty for the other formats). */
  dismissals: Dismissal[];
  errors: ImportIssue[];
  warnings: ImportIssue[];
  /** Line (or row) each imported item came from, by id, where the reader knows it. */
  origins?: Record<string, number>;
  /** Outlines: how many items each prose convention shaped (the preview offers to switch it off). */
  conventionsUsed?: Record<keyof OutlineConventions, number>;
  /** Outlines: lines that became part of the plan or are structure; every other line has a warning. */
  understoodLines?: number[];
}

/** The conventions of prose outlines, each of which the user can switch off in the preview. */
export interface OutlineConventions {
  /** `CRO: Grow revenue.` — the role before the colon is the owner. */
  rolePrefix: boolean;
  /** The first sentence is the title, every further sentence a key result. */
  sentences: boolean;
  /** Key results give their numbers in words ("from 31 to 45", "$1.5M", "=> 80%"). */
  numbers: boolean;
}

export const OUTLINE_CONVENTIONS: ReadonlyArray<{ key: keyof OutlineConventions; label: string }> = [
  { key: 'rolePrefix', label: '“Role:” prefix → owner' },
  { key: 'sentences', label: 'Sentences → key results' },
  { key: 'numbers', label: 'Numbers in key results → start, target, progress' },
];

export type ItemKind = 'objective' | 'keyResult';

export interface ImportOptions {
  /** ISO-8601 timestamp used for createdAt/updatedAt when the file lacks them. Defaults to the current time. */
  now?: string;
  /**
   * Ids for items the file does not name (Markdown). Receives the kind and a 1-based counter per kind.
   * Defaults to deterministic `obj-1`, `obj-2`… and `kr-1`, `kr-2`…
   */
  newId?: (kind: ItemKind, n: number) => string;
  /** Markdown outlines: conventions switched off (all are on by default). */
  conventions?: Partial<OutlineConventions>;
}

/** What an exporter needs: a `PlanSnapshot` fits. */
export interface ExportablePlan {
  meta: Pick<PlanMeta, 'name'>;
  objectives: readonly Objective[];
  keyResults: readonly KeyResult[];
  /** Written to JSON (the lossless format); the other formats leave them out. */
  dismissals?: readonly Dismissal[];
}
