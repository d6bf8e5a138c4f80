import fs from 'node:fs';
import Database from 'better-sqlite3';

/** The page number where a table or index of a plan file starts (read before damaging it). */
export function rootPage(file: string, name: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').pluck().get(name) as number;
  } finally {
    db.close();
  }
}

/** Overwrites one whole page of a SQLite file with garbage, as a failing disk or a bad copy would. */
export function smashPage(file: string, page: number, byte = 0xa5): void {
  const size = new Database(file, { readonly: true }).pragma('page_size', { simple: true }) as number;
  const fd = fs.openSync(file, 'r+');
  try {
    fs.writeSync(fd, Buffer.alloc(size, byte), 0, size, (page - 1) * size);
  } finally {
    fs.closeSync(fd);
  }
}

/** Flips one bit of a file in place. */
export function flipBit(file: string, offset: number, bit: number): void {
  const fd = fs.openSync(file, 'r+');
  try {
    const b = Buffer.alloc(1);
    fs.readSync(fd, b, 0, 1, offset);
    b[0] = b[0]! ^ (1 << bit);
    fs.writeSync(fd, b, 0, 1, offset);
  } finally {
    fs.closeSync(fd);
  }
}
