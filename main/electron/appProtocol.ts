import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { rendererFile } from '../security/windowSecurity';

/** The renderer's origin. Serving from a custom scheme, not file://, gives it a real origin to check. */
export const appOrigin = 'app://atrium';

/**
 * Must run before `app.ready`: makes `app:` a standard, secure scheme. `codeCache` lets V8 keep the renderer's
 * compiled scripts between starts, as it does for https pages; a custom scheme has none unless asked.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
}

/** Serves the built renderer from `rendererDir` with the Content-Security-Policy on every response. */
export function serveRenderer(rendererDir: string, csp: string): void {
  protocol.handle('app', async (request) => {
    // A path that climbs out of the renderer folder is refused, whatever its encoding.
    const file = rendererFile(rendererDir, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).href);
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', csp);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}
