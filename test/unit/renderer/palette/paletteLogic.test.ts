import { describe, expect, it, vi } from 'vitest';
import { classifyQuery, matchCommands, plainExcerpt, readResults, searchRequest, type PaletteCommand } from '../../../../renderer/features/palette/paletteLogic';

describe('what a palette query is', () => {
  it('tells handles, addresses, hashtags and words apart', () => {
    expect(classifyQuery('  ')).toBe('empty');
    expect(classifyQuery('@ana@social.example.net')).toBe('handle');
    expect(classifyQuery('ana@social.example.net')).toBe('handle');
    expect(classifyQuery('https://elsewhere.example/@lee/1099')).toBe('url');
    expect(classifyQuery('#release')).toBe('hashtag');
    expect(classifyQuery('#día_libre')).toBe('hashtag');
    expect(classifyQuery('platform team')).toBe('text');
    expect(classifyQuery('@ana')).toBe('text');
    expect(classifyQuery('javascript:alert(1)')).toBe('text');
  });

  it('resolves only pasted handles and links, and asks only for hashtags after #', () => {
    expect(searchRequest('@lee@elsewhere.example')).toEqual({ q: '@lee@elsewhere.example', resolve: true, limit: 6 });
    expect(searchRequest(' https://elsewhere.example/@lee/1 ')).toEqual({ q: 'https://elsewhere.example/@lee/1', resolve: true, limit: 6 });
    expect(searchRequest('#release')).toEqual({ q: '#release', resolve: false, limit: 6, type: 'hashtags' });
    expect(searchRequest('ana')).toEqual({ q: 'ana', resolve: false, limit: 6 });
    expect(searchRequest('a')).toBeNull();
    expect(searchRequest('')).toBeNull();
  });
});

describe('palette commands', () => {
  const command = (id: string, label: string, keywords: string[] = []): PaletteCommand => ({ id, label, keywords, run: vi.fn() });
  const commands = [command('view:home', 'Go to Home', ['home']), command('view:notifications', 'Ir a Notificaciones', ['notifications', 'Notifications']), command('account:2', 'Switch to @comms@social.example', ['Internal Comms'])];

  it('lists every command for an empty query', () => {
    expect(matchCommands(commands, '')).toHaveLength(3);
  });

  it('matches every word, ignoring case and accents, in labels and keywords', () => {
    expect(matchCommands(commands, 'notif').map((found) => found.id)).toEqual(['view:notifications']);
    expect(matchCommands(commands, 'NOTIFICACIÓN').map((found) => found.id)).toEqual(['view:notifications']);
    expect(matchCommands(commands, 'internal comms').map((found) => found.id)).toEqual(['account:2']);
    expect(matchCommands(commands, 'home comms')).toEqual([]);
  });
});

describe('reading a search answer', () => {
  it('keeps what views can draw and caps each kind', () => {
    const accounts = Array.from({ length: 9 }, (_, index) => ({ id: String(index), acct: `p${index}` }));
    const results = readResults({ accounts: [...accounts, { id: 5 }, null], hashtags: [{ name: 'release' }, { name: '' }, 'x'], statuses: [{ id: '1', content: '<p>x</p>', account: {} }, { id: '2' }] });
    expect(results.accounts).toHaveLength(6);
    expect(results.hashtags.map((tag) => tag.name)).toEqual(['release']);
    expect(results.statuses.map((status) => status.id)).toEqual(['1']);
  });

  it('treats a malformed answer as no results', () => {
    expect(readResults(null)).toEqual({ accounts: [], hashtags: [], statuses: [] });
    expect(readResults({ accounts: 'lots' })).toEqual({ accounts: [], hashtags: [], statuses: [] });
  });

  it('shows a post as one short line of inert text', () => {
    expect(plainExcerpt('<p>Hello <b>world</b></p><p>again</p><img src=x onerror="window.pwned=1">')).toBe('Hello world again');
    expect(plainExcerpt(`<p>${'word '.repeat(60)}</p>`, 20)).toBe('word word word word…');
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });
});
