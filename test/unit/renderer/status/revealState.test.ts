import { describe, expect, it } from 'vitest';
import { isMediaShown, isWarningOpen, toggleMedia, toggleWarning, useRevealState } from '../../../../renderer/components/status/revealState';

const ana = 'ana@social.example';
const ben = 'ben@other.example';
// The same id on two servers: two different posts.
const onSocial = { id: '109', spoilerText: 'Spoilers', sensitive: true, mediaAttachments: [{ type: 'image' }] };
const onOther = { id: '109', spoilerText: 'Spoilers', sensitive: true, mediaAttachments: [{ type: 'image' }] };

describe('shown and hidden parts of posts', () => {
  it('opens a warning for one account without opening the post of the same id another account sees', () => {
    expect(toggleWarning(ana, onSocial)).toBe(true);
    const { warnings } = useRevealState.getState();
    expect(isWarningOpen(ana, onSocial, warnings)).toBe(true);
    expect(isWarningOpen(ben, onOther, warnings)).toBe(false);
    expect(toggleWarning(ben, onOther)).toBe(true);
    expect(toggleWarning(ana, onSocial)).toBe(false);
    expect(isWarningOpen(ben, onOther, useRevealState.getState().warnings)).toBe(true);
  });

  it('shows media for one account only, and only once the warning in front of them is open', () => {
    expect(toggleMedia(ana, onSocial)).toBeUndefined();
    toggleWarning(ana, onSocial);
    // Opening the warning shows what it covered; h then hides the media for this account alone.
    expect(isMediaShown(ana, onSocial, useRevealState.getState().media)).toBe(true);
    expect(toggleMedia(ana, onSocial)).toBe(false);
    const { media } = useRevealState.getState();
    expect(isMediaShown(ana, onSocial, media)).toBe(false);
    expect(isMediaShown(ben, onOther, media)).toBe(true);
  });

  it('keeps sensitive media without a warning hidden until asked, per account', () => {
    const sensitive = { id: '7', sensitive: true, mediaAttachments: [{ type: 'video' }] };
    expect(isMediaShown(ana, sensitive, {})).toBe(false);
    expect(toggleMedia(ana, sensitive)).toBe(true);
    expect(isMediaShown(ben, sensitive, useRevealState.getState().media)).toBe(false);
  });

  it('has nothing to toggle on a post without a warning or pictures', () => {
    expect(toggleWarning(ana, { id: '8' })).toBeUndefined();
    expect(toggleMedia(ana, { id: '8', mediaAttachments: [{ type: 'audio' }] })).toBeUndefined();
  });
});
