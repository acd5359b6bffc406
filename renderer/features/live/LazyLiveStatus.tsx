import type { ComponentProps } from 'react';
import { useAfterFirstScreen } from '../../components/afterFirstScreen';
import { lazyNamed } from '../../components/lazyNamed';

const LiveStatus = lazyNamed(() => import('./LiveStatus'), 'LiveStatus', ['live']);

/** The column's live line, loaded with its strings just after the first screen is drawn: the posts come first. */
export function LazyLiveStatus(props: ComponentProps<typeof LiveStatus>) {
  return useAfterFirstScreen() ? <LiveStatus {...props} /> : null;
}
