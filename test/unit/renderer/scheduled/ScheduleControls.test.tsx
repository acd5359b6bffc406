import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ScheduleControls } from '../../../../renderer/features/scheduled/ScheduleControls';
import { nextFreeSlot } from '../../../../renderer/features/scheduled/postingSlots';
import { tomorrowMorning } from '../../../../renderer/features/scheduled/quickChoices';
import { loadLazyStrings } from '../../../../renderer/i18n/i18n';
import { useAtrium } from '../../../../renderer/store/store';
import type { SlotPlan } from '../../../../shared/slots';
import { installFakeBridge } from '../fakeBridge';

const accountId = '1@org.example';
const plan: SlotPlan = { zone: 'UTC', slots: [{ weekdays: [0, 1, 2, 3, 4, 5, 6], hour: 9, minute: 30 }, { weekdays: [0, 1, 2, 3, 4, 5, 6], hour: 15, minute: 0 }] };
const taken = { id: 's1', scheduledAt: new Date(nextFreeSlot(plan, Date.now(), []) ?? 0).toISOString(), params: { text: 'Already queued' }, mediaAttachments: [] };

beforeAll(() => loadLazyStrings('scheduled'));

beforeEach(() => {
  useAtrium.setState({ planningZone: 'UTC' });
  installFakeBridge({
    callMastodon: () => ({ ok: true, value: { data: [taken] } }),
    watchScheduled: () => ({ ok: true, value: { done: true } }),
    readPostingSlots: () => ({ ok: true, value: { [accountId]: plan } }),
  });
});

describe('scheduling from the composer', () => {
  it('adds to the queue at the next slot nobody has taken', async () => {
    const onQueue = vi.fn();
    render(<ScheduleControls accountId={accountId} scheduledAt={null} onChange={() => undefined} onQueue={onQueue} />);
    const queue = screen.getByRole('button', { name: 'Add to queue' });
    await vi.waitFor(() => expect(queue).toBeEnabled());
    await userEvent.click(queue);
    const expected = nextFreeSlot(plan, Date.now(), [{ id: 's1', at: Date.parse(taken.scheduledAt) }]);
    expect(onQueue).toHaveBeenCalledWith(new Date(expected ?? 0).toISOString());
  });

  it('picks a time in a dialog and gives focus back to “Schedule…”', async () => {
    const onChange = vi.fn();
    render(<ScheduleControls accountId={accountId} scheduledAt={null} onChange={onChange} onQueue={() => undefined} />);
    const trigger = screen.getByRole('button', { name: 'Schedule…' });
    await userEvent.click(trigger);
    const dialog = screen.getByRole('dialog', { name: 'Schedule this post' });
    expect(within(dialog).getByText(/Times are in/)).toHaveTextContent('UTC');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Tomorrow 9:00' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Set the time' }));
    expect(onChange).toHaveBeenCalledWith(new Date(tomorrowMorning(Date.now(), 'UTC')).toISOString());
    await vi.waitFor(() => expect(trigger).toHaveFocus());
  });

  it('shows a chosen time by name, with a way back to posting at once', async () => {
    const onChange = vi.fn();
    render(<ScheduleControls accountId={accountId} scheduledAt="2030-01-15T09:00:00.000Z" onChange={onChange} onQueue={() => undefined} />);
    expect(screen.getByRole('status')).toHaveTextContent('Goes out Tuesday, January 15, 2030');
    await userEvent.click(screen.getByRole('button', { name: 'Post at once instead' }));
    expect(onChange).toHaveBeenCalledWith(null);
  });
});
