import { parseCsv } from './csv';
import { parseJson } from './json';
import { parseOpml } from './opmlRead';
import { parseMarkdown } from './outline';
import type { ImportOptions, ImportResult } from './types';
import { Issues, nothingRead } from './validate';
import { type ExcelModule, parseXlsx } from './xlsx';

/** The formats `import` reads. */
export const IMPORT_FORMATS = ['json', 'csv', 'md', 'opml', 'xlsx'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

const EXTENSIONS: Record<string, ImportFormat> = {
  json: 'json',
  csv: 'csv',
  tsv: 'csv',
  md: 'md',
  markdown: 'md',
  txt: 'md',
  opml: 'opml',
  xml: 'opml',
  xlsx: 'xlsx',
};

/** The reader for a file: from its extension, or else from its first bytes. */
export function detectFormat(name: string, bytes: Uint8Array): ImportFormat {
  const ext = EXTENSIONS[name.toLowerCase().split('.').pop() ?? ''];
  if (ext) return ext;
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
  const head = new TextDecoder().decode(bytes.subarray(0, 200)).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{')) return 'json';
  if (head.startsWith('<?xml') || head.startsWith('<opml')) return 'opml';
  if (/^"?type"?\s*[,;\t]/i.test(head)) return 'csv';
  return 'md';
}

/**
 * Text files must be UTF-8: anything else is refused whole rather than read with replacement
 * characters where the letters were. Returns the text, or the sentence that says why not.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { error: string } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const at = lenient.indexOf('\uFFFD');
    const line = at < 0 ? 1 : lenient.slice(0, at).split('\n').length;
    return { error: `the file is not UTF-8 text (the first character that is not is on line ${line}); save it as UTF-8 and import it again.` };
  }
}

const TEXT_READERS: Record<Exclude<ImportFormat, 'xlsx'>, (text: string, options?: ImportOptions) => ImportResult> = {
  json: parseJson,
  csv: parseCsv,
  md: parseMarkdown,
  opml: parseOpml,
};

/**
 * Reads a file's bytes with the reader of its format. Never throws on bad input. `excel` loads
 * exceljs, for workbooks (the caller's bundle decides which build).
 */
export async function readImport(bytes: Uint8Array, format: ImportFormat, excel: () => Promise<ExcelModule>, options: ImportOptions = {}): Promise<ImportResult> {
  if (format === 'xlsx') return parseXlsx(bytes, excel, options);
  const decoded = decodeUtf8(bytes);
  if ('error' in decoded) {
    const issues = new Issues('Line');
    issues.error(1, decoded.error);
    return nothingRead(issues);
  }
  return TEXT_READERS[format](decoded.text, options);
}
