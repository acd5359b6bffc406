import { i18n } from '../../../../renderer/i18n/i18n';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAnnouncer } from '../../../../renderer/features/a11y/announcer';
import { liveSentence, noteColumnLive } from '../../../../renderer/features/a11y/liveColumns';

const t = i18n.t;
const spoken = () => useAnnouncer.getState().current?.text;

describe('the sentence for live-update changes', () => {
  it('names every column that stopped, and every one that came back, in the reader’s language', () => {
    expect(liveSentence({ paused: ['Home', 'Notifications'], resumed: [] }, t, 'en')).toBe('Live updates paused in Home and Notifications.');
    expect(liveSentence({ paused: ['#design'], resumed: ['Home'] }, t, 'en')).toBe('Live updates paused in #design. Live updates back in Home.');
    expect(liveSentence({ paused: [], resumed: [] }, t, 'en')).toBe('');
    expect(liveSentence({ paused: ['Inicio', 'Notificaciones'], resumed: [] }, i18n.getFixedT('es'), 'es')).toBe('Actualizaciones en directo en pausa en Inicio y Notificaciones.');
  });
});

describe('noting a column’s live state', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    useAnnouncer.setState({ current: null });
  });
  afterEach(() => vi.useRealTimers());

  it('says columns that drop together in one sentence once things settle', () => {
    noteColumnLive('Home', false);
    noteColumnLive('Notifications', false);
    expect(spoken()).toBeUndefined();
    vi.advanceTimersByTime(1_000);
    expect(spoken()).toBe('Live updates paused in Home and Notifications.');
    noteColumnLive('Home', true);
    vi.advanceTimersByTime(1_000);
    expect(spoken()).toBe('Live updates back in Home.');
  });

  it('says nothing for a column that dropped and came back within the moment', () => {
    noteColumnLive('Home', false);
    noteColumnLive('Home', true);
    vi.advanceTimersByTime(1_000);
    expect(spoken()).toBeUndefined();
  });
});
