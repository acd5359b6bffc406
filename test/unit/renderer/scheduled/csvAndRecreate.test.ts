import { describe, expect, it, vi } from 'vitest';
import { csvCell, toCsv } from '../../../../renderer/features/scheduled/csv';
import { replaceScheduled } from '../../../../renderer/features/scheduled/recreate';

describe('CSV', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(12)).toBe('12');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","x")')).toBe(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csvCell('+1 for Friday')).toBe("'+1 for Friday");
    expect(csvCell('-2 degrees')).toBe("'-2 degrees");
    expect(csvCell('@comms please')).toBe("'@comms please");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('writes a header and rows with CRLF', () => {
    expect(toCsv(['text', 'boosts'], [['hello', 3], ['=1+1', 0]])).toBe("text,boosts\r\nhello,3\r\n'=1+1,0\r\n");
  });
});

describe('replacing a scheduled post (edit, post now)', () => {
  const gone = Object.assign(new Error('gone'), { code: 'not_found' });
  const steps = (overrides: Partial<Parameters<typeof replaceScheduled<string>>[0]> = {}) => ({
    confirmOld: vi.fn(async () => undefined),
    create: vi.fn(async () => 'new-1'),
    removeOld: vi.fn(async () => undefined),
    isGone: (error: unknown) => error === gone,
    ...overrides,
  });

  it('creates first, then deletes', async () => {
    const order: string[] = [];
    const run = steps({ create: vi.fn(async () => (order.push('create'), 'new-1')), removeOld: vi.fn(async () => void order.push('delete')) });
    await expect(replaceScheduled(run)).resolves.toEqual({ kind: 'replaced', created: 'new-1' });
    expect(order).toEqual(['create', 'delete']);
  });

  it('leaves the old one alone when creating fails', async () => {
    const failure = new Error('422');
    const run = steps({ create: vi.fn(async () => Promise.reject(failure)) });
    await expect(replaceScheduled(run)).resolves.toEqual({ kind: 'createFailed', error: failure });
    expect(run.removeOld).not.toHaveBeenCalled();
  });

  it('says both exist when deleting the old one fails', async () => {
    const failure = new Error('network');
    await expect(replaceScheduled(steps({ removeOld: vi.fn(async () => Promise.reject(failure)) }))).resolves.toEqual({ kind: 'deleteFailed', created: 'new-1', error: failure });
  });

  it('creates nothing when the old one is already gone', async () => {
    const run = steps({ confirmOld: vi.fn(async () => Promise.reject(gone)) });
    await expect(replaceScheduled(run)).resolves.toEqual({ kind: 'oldGone' });
    expect(run.create).not.toHaveBeenCalled();
  });

  it('counts a delete that finds nothing as done', async () => {
    await expect(replaceScheduled(steps({ removeOld: vi.fn(async () => Promise.reject(gone)) }))).resolves.toEqual({ kind: 'replacedAlreadyGone', created: 'new-1' });
  });
});
