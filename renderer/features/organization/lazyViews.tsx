import { lazyNamed } from '../../components/lazyNamed';
import { loadLazyStrings } from '../../i18n/i18n';

// The About page and the announcements load with their strings, the first time either shows.
const withStrings = <Module,>(load: () => Promise<Module>) => async () => (await Promise.all([load(), loadLazyStrings('organization')]))[0];

/** The About page, loaded on first use. */
export const LazyAboutView = lazyNamed(withStrings(() => import('./AboutView')), 'AboutView');

/** The announcements at the top of Home, loaded with Home. */
export const LazyAnnouncements = lazyNamed(withStrings(() => import('./Announcements')), 'Announcements');
