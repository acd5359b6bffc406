import { describe, expect, it } from 'vitest';
import { TokenVault } from '../../../../main/vault/tokenVault';
import { MemorySecretStore } from './memorySecretStore';

describe('TokenVault', () => {
  it('keeps access tokens and client secrets apart, under its own service name', async () => {
    const store = new MemorySecretStore();
    const vault = new TokenVault(store, 'Atrium-test');
    await vault.saveAccessToken('1@example.org', 'token-1');
    const first = { origin: 'https://example.org', clientId: 'client-1' };
    const second = { origin: 'https://example.org', clientId: 'client-2' };
    await vault.saveClientSecret(first, 'secret-1');
    await vault.saveClientSecret(second, 'secret-2');
    expect(await vault.accessToken('1@example.org')).toBe('token-1');
    // One secret per registration: registering again on an instance does not overwrite the older one.
    expect(await vault.clientSecret(first)).toBe('secret-1');
    expect(await vault.clientSecret(second)).toBe('secret-2');
    expect(await store.get('Atrium-test', 'token:1@example.org')).toBe('token-1');
    expect(await vault.deleteAccessToken('1@example.org')).toBe(true);
    expect(await vault.accessToken('1@example.org')).toBeNull();
    expect(await vault.clientSecret(first)).toBe('secret-1');
  });

  it('still finds a secret filed the version 1 way, under the instance alone', async () => {
    const store = new MemorySecretStore();
    await store.set('Atrium-test', 'client-secret:https://example.org', 'old-secret');
    const vault = new TokenVault(store, 'Atrium-test');
    expect(await vault.clientSecret({ origin: 'https://example.org', clientId: 'c', legacySecret: true })).toBe('old-secret');
    expect(await vault.clientSecret({ origin: 'https://example.org', clientId: 'c' })).toBeNull();
  });
});
