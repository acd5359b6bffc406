import { Suspense, type ComponentProps } from 'react';
import { useAfterFirstScreen } from '../../components/afterFirstScreen';
import { lazyNamed } from '../../components/lazyNamed';
import { TimelineSkeleton } from '../timelines/TimelineRows';

const NotificationsView = lazyNamed(() => import('./NotificationsView'), 'NotificationsView', ['notifications']);

/**
 * The notifications, their code and strings loaded once the first screen is drawn: Home's posts come first, and
 * notifications wait on the server in any case. Until then the column shows what it shows while loading.
 */
export function LazyNotificationsView(props: ComponentProps<typeof NotificationsView>) {
  const skeleton = <TimelineSkeleton />;
  return useAfterFirstScreen() ? (
    <Suspense fallback={skeleton}>
      <NotificationsView {...props} />
    </Suspense>
  ) : (
    skeleton
  );
}
