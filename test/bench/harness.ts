import fs from 'node:fs';
import os from 'node:os';
import type { Table } from './table';

/** What every benchmark module gets from the runner. */
export interface BenchContext {
  /** Smaller sizes and fewer iterations, for a smoke run (`--quick`). */
  quick: boolean;
  /** A fresh directory for files; the runner deletes it afterwards. */
  tmpDir: string;
  /** Progress lines while a module runs (stderr, so that stdout stays the report). */
  log(message: string): void;
}

/** A pass/fail promise the run checks (no overlaps, a speed target, …). */
export interface Check {
  name: string;
  ok: boolean;
  detail?: string;
}

export interface BenchReport {
  tables: Table[];
  checks: Check[];
  /** Raw figures for results.json. */
  data: unknown;
}

/** One benchmark module; run.ts runs them in turn. Browser benchmarks can plug in the same way. */
export interface BenchModule {
  id: string;
  title: string;
  run(ctx: BenchContext): Promise<BenchReport>;
}

export interface Samples {
  /** Milliseconds, in the order measured. */
  samples: number[];
  p50: number;
  p90: number;
  p99: number;
  min: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentile of unsorted samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function summarize(samples: number[]): Samples {
  return {
    samples,
    p50: percentile(samples, 50),
    p90: percentile(samples, 90),
    p99: percentile(samples, 99),
    min: Math.min(...samples),
    max: Math.max(...samples),
    mean: samples.reduce((a, b) => a + b, 0) / samples.length,
  };
}

export interface MeasureOptions {
  /** Untimed runs first, so the JIT has compiled the code. */
  warmup?: number;
  minRuns?: number;
  maxRuns?: number;
  /** Stop adding runs (beyond minRuns) once this much time was spent measuring. */
  budgetMs?: number;
}

/** Times `fn` repeatedly; `setup` (untimed) runs before each timed call. */
export function measure<S = void>(
  fn: (state: S) => unknown,
  { warmup = 2, minRuns = 5, maxRuns = 200, budgetMs = 1000 }: MeasureOptions = {},
  setup?: () => S,
): Samples {
  for (let i = 0; i < warmup; i++) fn(setup ? setup() : (undefined as S));
  const samples: number[] = [];
  const started = performance.now();
  let sink: unknown;
  while (samples.length < maxRuns && (samples.length < minRuns || performance.now() - started < budgetMs)) {
    const state = setup ? setup() : (undefined as S);
    const t0 = performance.now();
    sink = fn(state);
    samples.push(performance.now() - t0);
  }
  keep(sink);
  return summarize(samples);
}

let sunk: unknown;
/** Stops the optimiser from discarding a result. */
export function keep(v: unknown): void {
  sunk = v;
}
export const kept = () => sunk;

/** Times one call. */
export function time<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

export interface Machine {
  cpu: string;
  cores: number;
  memory: string;
  node: string;
  v8: string;
  platform: string;
  load: string;
}

export function machine(): Machine {
  const cpus = os.cpus();
  let cpu = cpus[0]?.model?.trim() || 'unknown';
  // Virtual machines often report a bare family name; /proc/cpuinfo sometimes says more.
  try {
    const info = fs.readFileSync('/proc/cpuinfo', 'utf8');
    const mhz = /cpu MHz\s*:\s*([\d.]+)/.exec(info)?.[1];
    if (mhz && !/GHz|MHz/.test(cpu)) cpu += ` @ ${(Number(mhz) / 1000).toFixed(2)} GHz`;
  } catch {
    // not Linux
  }
  return {
    cpu,
    cores: os.availableParallelism?.() ?? cpus.length,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    node: process.version,
    v8: process.versions.v8,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    load: os.loadavg().map((l) => l.toFixed(2)).join(' '),
  };
}

/** Heap high-water mark, sampled whenever `sample()` is called (the JS heap cannot be watched). */
export class HeapWatch {
  peak = 0;
  sample(): number {
    const used = process.memoryUsage().heapUsed;
    if (used > this.peak) this.peak = used;
    return used;
  }
}
