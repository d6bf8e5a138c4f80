import type { PlanFinding } from '../shared/findings';

/**
 * Every finding on the cascade, dismissed ones included, per objective id. Kept in place by
 * renderer/findings.ts (the store's `findingsVersion` says when it changed): at 50,000 objectives
 * there are some 200,000 findings, too many to copy or flatten on every pass. A module of its own
 * so that the panels can read it while findings.ts, which finds its worker next to its own file,
 * stays in the main bundle rather than in a chunk shared with the import dialog.
 */
const all = new Map<string, PlanFinding[]>();

const NONE: readonly PlanFinding[] = [];

/** The flat list, built on first read after a change rather than on every pass. */
let flat: PlanFinding[] | null = null;

function flatten(): PlanFinding[] {
  // Coach findings first, then the audit's, as the engine lists them.
  const out: PlanFinding[] = [];
  for (const list of all.values()) for (const f of list) if (f.source === 'coach') out.push(f);
  for (const list of all.values()) for (const f of list) if (f.source !== 'coach') out.push(f);
  return out;
}

/** Every finding on the cascade, dismissed ones included. */
export function allFindings(): PlanFinding[] {
  return (flat ??= flatten());
}

/** One objective's findings, dismissed ones included. */
export function findingsOf(id: string): readonly PlanFinding[] {
  return all.get(id) ?? NONE;
}

/** The objectives that have findings. */
export const objectivesWithFindings = (): IterableIterator<string> => all.keys();

/** Replaces one objective's findings (null: it has none any more). */
export function setFindingsOf(id: string, list: PlanFinding[] | null): void {
  if (list) all.set(id, list);
  else all.delete(id);
  flat = null;
}
