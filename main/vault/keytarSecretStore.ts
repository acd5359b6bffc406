import { AtriumFailure } from '../../shared/result';
import type { KeychainState, SecretStore } from './secretStore';

/** The part of keytar's API Atrium uses. */
export interface KeytarApi {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

/** The sentence people see when there is no usable keychain. */
export const NO_KEYCHAIN_MESSAGE =
  'No system keychain is available, so Atrium cannot keep you signed in safely. ' +
  'Unlock or install your system keychain (for example GNOME Keyring or KWallet) and try again.';

/** The sentence people see when the keychain module itself is missing (keytar could not build when Atrium was installed). */
export const NO_KEYCHAIN_MODULE_MESSAGE =
  "Atrium's keychain module (keytar) is not installed, so Atrium cannot keep you signed in safely. " +
  'On Debian or Ubuntu, install libsecret-1-dev and gnome-keyring, then run npm rebuild keytar in the Atrium folder and start Atrium again.';

/** Options for {@link KeytarSecretStore}; both exist so tests can stand in for the native module. */
export interface KeytarSecretStoreOptions {
  /** Loads keytar; defaults to a dynamic import so a missing native module is reported, not crashed on. */
  load?: () => Promise<KeytarApi>;
  /** How long one keychain call may take before it is treated as unavailable (a locked keyring can hang). */
  timeoutMs?: number;
}

async function importKeytar(): Promise<KeytarApi> {
  const mod = (await import('keytar')) as KeytarApi & { default?: KeytarApi };
  // keytar is CommonJS: its functions sit on `default` under ESM interop.
  return mod.default ?? mod;
}

/**
 * Secrets in the OS keychain (macOS Keychain, Windows Credential Vault, libsecret on Linux) through keytar.
 * Every failure to reach the keychain becomes one `keychain_unavailable` failure with a plain sentence;
 * there is deliberately no fallback to a file.
 */
export class KeytarSecretStore implements SecretStore {
  readonly #load: () => Promise<KeytarApi>;
  readonly #timeoutMs: number;
  #keytar: Promise<KeytarApi> | null = null;

  constructor(options: KeytarSecretStoreOptions = {}) {
    this.#load = options.load ?? importKeytar;
    this.#timeoutMs = options.timeoutMs ?? 15_000;
  }

  /** Resolves when the keychain answers a harmless read; throws the plain `keychain_unavailable` failure otherwise. */
  async check(): Promise<void> {
    await this.get('Atrium', 'keychain-check');
  }

  /** Whether the keychain answers now, and if not, whether the module or the keychain is what is missing. */
  async state(): Promise<KeychainState> {
    try {
      await this.check();
      return 'ready';
    } catch (error) {
      return error instanceof AtriumFailure && error.code === 'keychain_module_missing' ? 'module_missing' : 'unavailable';
    }
  }

  get(service: string, account: string): Promise<string | null> {
    return this.#call((k) => k.getPassword(service, account));
  }

  set(service: string, account: string, secret: string): Promise<void> {
    return this.#call((k) => k.setPassword(service, account, secret));
  }

  delete(service: string, account: string): Promise<boolean> {
    return this.#call((k) => k.deletePassword(service, account));
  }

  async #call<T>(action: (keytar: KeytarApi) => Promise<T>): Promise<T> {
    let keytar: KeytarApi;
    try {
      keytar = await this.#keytarApi();
    } catch (error) {
      const failure = new AtriumFailure('keychain_module_missing', NO_KEYCHAIN_MODULE_MESSAGE);
      failure.cause = error;
      throw failure;
    }
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('The keychain did not answer in time.')), this.#timeoutMs);
      });
      return await Promise.race([action(keytar), timeout]);
    } catch (error) {
      const failure = new AtriumFailure('keychain_unavailable', NO_KEYCHAIN_MESSAGE);
      failure.cause = error;
      throw failure;
    } finally {
      clearTimeout(timer);
    }
  }

  #keytarApi(): Promise<KeytarApi> {
    if (!this.#keytar) {
      const loading = this.#load();
      this.#keytar = loading;
      // A failed load is forgotten, so a keychain installed or unlocked later is picked up on the next call.
      loading.catch(() => {
        if (this.#keytar === loading) this.#keytar = null;
      });
    }
    return this.#keytar;
  }
}
