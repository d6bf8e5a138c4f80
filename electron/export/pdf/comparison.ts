/**
 * A comparison of two states of a plan as a PDF section: one table of what changed (added,
 * removed, moved, renamed, edited objectives; key results before → after with the change in
 * progress), drawn with the same table, header and footer as the plan's appendices. It fits one
 * page for an ordinary review; a very long list flows on with its column heads repeated.
 */
import { type DiffReport, fieldValues } from '../../../shared/diff';
import { percent } from '../../../shared/progress';
import { type CellIn, type TableSpec, planTable } from './appendix';
import { drawFooter, drawHeader } from './chrome';
import { newDocument } from './document';
import { FontSet } from './fonts';
import { printDate, withUnit } from './format';
import { type Paper, pageGeometry } from './paper';
import { drawTable } from './render';
import { Typesetter, clean } from './text';
import { PALETTE } from './theme';

const sideName = (s: DiffReport['from']) => (s.takenAt === null ? 'now' : `“${s.name}”`);

const chip = (text: string): CellIn => ({ text, chip: true, weight: 'semibold' });
const plain = (text: string, color: string = PALETTE.body): CellIn => ({ text, color });
const strong = (text: string): CellIn => ({ text, weight: 'semibold', color: PALETTE.ink });
const points = (d: number) => `${d >= 0 ? '+' : '−'}${Math.abs(Math.round(d * 100))} pts`;

/** The rows of the comparison table, in the order a reviewer reads them. */
export function comparisonTable(report: DiffReport): TableSpec {
  const d = report.diff;
  const rows: TableSpec['rows'] = [];
  for (const o of d.added) rows.push({ cells: [chip('Added'), strong(o.title), plain('—', PALETTE.muted), plain(o.parentTitle !== null ? `under “${o.parentTitle}”` : 'at the top')] });
  for (const o of d.removed) rows.push({ cells: [chip('Removed'), strong(o.title), plain(o.parentTitle !== null ? `was under “${o.parentTitle}”` : 'was at the top'), plain('—', PALETTE.muted)] });
  for (const o of d.moved) rows.push({ cells: [chip('Moved'), strong(o.title), plain(o.fromTitle ? `under “${o.fromTitle}”` : 'at the top'), plain(o.toTitle ? `under “${o.toTitle}”` : 'at the top')] });
  for (const o of d.retitled) rows.push({ cells: [chip('Renamed'), strong(o.after), plain(o.before), plain(o.after)] });
  for (const o of d.changed) rows.push({ cells: [chip('Edited'), strong(o.title), plain(fieldValues(o.fields, o.before)), plain(fieldValues(o.fields, o.after))] });
  for (const k of d.keyResults.values) {
    const before = `${withUnit(k.before.current, k.unit)} of ${withUnit(k.before.target, k.unit)} (${percent(k.before.progress)})`;
    const after = `${withUnit(k.after.current, k.unit)} of ${withUnit(k.after.target, k.unit)} (${percent(k.after.progress)}, ${points(k.progressChange)})`;
    rows.push({ cells: [chip('Key result'), strong(k.title), plain(before), plain(after)] });
  }
  for (const k of d.keyResults.added) rows.push({ cells: [chip('KR added'), strong(k.title), plain('—', PALETTE.muted), plain('new key result')] });
  for (const k of d.keyResults.removed) rows.push({ cells: [chip('KR removed'), strong(k.title), plain('was a key result'), plain('—', PALETTE.muted)] });
  for (const k of d.keyResults.retitled) rows.push({ cells: [chip('KR renamed'), strong(k.after), plain(k.before), plain(k.after)] });
  if (rows.length === 0) rows.push({ cells: [plain(''), plain('Nothing changed between the two.'), plain(''), plain('')] });
  return {
    title: `Changes: ${sideName(report.from)} → ${sideName(report.to)}`,
    subtitle: report.summary,
    dest: 'comparison',
    outline: 'Changes',
    columns: [
      { label: 'Change', frac: 0.13 },
      { label: 'Objective or key result', frac: 0.37 },
      { label: 'Before', frac: 0.25 },
      { label: 'After', frac: 0.25 },
    ],
    rows,
  };
}

/** The comparison as PDF bytes, and how many pages it took. */
export async function comparisonPdf(report: DiffReport, opts: { paper: Paper; landscape: boolean; date?: Date }): Promise<{ bytes: Buffer; pages: number }> {
  const date = opts.date ?? new Date();
  const planName = clean(report.plan) || 'Untitled plan';
  const spec = comparisonTable(report);
  const doc = newDocument(`${planName}: ${spec.title}`, 'Changes between two states of a plan', date);
  const fonts = new FontSet(doc);
  fonts.prepare([planName, spec.title, spec.subtitle ?? '', '→ › … · — − “”', ...spec.rows.flatMap((r) => r.cells.map((c) => c.text))]);
  const ts = new Typesetter(doc, fonts);
  const g = pageGeometry(opts.paper, opts.landscape);
  const pages = planTable(ts, g, spec);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  pages.forEach((page, i) => {
    doc.addPage({ size: [g.width, g.height], margin: 0 });
    ts.setSafeArea(12, 12, g.width - 12, g.height - 12);
    if (page.first) {
      doc.addNamedDestination(page.dest, 'XYZ', null, 0, null);
      doc.outline.addItem(spec.outline);
    }
    drawTable(ts, g, page, () => 0);
    drawHeader(ts, g, { kicker: 'COMPARISON', kickerColor: PALETTE.muted, crumbs: [{ text: planName }, { text: spec.title }], overviewLink: false });
    drawFooter(ts, g, planName, printDate(date), i + 1, pages.length);
  });
  doc.end();
  await done;
  return { bytes: Buffer.concat(chunks), pages: pages.length };
}
