// The tests' keychain stand-in is the app's own in-memory store, which lets them look inside.
export { MemorySecretStore } from '../../../../main/vault/memorySecretStore';
