import type { KeyResult, Objective } from './model';

/**
 * Every field an objective or key result gets when nobody said otherwise: the one place new
 * records are completed, whether typed, seeded, generated or imported.
 */
export function makeObjective(
  fields: Pick<Objective, 'id' | 'parentId' | 'level' | 'title'> & Partial<Objective>,
  stamp: string,
): Objective {
  return {
    description: '',
    owner: '',
    ownerKind: 'team',
    period: '',
    periodKind: 'none',
    periodStart: '',
    periodEnd: '',
    gate: 'unanswered',
    parentKrId: null,
    weight: 1,
    rollupMode: 'average',
    statusOverride: null,
    sortOrder: 0,
    createdAt: stamp,
    updatedAt: stamp,
    ...fields,
  };
}

export function makeKeyResult(fields: Pick<KeyResult, 'id' | 'objectiveId' | 'title'> & Partial<KeyResult>, stamp: string): KeyResult {
  return {
    unit: '',
    start: 0,
    target: 100,
    current: fields.start ?? 0,
    kind: 'increase',
    weight: 1,
    sortOrder: 0,
    checkedInAt: stamp,
    updatedAt: stamp,
    ...fields,
  };
}
