import { parsePolicyText } from './policy';

/**
 * The environment variable read when Atrium is built (`npm run build`, `npm run dist`) and when
 * `npm run preview` starts: the path of a policy file to bake into this copy of Atrium, so an
 * organization can ship it with its instance pinned. See docs/admin.md.
 */
export const BUILT_IN_POLICY_ENV = 'ATRIUM_BUILT_IN_POLICY';

// Replaced by scripts/buildMain.ts (esbuild `define`) with the policy's JSON text, or `null`.
// Where main runs unbundled (tests, `npm run preview`) the name does not exist, hence the typeof check.
declare const __ATRIUM_BUILT_IN_POLICY__: string | null | undefined;

/** The policy baked into this build, as JSON text, or `null` when the build has none. */
export function bundledPolicyText(): string | null {
  return typeof __ATRIUM_BUILT_IN_POLICY__ === 'string' ? __ATRIUM_BUILT_IN_POLICY__ : null;
}

/**
 * Reads the file `ATRIUM_BUILT_IN_POLICY` names, checked like a policy file, for a build to bake in.
 * Returns `null` when the variable is not set; throws the policy's own error when the file is invalid,
 * so a build with a broken policy fails instead of shipping without the pin.
 */
export async function readBuiltInPolicy(
  env: Readonly<Record<string, string | undefined>>,
  readFile: (path: string) => Promise<string>,
): Promise<string | null> {
  const path = env[BUILT_IN_POLICY_ENV];
  if (!path) return null;
  const text = await readFile(path);
  parsePolicyText(path, text);
  return text;
}
