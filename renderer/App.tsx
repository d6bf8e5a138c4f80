import { BackupsDialog } from './BackupsDialog';
import { ProblemDialog } from './ProblemDialog';
import { Suspense, lazy, useCallback, useEffect } from 'react';
import { api } from './api';
import { cardKey, runCommand } from './commands';
import { CascadeGraph } from './graph/CascadeGraph';
import { Breadcrumb } from './Breadcrumb';
import { FilterBar } from './FilterBar';
import { watchFindings } from './findings';
import { ExportDialog } from './ExportDialog';
import { GateDialog } from './GateDialog';
import { SidePanel } from './panel/SidePanel';
import { AboutDialog } from './About';
import { ShortcutsDialog } from './Shortcuts';
import { addChild, applyChange, dismissNotice, loadPlan, reloadData, toggleOverviewMap, useStore } from './store';
import { cycleRegion } from './regions';
import { TopBar } from './TopBar';
import { CheckInModeDialog } from './CheckInMode';
import { HistoryBar } from './HistoryBar';
import { startCheckInMode } from './checkins';
import { CompareBar } from './CompareBar';
import { CompareDialog, CyclesDialog, SnapshotDialog } from './HistoryDialogs';
import { leaveCompare } from './history';
import { TriageWall } from './workshop/TriageWall';
import { WorkshopBar } from './workshop/WorkshopBar';
import { WorkshopLayer } from './workshop/Workshop';

const isTyping = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

// Import reads files with the full validator (zod); it loads when first opened, not with the app.
const ImportDialog = lazy(() => import('./ImportDialog').then((m) => ({ default: m.ImportDialog })));

/** While a new objective is on its way, typed characters are kept for its title box. */
function useTypeAhead(): void {
  useEffect(() => {
    const capture = (e: KeyboardEvent) => {
      const buffer = useStore.getState().typeAhead;
      // After an Enter (kept as a line break: the box commits as soon as it appears), keys are the
      // next action's, not this title's.
      if (buffer === null || buffer.endsWith('\n') || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key.length === 1) useStore.setState({ typeAhead: buffer + e.key });
      else if (e.key === 'Enter') useStore.setState({ typeAhead: `${buffer}\n` });
      else if (e.key === 'Backspace') useStore.setState({ typeAhead: buffer.slice(0, -1) });
      else if (e.key !== 'Tab' && e.key !== 'Enter') return;
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener('keydown', capture, true);
    return () => window.removeEventListener('keydown', capture, true);
  }, []);
}

/**
 * Card keys normally arrive on the focused card. When focus is on the page or the canvas itself (a
 * click just landed, focus has not caught up), they go to the selected card, so no key is lost.
 */
function cardKeyFromCanvas(e: KeyboardEvent): boolean {
  const t = e.target as HTMLElement;
  const onCanvas = t === document.body || (t.closest('.canvas') !== null && !t.closest('button, a, [role="tab"]'));
  const { selectedId, gateQueue } = useStore.getState();
  // Tab adds a child only on the card itself; from the page (focus fell off the end) it moves focus.
  if (!onCanvas || !selectedId || gateQueue.length > 0 || t.closest('dialog') || e.key === 'Tab') return false;
  return cardKey(selectedId, e);
}

/** Pasting lines of text outside a text box previews them as new objectives (a Markdown outline). */
function usePasteToImport(): void {
  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      if (isTyping(e.target) || useStore.getState().dialog) return;
      const text = e.clipboardData?.getData('text/plain') ?? '';
      if (!text.trim()) return;
      e.preventDefault();
      useStore.setState({ dialog: { kind: 'import', text } });
    };
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  }, []);
}

/** Shortcuts that work anywhere outside a text box; card keys live on the card itself. */
function useGlobalKeys(showShortcuts: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'F6' && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        return cycleRegion(e.shiftKey);
      }
      if (isTyping(e.target) || e.defaultPrevented) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      let handled = true;
      if (mod && key === 'z') runCommand(e.shiftKey ? 'redo' : 'undo');
      else if (mod && key === 'y') runCommand('redo');
      else if (mod && key === '0') runCommand('zoom-reset');
      else if (mod && (key === '=' || key === '+')) runCommand('zoom-in');
      else if (mod && key === '-') runCommand('zoom-out');
      else if (e.shiftKey && e.code === 'Digit1' && !mod && !e.altKey) runCommand('fit-view');
      else if (mod && key === 'e') runCommand('export');
      else if (mod && key === 'i') runCommand('import');
      else if (e.key === '?') showShortcuts();
      else if (mod || e.altKey) handled = false;
      else if (key === 'i') runCommand('show-inspector');
      else if (key === 'c') runCommand('show-coach');
      else if (key === 'h') runCommand('show-shelf');
      else if (key === 'm') toggleOverviewMap();
      else if (key === 't') runCommand('toggle-titles');
      else if (key === 'u') void startCheckInMode(useStore.getState().selectedId);
      else if (e.key === '/') runCommand('toggle-filters');
      else if (e.key === 'Escape' && useStore.getState().filtersOpen) runCommand('toggle-filters');
      else if (e.key === 'Escape' && useStore.getState().compare) void leaveCompare();
      else if (e.key === 'Escape' && useStore.getState().focusId) runCommand('unfocus');
      else handled = cardKeyFromCanvas(e);
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

const dialogKeys = new WeakMap<object, number>();
let dialogsOpened = 0;
/** A number per opening of a dialog, so opening the same kind again mounts (and shows) a new element. */
function dialogKey(dialog: object): number {
  if (!dialogKeys.has(dialog)) dialogKeys.set(dialog, ++dialogsOpened);
  return dialogKeys.get(dialog)!;
}

export function App() {
  const phase = useStore((s) => s.phase);
  const empty = useStore((s) => (s.data.childIds.get('')?.length ?? 0) === 0);
  const showShortcuts = useCallback(() => useStore.setState({ dialog: { kind: 'shortcuts' } }), []);
  useGlobalKeys(showShortcuts);
  useTypeAhead();
  usePasteToImport();
  const dialog = useStore((s) => s.dialog);
  // A dialog's close event arrives a task after Escape; by then a key may have opened the next dialog,
  // which a bare "dialog: null" would shut. So each opening closes only itself, and is a new element.
  const closeDialog = () => useStore.setState((s) => (s.dialog === dialog ? { dialog: null } : {}));
  const key = dialog ? dialogKey(dialog) : 0;
  useEffect(() => watchFindings(), []);
  useEffect(() => {
    // With an event: a change to this plan (keep the view); without: another plan was opened.
    // A browser tab's feed reconnecting (the server dropped) may have missed changes: read again,
    // keeping the view. Its first connection is skipped: the plan was read just before, and a second
    // read of a large plan at start-up would cost more than the rare change made in between.
    let connections = 0;
    const offPlan = api.onPlanChanged((change) => {
      if (change === 'connected') {
        if (connections++ > 0 && useStore.getState().phase === 'ready') void reloadData();
      } else if (change) applyChange(change);
      else void loadPlan();
    });
    const offMenu = api.onMenuCommand(runCommand);
    return () => {
      offPlan();
      offMenu();
    };
  }, []);

  return (
      <div className="app">
        <TopBar onShowShortcuts={showShortcuts} />
        <WorkshopBar />
        <div className="workspace">
          <main className="canvas" aria-busy={phase === 'loading'}>
            <CompareBar />
            <Breadcrumb />
            <FilterBar />
            {phase === 'ready' && !empty && <HistoryBar />}
            {phase === 'loading' && <p className="loading">Opening plan…</p>}
            {phase === 'failed' && <p className="loading">This plan could not be opened; see the message.</p>}
            {phase === 'ready' && (empty ? <EmptyPlan /> : <CascadeGraph />)}
          </main>
          <SidePanel />
        </div>
        <TriageWall />
        <WorkshopLayer />
        <Notice />
        <GateDialog />
        <CheckInModeDialog />
        {dialog?.kind === 'export' && <ExportDialog key={key} onClose={closeDialog} />}
        {dialog?.kind === 'import' && (
          <Suspense fallback={null}>
            <ImportDialog key={key} initialText={dialog.text} onClose={closeDialog} />
          </Suspense>
        )}
        {dialog?.kind === 'backups' && <BackupsDialog key={key} onClose={closeDialog} />}
        <ProblemDialog />
        {dialog?.kind === 'shortcuts' && <ShortcutsDialog key={key} onClose={closeDialog} onAbout={() => useStore.setState({ dialog: { kind: 'about' } })} />}
        {dialog?.kind === 'about' && <AboutDialog key={key} onClose={closeDialog} />}
        {dialog?.kind === 'snapshot' && <SnapshotDialog key={key} onClose={closeDialog} />}
        {dialog?.kind === 'compare' && <CompareDialog key={key} onClose={closeDialog} />}
        {dialog?.kind === 'cycles' && <CyclesDialog key={key} onClose={closeDialog} />}
      </div>
  );
}
