import { useEffect, useRef, useState } from 'react';
import { openReadOnly, recoverPlan, restoreNewest } from './recovery';
import { useStore } from './store';

/**
 * Shown instead of the plan when it cannot be opened for editing (at startup too): what is wrong,
 * in words, and the three ways on. It cannot be dismissed into an empty or a different plan.
 */
export function ProblemDialog() {
  const problem = useStore((s) => s.problem);
  const ref = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  // Not modal: a modal dialog closes on Escape in Chromium whatever the page says, and this one must
  // stay until the user has chosen. The page behind it has nothing to edit.
  useEffect(() => {
    if (problem && ref.current && !ref.current.open) {
      ref.current.show();
      ref.current.querySelector('button')?.focus();
    }
  }, [problem]);
  if (!problem) return null;
  const damaged = problem.code === 'damaged';
  const run = (action: () => Promise<boolean>) => async () => {
    setBusy(true);
    await action();
    setBusy(false);
  };
  const name = problem.file.split(/[\\/]/).pop();
  return (
    <dialog
      ref={ref}
      className="dialog problem"
      aria-labelledby="problem-title"
      aria-describedby="problem-message"
      aria-modal="true"
      onKeyDown={(e) => e.stopPropagation()}
    >
      <h2 id="problem-title">{damaged ? `“${name}” cannot be opened for editing` : `“${name}” could not be opened`}</h2>
      <p id="problem-message">{problem.message}</p>
      <p className="problem-hint">
        {damaged
          ? 'Nothing has been written to it. Choose how to go on:'
          : problem.backups > 0
            ? 'You can put back its newest backup:'
            : 'No backup of it was found.'}
      </p>
      <div className="problem-choices">
        {problem.backups > 0 && (
          <button type="button" disabled={busy} onClick={run(restoreNewest)}>
            Restore the newest backup
            <span className="choice-help">Replaces the file with the last verified copy ({problem.backups} backup{problem.backups === 1 ? '' : 's'} kept).</span>
          </button>
        )}
        {damaged && (
          <button type="button" disabled={busy} onClick={run(recoverPlan)}>
            Recover what can be read into a new plan
            <span className="choice-help">Copies every readable objective and key result into a new file beside it, and says how many.</span>
          </button>
        )}
        {damaged && (
          <button type="button" disabled={busy} onClick={run(openReadOnly)}>
            Open it read-only
            <span className="choice-help">Look and export as it is; no edits are saved.</span>
          </button>
        )}
        {problem.backups > 0 && (
          <button type="button" className="secondary" disabled={busy} onClick={() => useStore.setState({ dialog: { kind: 'backups' } })}>
            Choose another backup…
          </button>
        )}
      </div>
    </dialog>
  );
}
