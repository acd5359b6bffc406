import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { call } from '../../../../renderer/bridge/bridge';
import { OfflineBanner } from '../../../../renderer/features/shell/OfflineBanner';
import { installFakeBridge } from '../fakeBridge';

describe('the offline banner', () => {
  it('appears when the server cannot be reached and goes when it answers or a stream connects', async () => {
    let reachable = false;
    const bridge = installFakeBridge({
      callMastodon: () => (reachable ? { ok: true, value: { data: [] } } : { ok: false, error: { code: 'network', message: 'Atrium could not reach social.example.' } }),
    });
    render(<OfflineBanner host="social.example" />);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();

    await act(() => call('callMastodon', { accountId: 'a', path: ['v1', 'timelines', 'home', 'list'] }).catch(() => undefined));
    expect(screen.getByRole('status')).toHaveTextContent('Offline: Atrium cannot reach social.example.');

    act(() => bridge.emit('streamState', { subscriptionId: 's', connected: true }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();

    await act(() => call('callMastodon', { accountId: 'a', path: ['v1', 'timelines', 'home', 'list'] }).catch(() => undefined));
    expect(screen.getByRole('status')).toBeInTheDocument();
    reachable = true;
    await act(() => call('callMastodon', { accountId: 'a', path: ['v1', 'timelines', 'home', 'list'] }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('is not fooled by a refusal: a 422 is the server answering', async () => {
    installFakeBridge({ callMastodon: () => ({ ok: false, error: { code: 'rejected', message: 'No.' } }) });
    render(<OfflineBanner host="social.example" />);
    await act(() => call('callMastodon', { accountId: 'a', path: ['v1', 'statuses', 'create'] }).catch(() => undefined));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
