import { describe, expect, it } from 'vitest';
import { withNewPost } from '../../../../renderer/features/composer/placeNewPost';
import { useAtrium } from '../../../../renderer/store/store';
import { threadKey } from '../../../../renderer/features/thread/threadSlice';
import { timelineKey } from '../../../../renderer/features/timelines/timelineSource';
import { status } from '../timelines/fixtures';

const me = 'me@social.example';
const homeKey = timelineKey(me, { kind: 'home' });
const timeline = { source: { kind: 'home' as const }, status: 'ready' as const, error: null, older: null, loadingOlder: false, olderError: null, fillingGap: null, droppedNew: 0 };

describe('where a new post shows at once', () => {
  it('tops Home, and stops waiting behind "new posts" if the stream brought it first', () => {
    useAtrium.setState({ timelines: { [homeKey]: { ...timeline, items: [{ type: 'status', id: '1' }], pendingNew: [{ type: 'status', id: '9' }, { type: 'status', id: '8' }] } } });
    const next = withNewPost(useAtrium.getState(), me, status('9'));
    expect(next.timelines?.[homeKey]?.items).toEqual([{ type: 'status', id: '9' }, { type: 'status', id: '1' }]);
    expect(next.timelines?.[homeKey]?.pendingNew).toEqual([{ type: 'status', id: '8' }]);
  });

  it('joins the open threads that hold the post it answers, and no other', () => {
    useAtrium.setState({
      threads: {
        [threadKey(me, '5')]: { focusId: '5', ancestors: ['4'], descendants: ['6'], status: 'ready', error: null },
        [threadKey(me, '20')]: { focusId: '20', ancestors: [], descendants: [], status: 'ready', error: null },
        [threadKey('other@social.example', '5')]: { focusId: '5', ancestors: [], descendants: [], status: 'ready', error: null },
      },
    });
    const next = withNewPost(useAtrium.getState(), me, status('30', { inReplyToId: '6' }));
    expect(next.threads?.[threadKey(me, '5')]?.descendants).toEqual(['6', '30']);
    expect(next.threads?.[threadKey(me, '20')]?.descendants).toEqual([]);
    expect(next.threads?.[threadKey('other@social.example', '5')]?.descendants).toEqual([]);
  });
});
