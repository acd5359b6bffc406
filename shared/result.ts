/** What went wrong, in a form that crosses the bridge: a stable code and a sentence for people. */
export interface AtriumError {
  /** Machine-readable reason, e.g. `invalid_input`, `network`, `unauthorized`. */
  readonly code: string;
  /** A plain sentence the UI can show as is. */
  readonly message: string;
  /** Seconds to wait before retrying, when the server said so (HTTP 429). */
  readonly retryAfter?: number;
  /** Values the sentence names (`host`, the server's own words as `said`), so the UI can say it in its language. */
  readonly params?: Readonly<Record<string, string>>;
}

/** The optional parts of an error. */
export interface AtriumErrorDetails {
  retryAfter?: number;
  params?: Readonly<Record<string, string>>;
}

/** The answer to every bridge call: a value, or an error that says what happened. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AtriumError };

/** Wraps a value as a successful result. */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** Wraps an error as a failed result. */
export const fail = (code: string, message: string, details: AtriumErrorDetails = {}): Result<never> => ({
  ok: false,
  error: {
    code,
    message,
    ...(details.retryAfter === undefined ? {} : { retryAfter: details.retryAfter }),
    ...(details.params === undefined ? {} : { params: details.params }),
  },
});

/**
 * An error a service throws on purpose: its code and message reach the person as they are.
 * Anything else thrown is reported as an internal error without its details.
 */
export class AtriumFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: AtriumErrorDetails = {},
  ) {
    super(message);
    this.name = 'AtriumFailure';
  }
}
