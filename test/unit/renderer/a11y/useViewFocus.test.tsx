import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AccountSummary } from '../../../../shared/domain';
import { useAnnouncer } from '../../../../renderer/features/a11y/announcer';
import { useViewFocus } from '../../../../renderer/features/a11y/useViewFocus';

const account = (id: string, acct: string): AccountSummary =>
  ({ id, acct, instanceUrl: 'https://social.example', displayName: acct, avatar: '', color: '#000', needsSignIn: false }) as AccountSummary;

function View({ who, view }: { who: AccountSummary; view: string }) {
  useViewFocus({ account: who, view, title: view });
  return (
    <main>
      <h1>{view}</h1>
    </main>
  );
}

describe('useViewFocus', () => {
  it('focuses the view heading, names the view in the title, and says when the account changes', () => {
    const lena = account('1', 'lena');
    const { rerender } = render(<View who={lena} view="Home" />);
    expect(screen.getByRole('heading', { name: 'Home' })).toHaveFocus();
    expect(document.title).toBe('Home – Atrium');
    expect(useAnnouncer.getState().current).toBeNull();

    rerender(<View who={lena} view="Bookmarks" />);
    expect(screen.getByRole('heading', { name: 'Bookmarks' })).toHaveFocus();
    expect(document.title).toBe('Bookmarks – Atrium');

    rerender(<View who={account('2', 'ops')} view="Bookmarks" />);
    expect(useAnnouncer.getState().current?.text).toBe('Now using @ops@social.example');
  });
});
