import type { BridgeOutput } from '../../../shared/bridge';
import { call } from '../../bridge/bridge';
import { selectActiveAccount, useAtrium } from '../../store/store';

type KeptHome = BridgeOutput<'readHomeCache'>;

/** Reads started before Home was drawn, by account, each waiting to be taken once. */
const early = new Map<string, Promise<KeptHome>>();

/**
 * Starts reading an account's kept Home now, before the view that shows it has rendered: at start, as
 * soon as the session names the active account, so the first post does not also wait for the shell's
 * first render and the round trip after it.
 */
export function startHomeCacheRead(accountId: string): void {
  if (early.has(accountId)) return;
  const read = call('readHomeCache', { accountId });
  // Whoever takes it handles a failure; until then it must not count as unhandled.
  read.catch(() => undefined);
  early.set(accountId, read);
}

/** The account's kept Home: the read started early if there is one (taken, so a later visit reads afresh), else a new one. */
export function readHomeCache(accountId: string): Promise<KeptHome> {
  const started = early.get(accountId);
  early.delete(accountId);
  return started ?? call('readHomeCache', { accountId });
}

/**
 * Starts reading the active account's kept Home the moment the session names it. A store listener, not a
 * `then` on the session's load: the store tells its listeners as it changes, before React renders the shell,
 * whose Home would otherwise ask first and leave this read unused. Returns the function that stops listening.
 */
export function readActiveHomeEarly(): () => void {
  const stop = useAtrium.subscribe((state) => {
    if (state.sessionStatus === 'loading') return;
    stop();
    const account = selectActiveAccount(state);
    if (account) startHomeCacheRead(account.id);
  });
  return stop;
}
