import { useEffect, useRef, useState } from 'react';
import type { BackupEntry } from '../shared/ipc';
import { api } from './api';
import { formatWhen, restoreBackup } from './recovery';

const REASONS: Record<string, string> = {
  open: 'when opened',
  timer: 'while editing',
  migration: 'before an upgrade',
  import: 'before an import',
  restore: 'before a restore',
  manual: 'by hand',
};

const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** File › Restore from Backup…: the plan's verified backups, newest first; one restores it. */
export function BackupsDialog({ onClose }: { onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [list, setList] = useState<{ folder: string; backups: BackupEntry[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    ref.current?.showModal();
    void api.listBackups(undefined).then((r) => (r.ok ? setList(r.value) : setError(r.error.message)));
  }, []);
  return (
    <dialog ref={ref} className="dialog backups" aria-labelledby="backups-title" onClose={onClose} onKeyDown={(e) => e.stopPropagation()}>
      <h2 id="backups-title">Restore from Backup</h2>
      {error && <p role="alert">{error}</p>}
      {list && list.backups.length === 0 && <p>There is no backup of this plan yet. One is taken every time it opens.</p>}
      {list && list.backups.length > 0 && (
        <>
          <p className="backups-help">
            Verified copies of this plan, newest first. Restoring one replaces the plan with it; the plan as it is now is kept as a
            backup first.
          </p>
          <table className="backups-list">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Taken</th>
                <th scope="col">Size</th>
                <th scope="col">
                  <span className="visually-hidden">Action</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.backups.map((b) => (
                <tr key={b.name}>
                  <td>{formatWhen(b.takenAt)}</td>
                  <td>{REASONS[b.reason] ?? b.reason}</td>
                  <td className="num">{size(b.bytes)}</td>
                  <td>
                    <button
                      type="button"
                      disabled={busy}
                      aria-label={`Restore the backup of ${formatWhen(b.takenAt)}`}
                      onClick={async () => {
                        setBusy(true);
                        if (await restoreBackup(b.name, b.takenAt)) onClose();
                        setBusy(false);
                      }}
                    >
                      Restore
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="backups-folder">Kept in {list.folder}</p>
        </>
      )}
      <div className="dialog-actions">
        <button type="button" className="secondary" onClick={() => ref.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
