import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SlotStore } from '../../../../main/slots/slotStore';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'atrium-slots-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const plan = (hour: number) => ({ zone: 'Europe/Madrid', slots: [{ weekdays: [1, 2, 3, 4, 5], hour, minute: 30 }] });

describe('posting slots on the device', () => {
  it('keeps each account’s plan and forgets one on request', async () => {
    const store = new SlotStore(path.join(dir, 'posting-slots.json'));
    expect(await store.read()).toEqual({});
    await store.write('1@org.example', plan(9));
    await store.write('2@org.example', plan(14));
    expect(await new SlotStore(path.join(dir, 'posting-slots.json')).read()).toEqual({ '1@org.example': plan(9), '2@org.example': plan(14) });
    expect(await store.write('1@org.example', null)).toEqual({ '2@org.example': plan(14) });
  });

  it('does not lose a write when two arrive at once, and leaves no temporary files', async () => {
    const store = new SlotStore(path.join(dir, 'posting-slots.json'));
    await Promise.all([store.write('a', plan(9)), store.write('b', plan(10)), store.write('c', plan(11))]);
    expect(Object.keys(await store.read()).sort()).toEqual(['a', 'b', 'c']);
    expect(await readdir(dir)).toEqual(['posting-slots.json']);
  });

  it('reads a damaged or foreign file as no slots, and writes over it', async () => {
    const file = path.join(dir, 'posting-slots.json');
    await writeFile(file, '{"a": {"zone": "UTC", "slots": [{"weekdays": [9], "hour": 30, "minute": 0}]}}');
    const store = new SlotStore(file);
    expect(await store.read()).toEqual({});
    await writeFile(file, 'not json');
    expect(await store.read()).toEqual({});
    await store.write('a', plan(9));
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ a: plan(9) });
  });
});
