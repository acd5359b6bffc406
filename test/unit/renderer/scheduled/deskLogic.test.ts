import { describe, expect, it } from 'vitest';
import { createParams, parseScheduled, type DeskEntry } from '../../../../renderer/features/scheduled/deskEntry';
import { agendaDays, applyMove, moveForKey, moveToDay, startOfDay, vanished, weekDays } from '../../../../renderer/features/scheduled/deskLogic';

const raw = (id: string, scheduledAt: string, params: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({
  id,
  scheduledAt,
  params: { text: `post ${id}`, visibility: 'public', ...params },
  mediaAttachments: [],
  ...extra,
});
const entry = (id: string, iso: string, accountId = '1@org.example'): DeskEntry => parseScheduled(raw(id, iso), accountId) as DeskEntry;

describe('reading scheduled posts', () => {
  it('reads what the desk shows and leaves out what is not a scheduled post', () => {
    const read = parseScheduled(
      raw('7', '2026-06-10T09:00:00.000Z', { spoilerText: 'CW', poll: { options: ['a', 'b'], expiresIn: '3600', multiple: true }, inReplyToId: 42 }, {
        mediaAttachments: [{ id: 'm1', type: 'image', previewUrl: 'https://org.example/p.png', description: 'A chart' }, { nope: true }],
      }),
      '1@org.example',
    );
    expect(read).toMatchObject({ key: '1@org.example|7', at: Date.parse('2026-06-10T09:00:00Z'), spoilerText: 'CW', inReplyToId: '42', poll: { options: ['a', 'b'], expiresIn: 3600, multiple: true } });
    expect(read?.media).toEqual([{ id: 'm1', type: 'image', previewUrl: 'https://org.example/p.png', description: 'A chart' }]);
    for (const bad of [null, 'x', { id: '1' }, raw('', '2026-06-10T09:00:00Z'), raw('1', 'tomorrow'), { id: '1', scheduledAt: '2026-06-10T09:00:00Z', params: 'x' }]) {
      expect(parseScheduled(bad, 'a')).toBeNull();
    }
  });

  it('makes the post again with media or its poll, never both, and leaves unset values out', () => {
    const withMedia = parseScheduled(raw('1', '2026-06-10T09:00:00Z', {}, { mediaAttachments: [{ id: 'm1', type: 'image' }] }), 'a') as DeskEntry;
    expect(createParams(withMedia, { text: 'new', scheduledAt: '2026-06-11T09:00:00.000Z' })).toEqual({
      status: 'new',
      spoilerText: '',
      sensitive: false,
      visibility: 'public',
      mediaIds: ['m1'],
      scheduledAt: '2026-06-11T09:00:00.000Z',
    });
    expect(createParams(withMedia, { keepMedia: false })).not.toHaveProperty('mediaIds');
    const withPoll = parseScheduled(raw('2', '2026-06-10T09:00:00Z', { poll: { options: ['x', 'y'], expiresIn: 600 }, visibility: 'limited' }), 'a') as DeskEntry;
    expect(createParams(withPoll, {})).toEqual({ status: 'post 2', spoilerText: '', sensitive: false, poll: { options: ['x', 'y'], expiresIn: 600, multiple: false } });
  });
});

describe('agenda and week', () => {
  it('groups by the day in the planning zone, in time order', () => {
    // 23:30 UTC on the 10th is already the 11th in Madrid.
    const entries = [entry('b', '2026-06-10T23:30:00Z'), entry('a', '2026-06-10T08:00:00Z'), entry('c', '2026-06-11T06:00:00Z')];
    expect(agendaDays(entries, 'Europe/Madrid').map(({ day, entries: list }) => [day, list.map((e) => e.id)])).toEqual([
      ['2026-06-10', ['a']],
      ['2026-06-11', ['b', 'c']],
    ]);
    expect(agendaDays(entries, 'UTC').map(({ day }) => day)).toEqual(['2026-06-10', '2026-06-11']);
  });

  it('lays seven days out from today, empty days included', () => {
    const first = startOfDay(Date.parse('2026-06-10T12:00:00Z'), 'UTC');
    const days = weekDays(first, [entry('a', '2026-06-12T09:00:00Z')], 'UTC');
    expect(days.map((day) => day.day)).toEqual(['2026-06-10', '2026-06-11', '2026-06-12', '2026-06-13', '2026-06-14', '2026-06-15', '2026-06-16']);
    expect(days[2]?.entries.map((e) => e.id)).toEqual(['a']);
  });

  it('drops a post on another day at the same wall-clock time, across a daylight-saving change', () => {
    // 9:30 on Friday 23 October (summer time) dropped on Monday 26 October (winter time) stays 9:30.
    const moved = moveToDay(Date.parse('2026-10-23T07:30:00Z'), '2026-10-26', 'Europe/Madrid');
    expect(new Date(moved).toISOString()).toBe('2026-10-26T08:30:00.000Z');
  });

  it('moves from the keyboard with Alt and the arrows only', () => {
    const at = Date.parse('2026-06-10T09:00:00Z');
    expect(moveForKey('ArrowRight', true)).toBe('dayLater');
    expect(moveForKey('ArrowRight', false)).toBeNull();
    expect(moveForKey('Enter', true)).toBeNull();
    expect(new Date(applyMove(at, 'dayLater', 'UTC')).toISOString()).toBe('2026-06-11T09:00:00.000Z');
    expect(new Date(applyMove(at, 'dayEarlier', 'UTC')).toISOString()).toBe('2026-06-09T09:00:00.000Z');
    expect(new Date(applyMove(at, 'earlier', 'UTC')).toISOString()).toBe('2026-06-10T08:45:00.000Z');
    expect(new Date(applyMove(at, 'later', 'UTC')).toISOString()).toBe('2026-06-10T09:15:00.000Z');
  });

  it('finds the posts that left the queue', () => {
    const a = entry('a', '2026-06-10T09:00:00Z');
    const b = entry('b', '2026-06-10T10:00:00Z');
    expect(vanished([a, b], [b])).toEqual([a]);
    expect(vanished([a], [a, b])).toEqual([]);
  });
});
