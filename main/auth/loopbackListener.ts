import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AtriumFailure } from '../../shared/result';
import { ALREADY_DONE_PAGE, NOT_FOUND_PAGE, NOT_SIGNED_IN_PAGE, SIGNED_IN_PAGE, WRONG_STATE_PAGE } from './callbackPage';

/** The path the instance redirects to; part of the registered redirect URI. */
export const CALLBACK_PATH = '/callback';

/** Thrown when the remembered port is taken by another program, so the caller can register anew. */
export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(`Port ${port} on 127.0.0.1 is in use.`);
    this.name = 'PortInUseError';
  }
}

/** Options for {@link startLoopbackListener}. */
export interface LoopbackListenerOptions {
  /** The `state` sent with the authorize request; a callback without exactly this value is turned away. */
  readonly expectedState: string;
  /** The port to listen on; 0 (the default) lets the system pick a free one. */
  readonly port?: number;
  /** How long to wait for the browser before giving up. */
  readonly timeoutMs: number;
  /** Cancels the wait (the person started another sign-in or closed the dialog). */
  readonly signal?: AbortSignal;
}

/** A listener waiting for its one callback. */
export interface LoopbackListener {
  readonly port: number;
  /** `http://127.0.0.1:PORT/callback`, exactly as registered with the instance. */
  readonly redirectUri: string;
  /** The callback's query parameters (`code`, or `error`), once; rejects on timeout or cancel. */
  readonly callback: Promise<URLSearchParams>;
  /** Stops listening; safe to call more than once. */
  close(): void;
}

/**
 * Starts a one-shot HTTP listener on 127.0.0.1 for the OAuth redirect (RFC 8252 §7.3).
 * It accepts exactly one GET on {@link CALLBACK_PATH} carrying the expected `state` and addressed to
 * `127.0.0.1:PORT`, answers a small page and closes. Anything else (another path, a wrong or missing
 * `state`, another `Host`) gets an error page and does not end the wait, which only the right answer,
 * the time limit or a cancel can.
 */
export async function startLoopbackListener(options: LoopbackListenerOptions): Promise<LoopbackListener> {
  let settle!: { resolve: (params: URLSearchParams) => void; reject: (error: Error) => void };
  const callback = new Promise<URLSearchParams>((resolve, reject) => (settle = { resolve, reject }));
  // The caller may only look at `callback` after opening the browser; don't report an early rejection as unhandled.
  callback.catch(() => undefined);
  let settled = false;
  // Assigned once listening; `finish` may run before that (an aborted signal) and must see it unset.
  let timer: NodeJS.Timeout | undefined = undefined;

  // Known once listening; until then no request can arrive.
  let expectedHost = '';
  const server = createServer((request, response) => {
    if (settled) return answer(response, 409, ALREADY_DONE_PAGE);
    // A page on another name that resolves here (DNS rebinding) is no browser coming back from the instance.
    if (request.headers.host !== expectedHost) return answer(response, 421, NOT_FOUND_PAGE);
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== CALLBACK_PATH) return answer(response, 404, NOT_FOUND_PAGE);
    if (request.method !== 'GET') return answer(response, 405, NOT_FOUND_PAGE);
    // Anyone can send a request here (an <img> on any web page): one that is not this sign-in's answer
    // is turned away without ending the wait, or a stranger could cancel the person's sign-in.
    if (url.searchParams.get('state') !== options.expectedState) return answer(response, 400, WRONG_STATE_PAGE);
    answer(response, 200, url.searchParams.has('error') ? NOT_SIGNED_IN_PAGE : SIGNED_IN_PAGE);
    finish(url.searchParams, response);
  });

  function finish(outcome: URLSearchParams | Error, response?: ServerResponse<IncomingMessage>): void {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    server.close();
    // Let the page reach the browser before dropping idle keep-alive sockets.
    if (response) response.once('finish', () => server.closeIdleConnections());
    else server.closeAllConnections();
    if (outcome instanceof Error) settle.reject(outcome);
    else settle.resolve(outcome);
  }

  const onAbort = (): void => finish(new AtriumFailure('sign_in_cancelled', 'The sign-in was cancelled.'));

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' || error.code === 'EACCES' ? new PortInUseError(options.port ?? 0) : error);
    });
    server.listen({ port: options.port ?? 0, host: '127.0.0.1', exclusive: true }, resolve);
  });

  const port = (server.address() as AddressInfo).port;
  expectedHost = `127.0.0.1:${port}`;
  timer = setTimeout(
    () =>
      finish(
        new AtriumFailure(
          'sign_in_timeout',
          `Atrium stopped waiting for the sign-in after ${describeDuration(options.timeoutMs)}. Start again whenever you are ready.`,
        ),
      ),
    options.timeoutMs,
  );
  if (options.signal?.aborted) onAbort();
  else options.signal?.addEventListener('abort', onAbort, { once: true });

  return {
    port,
    redirectUri: `http://127.0.0.1:${port}${CALLBACK_PATH}`,
    callback,
    close: () => finish(new AtriumFailure('sign_in_cancelled', 'The sign-in was cancelled.')),
  };
}

function answer(response: ServerResponse, status: number, html: string): void {
  response.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    // The page needs nothing but its own inline style; no referrer, so the code never travels further.
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
    'referrer-policy': 'no-referrer',
    connection: 'close',
  });
  response.end(html);
}

function describeDuration(ms: number): string {
  if (ms >= 60_000) {
    const minutes = Math.round(ms / 60_000);
    return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  }
  const seconds = Math.max(1, Math.round(ms / 1000));
  return `${seconds} second${seconds === 1 ? '' : 's'}`;
}
