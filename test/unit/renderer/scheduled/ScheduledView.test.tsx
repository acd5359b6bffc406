import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ScheduledView } from '../../../../renderer/features/scheduled/ScheduledView';
import { loadLazyStrings } from '../../../../renderer/i18n/i18n';
import { useAtrium } from '../../../../renderer/store/store';
import type { MastoPathSegment } from '../../../../shared/bridge';
import type { AccountSummary } from '../../../../shared/domain';
import type { Result } from '../../../../shared/result';
import { installFakeBridge } from '../fakeBridge';

const account = (id: string, acct: string, color: string): AccountSummary => ({ id, instanceUrl: 'https://org.example', acct, displayName: acct, avatar: '', color, needsSignIn: false });
const comms = account('1@org.example', 'comms', '#e0a000');
const me = account('2@org.example', 'me', '#0070c0');
const hour = 3_600_000;
const scheduled = (id: string, text: string, inHours: number) => ({ id, scheduledAt: new Date(Date.now() + inHours * hour).toISOString(), params: { text, visibility: 'public' }, mediaAttachments: [] });

type Handler = (accountId: string, params: Record<string, unknown> | undefined) => unknown;
const gone = () => Object.assign(new Error('org.example could not find this.'), { code: 'not_found' });

/** A fake server behind callMastodon, by call path, that knows which account asks. */
function serve(routes: Record<string, Handler>) {
  const calls: string[] = [];
  const bridge = installFakeBridge({
    callMastodon: async (input): Promise<Result<unknown>> => {
      const { accountId, path, params } = input as { accountId: string; path: MastoPathSegment[]; params?: Record<string, unknown> };
      const key = path.map((segment) => (typeof segment === 'string' ? segment : '$select')).join('.');
      calls.push(`${accountId} ${key}`);
      const route = routes[key];
      if (!route) return { ok: false, error: { code: 'unexpected', message: `No route for ${key}` } };
      try {
        return { ok: true, value: { data: await route(accountId, params) } };
      } catch (error) {
        return { ok: false, error: { code: (error as { code?: string }).code ?? 'server_error', message: (error as Error).message } };
      }
    },
    watchScheduled: () => ({ ok: true, value: { done: true } }),
    readPostingSlots: () => ({ ok: true, value: {} }),
  });
  return { bridge, calls };
}

// The desk's strings load with the desk (lazyScheduled.ts); rendering the view directly, the test loads them.
beforeAll(() => loadLazyStrings('scheduled'));

/** Opens the desk with comms' queue, edits its one post to `text` and saves; answers the dialog. */
async function editTo(text: string): Promise<HTMLElement> {
  useAtrium.setState({ accounts: [comms] });
  render(<ScheduledView />);
  await userEvent.click(await screen.findByRole('button', { name: 'Edit' }));
  const dialog = screen.getByRole('dialog', { name: 'Edit the scheduled post' });
  await userEvent.clear(within(dialog).getByLabelText('Text'));
  await userEvent.type(within(dialog).getByLabelText('Text'), text);
  await userEvent.click(within(dialog).getByRole('button', { name: 'Save the edit' }));
  return dialog;
}

beforeEach(() => {
  useAtrium.setState({ accounts: [comms, me], activeAccountId: comms.id, planningZone: 'UTC' });
});

describe('the scheduling desk', () => {
  it('shows every account’s queue in one agenda, leaving out what it cannot read', async () => {
    serve({
      'v1.scheduledStatuses.list': (accountId) =>
        accountId === comms.id ? [scheduled('1', 'All-hands reminder', 30), { id: 'broken' }] : [scheduled('2', 'My own reminder', 5)],
    });
    render(<ScheduledView />);
    const articles = await screen.findAllByRole('article');
    expect(articles.map((article) => article.getAttribute('aria-label'))).toEqual([expect.stringMatching(/^@me, .*My own reminder$/), expect.stringMatching(/^@comms, .*All-hands reminder$/)]);
    expect(screen.getByText('One scheduled post of @comms could not be read and is left out.')).toBeInTheDocument();
    // The filter hides one account's posts.
    await userEvent.click(screen.getByRole('button', { name: '@me' }));
    expect(screen.getAllByRole('article')).toHaveLength(1);
  });

  it('shows each post’s content warning, text, attachments and poll, in the account’s colour', async () => {
    serve({
      'v1.scheduledStatuses.list': () => [
        { ...scheduled('1', 'Photos from the offsite', 30), params: { text: 'Photos from the offsite', spoilerText: 'Faces', visibility: 'public' }, mediaAttachments: [{ id: 'm1', type: 'image', previewUrl: 'https://org.example/m1.png', description: 'The team on the pier' }] },
        { ...scheduled('2', 'Lunch vote', 40), params: { text: 'Lunch vote', visibility: 'public', poll: { options: ['Tacos', 'Ramen'], expiresIn: 7200, multiple: true } } },
        { ...scheduled('3', '<img src=x onerror=alert(1)>', 50) },
      ],
    });
    useAtrium.setState({ accounts: [comms] });
    render(<ScheduledView />);
    const [photos, vote, hostile] = await screen.findAllByRole('article');
    expect(photos).toHaveStyle({ '--entry-color': '#e0a000' });
    expect(within(photos!).getByText('Faces')).toBeInTheDocument();
    expect(within(photos!).getByRole('img', { name: 'The team on the pier' })).toHaveAttribute('src', 'https://org.example/m1.png');
    expect(within(vote!).getByText('Poll, several choices, open for 2 h')).toBeInTheDocument();
    expect(within(vote!).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Tacos', 'Ramen']);
    // Scheduled text is plain text: markup in it is shown, never run.
    expect(within(hostile!).getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(hostile!.querySelector('img')).toBeNull();
  });

  it('keeps the original when an edit cannot be created, and says so in the dialog', async () => {
    const { calls } = serve({
      'v1.scheduledStatuses.list': () => [scheduled('1', 'Original words', 30)],
      'v1.scheduledStatuses.$select.fetch': () => scheduled('1', 'Original words', 30),
      'v1.statuses.create': () => Promise.reject(Object.assign(new Error('org.example refused this.'), { code: 'rejected' })),
    });
    const dialog = await editTo('New words');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('the original “Original words” is still scheduled, unchanged');
    expect(calls.filter((call) => call.endsWith('remove'))).toEqual([]);
    expect(within(dialog).getByLabelText('Text')).toHaveValue('New words');
  });

  it('says both copies exist when the old one cannot be deleted after the edit', async () => {
    serve({
      'v1.scheduledStatuses.list': () => [scheduled('1', 'Original words', 30)],
      'v1.scheduledStatuses.$select.fetch': () => scheduled('1', 'Original words', 30),
      'v1.statuses.create': (_, params) => ({ ...scheduled('9', String(params?.['status']), 30), scheduledAt: params?.['scheduledAt'] }),
      'v1.scheduledStatuses.$select.remove': () => Promise.reject(Object.assign(new Error('Atrium could not reach org.example.'), { code: 'network' })),
    });
    await editTo('New words');
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('list', { name: 'What changed on the desk' })).toHaveTextContent('both are scheduled now');
    expect(screen.getAllByRole('article').map((article) => article.getAttribute('aria-label'))).toEqual([expect.stringMatching(/Original words/), expect.stringMatching(/New words/)]);
  });

  it('asks before cancelling, and explains a post a colleague already cancelled', async () => {
    serve({ 'v1.scheduledStatuses.list': () => [scheduled('1', 'Already gone', 30)], 'v1.scheduledStatuses.$select.remove': () => Promise.reject(gone()) });
    useAtrium.setState({ accounts: [comms] });
    render(<ScheduledView />);
    const cancel = await screen.findByRole('button', { name: 'Cancel post' });
    await userEvent.click(cancel);
    const confirm = screen.getByRole('alertdialog', { name: 'Cancel this scheduled post?' });
    expect(confirm).toContainElement(document.activeElement as HTMLElement);
    await userEvent.click(within(confirm).getByRole('button', { name: 'Cancel the post' }));
    await vi.waitFor(() => expect(screen.queryByRole('article')).not.toBeInTheDocument());
    expect(screen.getByRole('list', { name: 'What changed on the desk' })).toHaveTextContent('a colleague moved or cancelled it');
    // The button that opened the dialog went with the post: focus lands on the desk, not on the page body.
    await vi.waitFor(() => expect(document.getElementById('scheduled-desk')).toHaveFocus());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('refuses a time less than five minutes ahead in the picker', async () => {
    serve({ 'v1.scheduledStatuses.list': () => [scheduled('1', 'Soon', 30)] });
    useAtrium.setState({ accounts: [comms] });
    render(<ScheduledView />);
    await userEvent.click(await screen.findByRole('button', { name: 'Reschedule' }));
    const dialog = screen.getByRole('dialog', { name: 'Reschedule' });
    const soon = new Date(Date.now() + 2 * 60_000);
    const date = within(dialog).getByLabelText('Date');
    const time = within(dialog).getByLabelText('Time');
    // jsdom's date and time inputs take their value as a whole, as a browser's picker sets it.
    fireEvent.change(date, { target: { value: soon.toISOString().slice(0, 10) } });
    fireEvent.change(time, { target: { value: soon.toISOString().slice(11, 16) } });
    expect(within(dialog).getByRole('alert')).toHaveTextContent('at least 5 minutes from now');
    expect(within(dialog).getByRole('button', { name: 'Move' })).toBeDisabled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Tomorrow 9:00' }));
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Move' })).toBeEnabled();
  });
});
