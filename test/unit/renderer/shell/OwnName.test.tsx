import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OwnName } from '../../../../renderer/features/shell/OwnName';
import type { AccountSummary } from '../../../../shared/domain';
import { installMasto } from '../timelines/fixtures';

const summary = (id: string, displayName: string, extra: Partial<AccountSummary> = {}): AccountSummary => ({
  id,
  instanceUrl: 'https://social.example.org',
  acct: id,
  displayName,
  avatar: '',
  color: '#2563eb',
  needsSignIn: false,
  ...extra,
});

describe('an own account name in the switcher', () => {
  it('draws the instance’s custom emoji instead of the raw shortcode', async () => {
    installMasto({ 'v1.customEmojis.list': () => [{ shortcode: 'atrium', url: 'https://social.example.org/atrium.png', staticUrl: '', visibleInPicker: true }] });
    render(<OwnName account={summary('emoji-owner', 'Dana :atrium:')} />);
    expect(await screen.findByAltText(':atrium:')).toHaveAttribute('src', 'https://social.example.org/atrium.png');
  });

  it('keeps the text as typed when the list cannot be had, and does not ask for a paused account', async () => {
    let asked = 0;
    installMasto({
      'v1.customEmojis.list': () => {
        asked += 1;
        throw new Error('offline');
      },
    });
    render(<OwnName account={summary('emoji-offline', 'Eli :wave:')} />);
    render(<OwnName account={summary('emoji-paused', 'Fay :wave:', { blockedByPolicy: true })} />);
    await expect.poll(() => asked).toBe(1);
    expect(screen.getByText('Eli :wave:')).toBeInTheDocument();
    expect(screen.getByText('Fay :wave:')).toBeInTheDocument();
  });
});
