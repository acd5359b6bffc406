import { describe, expect, it } from 'vitest';
import { keepStatus } from '../../../../main/cache/statusShape';

describe('the Home cache and quote posts', () => {
  it('keeps a post’s quote (with the quoted post) and its quote approval, so a cached quote post still shows the quote', () => {
    const kept = keepStatus({
      id: '10',
      content: '<p>Look</p>',
      quote: { state: 'accepted', quotedStatus: { id: '3', content: '<p>Original</p>', account: { id: '5', acct: 'bo' }, favouritesCount: 9, quote: { state: 'accepted' } } },
      quoteApproval: { automatic: ['public'], manual: [], currentUser: 'automatic' },
    }) as Record<string, unknown>;
    expect(kept['quote']).toEqual({ state: 'accepted', quotedStatus: { id: '3', content: '<p>Original</p>', account: { id: '5', acct: 'bo' } } });
    expect(kept['quoteApproval']).toEqual({ automatic: ['public'], manual: [], currentUser: 'automatic' });
  });

  it('keeps a quote the server sent only by id, and its state', () => {
    expect(keepStatus({ id: '11', quote: { state: 'pending', quotedStatusId: '3' } })).toMatchObject({ quote: { state: 'pending', quotedStatusId: '3' } });
  });
});
