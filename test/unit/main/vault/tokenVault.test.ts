import { describe, expect, it } from 'vitest';
import { TokenVault } from '../../../../main/vault/tokenVault';
import { MemorySecretStore } from './memorySecretStore';

describe('TokenVault', () => {
  it('keeps access tokens and client secrets apart, under its own service name', async () => {
    const store = new MemorySecretStore();
    const vault = new TokenVault(store, 'Atrium-test');
    await vault.saveAccessToken('1@example.org', 'token-1');
    await vault.saveClientSecret('https://example.org', 'secret-1');
    expect(await vault.accessToken('1@example.org')).toBe('token-1');
    expect(await vault.clientSecret('https://example.org')).toBe('secret-1');
    expect(await store.get('Atrium-test', 'token:1@example.org')).toBe('token-1');
    expect(await vault.deleteAccessToken('1@example.org')).toBe(true);
    expect(await vault.accessToken('1@example.org')).toBeNull();
    expect(await vault.clientSecret('https://example.org')).toBe('secret-1');
  });
});
