import { formatNumber } from '../shared/number';
import type { KeyResultPatch, ObjectivePatch } from '../shared/model';
import type { PlanRepo } from './db/repo';

/**
 * The names of user actions as Undo and Redo show them ("Undo “Rename “Grow revenue””"), in words,
 * made from what the action changed.
 */
export const quote = (title: string): string => `“${title.length > 60 ? `${title.slice(0, 59)}…` : title || 'untitled'}”`;

const OBJECTIVE_FIELDS: [keyof ObjectivePatch, string][] = [
  ['gate', 'Answer “So What?” for'],
  ['owner', 'Change the owner of'],
  ['ownerKind', 'Change the owner of'],
  ['period', 'Change the period of'],
  ['periodKind', 'Change the period of'],
  ['periodStart', 'Change the period of'],
  ['periodEnd', 'Change the period of'],
  ['description', 'Edit the description of'],
  ['parentKrId', 'Change the key result moved by'],
  ['statusOverride', 'Set the status of'],
  ['weight', 'Change the roll-up of'],
  ['rollupMode', 'Change the roll-up of'],
  ['level', 'Change the level of'],
];

export function objectiveEditLabel(patch: ObjectivePatch, title: string): string {
  if (patch.title !== undefined) return `Rename ${quote(title)}`;
  const field = OBJECTIVE_FIELDS.find(([key]) => patch[key] !== undefined);
  return `${field ? field[1] : 'Edit'} ${quote(title)}`;
}

export function keyResultEditLabel(patch: KeyResultPatch, kr: { title: string; current: number; unit: string }): string {
  if (patch.title !== undefined) return `Rename key result ${quote(kr.title)}`;
  if (patch.current !== undefined) return `Set ${quote(kr.title)} to ${formatNumber(kr.current, kr.unit)}`;
  if (patch.target !== undefined || patch.start !== undefined) return `Change the numbers of ${quote(kr.title)}`;
  return `Edit key result ${quote(kr.title)}`;
}

export const titleOf = (repo: PlanRepo, id: string): string => {
  try {
    return repo.getObjective(id).title;
  } catch {
    return '';
  }
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const importLabel = (objectives: number, keyResults: number): string =>
  `Import ${plural(objectives, 'objective', 'objectives')} and ${plural(keyResults, 'key result', 'key results')}`;
