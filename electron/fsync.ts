import fs from 'node:fs';
import path from 'node:path';

/** Flushes a file or folder to disk (a folder so that a rename in it is durable). */
export function fsyncPath(p: string): void {
  const fd = fs.openSync(p, 'r');
  try {
    fs.fsyncSync(fd);
  } catch {
    // Some platforms cannot fsync a directory; the rename itself is still atomic.
  } finally {
    fs.closeSync(fd);
  }
}

/** Writes a small file so that a crash leaves either the old or the new content, never half. */
export function writeFileAtomic(file: string, data: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, data);
  fsyncPath(tmp);
  fs.renameSync(tmp, file);
  fsyncPath(path.dirname(file));
}
