import { describe, expect, it } from 'vitest';
import { restoreWindowState } from '../../../../main/settings/windowState';

const laptop = [{ x: 0, y: 0, width: 1440, height: 900 }];

describe('remembered window state', () => {
  it('restores a window that is still on a screen', () => {
    const saved = { x: 100, y: 80, width: 1200, height: 800, maximized: false };
    expect(restoreWindowState(saved, laptop)).toEqual(saved);
  });

  it('drops a window left on a monitor that is gone', () => {
    expect(restoreWindowState({ x: 2000, y: 80, width: 1200, height: 800, maximized: false }, laptop)).toBeUndefined();
  });

  it('drops a corrupt saved state', () => {
    expect(restoreWindowState({ x: 'left' }, laptop)).toBeUndefined();
    expect(restoreWindowState({ x: 0, y: 0, width: 10, height: 10, maximized: false }, laptop)).toBeUndefined();
  });
});
