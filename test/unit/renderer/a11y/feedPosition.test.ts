import { describe, expect, it } from 'vitest';
import { feedPositions } from '../../../../renderer/features/a11y/feedPosition';

describe('feedPositions', () => {
  it('numbers posts from 1, skipping gaps, with the size unknown while a gap remains', () => {
    const positions = feedPositions([{ type: 'status', id: 'a' }, { type: 'gap' }, { type: 'status', id: 'b' }], true);
    expect(positions.get('a')).toEqual({ posInSet: 1, setSize: -1 });
    expect(positions.get('b')).toEqual({ posInSet: 2, setSize: -1 });
  });

  it('says the size once the whole feed is loaded', () => {
    const positions = feedPositions([{ type: 'status', id: 'a' }, { type: 'status', id: 'b' }], true);
    expect(positions.get('b')).toEqual({ posInSet: 2, setSize: 2 });
  });

  it('keeps the size unknown while older posts may follow', () => {
    expect(feedPositions([{ type: 'status', id: 'a' }], false).get('a')?.setSize).toBe(-1);
  });
});
