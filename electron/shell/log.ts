import fs from 'node:fs';
import path from 'node:path';

export interface Logger {
  readonly file: string;
  info(message: string): void;
  error(message: string, err?: unknown): void;
}

/**
 * A log file in the app's data folder, rotated by size: `main.log`, then `main.1.log` … `main.<keep>.log`.
 * Small on purpose (electron-log would bring its own IPC and renderer hooks the sandbox has no use for).
 * Writing a log line must never break the app, so every failure here is swallowed.
 */
export function createLogger(dir: string, { maxBytes = 1_000_000, keep = 3 } = {}): Logger {
  const file = path.join(dir, 'logs', 'main.log');
  const rotated = (n: number) => path.join(dir, 'logs', `main.${n}.log`);
  const rotate = () => {
    fs.rmSync(rotated(keep), { force: true });
    for (let n = keep - 1; n >= 1; n--) if (fs.existsSync(rotated(n))) fs.renameSync(rotated(n), rotated(n + 1));
    fs.renameSync(file, rotated(1));
  };
  const write = (level: string, message: string) => {
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      if (fs.existsSync(file) && fs.statSync(file).size >= maxBytes) rotate();
      fs.appendFileSync(file, `${new Date().toISOString()} [${level}] ${message}\n`);
    } catch {
      // nowhere left to report it
    }
  };
  return {
    file,
    info: (message) => write('info', message),
    error: (message, err) => write('error', err ? `${message}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}` : message),
  };
}
