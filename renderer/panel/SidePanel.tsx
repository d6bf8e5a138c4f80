import type { ReactNode } from 'react';
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

/** Inspector, coach and shelf share one panel beside the cascade; the tabs also work as toggles. */
export function SidePanel() {
  const panel = useStore((s) => s.panel);
  const findings = useStore((s) => s.badgeCount);
  const shelf = useStore((s) => s.data.childIds.get(SHELF)?.length ?? 0);
  return (
    <aside className={`side${panel ? ' open' : ''}`} aria-label="Details">
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
        <div id="side-panel" role="tabpanel" className="panel-body">
          {panel === 'inspector' && <Inspector />}
          {panel === 'coach' && <CoachPanel />}
          {panel === 'shelf' && <ShelfPanel />}
        </div>
      )}
    </aside>
  );
}
