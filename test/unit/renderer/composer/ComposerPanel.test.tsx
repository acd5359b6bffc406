import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AccountSummary } from '../../../../shared/domain';
import { forgetAccountContexts } from '../../../../renderer/features/composer/accountContext';
import { ComposeButton } from '../../../../renderer/features/composer/ComposeButton';
import { blankDraft } from '../../../../renderer/features/composer/draftFactory';
import { ComposerHost } from '../../../../renderer/features/composer/ComposerHost';
import { resetComposer } from '../../../../renderer/features/composer/composerStore';
import { SUGGEST_DELAY_MS } from '../../../../renderer/features/composer/useSuggestions';
import { useComposeShortcut } from '../../../../renderer/features/composer/useComposeShortcut';
import { loadLazyStrings } from '../../../../renderer/i18n/i18n';
import { useAtrium } from '../../../../renderer/store/store';
import { account } from '../timelines/fixtures';
import { composerBasics, installComposerBridge } from './fakeComposerBridge';

const me: AccountSummary = { id: 'me@social.example', instanceUrl: 'https://social.example', acct: 'me', displayName: 'Me Myself', avatar: '', color: '#0a7', needsSignIn: false };

beforeAll(() => loadLazyStrings('composer'));

beforeEach(() => {
  useAtrium.setState({ accounts: [me], activeAccountId: me.id, policy: null });
});

afterEach(() => {
  resetComposer();
  forgetAccountContexts();
});

function renderShell() {
  return render(
    <>
      <ComposeButton />
      <ComposerHost />
    </>,
  );
}

describe('the composer panel', () => {
  it('moves focus into the text when it opens and gives it back to Compose when Escape closes it, keeping the draft', async () => {
    installComposerBridge(composerBasics);
    const user = userEvent.setup();
    renderShell();
    const compose = screen.getByRole('button', { name: 'Compose' });
    await user.click(compose);
    const text = await screen.findByRole('textbox', { name: 'Post text' });
    await waitFor(() => expect(text).toHaveFocus());
    expect(screen.getByRole('complementary', { name: 'New post' })).toBeInTheDocument();
    expect(screen.getByText('Me Myself')).toBeInTheDocument();

    await user.type(text, 'Half a thought');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
    await waitFor(() => expect(compose).toHaveFocus());

    await user.click(compose);
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Post text' })).toHaveValue('Half a thought'));
  });

  it('sends with Ctrl+Enter and says so once the panel has closed', async () => {
    const bridge = installComposerBridge(composerBasics);
    const user = userEvent.setup();
    renderShell();
    await user.click(screen.getByRole('button', { name: 'Compose' }));
    const text = await screen.findByRole('textbox', { name: 'Post text' });
    await user.type(text, 'Ship it');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(screen.queryByRole('complementary')).not.toBeInTheDocument());
    expect(screen.getByRole('status')).toHaveTextContent('Posted.');
    expect(bridge.callsTo('v1.statuses.create')[0]?.params).toMatchObject({ status: 'Ship it' });
  });

  it('says why a post cannot go, in plain words, without sending', async () => {
    const bridge = installComposerBridge(composerBasics);
    const user = userEvent.setup();
    renderShell();
    await user.click(screen.getByRole('button', { name: 'Compose' }));
    await screen.findByRole('textbox', { name: 'Post text' });
    await user.click(screen.getByRole('button', { name: 'Post' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Write something or add an attachment first.');
    expect(bridge.callsTo('v1.statuses.create')).toHaveLength(0);
  });

  it('offers accounts for an @mention in a listbox the arrow keys and Enter drive', async () => {
    installComposerBridge({
      ...composerBasics,
      'v2.search.list': () => ({ data: { accounts: [account({ id: '7', acct: 'ana', displayName: 'Ana Ruiz' }), account({ id: '8', acct: 'anabel@other.example', displayName: 'Anabel' })], hashtags: [], statuses: [] } }),
    });
    const user = userEvent.setup();
    renderShell();
    await user.click(screen.getByRole('button', { name: 'Compose' }));
    const text = await screen.findByRole('textbox', { name: 'Post text' });
    await user.type(text, 'Hello @ana');
    const list = await screen.findByRole('listbox', { name: 'Suggestions' }, { timeout: SUGGEST_DELAY_MS + 2000 });
    expect(text).toHaveAttribute('aria-activedescendant', screen.getAllByRole('option')[0]!.id);
    await user.keyboard('{ArrowDown}');
    expect(text).toHaveAttribute('aria-activedescendant', screen.getAllByRole('option')[1]!.id);
    expect(list).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(text).toHaveValue('Hello @anabel@other.example ');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    // The panel stayed open: Enter chose the suggestion, it did not send or close.
    expect(screen.getByRole('complementary')).toBeInTheDocument();
  });
});

describe('the compose shortcut', () => {
  it('opens the composer with n, but leaves g n to the notifications shortcut', async () => {
    installComposerBridge(composerBasics);
    const user = userEvent.setup();
    function Shortcut() {
      useComposeShortcut();
      return null;
    }
    render(<Shortcut />);
    await user.keyboard('gn');
    expect(useAtrium.getState().composerOpen).toBe(false);
    await user.keyboard('n');
    expect(useAtrium.getState().composerOpen).toBe(true);
    expect(useAtrium.getState().composerRequest?.intent).toEqual({ kind: 'new' });
  });

  it('does not send when Enter is pressed in the content warning', async () => {
    const bridge = installComposerBridge(composerBasics);
    const user = userEvent.setup();
    renderShell();
    await user.click(screen.getByRole('button', { name: 'Compose' }));
    await user.type(await screen.findByRole('textbox', { name: 'Post text' }), 'Body');
    await user.click(screen.getByRole('button', { name: 'Add a content warning' }));
    await user.type(screen.getByRole('textbox', { name: 'Content warning' }), 'Spoilers{Enter}');
    expect(screen.getByRole('complementary')).toBeInTheDocument();
    expect(bridge.callsTo('v1.statuses.create')).toHaveLength(0);
  });
});

describe('the drafts list', () => {
  it('lists saved drafts newest first, opens one in the composer and deletes another', async () => {
    const bridge = installComposerBridge(composerBasics);
    const saved = (id: string, text: string, updatedAt: string) => ({ ...blankDraft({ accountId: me.id, visibility: 'public', language: 'en' }), id, text, updatedAt });
    for (const draft of [saved('9b8e8a52-54a4-4f0e-9d7e-000000000001', 'Older idea', '2025-03-01T10:00:00.000Z'), saved('9b8e8a52-54a4-4f0e-9d7e-000000000002', 'Newer idea', '2025-03-02T10:00:00.000Z')]) {
      bridge.drafts.set(draft.id, draft);
    }
    const user = userEvent.setup();
    renderShell();
    await user.click(screen.getByRole('button', { name: 'Compose' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Post text' })).toHaveValue('Newer idea'));

    await user.click(screen.getByRole('button', { name: 'Drafts' }));
    const panel = screen.getByRole('complementary', { name: 'Drafts' });
    await waitFor(() => expect(within(panel).getAllByRole('listitem')).toHaveLength(2));
    expect(within(panel).getAllByRole('listitem')[0]).toHaveTextContent('Newer idea');

    await user.click(within(panel).getByRole('button', { name: 'Delete the draft “Older idea”' }));
    await waitFor(() => expect(within(panel).getAllByRole('listitem')).toHaveLength(1));
    expect([...bridge.drafts.values()].map((draft) => draft.text)).toEqual(['Newer idea']);

    await user.click(within(panel).getByRole('button', { name: /^Newer idea/ }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Post text' })).toHaveValue('Newer idea'));
  });
});
