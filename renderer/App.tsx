import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { api } from './api';
import { runCommand } from './commands';
import { CascadeGraph } from './graph/CascadeGraph';
import { ShortcutsDialog } from './Shortcuts';
import { addChild, dismissNotice, loadPlan, useStore } from './store';
import { TopBar } from './TopBar';

const isTyping = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

/** Shortcuts that work anywhere outside a text box; card keys live on the card itself. */
function useGlobalKeys(showShortcuts: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.defaultPrevented) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      let handled = true;
      if (mod && key === 'z') runCommand(e.shiftKey ? 'redo' : 'undo');
      else if (mod && key === 'y') runCommand('redo');
      else if (mod && key === '0') runCommand('fit-view');
      else if (e.key === '?') showShortcuts();
      else handled = false;
      if (handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [showShortcuts]);
}

function Notice() {
  const notice = useStore((s) => s.notice);
  useEffect(() => {
    if (!notice) return;
    const t = setTimeout(dismissNotice, 6000);
    return () => clearTimeout(t);
  }, [notice]);
  if (!notice) return null;
  return (
    <div className="notice" role="alert">
      <span>{notice}</span>
      <button type="button" aria-label="Dismiss message" onClick={dismissNotice}>
        ×
      </button>
    </div>
  );
}

function EmptyPlan() {
  return (
    <div className="empty">
      <h2>Start with your North Star</h2>
      <p>One aspirational direction for the whole company. Measure it with key results; teams will adopt pieces of it below.</p>
      <button type="button" className="primary" onClick={() => void addChild(null)}>
        Add the North Star
      </button>
    </div>
  );
}

export function App() {
  const phase = useStore((s) => s.phase);
  const empty = useStore((s) => (s.data.childIds['']?.length ?? 0) === 0);
  const [shortcuts, setShortcuts] = useState(false);
  useGlobalKeys(() => setShortcuts(true));
  useEffect(() => {
    void loadPlan();
    const offPlan = api.onPlanChanged(() => void loadPlan());
    const offMenu = api.onMenuCommand(runCommand);
    return () => {
      offPlan();
      offMenu();
    };
  }, []);

  return (
    <ReactFlowProvider>
      <div className="app">
        <TopBar onShowShortcuts={() => setShortcuts(true)} />
        <main className="canvas" aria-busy={phase === 'loading'}>
          {phase === 'loading' && <p className="loading">Opening plan…</p>}
          {phase === 'failed' && <p className="loading">This plan could not be opened.</p>}
          {phase === 'ready' && (empty ? <EmptyPlan /> : <CascadeGraph />)}
        </main>
        <Notice />
        {shortcuts && <ShortcutsDialog onClose={() => setShortcuts(false)} />}
      </div>
    </ReactFlowProvider>
  );
}
