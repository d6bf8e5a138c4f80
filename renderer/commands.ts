import type { MenuCommand } from '../shared/channels';
import { ROOT } from '../shared/tree';
import { cycleTheme } from './theme';
import {
  addChild,
  addKeyResult,
  addSibling,
  deleteObjective,
  moveObjective,
  redo,
  select,
  focusBranch,
  setEditing,
  showPanel,
  toggleCollapsed,
  toggleCompact,
  toggleFilters,
  undo,
  useStore,
} from './store';

/** Requests a fit or a zoom step of the graph ('fit', 'zoom-in', 'zoom-out', 'zoom-reset'); the graph component listens (it owns the viewport). */
export const fitViewEvent = new EventTarget();

/** Runs a command from the menu, the toolbar or the keyboard: one path for all three. */
export function runCommand(command: MenuCommand): void {
  const { selectedId } = useStore.getState();
  switch (command) {
    case 'undo':
      return void undo();
    case 'redo':
      return void redo();
    case 'fit-view':
      fitViewEvent.dispatchEvent(new Event('fit'));
      return;
    case 'toggle-titles':
      return toggleCompact();
    case 'zoom-in':
    case 'zoom-out':
    case 'zoom-reset':
      fitViewEvent.dispatchEvent(new Event(command));
      return;
    case 'toggle-theme':
      return cycleTheme();
    case 'show-shortcuts':
      return useStore.setState({ dialog: { kind: 'shortcuts' } });
    case 'show-about':
      return useStore.setState({ dialog: { kind: 'about' } });
    case 'add-child':
      return void addChild(selectedId);
    case 'add-sibling':
      return void (selectedId ? addSibling(selectedId) : addChild(null));
    case 'add-kr':
      return void (selectedId && addKeyResult(selectedId));
    case 'delete':
      return void (selectedId && deleteObjective(selectedId));
    case 'rename':
      return void (selectedId && setEditing({ kind: 'objective-title', id: selectedId }));
    case 'focus-branch':
      return void (selectedId && focusBranch(selectedId));
    case 'unfocus': {
      // One level up; from just under a North Star, straight back to the whole plan.
      const { focusId, data } = useStore.getState();
      const parent = focusId ? data.objectives.get(focusId)?.parentId : null;
      return void (focusId && focusBranch(parent && data.objectives.get(parent)?.parentId ? parent : null));
    }
    case 'show-inspector':
      return showPanel('inspector');
    case 'show-coach':
      return showPanel('coach');
    case 'show-shelf':
      return showPanel('shelf');
    case 'toggle-filters':
      return toggleFilters();
    case 'export':
      return useStore.setState({ dialog: { kind: 'export' } });
    case 'import':
      return useStore.setState({ dialog: { kind: 'import' } });
    case 'restore-backup':
      return useStore.setState({ dialog: { kind: 'backups' } });
    case 'take-snapshot':
      return useStore.setState({ dialog: { kind: 'snapshot' } });
    case 'compare':
      return useStore.setState({ dialog: { kind: 'compare' } });
    case 'cycles':
      return useStore.setState({ dialog: { kind: 'cycles' } });
  }
}

/**
 * The nearest visible card at the same depth as `id`, to its left (-1) or right (+1), for Left/Right
 * navigation across branches. The layout's visible order is left to right within a depth, so this
 * is a scan from the card outwards, never a sort of the whole plan.
 */
function rowNeighbour(id: string, step: 1 | -1): string | undefined {
  const pl = useStore.getState().layout;
  const i = pl?.tree.indexOf.get(id);
  if (!pl || i === undefined || pl.layout.visible[i] !== 1) return undefined;
  const { order, count } = pl.layout;
  const target = pl.depth[i]!;
  // Position of the card in the visible order: pre-order numbers are increasing along it.
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (order[mid]! < i) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo + step; k >= 0 && k < count; k += step) {
    const v = order[k]!;
    if (pl.depth[v] === target) return pl.tree.ids[v];
  }
  return undefined;
}

function indexIn(list: readonly string[], id: string): number {
  return list.indexOf(id);
}

/** Keys on a focused card. Returns true when the key was handled. */
export function cardKey(id: string, e: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }): boolean {
  const { data, collapsed } = useStore.getState();
  const o = data.objectives.get(id);
  if (!o) return false;
  const parentKey = o.parentId ?? ROOT;
  const siblings = data.childIds.get(parentKey) ?? [];
  const at = indexIn(siblings, id);
  const go = (target: string | null | undefined) => target && select(target, true);

  if (e.altKey) {
    // Outliner-style moves: reorder among siblings, outdent, indent under the previous sibling.
    const moves: Record<string, () => void> = {
      ArrowUp: () => at > 0 && void moveObjective(id, o.parentId, at - 1),
      ArrowDown: () => at < siblings.length - 1 && void moveObjective(id, o.parentId, at + 1),
      ArrowLeft: () => {
        if (!o.parentId) return;
        const parent = data.objectives.get(o.parentId)!;
        const uncles = data.childIds.get(parent.parentId ?? ROOT) ?? [];
        void moveObjective(id, parent.parentId, indexIn(uncles, parent.id) + 1);
      },
      ArrowRight: () => {
        const prev = siblings[at - 1];
        if (prev) void moveObjective(id, prev, (data.childIds.get(prev) ?? []).length);
      },
    };
    const move = moves[e.key];
    if (move) move();
    return Boolean(move);
  }

  if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
    runCommand('add-kr');
    return true;
  }
  if (e.ctrlKey || e.metaKey) return false;

  if (/^[1-9]$/.test(e.key)) {
    const krId = data.krIds.get(id)?.[Number(e.key) - 1];
    const row = krId ? document.querySelector<HTMLElement>(`[data-kr="${krId}"]`) : null;
    row?.focus();
    return Boolean(row);
  }
  const keys: Record<string, () => void> = {
    ArrowUp: () => go(o.parentId),
    ArrowDown: () => go(collapsed[id] ? null : data.childIds.get(id)?.[0]),
    ArrowLeft: () => go(siblings[at - 1] ?? rowNeighbour(id, -1)),
    ArrowRight: () => go(siblings[at + 1] ?? rowNeighbour(id, 1)),
    Tab: () => !e.shiftKey && runCommand('add-child'),
    Enter: () => runCommand('add-sibling'),
    F2: () => runCommand('rename'),
    ' ': () => (data.childIds.get(id)?.length ?? 0) > 0 && toggleCollapsed(id),
    f: () => runCommand('focus-branch'),
    Delete: () => runCommand('delete'),
    Backspace: () => runCommand('delete'),
  };
  if (e.key === 'Tab' && e.shiftKey) return false;
  const run = keys[e.key];
  if (run) run();
  return Boolean(run);
}
