import { randomBytes } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';

/** One field of a `multipart/form-data` body: a text value or a file. */
export type FormPart = { name: string; value: string } | { name: string; fileName: string; mimeType: string; data: Buffer };

/** What the server answered: its status, headers and body text. */
export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

/** How much of the body is sent at a time; each piece reports progress once the socket took it. */
const chunkBytes = 64 * 1024;
/** The longest answer read: Mastodon's media JSON is a few kilobytes. */
const maxAnswerBytes = 1_000_000;

/** The server went quiet for longer than the request's time limit. */
export class RequestTimeoutError extends Error {
  constructor() {
    super('The server stopped answering.');
    this.name = 'RequestTimeoutError';
  }
}

/** Builds a `multipart/form-data` body (RFC 7578). Names and file names are quoted with `"` and line breaks escaped. */
export function multipartBody(parts: readonly FormPart[]): { body: Buffer; contentType: string } {
  const boundary = `----atrium${randomBytes(12).toString('hex')}`;
  const quote = (text: string) => text.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const pieces: Buffer[] = [];
  for (const part of parts) {
    const head =
      'fileName' in part
        ? `Content-Disposition: form-data; name="${quote(part.name)}"; filename="${quote(part.fileName)}"\r\nContent-Type: ${part.mimeType.replace(/[\r\n]/g, '')}`
        : `Content-Disposition: form-data; name="${quote(part.name)}"`;
    pieces.push(Buffer.from(`--${boundary}\r\n${head}\r\n\r\n`, 'utf8'));
    pieces.push('fileName' in part ? part.data : Buffer.from(part.value, 'utf8'));
    pieces.push(Buffer.from('\r\n', 'utf8'));
  }
  pieces.push(Buffer.from(`--${boundary}--\r\n`, 'utf8'));
  return { body: Buffer.concat(pieces), contentType: `multipart/form-data; boundary=${boundary}` };
}

/**
 * Sends one request with Node's own HTTP client, so the bytes really sent can be counted
 * (fetch cannot report upload progress). Redirects are not followed: an answer that points
 * elsewhere never receives the token. Rejects on a network error or when `signal` aborts.
 */
export function sendRequest(
  url: URL,
  options: { method: string; headers: Record<string, string>; body?: Buffer; signal: AbortSignal; timeoutMs: number },
  onProgress: (sent: number, total: number) => void = () => undefined,
): Promise<RawAnswer> {
  const client = url.protocol === 'https:' ? https : http;
  const body = options.body ?? Buffer.alloc(0);
  return new Promise((resolve, reject) => {
    // A server may answer before it has read the whole body (413, 401) and close the connection:
    // its answer counts, not the broken pipe that follows.
    let early: RawAnswer | undefined;
    const request = client.request(
      url,
      { method: options.method, headers: { ...options.headers, 'Content-Length': String(body.length) }, signal: options.signal, timeout: options.timeoutMs },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        early = { status: response.statusCode ?? 0, headers: response.headers, text: '' };
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxAnswerBytes) request.destroy(new Error('The answer was larger than any media description.'));
          else chunks.push(chunk);
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    request.on('error', (error) => (early && !options.signal.aborted && early.status >= 400 ? resolve(early) : reject(error)));
    request.on('timeout', () => request.destroy(new RequestTimeoutError()));
    let sent = 0;
    const writeNext = (): void => {
      while (sent < body.length && !early) {
        const piece = body.subarray(sent, sent + chunkBytes);
        sent += piece.length;
        const reported = sent;
        const more = request.write(piece, () => onProgress(reported, body.length));
        // Wait for the socket to drain, so progress follows the network rather than memory.
        if (!more) {
          request.once('drain', writeNext);
          return;
        }
      }
      request.end();
    };
    writeNext();
  });
}
