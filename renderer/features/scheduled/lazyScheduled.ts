import type { ComponentProps } from 'react';
import { lazyNamed } from '../../components/lazyNamed';
import { loadLazyStrings } from '../../i18n/i18n';
import type { ScheduleControls } from './ScheduleControls';
import type { SchedulePicker } from './SchedulePicker';

/** The scheduling desk, loaded on first visit together with its strings. */
export const LazyScheduledView = lazyNamed(async () => (await Promise.all([import('./ScheduledView'), loadLazyStrings('scheduled')]))[0], 'ScheduledView');

/** The schedule picker for the composer's "Schedule…", loaded on first use together with its strings. */
export const LazySchedulePicker = lazyNamed<ComponentProps<typeof SchedulePicker>, 'SchedulePicker'>(
  async () => (await Promise.all([import('./SchedulePicker'), loadLazyStrings('scheduled')]))[0],
  'SchedulePicker',
);

/** "Schedule…" and "Add to queue" for the composer's footer, loaded on first use together with their strings. */
export const LazyScheduleControls = lazyNamed<ComponentProps<typeof ScheduleControls>, 'ScheduleControls'>(
  async () => (await Promise.all([import('./ScheduleControls'), loadLazyStrings('scheduled')]))[0],
  'ScheduleControls',
);
