/** The environment variable that points Atrium at another policy file (tests, pilots). */
export const POLICY_FILE_ENV = 'ATRIUM_POLICY_FILE';

/**
 * Where IT puts the managed configuration on each platform, or the file named by `ATRIUM_POLICY_FILE`.
 * Returns `null` on a platform without a known place, which means "no policy".
 */
export function policyFilePath(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): string | null {
  const override = env[POLICY_FILE_ENV];
  if (override) return override;
  switch (platform) {
    case 'linux':
    case 'freebsd':
    case 'openbsd':
      return '/etc/atrium/policy.json';
    case 'darwin':
      return '/Library/Application Support/Atrium/policy.json';
    case 'win32': {
      // ProgramData is machine-wide and only writable by administrators, which is the point of a policy.
      const programData = env['ProgramData'] ?? env['PROGRAMDATA'] ?? 'C:\\ProgramData';
      return `${programData}\\Atrium\\policy.json`;
    }
    default:
      return null;
  }
}
