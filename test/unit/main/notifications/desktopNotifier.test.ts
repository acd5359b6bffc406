import { describe, expect, it, vi } from 'vitest';
import { DesktopNotifier, describeNotification, notifierStrings, plainText } from '../../../../main/notifications/desktopNotifier';

const mention = (visibility: string, content: string) => ({
  id: '5',
  type: 'mention',
  account: { acct: 'ana', displayName: 'Ana Ruiz' },
  status: { content, visibility, spoilerText: '' },
});

describe('desktop notifications', () => {
  it('words mentions, direct messages and follows', () => {
    expect(describeNotification(mention('public', '<p>Lunch at <b>one</b>?</p>'))).toEqual({ title: 'Ana Ruiz mentioned you', body: 'Lunch at one?', tag: '5' });
    expect(describeNotification(mention('direct', '<p>psst</p>'))?.title).toBe('Direct message from Ana Ruiz');
    expect(describeNotification({ id: '6', type: 'follow', account: { acct: 'bo@elsewhere.example', displayName: '' } })).toEqual({
      title: '@bo@elsewhere.example followed you',
      body: '@bo@elsewhere.example',
      tag: '6',
    });
  });

  it('speaks Spanish on a Spanish desktop', () => {
    expect(describeNotification(mention('public', 'hola'), notifierStrings('es-ES'))?.title).toBe('Ana Ruiz te ha mencionado');
  });

  it('stays quiet for favourites and for what it cannot read', () => {
    expect(describeNotification({ id: '7', type: 'favourite', account: { acct: 'ana' }, status: { content: 'x' } })).toBeNull();
    expect(describeNotification({ type: 'mention' })).toBeNull();
    expect(describeNotification('nonsense')).toBeNull();
  });

  it('shows a content warning instead of the hidden text', () => {
    expect(describeNotification({ ...mention('public', 'secret'), status: { content: 'secret', spoilerText: 'Q3 numbers' } })?.body).toBe('⚠ Q3 numbers');
  });

  it('turns post HTML into one line of text, entities decoded, tags dropped', () => {
    expect(plainText('<p>a &amp; b</p><p>c&#39;d &#x1F600;</p><script>x</script>')).toBe("a & b c'd 😀x");
    expect(plainText(`<p>${'long '.repeat(100)}</p>`, 20)).toHaveLength(20);
  });

  it.each([
    ['&#x110000;', 'beyond U+10FFFF'],
    ['&#1114112;', 'beyond U+10FFFF, in decimal'],
    ['&#xD800;', 'a surrogate half'],
    ['&#57343;', 'the last surrogate, in decimal'],
    ['&#0;', 'zero'],
    ['&#99999999999999999999999;', 'a number too large to be exact'],
    ['&#X110000;', 'with a capital X'],
  ])('decodes %s (%s) to U+FFFD instead of throwing', (reference) => {
    expect(plainText(`<p>a${reference}b</p>`)).toBe('a\uFFFDb');
  });

  it('decodes a capital-X reference like a small one', () => {
    expect(plainText('&#X41;&#x42;')).toBe('AB');
  });

  it('counts unread notifications on the badge until they are seen', () => {
    const surface = { show: vi.fn(), setBadgeCount: vi.fn() };
    const notifier = new DesktopNotifier(surface);
    notifier.handle('notification', mention('public', 'hi'));
    notifier.handle('notification', { id: '8', type: 'favourite', account: { acct: 'ana' } });
    notifier.handle('update', {});
    expect(surface.show).toHaveBeenCalledTimes(1);
    expect(surface.setBadgeCount).toHaveBeenLastCalledWith(2);
    notifier.markSeen();
    expect(surface.setBadgeCount).toHaveBeenLastCalledWith(0);
  });
});
