import { describe, expect, it } from 'vitest';
import { type KeytarApi, KeytarSecretStore, NO_KEYCHAIN_MESSAGE } from '../../../../main/vault/keytarSecretStore';

describe('KeytarSecretStore without a usable keychain', () => {
  it('says plainly that there is no keychain when keytar cannot load', async () => {
    let attempts = 0;
    const store = new KeytarSecretStore({
      load: async () => {
        attempts += 1;
        throw new Error('Cannot find module keytar.node');
      },
    });
    await expect(store.set('Atrium-test', 'a', 'secret')).rejects.toMatchObject({ code: 'keychain_unavailable', message: NO_KEYCHAIN_MESSAGE });
    expect(NO_KEYCHAIN_MESSAGE).toMatch(/^No system keychain is available, so Atrium cannot keep you signed in safely/);
    // A later call tries again: the keychain may have been unlocked meanwhile.
    await expect(store.get('Atrium-test', 'a')).rejects.toMatchObject({ code: 'keychain_unavailable' });
    expect(attempts).toBe(2);
  });

  it('says the same when the keychain daemon cannot be reached or hangs', async () => {
    const unreachable: KeytarApi = {
      getPassword: () => Promise.reject(new Error('Cannot autolaunch D-Bus without X11 $DISPLAY')),
      setPassword: () => new Promise(() => undefined),
      deletePassword: () => Promise.resolve(true),
    };
    const store = new KeytarSecretStore({ load: async () => unreachable, timeoutMs: 50 });
    await expect(store.check()).rejects.toMatchObject({ code: 'keychain_unavailable' });
    await expect(store.set('Atrium-test', 'a', 'secret')).rejects.toMatchObject({ code: 'keychain_unavailable' });
  });
});
