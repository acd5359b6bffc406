import { useEffect, useState } from 'react';
import type { BridgeOutput } from '../../../shared/bridge';
import { call } from '../../bridge/bridge';

/** Whether the OS keychain can keep tokens, as main found it. */
export type KeychainState = BridgeOutput<'getKeychainState'>['state'];

/**
 * Asks main once whether the keychain works; `null` until it answers (or if the question itself failed,
 * in which case a sign-in still reports the keychain's own error).
 */
export function useKeychainState(): KeychainState | null {
  const [state, setState] = useState<KeychainState | null>(null);
  useEffect(() => {
    let live = true;
    call('getKeychainState', {})
      .then((answer) => live && setState(answer.state))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return state;
}
