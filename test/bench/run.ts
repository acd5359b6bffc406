// `npm run bench`: measures what the README quotes and writes BENCHMARKS.md. Not a test: it reports
// budgets met and missed. `npm run bench -- directory home` runs only the parts named;
// `--reps 3`, `--soak-seconds 20`, `--memory-seconds 600` (the ten minutes), `--small`.
import { writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { allBenchmarks } from './benchmarks/index';
import { fullOptions, runBenchmarks, smokeOptions, type BenchOptions } from './harness';
import { consoleTable, describeRun, markdownReport } from './report';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    small: { type: 'boolean', default: false },
    reps: { type: 'string' },
    'soak-seconds': { type: 'string' },
    'memory-seconds': { type: 'string' },
  },
});
const base = values.small ? smokeOptions : fullOptions;
const number = (text: string | undefined, fallback: number) => (text === undefined ? fallback : Math.max(1, Number.parseInt(text, 10) || fallback));
const options: BenchOptions = {
  ...base,
  skipBuild: false,
  reps: number(values.reps, base.reps),
  soakSeconds: number(values['soak-seconds'], base.soakSeconds),
  memorySeconds: number(values['memory-seconds'], base.memorySeconds),
};
const benchmarks = allBenchmarks(root).filter((benchmark) => positionals.length === 0 || positionals.includes(benchmark.id));
if (benchmarks.length === 0) throw new Error(`No benchmark named ${positionals.join(', ')}; there are ${allBenchmarks(root).map((benchmark) => benchmark.id).join(', ')}.`);

const run = describeRun(root, options);
console.log(`${run.date} ${run.commit}\n${run.machine}\nload average ${loadavg().map((load) => load.toFixed(2)).join(' / ')}`);
const rows = await runBenchmarks(benchmarks, options, (line) => console.log(line));
console.log(`\n${consoleTable(rows)}\n\nload average at the end ${loadavg().map((load) => load.toFixed(2)).join(' / ')}`);
const only = positionals.length > 0 ? { only: benchmarks.map((benchmark) => benchmark.id) } : {};
await writeFile(path.join(root, 'BENCHMARKS.md'), markdownReport({ ...run, ...only, loadAfter: loadavg() }, rows));
console.log('Written to BENCHMARKS.md');
