import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';

/** The renderer's origin. Serving from a custom scheme, not file://, gives it a real origin to check. */
export const appOrigin = 'app://atrium';

/** Must run before `app.ready`: makes `app:` a standard, secure scheme. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Serves the built renderer from `rendererDir` with the Content-Security-Policy on every response. */
export function serveRenderer(rendererDir: string, csp: string): void {
  const root = path.resolve(rendererDir);
  protocol.handle('app', async (request) => {
    const { host, pathname } = new URL(request.url);
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
    } catch {
      return new Response('Not found', { status: 404 });
    }
    const file = path.resolve(root, `.${decoded}`);
    // A path that climbs out of the renderer folder is refused, whatever its encoding.
    if (host !== 'atrium' || (file !== root && !file.startsWith(root + path.sep))) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).href);
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', csp);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}
