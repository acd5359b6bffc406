import { describe, expect, it } from 'vitest';
import { AtriumFailure } from '../../../../shared/result';
import { DemoSecretStore } from '../../../../main/vault/demoSecretStore';
import type { KeychainState, SecretStore } from '../../../../main/vault/secretStore';
import { isSecretOf, TokenVault } from '../../../../main/vault/tokenVault';
import { MemorySecretStore } from './memorySecretStore';

const demo = 'http://127.0.0.1:4100';

/** A keychain that answers or refuses as the test says, like keytar behind a locked or missing keyring. */
class SwitchableKeychain extends MemorySecretStore implements SecretStore {
  current: KeychainState = 'ready';
  async state(): Promise<KeychainState> {
    return this.current;
  }
  override async set(service: string, account: string, secret: string): Promise<void> {
    if (this.current !== 'ready') throw new AtriumFailure('keychain_unavailable', 'No system keychain is available.');
    return super.set(service, account, secret);
  }
}

describe('isSecretOf', () => {
  it("tells a server's tokens and client secrets from another server's", () => {
    expect(isSecretOf('token:5@127.0.0.1:4100', demo)).toBe(true);
    expect(isSecretOf('token:5@127.0.0.1:4101', demo)).toBe(false);
    expect(isSecretOf(`client-secret:${demo} abc`, demo)).toBe(true);
    expect(isSecretOf(`client-secret:${demo}`, demo)).toBe(true);
    // A longer port that starts with the demo's must not pass for it.
    expect(isSecretOf(`client-secret:${demo}0 abc`, demo)).toBe(false);
    expect(isSecretOf('keychain-check', demo)).toBe(false);
  });
});

describe('DemoSecretStore', () => {
  it('keeps the demo in memory when there is no keychain, and refuses real accounts', async () => {
    const keychain = new SwitchableKeychain();
    keychain.current = 'unavailable';
    const vault = new TokenVault(new DemoSecretStore(keychain, `${demo}/`));
    await vault.saveAccessToken('5@127.0.0.1:4100', 'demo-token');
    await vault.saveClientSecret({ origin: demo, clientId: 'c1' }, 'demo-secret');
    await expect(vault.accessToken('5@127.0.0.1:4100')).resolves.toBe('demo-token');
    await expect(vault.clientSecret({ origin: demo, clientId: 'c1' })).resolves.toBe('demo-secret');
    expect(keychain.entries.size).toBe(0);
    await expect(vault.saveAccessToken('9@social.example.org', 'real-token')).rejects.toMatchObject({ code: 'keychain_unavailable' });
    await expect(vault.deleteAccessToken('5@127.0.0.1:4100')).resolves.toBe(true);
    await expect(vault.accessToken('5@127.0.0.1:4100')).resolves.toBeNull();
  });

  it('keeps the demo in the keychain when there is one, and stays there', async () => {
    const keychain = new SwitchableKeychain();
    const store = new DemoSecretStore(keychain, demo);
    const vault = new TokenVault(store);
    await vault.saveAccessToken('5@127.0.0.1:4100', 'demo-token');
    expect([...keychain.entries.values()]).toEqual(['demo-token']);
    // The choice is made once: a keychain that goes away later does not split the demo's secrets.
    keychain.current = 'unavailable';
    await expect(vault.accessToken('5@127.0.0.1:4100')).resolves.toBe('demo-token');
    await expect(store.state()).resolves.toBe('unavailable');
  });
});
