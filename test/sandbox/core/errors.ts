/**
 * An error with the status code and `{ error, error_description? }` body that
 * Mastodon would send. Thrown anywhere; the server's error handler renders it.
 */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly description?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  /** The JSON body Mastodon sends for this error. */
  body(): { error: string; error_description?: string } {
    return this.description === undefined ? { error: this.message } : { error: this.message, error_description: this.description };
  }
}

/** Mastodon's 404 for any missing or invisible record. */
export const notFound = (): ApiError => new ApiError(404, 'Record not found');

/** Mastodon's 422 for a failed model validation (`Validation failed: …`). */
export const invalid = (reason: string): ApiError => new ApiError(422, `Validation failed: ${reason}`);
