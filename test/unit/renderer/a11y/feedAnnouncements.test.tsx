import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAnnouncer } from '../../../../renderer/features/a11y/announcer';
import { NEW_POSTS_QUIET_MS, useFeedAnnouncements } from '../../../../renderer/features/a11y/useFeedAnnouncements';

const noContainer = { current: null };

function Feed({ pending }: { pending: number }) {
  useFeedAnnouncements(pending, 'Home', noContainer);
  return null;
}

/** Every sentence the live region was given, in order. */
function spokenLog(): string[] {
  const log: string[] = [];
  useAnnouncer.subscribe((state) => state.current && log.push(state.current.text));
  return log;
}

beforeEach(() => {
  vi.useFakeTimers();
  useAnnouncer.setState({ current: null });
});

afterEach(() => vi.useRealTimers());

describe('saying that new posts wait', () => {
  it('says the first at once, then at most once per quiet time with the latest count', () => {
    const spoken = spokenLog();
    const { rerender } = render(<Feed pending={0} />);
    rerender(<Feed pending={1} />);
    expect(spoken).toEqual(['1 new post waiting in Home']);
    // A stream of posts: nothing more is said until the quiet time is over, then the count as it is then.
    for (const pending of [5, 40, 120]) rerender(<Feed pending={pending} />);
    expect(spoken).toHaveLength(1);
    act(() => vi.advanceTimersByTime(NEW_POSTS_QUIET_MS));
    expect(spoken).toEqual(['1 new post waiting in Home', '120 new posts waiting in Home']);
  });

  it('says nothing later for posts already shown, and speaks again when new ones wait after that', () => {
    const spoken = spokenLog();
    const { rerender } = render(<Feed pending={2} />);
    rerender(<Feed pending={3} />);
    // Shown before the quiet time ended: the planned sentence is dropped.
    rerender(<Feed pending={0} />);
    act(() => vi.advanceTimersByTime(NEW_POSTS_QUIET_MS));
    expect(spoken).toEqual(['2 new posts waiting in Home']);
    rerender(<Feed pending={1} />);
    expect(spoken).toEqual(['2 new posts waiting in Home', '1 new post waiting in Home']);
  });
});
