import type { KeyResult, Level, Objective } from './model';

const LEVEL_WORD: Record<Level, string> = { north_star: 'North Star', bridge: 'bridge', contribution: 'contribution' };

/** Shortens a title at a word boundary, so the sentence stays one readable line. */
export function shorten(title: string, max = 28): string {
  const t = title.trim() || 'Untitled';
  if (t.length <= max) return t;
  const cut = t.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : t.slice(0, max)).replace(/[\s,;:.–-]+$/, '')}…`;
}

const possessive = (owner: string) => (owner ? `${owner}’${owner.endsWith('s') ? '' : 's'} ` : '');

/**
 * The chain from a piece of work up to the North Star, as one sentence, e.g.
 * "Dana’s ‘Secure $20k…’ → bridge ‘Deepen Client Relationships…’ → North Star ‘Grow Strategic
 * Advisory Revenue’". Starting from a key result, its own objective is stood for by the KR.
 */
export function lineOfSight(
  start: Objective | { kr: KeyResult; objective: Objective },
  objectiveOf: (id: string) => Objective | undefined,
  krOf: (id: string) => KeyResult | undefined,
): string {
  const self = 'kr' in start ? start.objective : start;
  const head = 'kr' in start ? start.kr.title : self.title;
  const parts = [`${possessive(self.owner)}‘${shorten(head)}’`];
  const seen = new Set([self.id]);
  let child = self;
  let cur = self.parentId ? objectiveOf(self.parentId) : undefined;
  while (cur && !seen.has(cur.id)) {
    seen.add(cur.id);
    const moves = child.parentKrId ? krOf(child.parentKrId) : undefined;
    const title = cur.level === 'north_star' ? cur.title || 'Untitled' : shorten(cur.title);
    parts.push(`${LEVEL_WORD[cur.level]} ‘${title}’${moves ? ` (moving ‘${shorten(moves.title)}’)` : ''}`);
    child = cur;
    cur = cur.parentId ? objectiveOf(cur.parentId) : undefined;
  }
  return parts.join(' → ');
}
