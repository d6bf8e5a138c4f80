import type { NumberTitleSplit } from '../../shared/coach';
import { addKeyResultWith, select, setEditing } from '../store';

/**
 * The `number-title` fix: the number becomes a key result, and the title opens empty-handed for the
 * qualitative why (the old title stays until a new one is written).
 */
export async function addSuggestedKr(objectiveId: string, split: NumberTitleSplit): Promise<void> {
  const kr = split.keyResult;
  const ok = await addKeyResultWith(objectiveId, {
    title: kr.title,
    unit: kr.unit,
    kind: kr.direction === 'decrease' ? 'decrease' : 'increase',
    ...(kr.start !== null ? { start: kr.start, current: kr.start } : {}),
    ...(kr.target !== null ? { target: kr.target } : {}),
  });
  if (!ok) return;
  select(objectiveId, false);
  setEditing({ kind: 'objective-title', id: objectiveId });
}
