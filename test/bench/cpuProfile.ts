import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import type { Locate } from './sourceMaps';

/** The cold start's profiles (`<name>.cpuprofile`), written by its own process and read by the benchmark. */
export const coldStartProfiles = { page: 'cold-start-page', main: 'cold-start-main' } as const;

/** One function's share of a CPU profile. */
export interface HotFunction {
  /** `name (file:line)` in the source, read through the build's source maps; else as DevTools shows the built code. */
  where: string;
  selfMs: number;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * A CPU profile of the page from `start()` to `stop()`, written as `<name>.cpuprofile` where DevTools can open it;
 * `hottest` then says what the time went to, for a benchmark that misses its budget.
 */
export async function startCpuProfile(page: Page, folder: string): Promise<{ stop(name: string): Promise<Profile> }> {
  const session: CDPSession = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  return {
    stop: async (name) => {
      const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: Profile };
      await session.detach();
      await mkdir(folder, { recursive: true });
      await writeFile(path.join(folder, `${name}.cpuprofile`), JSON.stringify(profile));
      return profile;
    },
  };
}

/** The functions that ran longest themselves (not counting what they called), longest first. */
export function hottest(profile: Profile, locate: Locate, count = 8): HotFunction[] {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byNode.get(id)?.callFrame;
    if (!frame) return;
    const file = frame.url.split('/').pop() ?? '';
    const where =
      (frame.url ? locate(frame.url, frame.lineNumber, frame.columnNumber) : null) ??
      `${frame.functionName || '(anonymous)'}${file ? ` (${file}:${frame.lineNumber + 1})` : ''}`;
    self.set(where, (self.get(where) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  // Idle time is the page waiting, not working.
  self.delete('(idle)');
  return [...self]
    .map(([where, selfMs]) => ({ where, selfMs }))
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, count);
}

