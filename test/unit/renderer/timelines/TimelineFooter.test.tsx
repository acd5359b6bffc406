import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { TimelineFooter } from '../../../../renderer/features/timelines/TimelineRows';

describe('the end of a feed when older posts could not be loaded', () => {
  it('says so at once, offers Retry, and stays a row the feed may own', async () => {
    const onRetry = vi.fn();
    const { container } = render(
      <div role="feed" aria-label="Home">
        <TimelineFooter loading={false} error="The server did not answer." atEnd={false} onRetry={onRetry} />
      </div>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Older posts could not be loaded. The server did not answer.');
    const row = screen.getByRole('article', { name: /Older posts could not be loaded/ });
    await userEvent.click(within(row).getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
    const { violations } = await axe.run(container, { runOnly: ['aria-required-children'] });
    expect(violations).toEqual([]);
  });
});
