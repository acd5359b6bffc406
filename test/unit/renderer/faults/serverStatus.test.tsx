import { act, render, screen } from '@testing-library/react';
import { i18n } from '../../../../renderer/i18n/i18n';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActionNotices } from '../../../../renderer/components/status/ActionNotices';
import { BridgeError } from '../../../../renderer/bridge/bridge';
import { remoteClient } from '../../../../renderer/bridge/remoteClient';
import { withRetries } from '../../../../renderer/bridge/retryingCall';
import { SLOW_AFTER_MS, serverState } from '../../../../renderer/bridge/serverWatch';
import { ServerStatusSlot } from '../../../../renderer/features/faults/ServerStatusSlot';
import { useAtrium } from '../../../../renderer/store/store';
import type { Result } from '../../../../shared/result';
import { installFakeBridge } from '../fakeBridge';

const serverError = new BridgeError({ code: 'server_error', message: 'social.example had a problem (error 503).', params: { host: 'social.example', status: '503' } });
const busy = new BridgeError({ code: 'rate_limited', message: 'social.example asks Atrium to slow down.', retryAfter: 12, params: { host: 'social.example' } });

/** A pause the test ends by hand, so what is shown while waiting can be checked. */
function heldPauses() {
  const held: { ms: number; release(): void }[] = [];
  const wait = (ms: number) => new Promise<void>((release) => held.push({ ms, release }));
  return { held, wait };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('sending a call again and saying so', () => {
  it('says the server failed and when it is asked again, then goes quiet once it answers', async () => {
    const failures = [serverError, serverError];
    const send = vi.fn(async () => {
      const failure = failures.shift();
      if (failure) throw failure;
      return 'page';
    });
    const { held, wait } = heldPauses();
    render(<ServerStatusSlot host="social.example" />);
    const answer = withRetries('list', send, wait);
    await vi.waitFor(() => expect(held).toHaveLength(1));
    expect(await screen.findByText('social.example had a problem (error 503). Atrium asks again in 1 second.')).toBeInTheDocument();
    act(() => held[0]?.release());
    await vi.waitFor(() => expect(held).toHaveLength(2));
    expect(held.map((pause) => pause.ms)).toEqual([1_000, 2_000]);
    act(() => held[1]?.release());
    await expect(answer).resolves.toBe('page');
    expect(send).toHaveBeenCalledTimes(3);
    await vi.waitFor(() => expect(screen.getByRole('status')).toBeEmptyDOMElement());
  });

  it('waits as long as the server asked after a 429, and says it waits', async () => {
    const send = vi.fn().mockRejectedValueOnce(busy).mockResolvedValueOnce('done');
    const { held, wait } = heldPauses();
    render(<ServerStatusSlot host="social.example" />);
    const answer = withRetries('fetch', send, wait);
    await vi.waitFor(() => expect(held).toHaveLength(1));
    expect(held[0]?.ms).toBe(12_000);
    expect(await screen.findByText(/social.example asked Atrium to slow down. Atrium waits 12 seconds, as the server asked/)).toBeInTheDocument();
    act(() => held[0]?.release());
    await expect(answer).resolves.toBe('done');
  });

  it('says a long wait in minutes, in Spanish too', async () => {
    const { ServerStatus } = await import('../../../../renderer/features/faults/ServerStatus');
    const view = render(<ServerStatus host="social.example" state={{ wait: { reason: 'rate_limited', seconds: 300 }, slow: false }} />);
    expect(screen.getByText(/Atrium waits 5 minutes, as the server asked/)).toBeInTheDocument();
    act(() => i18n.changeLanguage('es'));
    view.rerender(<ServerStatus host="social.example" state={{ wait: { reason: 'server_error', seconds: 2, status: '502' }, slow: false }} />);
    expect(screen.getByText('social.example tuvo un problema (error 502). Atrium vuelve a preguntar dentro de 2 segundos.')).toBeInTheDocument();
    act(() => i18n.changeLanguage('en'));
  });

  it('gives up after the last pause with the failure itself, for the view to say', async () => {
    const send = vi.fn().mockRejectedValue(serverError);
    const answer = withRetries('list', send, () => Promise.resolve());
    await expect(answer).rejects.toBe(serverError);
    expect(send).toHaveBeenCalledTimes(4);
    expect(serverState().wait).toBeNull();
  });

  it('tells the person when an answer is slow in coming', async () => {
    vi.useFakeTimers();
    let answer: (value: Result<unknown>) => void = () => undefined;
    installFakeBridge({ callMastodon: () => new Promise<Result<unknown>>((resolve) => (answer = resolve)) });
    render(<ServerStatusSlot host="social.example" />);
    const call = remoteClient('me').v1.timelines.home.list();
    act(() => vi.advanceTimersByTime(SLOW_AFTER_MS - 100));
    expect(serverState().slow).toBe(false);
    act(() => vi.advanceTimersByTime(200));
    expect(serverState().slow).toBe(true);
    vi.useRealTimers();
    expect(await screen.findByText(/social.example is slow to answer. Atrium is still waiting/)).toBeInTheDocument();
    answer({ ok: true, value: { data: [] } });
    await expect(call).resolves.toEqual({ items: [], next: undefined, prev: undefined });
    expect(serverState().slow).toBe(false);
  });
});

describe('notices about passing problems', () => {
  it('says the same failure once, and removes it when the server answers again', async () => {
    render(<ActionNotices />);
    act(() => {
      useAtrium.getState().pushNotice('load', serverError);
      useAtrium.getState().pushNotice('load', serverError);
      useAtrium.getState().pushNotice('favourite', new BridgeError({ code: 'rejected', message: 'social.example refused this.' }));
    });
    expect(useAtrium.getState().notices).toHaveLength(2);
    installFakeBridge({ callMastodon: () => ({ ok: true, value: { data: {} } }) });
    await act(() => remoteClient('me').v1.markers.fetch());
    // The refusal stays until dismissed: it is not solved by the server answering something else.
    expect(useAtrium.getState().notices.map((notice) => notice.action)).toEqual(['favourite']);
  });

  it('leaves a background load that failed for want of a network to the offline mark, but says a failed action', () => {
    const offline = new BridgeError({ code: 'network', message: 'Atrium could not reach social.example.' });
    useAtrium.getState().pushNotice('load', offline);
    expect(useAtrium.getState().notices).toEqual([]);
    useAtrium.getState().pushNotice('favourite', offline);
    expect(useAtrium.getState().notices.map((notice) => notice.action)).toEqual(['favourite']);
  });
});
