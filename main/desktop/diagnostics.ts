import type { Policy } from '../policy/policy';

/** What "Copy diagnostics" reports. Nothing here may hold a secret; {@link diagnosticsText} redacts all the same. */
export interface DiagnosticsInput {
  now: Date;
  versions: Readonly<Record<string, string>>;
  platform: string;
  policy: Policy;
  /** One line on updates, from the update controller. */
  updates: string;
  accounts: readonly { instanceUrl: string; needsSignIn: boolean; blockedByPolicy?: boolean }[];
  errors: readonly RecordedError[];
}

/** An error kept for the diagnostics, already redacted. */
export interface RecordedError {
  readonly at: Date;
  readonly where: string;
  readonly message: string;
}

const REDACTED = '[redacted]';

// Names whose value is a secret wherever they appear: a query string, JSON, a header, a log line.
const secretNames = 'access_token|refresh_token|id_token|token|code|code_verifier|client_secret|password|passwd|secret|state|api_key|apikey|cookie|set-cookie';

const patterns: readonly [RegExp, string][] = [
  // Authorization headers, whatever the scheme.
  [/\b(authorization\s*[:=]\s*)(?:bearer|basic|token)?\s*[^\s,;"']+/gi, `$1${REDACTED}`],
  [/\bbearer\s+[^\s,;"']+/gi, `Bearer ${REDACTED}`],
  // name=value, name: value, "name": "value".
  [new RegExp(`(["']?\\b(?:${secretNames})\\b["']?\\s*[:=]\\s*["']?)[^\\s&,;"'}]+`, 'gi'), `$1${REDACTED}`],
  // User name and password inside an address.
  [/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@:]+:[^\s/@]+@/gi, `$1${REDACTED}@`],
  // JSON Web Tokens.
  [/\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g, REDACTED],
  // Anything that looks like a key: a long run of base64url or hex with letters and digits mixed
  // (Mastodon's and Doorkeeper's tokens, codes and client secrets are 43 characters of base64url)…
  [/(?<![A-Za-z0-9_=-])(?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{24,}={0,2}(?![A-Za-z0-9_=-])/g, REDACTED],
  // …or long and of mixed case, for the rare random key without a digit…
  [/(?<![A-Za-z0-9_=-])(?=[A-Za-z0-9_-]*[a-z])(?=[A-Za-z0-9_-]*[A-Z])[A-Za-z0-9_-]{32,}={0,2}(?![A-Za-z0-9_=-])/g, REDACTED],
  // …or of standard base64, told from a path (`users/alice/statuses/1134…`) by its mixed case.
  [/(?<![A-Za-z0-9+/=])(?=[A-Za-z0-9+/]*[+/])(?=[A-Za-z0-9+/]*\d)(?=[A-Za-z0-9+/]*[a-z])(?=[A-Za-z0-9+/]*[A-Z])[A-Za-z0-9+/]{32,}={0,2}/g, REDACTED],
];

/** Removes every token, secret, password and key-like string from a text. */
export function redactSecrets(text: string): string {
  return patterns.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text);
}

/** The report "Copy diagnostics" puts on the clipboard: versions, the policy in force, accounts by server, recent errors. */
export function diagnosticsText(input: DiagnosticsInput): string {
  const { policy } = input;
  const lines = [
    `Atrium diagnostics, ${input.now.toISOString()}`,
    '',
    'Versions',
    ...Object.entries(input.versions).map(([name, version]) => `  ${name}: ${version}`),
    `  platform: ${input.platform}`,
    '',
    `Policy in force (from ${policy.source ?? 'no policy: defaults'})`,
    `  instanceUrl: ${policy.instanceOrigin ?? '(none)'}`,
    `  allowOtherInstances: ${policy.allowOtherInstances}`,
    `  defaultVisibility: ${policy.defaultVisibility}`,
    `  requireAltText: ${policy.requireAltText}`,
    `  hideDemo: ${policy.hideDemo}`,
    `  accentColor: ${policy.accentColor ?? '(default)'}`,
    `  allowUpdates: ${policy.allowUpdates}`,
    `  updateUrl: ${policy.updateUrl ?? '(none)'}`,
    `  allowStartAtLogin: ${policy.allowStartAtLogin}`,
    '',
    `Updates: ${input.updates}`,
    '',
    `Accounts: ${input.accounts.length}`,
    ...input.accounts.map((account) => `  ${hostOf(account.instanceUrl)}${account.needsSignIn ? ' (needs sign-in)' : ''}${account.blockedByPolicy ? ' (paused by policy)' : ''}`),
    '',
    `Recent errors: ${input.errors.length === 0 ? 'none' : ''}`,
    ...input.errors.map((error) => `  ${error.at.toISOString()} ${error.where}: ${error.message}`),
  ];
  return `${redactSecrets(lines.join('\n'))}\n`;
}

function hostOf(url: string): string {
  return URL.canParse(url) ? new URL(url).host : '(unknown server)';
}

/** The last errors main logged, redacted as they arrive, for the diagnostics. */
export class RecentErrors {
  private readonly kept: RecordedError[] = [];

  constructor(private readonly limit = 30) {}

  /** Keeps one error (its message and first stack line only: paths and code are no help to IT). */
  record(where: string, error: unknown, at = new Date()): void {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    this.kept.unshift({ at, where: redactSecrets(where), message: redactSecrets(message).slice(0, 500) });
    this.kept.length = Math.min(this.kept.length, this.limit);
  }

  /** Newest first. */
  list(): readonly RecordedError[] {
    return [...this.kept];
  }
}
