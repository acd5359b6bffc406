import { describe, expect, it } from 'vitest';
import { type KeytarApi, KeytarSecretStore, NO_KEYCHAIN_MESSAGE, NO_KEYCHAIN_MODULE_MESSAGE } from '../../../../main/vault/keytarSecretStore';

describe('KeytarSecretStore without a usable keychain', () => {
  it('says plainly that the keychain module is missing, and how to get it, when keytar cannot load', async () => {
    let attempts = 0;
    const store = new KeytarSecretStore({
      load: async () => {
        attempts += 1;
        throw new Error('Cannot find module keytar.node');
      },
    });
    await expect(store.set('Atrium-test', 'a', 'secret')).rejects.toMatchObject({ code: 'keychain_module_missing', message: NO_KEYCHAIN_MODULE_MESSAGE });
    expect(NO_KEYCHAIN_MODULE_MESSAGE).toMatch(/libsecret-1-dev.*npm rebuild keytar/);
    // A later call tries again: the module may have been rebuilt meanwhile.
    await expect(store.get('Atrium-test', 'a')).rejects.toMatchObject({ code: 'keychain_module_missing' });
    expect(attempts).toBe(2);
    await expect(store.state()).resolves.toBe('module_missing');
  });

  it('says the same when the keychain daemon cannot be reached or hangs', async () => {
    const unreachable: KeytarApi = {
      getPassword: () => Promise.reject(new Error('Cannot autolaunch D-Bus without X11 $DISPLAY')),
      setPassword: () => new Promise(() => undefined),
      deletePassword: () => Promise.resolve(true),
    };
    const store = new KeytarSecretStore({ load: async () => unreachable, timeoutMs: 50 });
    await expect(store.check()).rejects.toMatchObject({ code: 'keychain_unavailable', message: NO_KEYCHAIN_MESSAGE });
    await expect(store.set('Atrium-test', 'a', 'secret')).rejects.toMatchObject({ code: 'keychain_unavailable' });
    await expect(store.state()).resolves.toBe('unavailable');
  });
});
