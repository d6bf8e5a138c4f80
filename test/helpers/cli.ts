import { vi } from 'vitest';
import { main } from '../../electron/cli';

/** Runs the command line in-process and captures what it prints. */
export async function cascade(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((m: string) => void out.push(m));
  const write = vi.spyOn(process.stderr, 'write').mockImplementation((m: string | Uint8Array) => (err.push(String(m)), true));
  try {
    const code = await main(argv);
    return { code, out: out.join('\n'), err: err.join('') };
  } finally {
    log.mockRestore();
    write.mockRestore();
  }
}
