/** The environment variable that points Atrium at another policy file; honoured in development and test builds only. */
export const POLICY_FILE_ENV = 'ATRIUM_POLICY_FILE';

/** Where the policy file is looked for, and whether the environment may say otherwise. */
export interface PolicyLocation {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  /**
   * True in the packaged app (Electron's `app.isPackaged`, passed in by the glue). A packaged app reads
   * the system file only: an environment variable is something any user can set, so it must not be able
   * to move the file IT wrote.
   */
  packaged: boolean;
}

/**
 * Where IT puts the managed configuration on each platform or, in development and test builds only,
 * the file named by `ATRIUM_POLICY_FILE`. Returns `null` on a platform without a known place, which means
 * "no policy file" (a built-in policy still applies).
 */
export function policyFilePath({ platform, env, packaged }: PolicyLocation): string | null {
  if (packaged) return systemPolicyFilePath(platform, {});
  return env[POLICY_FILE_ENV] || systemPolicyFilePath(platform, env);
}

/**
 * The machine-wide policy file of a platform: writable by administrators only, which is the point of a
 * policy. On Windows `ProgramData` is read from `env` only when the caller trusts it (not in a packaged
 * app, where a user could point it at an empty folder); otherwise the standard `C:\ProgramData`.
 */
export function systemPolicyFilePath(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): string | null {
  switch (platform) {
    case 'linux':
    case 'freebsd':
    case 'openbsd':
      return '/etc/atrium/policy.json';
    case 'darwin':
      return '/Library/Application Support/Atrium/policy.json';
    case 'win32': {
      const programData = env['ProgramData'] ?? env['PROGRAMDATA'] ?? 'C:\\ProgramData';
      return `${programData}\\Atrium\\policy.json`;
    }
    default:
      return null;
  }
}
