import { LEVEL_LABEL } from '../shared/vocabulary';
import { shorten } from '../shared/lineOfSight';
import { focusBranch, useStore } from './store';

/** Shown while a branch is focused: the way back up to the whole plan. */
export function Breadcrumb() {
  const focusId = useStore((s) => s.focusId);
  const trail = useStore((s) => {
    const out: string[] = [];
    for (let id = s.focusId; id && s.data.objectives.get(id) && out.length < 1000; id = s.data.objectives.get(id)!.parentId) out.unshift(id);
    return out.join('\n');
  });
  const objectives = useStore((s) => s.data).objectives;
  if (!focusId) return null;
  const ids = trail.split('\n');
  return (
    <nav className="breadcrumb" aria-label="Focused branch">
      <ol>
        <li>
          <button type="button" onClick={() => focusBranch(null)}>
            Whole plan
          </button>
        </li>
        {ids.map((id, i) => {
          const o = objectives.get(id);
          const label = `${o ? LEVEL_LABEL[o.level] : ''}: ${shorten(o?.title ?? '', 40)}`;
          return (
            <li key={id}>
              {i === ids.length - 1 ? (
                <span aria-current="location">{label}</span>
              ) : (
                <button type="button" onClick={() => focusBranch(id)}>
                  {label}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      <span className="breadcrumb-hint">Esc steps back out</span>
    </nav>
  );
}
