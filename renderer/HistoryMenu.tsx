import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import type { MenuCommand } from '../shared/channels';
import { runCommand } from './commands';

const ITEMS: { label: string; command: MenuCommand; hint: string }[] = [
  { label: 'Take snapshot…', command: 'take-snapshot', hint: 'Record the plan as it is now, to compare with later' },
  { label: 'Compare…', command: 'compare', hint: 'Compare two snapshots, or a snapshot with now, on the graph' },
  { label: 'Cycles…', command: 'cycles', hint: 'Close the cycle, start the next, view closed cycles' },
];

/** The top bar's History menu: snapshots, compare and cycles in one button (the bar has no room for three). */
export function HistoryMenu() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const items = () => [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
  useEffect(() => {
    if (!open) return;
    items()[0]?.focus();
    const away = (e: PointerEvent) => {
      if (!menu.current?.contains(e.target as Node) && e.target !== button.current) setOpen(false);
    };
    window.addEventListener('pointerdown', away);
    return () => window.removeEventListener('pointerdown', away);
  }, [open]);
  const close = (focusButton: boolean) => {
    setOpen(false);
    if (focusButton) button.current?.focus();
  };
  function onKeyDown(e: KeyboardEvent) {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const go: Record<string, () => void> = {
      ArrowDown: () => list[(at + 1) % list.length]?.focus(),
      ArrowUp: () => list[(at - 1 + list.length) % list.length]?.focus(),
      Home: () => list[0]?.focus(),
      End: () => list[list.length - 1]?.focus(),
      Escape: () => close(true),
      Tab: () => close(false),
    };
    const run = go[e.key];
    if (!run) return;
    if (e.key !== 'Tab') e.preventDefault();
    e.stopPropagation();
    run();
  }
  return (
    <div className="menu-wrap">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => e.key === 'ArrowDown' && (e.preventDefault(), setOpen(true))}
        title="Snapshots, compare and cycles"
      >
        History ▾
      </button>
      {open && (
        <ul ref={menu} role="menu" aria-label="History" className="menu" onKeyDown={onKeyDown}>
          {ITEMS.map((it) => (
            <li key={it.command} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                title={it.hint}
                onClick={() => {
                  close(false);
                  runCommand(it.command);
                }}
              >
                {it.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
