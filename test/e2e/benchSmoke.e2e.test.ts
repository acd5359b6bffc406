import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allBenchmarks } from '../bench/benchmarks/index';
import { runBenchmarks, smokeOptions } from '../bench/harness';

const root = path.resolve(import.meta.dirname, '../..');

// Every benchmark of `npm run bench` once, at small sizes, against the renderer the e2e run built:
// the figures mean nothing here (budgets are not checked), but each must still produce them.
describe('npm run bench, smoke', () => {
  for (const benchmark of allBenchmarks(root)) {
    it(`${benchmark.id} still measures something`, { timeout: 180_000 }, async () => {
      const rows = await runBenchmarks([benchmark], smokeOptions);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.filter((row) => !Number.isFinite(row.value)).map((row) => `${row.name}: ${row.detail}`)).toEqual([]);
    });
  }
});
