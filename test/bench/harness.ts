import { loadavg } from 'node:os';
import type { HotFunction } from './cpuProfile';

/** How a run was asked for: full sizes for `npm run bench`, small ones for the smoke in `npm test`. */
export interface BenchOptions {
  /** Small sizes and short durations: proves each benchmark still runs, measures nothing worth quoting. */
  small: boolean;
  /** Timed repetitions of each repeated measurement. */
  reps: number;
  /** Untimed runs before them (caches, JIT, the sandbox's first answers). */
  warmup: number;
  /** Seconds of the streaming soak. */
  soakSeconds: number;
  /** Seconds main's memory is watched with accounts streaming. */
  memorySeconds: number;
  /** Measure the renderer already in `dist/renderer` instead of building it (the smoke, after the e2e build). */
  skipBuild: boolean;
}

/** The sizes `npm run bench` uses unless told otherwise. */
export const fullOptions: BenchOptions = { small: false, reps: 5, warmup: 1, soakSeconds: 60, memorySeconds: 120, skipBuild: false };
/** The sizes of the smoke in `npm test`: one repetition, no warm-up, seconds not minutes. */
export const smokeOptions: BenchOptions = { small: true, reps: 1, warmup: 0, soakSeconds: 2, memorySeconds: 3, skipBuild: true };

/** What a benchmark promises: its headline value stays at or under `max`. */
export interface Budget {
  max: number;
  /** The budget in the issue's words, e.g. "≤ 50 ms". */
  text: string;
}

/** One line of the table. */
export interface Row {
  name: string;
  value: number;
  unit: string;
  /** How the value was taken and its spread (median, min, max, repetitions). */
  detail: string;
  /** None for figures that are reported, not judged. */
  budget?: Budget;
  /** For a missed budget: what the page's CPU time went to while it was measured. */
  hot?: HotFunction[];
  /** The 1-minute load average when the benchmark finished. */
  load?: number;
}

/** A named part of `npm run bench` (`npm run bench -- <id>` runs only some). */
export interface Benchmark {
  id: string;
  run(options: BenchOptions): Promise<Row[]>;
}

/** Runs `task` `warmup` times untimed, then `reps` times, returning each timed run's result. */
export async function repeat<T>(options: Pick<BenchOptions, 'reps' | 'warmup'>, task: (rep: number) => Promise<T>): Promise<T[]> {
  for (let i = 0; i < options.warmup; i++) await task(-1 - i);
  const results: T[] = [];
  for (let i = 0; i < options.reps; i++) results.push(await task(i));
  return results;
}

/** The order statistics a row quotes. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  p95: number;
  n: number;
}

/** Median, min, max and 95th percentile of some samples (NaN for none). */
export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? (sorted[middle] as number) : sorted.length ? ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2 : Number.NaN;
  return { median, min: sorted[0] ?? Number.NaN, max: sorted[sorted.length - 1] ?? Number.NaN, p95: at(0.95), n: sorted.length };
}

const round = (value: number) => (Number.isInteger(value) ? String(value) : Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 10 ? value.toFixed(1) : value.toFixed(2));

/** "median 12.3 ms, min 10.1, max 20.4 (n 7)": how rows describe samples. */
export function describeSpread(values: readonly number[], unit: string): string {
  const { median, min, max, n } = spread(values);
  return `median ${round(median)} ${unit}, min ${round(min)}, max ${round(max)} (n ${n})`;
}

/** Formats a row's value for the table. */
export function formatValue(row: Pick<Row, 'value' | 'unit'>): string {
  return Number.isFinite(row.value) ? `${round(row.value)}${row.unit ? ` ${row.unit}` : ''}` : 'error';
}

/** `pass`, `miss`, or `—` for a row without a budget. */
export function verdict(row: Row): 'pass' | 'miss' | '—' {
  if (!row.budget) return '—';
  return Number.isFinite(row.value) && row.value <= row.budget.max ? 'pass' : 'miss';
}

/**
 * Runs the benchmarks one after the other (they share two cores with everything else), notes the
 * load average after each, and turns a benchmark that throws into a row that says so.
 */
export async function runBenchmarks(benchmarks: readonly Benchmark[], options: BenchOptions, progress: (line: string) => void = () => undefined): Promise<Row[]> {
  const rows: Row[] = [];
  for (const benchmark of benchmarks) {
    progress(`${benchmark.id}…`);
    const started = performance.now();
    try {
      const produced = await benchmark.run(options);
      const load = loadavg()[0];
      rows.push(...produced.map((row) => ({ ...row, load })));
    } catch (error) {
      rows.push({ name: benchmark.id, value: Number.NaN, unit: '', detail: `failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, load: loadavg()[0] });
    }
    progress(`${benchmark.id} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  return rows;
}
