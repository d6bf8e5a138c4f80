import type { KeyResult, Objective } from './model';

/** Parent key for roots in child lists. */
export const ROOT = '';

export interface TreeIndex {
  byId: Map<string, Objective>;
  /** Ordered child ids per parent id (ROOT for the top level). */
  children: Map<string, string[]>;
  /** Ordered KRs per objective id. */
  krs: Map<string, KeyResult[]>;
}

const bySortOrder = (a: { sortOrder: number; id: string }, b: { sortOrder: number; id: string }) =>
  a.sortOrder - b.sortOrder || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function indexTree(objectives: readonly Objective[], keyResults: readonly KeyResult[]): TreeIndex {
  const byId = new Map<string, Objective>();
  for (const o of objectives) byId.set(o.id, o);
  const children = new Map<string, string[]>();
  const sorted = [...objectives].sort(bySortOrder);
  for (const o of sorted) {
    // An orphan (parent missing) is shown as a root rather than silently lost.
    const key = o.parentId !== null && byId.has(o.parentId) ? o.parentId : ROOT;
    let list = children.get(key);
    if (!list) children.set(key, (list = []));
    list.push(o.id);
  }
  const krs = new Map<string, KeyResult[]>();
  for (const kr of [...keyResults].sort(bySortOrder)) {
    let list = krs.get(kr.objectiveId);
    if (!list) krs.set(kr.objectiveId, (list = []));
    list.push(kr);
  }
  return { byId, children, krs };
}

export const childIds = (t: TreeIndex, id: string): readonly string[] => t.children.get(id) ?? [];

