import { useState } from 'react';
import type { BridgeOutput } from '../../../shared/bridge';
import { BridgeError, call } from '../../bridge/bridge';
import { useAtrium } from '../../store/store';
import { errorText } from '../../bridge/errorText';

/** A server that answered the probe, as the sign-in screen shows it. */
export type ProbedInstance = BridgeOutput<'probeInstance'>;

/** Where a sign-in attempt is. */
export type SignInPhase =
  | { step: 'idle' }
  | { step: 'checking' }
  | { step: 'confirm'; instance: ProbedInstance }
  | { step: 'waiting'; domain: string }
  | { step: 'failed'; message: string };

/** How far an address is already trusted without asking the person. */
export interface SignInTrust {
  /** The app itself named this server (the demo organization): nothing to confirm. */
  readonly named?: boolean;
}

/**
 * Runs a sign-in: checks that the address is a Mastodon server, asks the person to confirm the
 * server they are about to trust unless IT pinned it, then lets main open its sign-in page in the
 * system browser and waits for it to finish.
 */
export function useSignIn() {
  const [phase, setPhase] = useState<SignInPhase>({ step: 'idle' });
  const refreshAccounts = useAtrium((state) => state.refreshAccounts);
  const setAddingAccount = useAtrium((state) => state.setAddingAccount);
  const pinned = useAtrium((state) => state.policy?.pinnedInstanceUrl ?? null);

  async function signIn(address: string, trust: SignInTrust = {}): Promise<void> {
    setPhase({ step: 'checking' });
    try {
      const instance = await call('probeInstance', { url: address });
      // The server gets the person's account: unless IT or the app named it, they say so first.
      if (trust.named || sameOrigin(instance.url, pinned)) return await openBrowser(instance);
      setPhase({ step: 'confirm', instance });
    } catch (error) {
      fail(error);
    }
  }

  async function openBrowser(instance: ProbedInstance): Promise<void> {
    try {
      setPhase({ step: 'waiting', domain: instance.domain });
      await call('signIn', { instanceUrl: instance.url });
      await refreshAccounts();
      setAddingAccount(false);
      setPhase({ step: 'idle' });
    } catch (error) {
      fail(error);
    }
  }

  function fail(error: unknown): void {
    // Cancelling is the person's own choice, not a failure to report.
    if (error instanceof BridgeError && error.code === 'sign_in_cancelled') return setPhase({ step: 'idle' });
    setPhase({ step: 'failed', message: errorText(error) });
  }

  /** The person confirmed the server shown in the `confirm` step. */
  function confirm(): void {
    if (phase.step === 'confirm') void openBrowser(phase.instance);
  }

  function cancel(): void {
    const waiting = phase.step === 'waiting';
    setPhase({ step: 'idle' });
    if (waiting) void call('cancelSignIn', {}).catch(() => undefined);
  }

  return { phase, signIn, confirm, cancel };
}

function sameOrigin(url: string, other: string | null): boolean {
  if (other === null) return false;
  try {
    return new URL(url).origin === new URL(other).origin;
  } catch {
    return false;
  }
}
