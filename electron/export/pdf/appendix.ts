/**
 * Appendices as simple tables that flow over as many pages as they need, with the column heads
 * repeated: the Health & Hygiene shelf, the coach's findings, and key results that did not fit
 * on their (exceptionally long) cards.
 */
import { onShelf, type GateAnswer, type PlanSnapshot } from '../../../shared/model';
import { krProgress, percent } from '../../../shared/progress';
import { KR_OVERFLOW_DEST, type CardSpec } from './card';
import { TITLES_DEST } from './modelCard';
import { krFigures } from './format';
import type { PagePlan, TablePage, TableRow } from './pages';
import type { Prepared } from './prepare';
import type { PdfOptions } from './types';
import type { PageGeometry } from './paper';
import { Typesetter } from './text';
import { PALETTE } from './theme';

export interface TableColumn {
  label: string;
  /** Share of the width. */
  frac: number;
}

export interface CellIn {
  text: string;
  weight?: 'regular' | 'semibold' | 'bold';
  color?: string;
  chip?: boolean;
}

export interface TableSpec {
  title: string;
  subtitle: string | null;
  dest: string;
  outline: string;
  columns: TableColumn[];
  rows: { cells: CellIn[]; node?: number }[];
}

export const TABLE = { size: 8, lead: 10.5, padX: 5, padY: 4.5, headH: 16, titleH: 44 } as const;

export function planTable(ts: Typesetter, g: PageGeometry, spec: TableSpec): TablePage[] {
  const total = spec.columns.reduce((s, c) => s + c.frac, 0);
  let x = g.body.x;
  const columns = spec.columns.map((c) => {
    const w = (g.body.w * c.frac) / total;
    const col = { label: c.label, x, w };
    x += w;
    return col;
  });
  // A row longer than a page is split into several rows of at most maxLines lines.
  const maxLines = Math.max(1, Math.floor((g.body.h - TABLE.titleH - TABLE.headH - 2 * TABLE.padY) / TABLE.lead));
  const rows: TableRow[] = [];
  for (const r of spec.rows) {
    const cells = r.cells.map((c, i) => {
      const w = columns[i]!.w - 2 * TABLE.padX - (c.chip ? 8 : 0);
      return {
        lines: ts.wrap(c.text, c.weight ?? 'regular', TABLE.size, w),
        weight: c.weight ?? 'regular',
        color: c.color ?? PALETTE.body,
        chip: c.chip,
      };
    });
    const lines = Math.max(1, ...cells.map((c) => c.lines.length));
    for (let from = 0; from < lines; from += maxLines) {
      const part = cells.map((c) => ({ ...c, lines: c.lines.slice(from, from + maxLines) }));
      const n = Math.min(maxLines, lines - from);
      rows.push({ cells: part, h: n * TABLE.lead + 2 * TABLE.padY, node: r.node });
    }
  }

  const pages: TablePage[] = [];
  const bottom = g.body.y + g.body.h;
  let page: TablePage | null = null;
  let y = 0;
  const open = () => {
    const first = pages.length === 0;
    page = { kind: 'table', title: spec.title, subtitle: spec.subtitle, first, columns, rows: [], dest: spec.dest, outline: first ? spec.outline : null };
    pages.push(page);
    y = g.body.y + (first ? TABLE.titleH : 0) + TABLE.headH;
  };
  open();
  for (const row of rows) {
    if (y + row.h > bottom && page!.rows.length) open();
    page!.rows.push({ y, row });
    y += row.h;
  }
  return pages;
}

const GATE_NOTE: Partial<Record<GateAnswer, string>> = {
  compliance: 'Compliance task',
  job_requirement: 'Job requirement',
  health_metric: 'Health metric',
};

/**
 * The appendices asked for, lettered in order, plus "Key results in full" when a card somewhere
 * had more key results than fit it. `pages` are the planned tree pages (to find such cards).
 */
export function buildAppendices(plan: PlanSnapshot, p: Prepared, opts: PdfOptions, pages: readonly PagePlan[]): TableSpec[] {
  const appendixSpecs: TableSpec[] = [];
  const letter = () => String.fromCharCode(65 + appendixSpecs.length);
  if (opts.appendices?.shelf) {
    // Given by the caller, or else the objectives the "So What?" gate sent to the shelf.
    const items =
      opts.shelf ??
      plan.objectives.filter(onShelf).map((o) => ({ title: o.title, owner: o.owner, note: GATE_NOTE[o.gate] ?? '' }));
    appendixSpecs.push({
      title: `Appendix ${letter()}: Health & Hygiene shelf`,
      subtitle: 'Health metrics, compliance and routine work, kept out of the cascade on purpose.',
      dest: 'appendix-shelf',
      outline: `Appendix ${letter()}: Health & Hygiene shelf`,
      columns: [
        { label: 'Item', frac: 4 },
        { label: 'Owner', frac: 2 },
        { label: 'Note', frac: 4 },
      ],
      rows: items.length
        ? items.map((s) => ({ cells: [{ text: s.title, weight: 'semibold' as const }, { text: s.owner || '—' }, { text: s.note ?? '' }] }))
        : [{ cells: [{ text: 'The shelf is empty.', color: PALETTE.muted }, { text: '' }, { text: '' }] }],
    });
  }
  if (opts.appendices?.findings) {
    const list = (opts.findings ?? [])
      .map((f) => ({ f, i: p.indexOf.get(f.objectiveId) }))
      .filter((x): x is { f: (typeof x)['f']; i: number } => x.i !== undefined)
      .sort((a, b) => a.i - b.i);
    appendixSpecs.push({
      title: `Appendix ${letter()}: Coach findings`,
      subtitle: 'What the coach noticed, objective by objective; codes match the badges on the cards.',
      dest: 'appendix-findings',
      outline: `Appendix ${letter()}: Coach findings`,
      columns: [
        { label: 'Objective', frac: 4 },
        { label: 'Code', frac: 1.3 },
        { label: 'Finding', frac: 5 },
        { label: 'Page', frac: 0.9 },
      ],
      rows: list.length
        ? list.map(({ f, i }) => ({
            node: i,
            cells: [{ text: p.obj[i]!.title || 'Untitled objective', weight: 'semibold' as const }, { text: f.code, weight: 'semibold' as const, chip: true }, { text: f.message }, { text: '' }],
          }))
        : [{ cells: [{ text: 'No findings.', color: PALETTE.muted }, { text: '' }, { text: '' }, { text: '' }] }],
    });
  }
  // Key results that did not fit on an exceptionally long card.
  const overflowRows: TableSpec['rows'] = [];
  const seen = new Set<number>();
  const collect = (s: CardSpec) => {
    if (s.hiddenKrs === 0 || seen.has(s.node)) return;
    seen.add(s.node);
    const krs = p.krs[s.node]!;
    for (const kr of krs.slice(krs.length - s.hiddenKrs)) {
      overflowRows.push({
        node: s.node,
        cells: [{ text: p.obj[s.node]!.title, weight: 'semibold' }, { text: kr.title }, { text: `${krFigures(kr)}  (${percent(krProgress(kr))})` }, { text: '' }],
      });
    }
  };
  // Titles the cards cut to the card model's line limit (4 for an objective, 2 for a key result).
  const titleRows: TableSpec['rows'] = [];
  const seenCut = new Set<number>();
  const collectCut = (s: CardSpec) => {
    if (seenCut.has(s.node) || (!s.cutTitle && !s.cutKrs?.length)) return;
    seenCut.add(s.node);
    const title = p.obj[s.node]!.title;
    if (s.cutTitle) titleRows.push({ node: s.node, cells: [{ text: title, weight: 'semibold' }, { text: '' }, { text: '' }] });
    for (const i of s.cutKrs ?? []) titleRows.push({ node: s.node, cells: [{ text: title, weight: s.cutTitle ? 'regular' : 'semibold', color: s.cutTitle ? PALETTE.muted : undefined }, { text: p.krs[s.node]![i]!.title }, { text: '' }] });
  };
  for (const pg of pages) {
    const specs: CardSpec[] = [];
    if (pg.kind === 'fit') for (const c of pg.block.cards) specs.push(c.spec);
    else if (pg.kind === 'tree') for (const part of pg.parts) for (const c of part.block.cards) specs.push(c.spec);
    else if (pg.kind === 'overview') for (const c of pg.cards) specs.push(c.spec);
    for (const s of specs) {
      collect(s);
      collectCut(s);
    }
  }
  if (titleRows.length) {
    appendixSpecs.push({
      title: `Appendix ${letter()}: Titles in full`,
      subtitle: 'Objective and key-result titles longer than their card shows (as on screen: four lines for an objective, two for a key result).',
      dest: TITLES_DEST,
      outline: `Appendix ${letter()}: Titles in full`,
      columns: [
        { label: 'Objective', frac: 4 },
        { label: 'Key result', frac: 4 },
        { label: 'Page', frac: 0.9 },
      ],
      rows: titleRows,
    });
  }
  if (overflowRows.length) {
    appendixSpecs.push({
      title: `Appendix ${letter()}: Key results in full`,
      subtitle: 'Key results of objectives with more than fit on their card.',
      dest: KR_OVERFLOW_DEST,
      outline: `Appendix ${letter()}: Key results in full`,
      columns: [
        { label: 'Objective', frac: 3 },
        { label: 'Key result', frac: 4 },
        { label: 'Start → current → target', frac: 3 },
        { label: 'Page', frac: 0.9 },
      ],
      rows: overflowRows,
    });
  }
  return appendixSpecs;
}
