import path from 'node:path';
import type { ApiContext, HandlersOf } from './context';

/** Backups, and what to do with a plan that could not be opened (restore, recover, read-only). */
export const backupHandlers = ({ session, status }: ApiContext): HandlersOf<'listBackups' | 'restoreBackup' | 'recoverPlan' | 'openReadOnly'> => ({
  listBackups: () => {
    const { plan, dir, backups } = session.backups();
    return { plan, folder: dir, backups: backups.map((b) => ({ name: path.basename(b.file), takenAt: b.takenAt, reason: b.reason, bytes: b.bytes })) };
  },
  restoreBackup: (a, origin) => {
    session.restore(a.name);
    session.changed(origin);
    return status();
  },
  recoverPlan: () => session.recover(),
  openReadOnly: () => {
    session.openFailedReadOnly();
    return status();
  },
});
