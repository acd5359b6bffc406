import { execFileSync } from 'node:child_process';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { chromiumPath } from '../e2e/host/chromium';
import { formatValue, verdict, type BenchOptions, type Row } from './harness';

/** Where and when a run happened, for the head of BENCHMARKS.md. */
export interface RunInfo {
  date: string;
  commit: string;
  machine: string;
  loadBefore: number[];
  loadAfter: number[];
  options: BenchOptions;
  /** The benchmarks run, when not all were. */
  only?: string[];
}

const quiet = (command: string, args: string[], cwd: string) => {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
};

/** The commit (with `+ changes` when the checkout differs from it) and the machine, read as the run starts. */
export function describeRun(root: string, options: BenchOptions): Omit<RunInfo, 'loadAfter'> {
  const dirty = quiet('git', ['status', '--porcelain', '--untracked-files=no'], root) !== '';
  const cpu = cpus();
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    commit: `${quiet('git', ['rev-parse', '--short', 'HEAD'], root)}${dirty ? ' + uncommitted changes' : ''}`,
    machine: `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB, Linux ${release()}, Node ${process.version}, ${quiet(chromiumPath, ['--version'], root)}`,
    loadBefore: loadavg(),
    options,
  };
}

const loads = (values: readonly number[]) => values.map((value) => value.toFixed(2)).join(' / ');

/** The table as the terminal shows it. */
export function consoleTable(rows: readonly Row[]): string {
  const cells = rows.map((row) => [row.name, formatValue(row), row.budget?.text ?? '', verdict(row), row.load?.toFixed(1) ?? '', row.detail]);
  const head = ['benchmark', 'value', 'budget', 'result', 'load', 'detail'];
  const widths = head.map((title, i) => (i === head.length - 1 ? 0 : Math.max(title.length, ...cells.map((cell) => (cell[i] as string).length))));
  return [head, ...cells].map((cell) => cell.map((text, i) => text.padEnd(widths[i] ?? 0)).join('  ').trimEnd()).join('\n');
}

/** BENCHMARKS.md: when, what commit, which machine under what load, the table, and why each miss missed. */
export function markdownReport(info: RunInfo, rows: readonly Row[]): string {
  const escape = (text: string) => text.replace(/\|/g, '\\|');
  const { options } = info;
  const lines = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (test/bench/); the figures are from the run below, not edited by hand.',
    '',
    `- date: ${info.date}`,
    `- commit: ${info.commit}`,
    `- machine: ${info.machine}`,
    `- load average (1 / 5 / 15 min): ${loads(info.loadBefore)} at the start, ${loads(info.loadAfter)} at the end`,
    `- run: ${info.only ? `only ${info.only.join(', ')}; ` : ''}${options.small ? 'small sizes (smoke), ' : ''}${options.reps} repetitions after ${options.warmup} warm-up, soak ${options.soakSeconds} s, main memory watched ${options.memorySeconds} s`,
    '',
    'The machine is shared: the `load` column is the 1-minute load average as each benchmark ended, and timings taken under a load above the core count are slower than the app is.',
    '',
    '| benchmark | value | budget | result | load | detail |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${escape(row.name)} | ${formatValue(row)} | ${escape(row.budget?.text ?? '')} | ${verdict(row)} | ${row.load?.toFixed(1) ?? ''} | ${escape(row.detail)} |`),
  ];
  const missed = rows.filter((row) => verdict(row) === 'miss' && row.hot?.length);
  if (missed.length > 0) {
    lines.push('', '## Where the time went in what missed', '', 'Self time per function in a CPU profile of the page while it was measured (the profiles are in `test-results/bench/`).', '');
    for (const row of missed) {
      lines.push(`**${row.name}**`, '', ...(row.hot ?? []).map((hot) => `- ${hot.selfMs.toFixed(0)} ms ${hot.where}`), '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
