import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { replyDepths } from '../../../../renderer/features/thread/threadLogic';
import { ThreadView } from '../../../../renderer/features/thread/ThreadView';
import { installMasto, status } from '../timelines/fixtures';

const callbacks = { onOpenStatus: vi.fn(), onOpenAccount: vi.fn(), onOpenTag: vi.fn(), onReply: vi.fn() };

describe('the thread view', () => {
  it('indents replies to replies, and treats a reply to a missing post as direct', () => {
    expect(replyDepths('1', [{ id: '2', inReplyToId: '1' }, { id: '3', inReplyToId: '2' }, { id: '4', inReplyToId: 'gone' }])).toEqual([
      { id: '2', depth: 1 },
      { id: '3', depth: 2 },
      { id: '4', depth: 1 },
    ]);
  });

  it('shows the context above, the opened post highlighted, and replies below', async () => {
    installMasto({
      'v1.statuses.$select.fetch': () => status('5', { content: '<p>Opened</p>', inReplyToId: '4' }),
      'v1.statuses.$select.context.fetch': () => ({
        ancestors: [status('4', { content: '<p>Before</p>' })],
        descendants: [status('6', { content: '<p>Reply</p>', inReplyToId: '5' }), status('7', { content: '<p>Reply to reply</p>', inReplyToId: '6' })],
      }),
    });
    render(<ThreadView accountId="me@social.example" statusId="5" {...callbacks} />);
    const list = await screen.findByRole('list', { name: 'Conversation' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(items[0]).toHaveTextContent('Before');
    expect(within(items[1]!).getByRole('article')).toHaveAttribute('aria-current', 'true');
    expect(items[3]).toHaveAttribute('data-depth', '2');
    expect(items[3]).toHaveTextContent('Reply to reply');
  });
});
