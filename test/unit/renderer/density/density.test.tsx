import { renderHook, act } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { applyDensity, saveDensity, storedDensity } from '../../../../renderer/features/density/densityRules';
import { useDensityToggle } from '../../../../renderer/features/density/useDensityToggle';
import { useAnnouncer } from '../../../../renderer/features/a11y/announcer';
import { resetStore, useAtrium } from '../../../../renderer/store/store';

afterEach(() => {
  localStorage.clear();
  applyDensity('comfortable');
  resetStore();
});

describe('the density setting', () => {
  it('is comfortable unless compact was kept, and keeps only the exception', () => {
    expect(storedDensity()).toBe('comfortable');
    saveDensity('compact');
    expect(localStorage.getItem('atrium.density')).toBe('compact');
    expect(storedDensity()).toBe('compact');
    saveDensity('comfortable');
    expect(localStorage.length).toBe(0);
    // Anything else in storage (an older or damaged value) is the default.
    localStorage.setItem('atrium.density', 'tiny');
    expect(storedDensity()).toBe('comfortable');
    expect(storedDensity({ getItem: () => { throw new Error('blocked'); } })).toBe('comfortable');
  });

  it('switches from the menu or the palette: the document is marked, the choice kept and said aloud', () => {
    const { result } = renderHook(() => useDensityToggle());
    expect(result.current.label).toBe('Switch to compact view');
    act(() => result.current.toggle());
    expect(document.documentElement.dataset['density']).toBe('compact');
    expect(useAtrium.getState().density).toBe('compact');
    expect(localStorage.getItem('atrium.density')).toBe('compact');
    expect(useAnnouncer.getState().current?.text).toMatch(/^Compact view/);
    expect(result.current.label).toBe('Switch to comfortable view');
    act(() => result.current.toggle());
    expect(document.documentElement.dataset['density']).toBeUndefined();
    expect(localStorage.getItem('atrium.density')).toBeNull();
  });
});
