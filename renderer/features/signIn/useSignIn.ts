import { useState } from 'react';
import { BridgeError, call } from '../../bridge/bridge';
import { useAtrium } from '../../store/store';
import { errorText } from '../../bridge/errorText';

/** Where a sign-in attempt is. */
export type SignInPhase = { step: 'idle' } | { step: 'checking' } | { step: 'waiting'; domain: string } | { step: 'failed'; message: string };

/**
 * Runs a sign-in: checks that the address is a Mastodon server, then lets main open the
 * organization's sign-in page in the system browser and waits for it to finish.
 */
export function useSignIn() {
  const [phase, setPhase] = useState<SignInPhase>({ step: 'idle' });
  const refreshAccounts = useAtrium((state) => state.refreshAccounts);
  const setAddingAccount = useAtrium((state) => state.setAddingAccount);

  async function signIn(address: string): Promise<void> {
    setPhase({ step: 'checking' });
    try {
      const instance = await call('probeInstance', { url: address });
      setPhase({ step: 'waiting', domain: instance.domain });
      await call('signIn', { instanceUrl: instance.url });
      await refreshAccounts();
      setAddingAccount(false);
      setPhase({ step: 'idle' });
    } catch (error) {
      // Cancelling is the person's own choice, not a failure to report.
      if (error instanceof BridgeError && error.code === 'sign_in_cancelled') return setPhase({ step: 'idle' });
      setPhase({ step: 'failed', message: errorText(error) });
    }
  }

  function cancel(): void {
    setPhase({ step: 'idle' });
    void call('cancelSignIn', {}).catch(() => undefined);
  }

  return { phase, signIn, cancel };
}
