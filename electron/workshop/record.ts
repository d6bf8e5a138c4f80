/**
 * The session record: a one-page "what we decided" PDF — the agenda as run, the objectives
 * accepted, the shelf, the votes, the confidence spread and the parking lot left over. Drawn with
 * the export's own fonts, typesetter, page geometry, header and footer.
 */
import PDFDocument from 'pdfkit';
import type { PlanSnapshot } from '../../shared/model';
import { type WorkshopSession, histogram, spreadOf } from '../../shared/workshop';
import type { PlanState } from '../db/workshop';
import { drawFooter, drawHeader } from '../export/pdf/chrome';
import { FontSet } from '../export/pdf/fonts';
import { printDate } from '../export/pdf/format';
import { pageGeometry } from '../export/pdf/paper';
import { Typesetter } from '../export/pdf/text';
import { MIN_TEXT_PT, PALETTE } from '../export/pdf/theme';

interface Section {
  title: string;
  empty: string;
  lines: { text: string; strong?: boolean; color?: string }[];
}

const time = (iso: string | null) => (iso ? iso.slice(11, 16) : '—');
const minutesBetween = (a: string | null, b: string | null) => (a && b ? Math.max(0, Math.round((Date.parse(b) - Date.parse(a)) / 60_000)) : null);

export function recordSections(plan: PlanSnapshot, s: WorkshopSession, states: { start: PlanState; end: PlanState | null }): { left: Section[]; right: Section[] } {
  const title = new Map(plan.objectives.map((o) => [o.id, o.title || 'Untitled']));
  for (const o of states.start.objectives) if (!title.has(o.id)) title.set(o.id, o.title || 'Untitled');
  const parentOf = new Map(plan.objectives.map((o) => [o.id, o.parentId]));
  const stickyText = new Map(s.stickies.map((x) => [x.id, x.text]));
  const lastReason = new Map<string, string>();
  for (const d of s.decisions) lastReason.set(d.stickyId, d.reason);
  const agenda: Section = {
    title: `Agenda as run — ${s.template}`,
    empty: 'No steps.',
    lines: s.steps.map((st) => {
      const took = minutesBetween(st.startedAt, st.endedAt);
      const ran = st.startedAt ? `${time(st.startedAt)}–${time(st.endedAt)}${took !== null ? `, ${took} min` : ''}` : 'not reached';
      return { text: `${st.position + 1}. ${st.title} (${st.minutes} min planned; ${ran})`, strong: st.position === s.step };
    }),
  };
  const accepted = s.stickies.filter((x) => x.column === 'accepted');
  const acceptedSection: Section = {
    title: `Accepted objectives (${accepted.length})`,
    empty: 'Nothing was accepted into the cascade.',
    lines: accepted.flatMap((x) => {
      const merged = s.stickies.filter((m) => m.mergedInto === x.id).length;
      const id = x.objectiveId;
      const under = id ? parentOf.get(id) : null;
      return [
        { text: `${id ? title.get(id) ?? x.text : x.text}${id ? '' : ' (objective since removed)'}`, strong: true },
        { text: `under “${under ? title.get(under) : 'the top level'}”${merged ? ` · merged from ${merged + 1} stickies` : ''}`, color: PALETTE.muted },
      ];
    }),
  };
  const votes: Section = {
    title: `Dot votes (${s.dotsPerPerson} per person)`,
    empty: 'No votes were cast.',
    lines: s.tallies.map((t) => ({ text: `${t.dots} ● ${stickyText.get(t.subjectId) ?? title.get(t.subjectId) ?? 'removed'}` })),
  };
  const confidence: Section = {
    title: 'Confidence rounds',
    empty: 'No confidence round was run.',
    lines: s.rounds.flatMap((r): Section['lines'] => {
      if (!r.scores) return [{ text: `${r.subjectTitle}: not revealed (${r.count} scores in)`, color: PALETTE.muted }];
      const h = histogram(r.scores);
      const spread = spreadOf(r.scores);
      return [
        { text: r.subjectTitle, strong: true },
        {
          text: `${h.map((n, i) => `${i + 1}: ${n}`).join('   ')} · ${r.scores.length} people · ${spread ? `${spread.low}–${spread.high}` : ''}${spread?.disagree ? ' · the room disagrees' : ''}`,
          color: spread?.disagree ? PALETTE.status.off.fg : PALETTE.body,
        },
      ];
    }),
  };
  const shelf = s.stickies.filter((x) => x.column === 'shelf');
  const shelfSection: Section = {
    title: `Health & Hygiene shelf (${shelf.length})`,
    empty: 'Nothing was set aside.',
    lines: shelf.flatMap((x) => [{ text: x.text }, { text: lastReason.get(x.id) ?? '', color: PALETTE.muted }]),
  };
  const left = s.stickies.filter((x) => x.column === 'parking' || x.column === 'so_what' || x.column === 'candidate');
  const parking: Section = {
    title: `Parking lot left over (${left.length})`,
    empty: 'The parking lot is empty.',
    lines: left.map((x) => ({ text: `${x.text}${x.column === 'candidate' ? ' (candidate)' : x.column === 'so_what' ? ' (at the So What? questions)' : ''}` })),
  };
  return { left: [agenda, acceptedSection, votes], right: [confidence, shelfSection, parking] };
}

/** The record as PDF bytes: always one page (type shrinks to fit, never under the export's minimum). */
export async function workshopRecordPdf(plan: PlanSnapshot, s: WorkshopSession, states: { start: PlanState; end: PlanState | null }): Promise<Buffer> {
  const doc = new PDFDocument({ autoFirstPage: false, margin: 0, compress: true, info: { Title: `${s.title}: what we decided`, Creator: 'Cascade Planner' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const fonts = new FontSet(doc);
  const { left, right } = recordSections(plan, s, states);
  fonts.prepare([s.title, plan.meta.name, '●–—…·“”', ...[...left, ...right].flatMap((sec) => [sec.title, sec.empty, ...sec.lines.map((l) => l.text)])]);
  const ts = new Typesetter(doc, fonts);
  const g = pageGeometry('A4', false);
  const gap = 18;
  const colW = (g.body.w - gap) / 2;
  const top = g.body.y + 30;
  const bottom = g.body.y + g.body.h;

  const layout = (secs: Section[], size: number, limit: number) => {
    const lead = size * 1.35;
    let h = 0;
    const out: { sec: Section; lines: { text: string; strong: boolean; color: string }[]; more: number }[] = [];
    for (const sec of secs) {
      const lines: { text: string; strong: boolean; color: string }[] = [];
      const src = sec.lines.length ? sec.lines : [{ text: sec.empty, color: PALETTE.muted }];
      let more = 0;
      src.forEach((l, i) => {
        if (i >= limit) return void more++;
        for (const w of ts.wrap(l.text, l.strong ? 'semibold' : 'regular', size, colW)) lines.push({ text: w.text, strong: !!l.strong, color: l.color ?? PALETTE.body });
      });
      h += size * 1.6 + lines.length * lead + (more ? lead : 0) + size;
      out.push({ sec, lines, more });
    }
    return { h, out, lead };
  };
  // The largest type at which both columns fit; long lists are cut with a count, never overflowed.
  let pick: { size: number; l: ReturnType<typeof layout>; r: ReturnType<typeof layout> } | null = null;
  for (const limit of [1000, 40, 20, 10, 5]) {
    for (let size = 10; size >= MIN_TEXT_PT; size -= 0.5) {
      const l = layout(left, size, limit);
      const r = layout(right, size, limit);
      if (top + Math.max(l.h, r.h) <= bottom) {
        pick = { size, l, r };
        break;
      }
    }
    if (pick) break;
  }
  pick ??= { size: MIN_TEXT_PT, l: layout(left, MIN_TEXT_PT, 3), r: layout(right, MIN_TEXT_PT, 3) };

  doc.addPage({ size: [g.width, g.height], margin: 0 });
  ts.setSafeArea(12, 12, g.width - 12, g.height - 12);
  drawHeader(ts, g, { kicker: 'WORKSHOP RECORD · WHAT WE DECIDED', kickerColor: PALETTE.level.north_star.text, crumbs: [{ text: plan.meta.name || 'Plan' }, { text: s.title }], overviewLink: false });
  const when = `${printDate(new Date(s.startedAt))}, ${time(s.startedAt)}–${time(s.endedAt)}${s.state === 'running' ? ' (still running)' : ''}`;
  ts.line(s.title, 'bold', 16, g.body.x, g.body.y + 14, PALETTE.ink);
  ts.line(when, 'regular', 8.5, g.body.x + g.body.w, g.body.y + 14, PALETTE.muted, { align: 'right' });
  const { size } = pick;
  const column = (x: number, l: ReturnType<typeof layout>) => {
    let y = top;
    for (const { sec, lines, more } of l.out) {
      y += size * 1.3;
      ts.line(sec.title.toUpperCase(), 'bold', size * 0.9, x, y, PALETTE.level.north_star.text, { spacing: 0.3 });
      y += size * 0.4;
      for (const line of lines) {
        y += l.lead;
        ts.line(line.text, line.strong ? 'semibold' : 'regular', size, x, y, line.color);
      }
      if (more) {
        y += l.lead;
        ts.line(`… and ${more} more`, 'regular', size, x, y, PALETTE.muted);
      }
      y += size;
    }
  };
  column(g.body.x, pick.l);
  column(g.body.x + colW + gap, pick.r);
  drawFooter(ts, g, plan.meta.name || 'Plan', printDate(new Date()), 1, 1);
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
