import { type KeyboardEvent, type ReactNode, useEffect, useRef } from 'react';
import { returnToCanvas } from '../regions';
import { SHELF } from '../planData';
import { type Panel, showPanel, useStore } from '../store';
import { CoachPanel } from './CoachPanel';
import { Inspector } from './Inspector';
import { ShelfPanel } from './ShelfPanel';

function Tab({ panel, label, keyHint, children }: { panel: Panel; label: string; keyHint: string; children?: ReactNode }) {
  const active = useStore((s) => s.panel === panel);
  return (
    <button type="button" role="tab" aria-selected={active} aria-controls="side-panel" className="tab" title={`${label} (${keyHint})`} onClick={() => showPanel(panel)}>
      {label}
      {children}
    </button>
  );
}

const PANEL_NAME = { inspector: 'Inspector', coach: 'Coach', shelf: 'Health & Hygiene shelf' } as const;

/** Inspector, coach and shelf share one panel beside the cascade; the tabs also work as toggles. */
export function SidePanel() {
  const panel = useStore((s) => s.panel);
  const findings = useStore((s) => s.badgeCount);
  const shelf = useStore((s) => s.data.childIds.get(SHELF)?.length ?? 0);
  const body = useRef<HTMLDivElement>(null);
  const shown = useRef(panel);
  // Opening a panel (I, C, H, a tab or the menu) moves focus into it; Tab then walks its fields, so
  // every field is reachable without the card's Tab (which adds a child).
  useEffect(() => {
    if (panel && panel !== shown.current) body.current?.focus({ preventScroll: true });
    shown.current = panel;
  }, [panel]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented || (e.target as HTMLElement).closest('dialog')) return;
    e.preventDefault();
    returnToCanvas();
  };
  return (
    <aside className={`side${panel ? ' open' : ''}`} aria-label="Details" onKeyDown={onKeyDown}>
      <div role="tablist" aria-label="Panels" className="tabs">
        <Tab panel="inspector" label="Inspector" keyHint="I" />
        <Tab panel="coach" label="Coach" keyHint="C">
          {findings > 0 && <span className="tab-count">{findings}</span>}
        </Tab>
        <Tab panel="shelf" label="Shelf" keyHint="H">
          {shelf > 0 && <span className="tab-count">{shelf}</span>}
        </Tab>
      </div>
      {panel && (
        <div id="side-panel" ref={body} role="tabpanel" tabIndex={-1} aria-label={PANEL_NAME[panel]} className="panel-body">
          {panel === 'inspector' && <Inspector />}
          {panel === 'coach' && <CoachPanel />}
          {panel === 'shelf' && <ShelfPanel />}
        </div>
      )}
    </aside>
  );
}
