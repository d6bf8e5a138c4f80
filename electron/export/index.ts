import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WORD_VECTORS } from '../../shared/coach/wordVectorsData';
import { planFindings } from '../../shared/findings';
import { planToCsv, planToJson, planToMarkdown, planToOpml } from '../../shared/formats';
import type { ExportRequest } from '../../shared/ipc';
import { shorten } from '../../shared/lineOfSight';
import { type PlanSnapshot, onShelf } from '../../shared/model';
import { rollupAll, viewOf } from '../../shared/rollup';
import { STATUS_LABEL, statusOf } from '../../shared/status';
import { withInheritedPeriod } from '../../shared/period';
import { planToSvg } from '../../shared/svg';
import { PlanError } from '../db/errors';
import { exportPdf } from './pdf';
import { TooLargeForBitmap, svgToPng } from './png';
import { planToXlsx } from './xlsx';

export interface ExportOutput {
  bytes: Buffer;
  mime: string;
  fileName: string;
  notice?: string;
  pages?: number;
}

interface Control {
  onProgress?(done: number, total: number): void;
  signal?: AbortSignal;
}

const MIME = {
  pdf: 'application/pdf',
  png: 'image/png',
  svg: 'image/svg+xml',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  md: 'text/markdown;charset=utf-8',
  opml: 'text/x-opml;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

const TONE = { on_track: 'on', at_risk: 'risk', off_track: 'off' } as const;

/** The focused branch as a plan of its own (the branch's root, everything below it, their KRs). */
export function branchOf(plan: PlanSnapshot, focusId: string | null): PlanSnapshot {
  if (!focusId) return plan;
  if (!plan.objectives.some((o) => o.id === focusId)) throw new PlanError('not-found', 'The focused objective is no longer in the plan.');
  const kids = new Map<string, string[]>();
  for (const o of plan.objectives) if (o.parentId) (kids.get(o.parentId) ?? kids.set(o.parentId, []).get(o.parentId)!).push(o.id);
  const keep = new Set<string>();
  const stack = [focusId];
  while (stack.length) {
    const id = stack.pop()!;
    keep.add(id);
    stack.push(...(kids.get(id) ?? []));
  }
  return {
    ...plan,
    objectives: plan.objectives.filter((o) => keep.has(o.id)).map((o) => (o.id === focusId ? { ...o, parentId: null, parentKrId: null } : o)),
    keyResults: plan.keyResults.filter((k) => keep.has(k.objectiveId)),
    dismissals: plan.dismissals.filter((d) => keep.has(d.subjectId)),
  };
}

function fileName(plan: PlanSnapshot, req: ExportRequest): string {
  const focus = req.focusId ? plan.objectives.find((o) => o.id === req.focusId) : undefined;
  const base = `${plan.meta.name}${focus ? ` – ${shorten(focus.title, 40)}` : ''}`.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_');
  return `${base}.${req.format}`;
}

/** Findings that are not dismissed, for badges and the appendix. */
function activeFindings(plan: PlanSnapshot, today: Date) {
  const dismissed = new Set(plan.dismissals.map((d) => `${d.subjectId}|${d.rule}`));
  return planFindings(plan.objectives, plan.keyResults, today, WORD_VECTORS).filter((f) => !dismissed.has(`${f.subjectId}|${f.code}`));
}

async function pdfBytes(plan: PlanSnapshot, req: ExportRequest, ctl: Control, today: Date) {
  const findings = activeFindings(plan, today);
  const byObjective = new Map<string, string[]>();
  for (const f of findings) (byObjective.get(f.objectiveId) ?? byObjective.set(f.objectiveId, []).get(f.objectiveId)!).push(f.code);
  const view = viewOf(plan.objectives, plan.keyResults);
  const rollups = rollupAll(view, view.roots);
  const byId = new Map(plan.objectives.map((o) => [o.id, o]));
  const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cascade-export-')), 'plan.pdf');
  try {
    const result = await exportPdf(plan, tmp, {
      paper: req.paper,
      landscape: req.landscape,
      mode: req.mode,
      sheets: req.sheets,
      focusId: req.focusId,
      appendices: req.appendices,
      date: today,
      shelf: plan.objectives.filter(onShelf).map((o) => ({ title: o.title, owner: o.owner, note: o.gate.replace('_', ' ') })),
      findings: findings.map((f) => ({ objectiveId: f.objectiveId, code: f.code, message: f.message })),
      badges: (id) => byObjective.get(id) ?? [],
      status: (id) => {
        const o = byId.get(id);
        const s = o ? statusOf(withInheritedPeriod(o, (x) => byId.get(x)), rollups.get(id)?.value ?? null, today).status : null;
        return s ? { label: STATUS_LABEL[s], tone: TONE[s] } : null;
      },
      ...(ctl.onProgress ? { onProgress: ctl.onProgress } : {}),
      ...(ctl.signal ? { signal: ctl.signal } : {}),
    });
    return { bytes: fs.readFileSync(tmp), notice: result.notice, pages: result.pages };
  } finally {
    fs.rmSync(path.dirname(tmp), { recursive: true, force: true });
  }
}

/** Renders the plan (or the focused branch) in one format. Plain Node: the app, browser mode and the CLI share it. */
export async function runExport(plan: PlanSnapshot, req: ExportRequest, ctl: Control = {}, today = new Date()): Promise<ExportOutput> {
  // A focus the plan does not hold is refused, never quietly widened to the whole plan.
  if (req.focusId !== null && !plan.objectives.some((o) => o.id === req.focusId)) {
    throw new PlanError('not-found', `There is no objective “${req.focusId}” in this plan to focus the export on.`);
  }
  const name = fileName(plan, req);
  const out = (bytes: Buffer | string, extra: Partial<ExportOutput> = {}): ExportOutput => ({
    bytes: typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes,
    mime: MIME[req.format],
    fileName: name,
    ...extra,
  });
  if (req.format === 'pdf') {
    const { bytes, notice, pages } = await pdfBytes(plan, req, ctl, today);
    return out(bytes, { ...(notice ? { notice } : {}), pages });
  }
  const scoped = branchOf(plan, req.focusId);
  switch (req.format) {
    case 'json':
      return out(planToJson(scoped));
    case 'csv':
      return out(planToCsv(scoped));
    case 'md':
      return out(planToMarkdown(scoped));
    case 'opml':
      return out(planToOpml(scoped));
    case 'xlsx':
      return out(await planToXlsx(scoped));
    case 'svg':
    case 'png': {
      const findings = activeFindings(plan, today);
      const svg = planToSvg(plan, {
        focusId: req.focusId,
        viewport: req.view,
        aspect: req.aspect,
        today,
        badges: (id) => findings.filter((f) => f.objectiveId === id).map((f) => f.code),
      });
      if (req.format === 'svg') return out(svg.svg);
      try {
        return out(svgToPng(svg.svg, svg.width, svg.height, 2));
      } catch (err) {
        // Said to the user, who is offered the PDF atlas or SVG instead.
        if (err instanceof TooLargeForBitmap) throw new PlanError('too-large', err.message);
        throw err;
      }
    }
  }
}
