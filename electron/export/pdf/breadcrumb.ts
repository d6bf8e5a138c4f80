/** Breadcrumbs (page headers) and bookmark titles: North Star › Bridge › … › parent › here. */
import { OVERVIEW_DEST, type Crumb } from './chrome';
import type { Prepared } from './prepare';
import { pageDest } from './render';
import { clean } from './text';

/** A bookmark title: one line, at most `max` characters. */
export const short = (s: string, max = 90): string => {
  const t = clean(s);
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
};

/** Breadcrumb for a page rooted at `node`: top › section › … › parent › node, bounded in length. */
export function crumbsFor(p: Prepared, node: number, sectionRoot: number, sectionPage: number): Crumb[] {
  const out: Crumb[] = [];
  if (p.aboveFocus.length) {
    out.push({ text: p.aboveFocus[0]!.title });
    if (p.aboveFocus.length > 1) out.push({ text: '…' });
  }
  const near: number[] = [];
  let cur = p.parent[node]!;
  while (cur >= 0 && near.length < 2) {
    near.unshift(cur);
    cur = p.parent[cur]!;
  }
  const top = p.topOf[node]!;
  const head: number[] = [];
  if (top !== node && !near.includes(top)) head.push(top);
  if (sectionRoot !== node && sectionRoot !== top && !near.includes(sectionRoot)) head.push(sectionRoot);
  for (const h of head) out.push({ text: p.obj[h]!.title, dest: h === sectionRoot ? pageDest(sectionPage) : OVERVIEW_DEST });
  const first = near[0];
  if (first !== undefined && p.depth[first]! > (head.length ? p.depth[head[head.length - 1]!]! + 1 : 0)) out.push({ text: '…' });
  for (const a of near) out.push({ text: p.obj[a]!.title, dest: a === sectionRoot ? pageDest(sectionPage) : undefined });
  out.push({ text: p.obj[node]!.title });
  return out.map((c) => ({ ...c, text: clean(c.text) || 'Untitled objective' }));
}

/** The scope of the export: the plan's name, or the path down to the focused branch. */
export function scopeCrumbs(p: Prepared, planName: string): Crumb[] {
  if (p.focus === null) return [{ text: planName }];
  const out: Crumb[] = p.aboveFocus.map((o) => ({ text: clean(o.title) || 'Untitled objective' }));
  out.push({ text: clean(p.obj[p.focus]!.title) || 'Untitled objective' });
  return out;
}
