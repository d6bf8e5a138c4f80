/**
 * Interchange formats: pure functions from a plan to text and from text to an import preview.
 * No Node or DOM imports; the callers read and write the files.
 */
export { planToJson, parseJson, JSON_FORMAT, JSON_VERSION } from './json';
export {
  planToCsv,
  parseCsv,
  CSV_COLUMNS,
  CSV_REQUIRED_COLUMNS,
  CSV_TYPE,
  escapeFormula,
  planToRows,
  unescapeFormula,
  type CsvColumn,
} from './csv';
export { planToMarkdown } from './markdown';
export { parseMarkdown } from './outline';
export { planToOpml } from './opml';
export { parseOpml } from './opmlRead';
export { parseXlsx, type ExcelModule } from './xlsx';
export { canonicalOrder, type CanonicalPlan, type OrderedObjective } from './order';
export { MAX_ISSUES } from './validate';
export { OUTLINE_CONVENTIONS } from './types';
export type { ExportablePlan, ImportIssue, ImportOptions, ImportResult, ItemKind, OutlineConventions } from './types';
export { IMPORT_FORMATS, decodeUtf8, detectFormat, readImport, type ImportFormat } from './read';
