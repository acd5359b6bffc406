import { lazyNamed } from '../../components/lazyNamed';

/** The missing-keychain notice, loaded (with its strings) only on a computer that needs it. */
export const LazyKeychainNotice = lazyNamed(() => import('./KeychainNotice'), 'KeychainNotice', ['keychain']);
