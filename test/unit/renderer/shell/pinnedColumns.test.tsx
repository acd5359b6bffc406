import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { mastodon } from 'masto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Columns } from '../../../../renderer/features/shell/Columns';
import { columnFor, loadPinnedColumns, MAX_PINNED_COLUMNS, withPinned } from '../../../../renderer/features/shell/pinnedColumns';
import { useAtrium } from '../../../../renderer/store/store';
import type { AccountSummary } from '../../../../shared/domain';
import { fakeLayout, installMasto, page, status } from '../timelines/fixtures';

const me: AccountSummary = { id: 'me@social.example', instanceUrl: 'https://social.example', acct: 'me', displayName: 'Me', avatar: '', color: '#000', needsSignIn: false };

describe('pinned columns, as data', () => {
  it('adds a column once and keeps at most a few, dropping the oldest', () => {
    const design = columnFor({ kind: 'tag', tag: 'Design' }, '#Design');
    expect(withPinned([design], columnFor({ kind: 'tag', tag: 'design' }, '#design'))).toEqual([design]);
    let columns = [design];
    for (let i = 0; i < MAX_PINNED_COLUMNS; i++) columns = withPinned(columns, columnFor({ kind: 'list', id: String(i) }, `List ${i}`));
    expect(columns).toHaveLength(MAX_PINNED_COLUMNS);
    expect(columns[0]?.key).toBe('list:0');
  });

  it('reads nothing from storage it cannot trust', () => {
    expect(loadPinnedColumns({ getItem: () => '{broken' }, 'a')).toEqual([]);
    expect(loadPinnedColumns({ getItem: () => '[{"key":"x","title":"t","source":{"kind":"admin"}}]' }, 'a')).toEqual([]);
  });
});

/** The side panel loads lazily: on a busy machine that can take longer than the suite's 4 s default for findBy. */
const lazyWait = { timeout: 15_000 };

describe('pinning a hashtag from the side panel', () => {
  beforeEach(() => {
    fakeLayout();
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: false, media: query, addEventListener: () => undefined, removeEventListener: () => undefined }));
    useAtrium.setState({ accounts: [me], activeAccountId: me.id, mainView: 'local' });
    installMasto({
      'v1.timelines.public.list': () => page([status('1', { content: '<p>Local news</p>' })]),
      'v1.timelines.tag.$select.list': () => page([status('2', { content: '<p>Design review at 3</p>' })]),
      'v2.instance.fetch': () => ({ title: 'Acme' }) as mastodon.v2.Instance,
    });
  });

  it('keeps it as a live column for the next start, until removed', async () => {
    useAtrium.getState().openPanel({ kind: 'tag', tag: 'design' });
    const view = render(<Columns account={me} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Pin as a column' }, lazyWait));
    const column = await screen.findByRole('region', { name: '#design' }, lazyWait);
    expect(await within(column).findByText('Design review at 3', {}, lazyWait)).toBeInTheDocument();
    expect(useAtrium.getState().sidePanel).toBeNull();
    expect(JSON.parse(localStorage.getItem(`atrium.columns.${me.id}`) ?? '[]')).toEqual([{ key: 'tag:design', source: { kind: 'tag', tag: 'design' }, title: '#design' }]);

    // Next start: the column comes back from storage.
    view.unmount();
    useAtrium.setState({ pinnedColumns: {} });
    render(<Columns account={me} />);
    const again = await screen.findByRole('region', { name: '#design' }, lazyWait);
    await userEvent.click(within(again).getByRole('button', { name: 'Remove the #design column' }));
    expect(screen.queryByRole('region', { name: '#design' })).not.toBeInTheDocument();
    expect(localStorage.getItem(`atrium.columns.${me.id}`)).toBe('[]');
  }, 20_000);
});
