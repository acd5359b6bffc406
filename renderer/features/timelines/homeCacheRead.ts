import type { mastodon } from 'masto';
import type { BridgeOutput } from '../../../shared/bridge';
import { call } from '../../bridge/bridge';
import { useAtrium } from '../../store/store';

type KeptHome = BridgeOutput<'readHomeCache'>;

/** Accounts whose kept Home came with the session's answer and is in the store; Home need not read it again. */
const shownAtStart = new Set<string>();

/**
 * Puts the active account's kept Home, which came with the session (`openSession`), into the store the moment
 * the session is set. A store listener, not a `then` on the session's load: the store tells its listeners as it
 * changes, before React renders the shell, so Home's first render already has its posts. Returns the function
 * that stops listening.
 */
export function showOpeningHome(): () => void {
  const stop = useAtrium.subscribe((state) => {
    if (state.sessionStatus === 'loading') return;
    stop();
    const home = state.openingHome;
    if (!home) return;
    // Taken: the store keeps the posts themselves, not a second copy of the answer.
    useAtrium.setState({ openingHome: null });
    shownAtStart.add(home.accountId);
    if (!home.kept) return;
    useAtrium.getState().showCached(home.accountId, { kind: 'home' }, home.kept.statuses as unknown as mastodon.v1.Status[]);
    // For the cold start benchmark's split of the page's time (test/bench/coldStartChild.ts).
    performance.mark('atrium:home-kept-read');
  });
  return stop;
}

/** Whether the account's kept Home came with the session (asked without taking it: a render may ask twice). */
export function keptHomeShownAtStart(accountId: string): boolean {
  return shownAtStart.has(accountId);
}

/**
 * The account's kept Home, or `shown` if it came with the session and is in the store already (taken, so a later
 * visit reads afresh from main).
 */
export function readHomeCache(accountId: string): Promise<KeptHome | 'shown'> {
  if (shownAtStart.delete(accountId)) return Promise.resolve('shown');
  return call('readHomeCache', { accountId });
}
