import { useSyncExternalStore } from 'react';
import { runCommand } from './commands';
import { currentTheme, subscribeTheme } from './theme';
import { useStore } from './store';
import { HistoryMenu } from './HistoryMenu';
import { useWorkshop } from './workshop/store';

function SaveStatus() {
  const pending = useStore((s) => s.pending);
  const error = useStore((s) => s.saveError);
  const failed = useStore((s) => s.phase === 'failed');
  const readOnly = useStore((s) => s.readOnly);
  const [text, tone] = failed
    ? ['Not opened', 'error']
    : readOnly
      ? ['Read-only', 'busy']
      : error
        ? ['Not saved', 'error']
        : pending > 0
          ? ['Saving…', 'busy']
          : ['All changes saved', 'ok'];
  return (
    <span className={`save-status ${tone}`} role="status" aria-live="polite" tabIndex={-1} title={readOnly ?? error ?? 'Every change is written to the plan file as you make it'}>
      <span className="dot" aria-hidden="true" />
      {text}
    </span>
  );
}

const THEME_LABEL = { system: 'follows the system', light: 'light', dark: 'dark' } as const;

/** Light / dark / system, the same switch as View › Light / Dark / System Theme (browser mode has no menu). */
function ThemeButton() {
  const theme = useSyncExternalStore(subscribeTheme, currentTheme);
  return (
    <button type="button" onClick={() => runCommand('toggle-theme')} aria-label={`Theme: ${THEME_LABEL[theme]}. Switch theme`} title="Switch between system, dark and light theme">
      {theme === 'dark' ? '☾' : theme === 'light' ? '☀' : '◐'}
    </button>
  );
}

export function TopBar({ onShowShortcuts }: { onShowShortcuts(): void }) {
  const name = useStore((s) => s.meta?.name ?? '');
  const history = useStore((s) => s.history);
  const count = useStore((s) => s.objectiveCount);
  return (
    <header className="topbar" role="banner">
      <div className="brand">
        <span className="logo" aria-hidden="true">◆</span>
        <span className="app-name">Cascade Planner</span>
        <span className="sep" aria-hidden="true">/</span>
        <h1 className="plan-name">{name}</h1>
        <span className="count">{count.toLocaleString()} objectives</span>
      </div>
      <nav className="actions" aria-label="Plan actions">
        <button type="button" onClick={() => runCommand('add-sibling')} title="Enter">
          + Objective
        </button>
        <button
          type="button"
          onClick={() => runCommand('undo')}
          disabled={!history.undo}
          aria-label={history.undo ? `Undo “${history.undo}”` : 'Undo'}
          title={history.undo ? `Undo “${history.undo}” (Ctrl+Z)` : 'Nothing to undo'}
        >
          ↶
        </button>
        <button
          type="button"
          onClick={() => runCommand('redo')}
          disabled={!history.redo}
          aria-label={history.redo ? `Redo “${history.redo}”` : 'Redo'}
          title={history.redo ? `Redo “${history.redo}” (Ctrl+Shift+Z)` : 'Nothing to redo'}
        >
          ↷
        </button>
        <button type="button" onClick={() => runCommand('fit-view')} title="Zoom to fit (Shift+1)">
          Fit to view
        </button>
        <button type="button" onClick={() => runCommand('import')} title="Import JSON, CSV or a Markdown outline (Ctrl+I)">
          Import…
        </button>
        <button type="button" onClick={() => runCommand('export')} title="Export PDF, PNG, SVG, CSV, JSON, Markdown or OPML (Ctrl+E)">
          Export…
        </button>
        <button type="button" onClick={() => runCommand('restore-backup')} title="Restore the plan from one of its automatic backups">
          Backups…
        </button>
        <HistoryMenu />
        <button type="button" onClick={() => useWorkshop.setState({ starting: true })} title="Run a workshop: agenda, timer, stickies, triage, votes (W)">
          Workshop…
        </button>
        <button type="button" onClick={() => runCommand('toggle-filters')} title="Filter (/)">
          Filter
        </button>
        <ThemeButton />
        <button type="button" onClick={onShowShortcuts} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
          ?
        </button>
        <SaveStatus />
      </nav>
    </header>
  );
}
