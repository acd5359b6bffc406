/**
 * The electronegativity findings Atrium accepts, each with the reason and the test that keeps the
 * reason true. electronegativity.test.ts fails on any finding not listed here, and on an entry that no
 * longer matches a finding (so the list never holds more than it must).
 */
export interface AllowedFinding {
  /** The check's id, as electronegativity reports it. */
  check: string;
  /** The file under main/ it is reported in (`N/A` for a global check). */
  file: string;
  reason: string;
}

export const allowedFindings: readonly AllowedFinding[] = [
  {
    check: 'CSP_GLOBAL_CHECK',
    file: 'N/A',
    reason:
      'The CSP is sent as a response header by the app:// protocol handler (main/electron/appProtocol.ts) on every file it serves; ' +
      'electronegativity only looks for <meta> tags and webRequest hooks. The policy itself is tested in contentSecurityPolicy.test.ts and windowSecurity.test.ts.',
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'electron/mainWindow.ts',
    reason: "The one call of shell.openExternal, right after safeExternalUrl (http, https, mailto with to/cc/subject/body only); urlGate.test.ts and windowSecurity.test.ts.",
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'bridge/handlers.ts',
    reason: "The bridge's openExternal handler passes only what safeExternalUrl returned to the glue's gated openExternal.",
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'electron/desktop.ts',
    reason: "A link the system hands over that is not Atrium's to show goes to deps.openExternal, which main.ts wires to mainWindow's gated openExternal (safeExternalUrl).",
  },
  {
    check: 'PROTOCOL_HANDLER_JS_CHECK',
    file: 'electron/desktop.ts',
    reason:
      'Atrium registers itself for web+mastodon links only when the person turned on Open Mastodon Links in Atrium; such a link is parsed by ' +
      'parseDeepLink (main/desktop/deepLink.ts, unit-tested) into a post or profile for the side panel, never loaded as a page.',
  },
  {
    check: 'AUXCLICK_JS_CHECK',
    file: 'electron/mainWindow.ts',
    reason: 'A middle click asks for a new window, which the window-open handler always denies (decideWindowOpen), handing a web link to the system browser through the URL gate.',
  },
  {
    check: 'CONTEXT_ISOLATION_JS_CHECK',
    file: 'electron/mainWindow.ts',
    reason:
      "The window's preferences come from secureWebPreferences (main/security/windowSecurity.ts), which the checker cannot follow; " +
      'windowSecurity.test.ts pins contextIsolation: true there and that the glue passes that object unchanged.',
  },
  {
    check: 'SANDBOX_JS_CHECK',
    file: 'electron/mainWindow.ts',
    reason: 'As for context isolation: sandbox: true in secureWebPreferences, and app.enableSandbox() in main.ts; both pinned by windowSecurity.test.ts.',
  },
];
