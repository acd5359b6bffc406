import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AccountHandle } from '../../../../renderer/components/AccountHandle';
import { fullHandle, handleParts } from '../../../../renderer/components/handles';

const ana = { acct: 'ana', instanceUrl: 'https://social.example' };

describe("a signed-in account's handle", () => {
  it('splits into the name and the server, the server as people know it (no default port)', () => {
    expect(handleParts(ana)).toEqual({ local: '@ana', server: '@social.example' });
    expect(handleParts({ acct: 'ana', instanceUrl: 'https://social.example:443/' })).toEqual({ local: '@ana', server: '@social.example' });
    expect(handleParts({ acct: 'dev', instanceUrl: 'http://127.0.0.1:45125' })).toEqual({ local: '@dev', server: '@127.0.0.1:45125' });
  });

  it('is whole, once, even when the server sent an acct that already names a domain', () => {
    expect(fullHandle(ana)).toBe('@ana@social.example');
    expect(fullHandle({ acct: 'ana@social.example', instanceUrl: 'https://social.example' })).toBe('@ana@social.example');
  });

  it('is read whole and shown whole in its tooltip, however narrow the line draws it', () => {
    render(<AccountHandle account={{ acct: 'lena_ibrahim', instanceUrl: 'https://mastodon.northwind-traders.example' }} />);
    const handle = screen.getByTitle('@lena_ibrahim@mastodon.northwind-traders.example');
    expect(handle).toHaveTextContent('@lena_ibrahim@mastodon.northwind-traders.example');
    // Two parts, so the server can give way before the name.
    expect(screen.getByText('@lena_ibrahim')).toBeInTheDocument();
    expect(screen.getByText('@mastodon.northwind-traders.example')).toBeInTheDocument();
  });
});
