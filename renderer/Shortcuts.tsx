import { useEffect, useRef } from 'react';

export const SHORTCUTS: ReadonlyArray<[string, string]> = [
  ['← ↑ → ↓', 'Move between objectives'],
  ['Tab', 'Add a child objective'],
  ['Enter', 'Add a sibling objective'],
  ['F2', 'Rename the objective'],
  ['Delete', 'Delete the objective (undoable)'],
  ['Ctrl+K', 'Add a key result'],
  ['1 – 9', 'Go to key result 1–9 of the objective'],
  ['Enter on a key result', 'Edit its current value (Shift+Enter: its target)'],
  ['F2 on a key result', 'Rename the key result'],
  ['Space', 'Collapse or expand the branch'],
  ['Alt+↑ / Alt+↓', 'Move the objective up or down among its siblings'],
  ['Alt+← / Alt+→', 'Move it out a level, or under the objective before it'],
  ['F (or double-click)', 'Focus the branch: it becomes the temporary root'],
  ['Escape', 'Step out of the focused branch'],
  ['I / C / H', 'Inspector / coach / Health & Hygiene shelf'],
  ['M', 'Hide or show the overview map'],
  ['T', 'Titles only: small cards with the whole title, to see a wide plan whole (again: full cards)'],
  ['U', 'Check-in mode: update every key result of the selected branch not checked in for a week'],
  ['/', 'Filter by owner, level, period, status or finding (Esc closes)'],
  ['Y / N / Enter', 'Answer the “So What?” questions, or accept the proposal'],
  ['Ctrl+Z / Ctrl+Shift+Z', 'Undo / redo'],
  ['Shift+1', 'Zoom to fit the cascade in the window'],
  ['Ctrl+= / Ctrl+- / Ctrl+0', 'Zoom in / zoom out / actual size'],
  ['F6 / Shift+F6', 'Next / previous region: toolbar, canvas, side panel, status'],
  ['I, then Tab', 'Reach every inspector field without creating anything (Tab on a card adds a child)'],
  ['Escape', 'Cancel an edit, or leave a key result'],
];

export function ShortcutsDialog({ onClose, onAbout }: { onClose(): void; onAbout(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table>
        <tbody>
          {SHORTCUTS.map(([key, what]) => (
            <tr key={key}>
              <th scope="row">
                <kbd>{key}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog" className="dialog-actions">
        <button type="button" className="secondary" onClick={onAbout}>
          About Cascade Planner
        </button>
        <button type="submit" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}
