import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { announce } from '../../../../renderer/features/a11y/announcer';
import { KeyboardLayer } from '../../../../renderer/features/a11y/KeyboardLayer';
import { useAtrium } from '../../../../renderer/store/store';
import { usePanelHistory } from '../../../../renderer/features/a11y/usePanelHistory';
import type { SidePanel } from '../../../../renderer/features/shell/layoutSlice';

/** The side panel as the store has it: a thread's post, or a profile's heading; Backspace goes back in it. */
function Panel() {
  const panel = useAtrium((state) => state.sidePanel);
  return panel ? <OpenPanel panel={panel} /> : null;
}

function OpenPanel({ panel }: { panel: NonNullable<SidePanel> }) {
  usePanelHistory();
  return (
    <section data-region="panel" aria-label="Panel">
      {panel.kind === 'thread' ? <article tabIndex={0} data-status-id={panel.statusId} aria-label={`Post ${panel.statusId}`} /> : <h2>Profile</h2>}
      <input aria-label="Note" />
    </section>
  );
}

function Frame() {
  return (
    <>
      <nav aria-label="Atrium" data-region="rail">
        <button type="button" aria-current="page">
          Home
        </button>
      </nav>
      <main>
        <section aria-label="Home column">
          <h1>Home</h1>
          <div role="feed" aria-label="Home">
            <article tabIndex={0} data-status-id="1" aria-label="Post one" />
          </div>
        </section>
        <section aria-label="Conversation">
          <h2>Conversation</h2>
        </section>
      </main>
      <KeyboardLayer />
    </>
  );
}

/** Draws the shell's frame and waits for its shortcuts, which load just after the first screen. */
async function renderFrame() {
  const view = render(<Frame />);
  // The layer asked for the same module first: once this resolves, its listeners are on.
  await act(() => import('../../../../renderer/features/a11y/shellKeys'));
  return view;
}

describe('KeyboardLayer', () => {
  it('opens the help sheet with ? from outside any feed, listing every kind of shortcut', async () => {
    await renderFrame();
    screen.getByRole('button', { name: 'Home' }).focus();
    fireEvent.keyDown(screen.getByRole('button', { name: 'Home' }), { key: '?' });
    const sheet = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(sheet).toHaveTextContent('Switch to your first to ninth account');
    expect(sheet).toHaveTextContent('Write a new post');
    expect(sheet).toHaveTextContent('Search and commands');
    expect(sheet).toHaveTextContent('Go to Bookmarks');
    fireEvent.keyDown(sheet, { key: 'Escape' });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Home' })).toHaveFocus());
  });

  it('moves through the regions with F6 and back with Shift+F6', async () => {
    await renderFrame();
    const railItem = screen.getByRole('button', { name: 'Home' });
    railItem.focus();
    fireEvent.keyDown(railItem, { key: 'F6' });
    expect(screen.getByRole('heading', { name: 'Home' })).toHaveFocus();
    fireEvent.keyDown(document.activeElement!, { key: 'F6' });
    expect(screen.getByRole('heading', { name: 'Conversation' })).toHaveFocus();
    fireEvent.keyDown(document.activeElement!, { key: 'F6' });
    expect(railItem).toHaveFocus();
    fireEvent.keyDown(railItem, { key: 'F6', shiftKey: true });
    expect(screen.getByRole('heading', { name: 'Conversation' })).toHaveFocus();
  });

  it('steps from the heading into the column’s posts with j', async () => {
    await renderFrame();
    const heading = screen.getByRole('heading', { name: 'Home' });
    heading.setAttribute('tabindex', '-1');
    heading.focus();
    fireEvent.keyDown(heading, { key: 'j' });
    expect(screen.getByRole('article', { name: 'Post one' })).toHaveFocus();
  });

  it('says when a post gone into with i has nothing inside', async () => {
    await renderFrame();
    const post = screen.getByRole('article', { name: 'Post one' });
    post.focus();
    fireEvent.keyDown(post, { key: 'i' });
    await waitFor(() => expect(screen.getByTestId('live-region')).toHaveTextContent('No links, media or poll in this post'));
    expect(post).toHaveFocus();
  });

  it('says announcements in its polite live region', async () => {
    await renderFrame();
    act(() => announce('Boosted'));
    expect(screen.getByTestId('live-region')).toHaveTextContent('Boosted');
    expect(screen.getByTestId('live-region')).toHaveAttribute('aria-live', 'polite');
  });

  it('goes back in the side panel with Backspace, to the post it left from, then closes it', async () => {
    render(
      <>
        <Frame />
        {/* A second main stands in for the columns the panel sits among. */}
        <main>
          <Panel />
        </main>
      </>,
    );
    act(() => useAtrium.getState().openPanel({ kind: 'thread', statusId: '7' }));
    screen.getByRole('article', { name: 'Post 7' }).focus();
    // p on the post: its author's profile replaces the thread.
    act(() => useAtrium.getState().openPanel({ kind: 'account', accountId: '5' }));
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Note' }), { key: 'Backspace' });
    expect(useAtrium.getState().sidePanel).toEqual({ kind: 'account', accountId: '5' });
    fireEvent.keyDown(screen.getByRole('heading', { name: 'Profile' }), { key: 'Backspace' });
    expect(useAtrium.getState().sidePanel).toEqual({ kind: 'thread', statusId: '7' });
    await waitFor(() => expect(screen.getByRole('article', { name: 'Post 7' })).toHaveFocus());
    fireEvent.keyDown(screen.getByRole('article', { name: 'Post 7' }), { key: 'Backspace' });
    expect(useAtrium.getState().sidePanel).toBeNull();
    // With no panel, Backspace is left to the page.
    expect(fireEvent.keyDown(screen.getByRole('button', { name: 'Home' }), { key: 'Backspace' })).toBe(true);
  });
});
