import { lazyNamed } from '../../components/lazyNamed';

/** The column's live line, loaded with its strings just after the first paint: the posts come first. */
export const LazyLiveStatus = lazyNamed(() => import('./LiveStatus'), 'LiveStatus', ['live']);
