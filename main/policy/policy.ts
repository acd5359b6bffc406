import type { PublicPolicy, Visibility } from '../../shared/domain';
import { AtriumFailure } from '../../shared/result';
import { managedPolicy, type ManagedPolicyReader } from './managedPolicy';
import { type PolicyLocation, policyFilePath } from './policyFile';
import { BUILT_IN_SOURCE, describeIssue, invalidPolicy as invalid, policyFileSchema, type PolicyFile } from './policySchema';

export { BUILT_IN_SOURCE, policyFileSchema, type PolicyFile } from './policySchema';

/** The policy once the built-in one and the machine's file are combined: it must let somebody sign in. */
const effectivePolicySchema = policyFileSchema.refine((p) => p.allowOtherInstances !== false || p.instanceUrl !== undefined, {
  message: 'forbids other instances but names none in "instanceUrl", so nobody could sign in',
  path: ['allowOtherInstances'],
});

/** The managed configuration Atrium runs under, with defaults filled in. */
export interface Policy {
  /** Where the strongest of its parts came from (a file, the registry, a profile), or `null` when IT set nothing (all defaults). */
  readonly source: string | null;
  /** Origin of the pinned instance (`https://host[:port]`), or `null`. */
  readonly instanceOrigin: string | null;
  /** Whether people may sign in to instances other than the pinned one. */
  readonly allowOtherInstances: boolean;
  readonly defaultVisibility: Visibility;
  readonly requireAltText: boolean;
  readonly hideDemo: boolean;
  readonly accentColor: string | null;
  /** Whether Atrium looks for updates (only where {@link updateUrl} names a feed). */
  readonly allowUpdates: boolean;
  /** The organization's update feed, or `null` (no updates looked for). */
  readonly updateUrl: string | null;
  /** Whether people may turn on "Open Atrium at login". */
  readonly allowStartAtLogin: boolean;
}

/** The policy when IT set nothing. */
export const DEFAULT_POLICY: Policy = {
  source: null,
  instanceOrigin: null,
  allowOtherInstances: true,
  defaultVisibility: 'public',
  requireAltText: false,
  hideDemo: false,
  accentColor: null,
  allowUpdates: true,
  updateUrl: null,
  allowStartAtLogin: true,
};

/** What {@link loadPolicy} needs from its surroundings. */
export interface LoadPolicyOptions extends PolicyLocation {
  /** Reads a UTF-8 file; rejects with an error whose `code` is `ENOENT` when the file does not exist. */
  readFile: (path: string) => Promise<string>;
  /** The policy baked in at build time (see `builtInPolicy.ts`), as JSON text, or `null`. */
  builtIn?: string | null;
  /** The registry (Windows) or managed preferences (macOS), strongest of all; none on Linux. */
  managed?: ManagedPolicyReader;
  /** Told about per-user values of machine-only keys, which are not applied (worth a line in the log). */
  onIgnored?: (message: string) => void;
}

/**
 * The effective policy: the registry or managed preferences over the machine's policy file over the
 * policy built into this copy, over the defaults, key by key. A missing file means "nothing set
 * there"; an unreadable or invalid file or registry value throws an `invalid_policy` failure naming
 * where it is and the bad key, so the app stops rather than running without the rules IT set (fail closed).
 */
export async function loadPolicy(options: LoadPolicyOptions): Promise<Policy> {
  const builtIn = options.builtIn ? parsePolicyText(BUILT_IN_SOURCE, options.builtIn) : null;
  const path = policyFilePath(options);
  const machine = path === null ? null : await readPolicyFile(path, options.readFile);
  const managed = options.managed ? managedPolicy(await options.managed.read(), options.managed.where) : null;
  if (managed && managed.ignored.length > 0 && options.managed) {
    options.onIgnored?.(`${options.managed.where.user} sets ${managed.ignored.join(', ')}, which only the machine's policy may set; not applied`);
  }
  if (!builtIn && !machine && !managed) return DEFAULT_POLICY;
  const source = managed ? managed.source : machine && path !== null ? path : BUILT_IN_SOURCE;
  const merged = effectivePolicySchema.safeParse({ ...builtIn, ...machine, ...managed?.values });
  if (!merged.success) throw invalid(source, describeIssue(merged.error));
  return fromFile(source, merged.data);
}

/** Parses and validates policy JSON; `source` names it in the error (a path, or {@link BUILT_IN_SOURCE}). */
export function parsePolicyText(source: string, text: string): PolicyFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw invalid(source, `it is not valid JSON (${(error as Error).message})`);
  }
  const parsed = policyFileSchema.safeParse(json);
  if (!parsed.success) throw invalid(source, describeIssue(parsed.error));
  return parsed.data;
}

async function readPolicyFile(path: string, readFile: (path: string) => Promise<string>): Promise<PolicyFile | null> {
  let text: string;
  try {
    text = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException | null)?.code === 'ENOENT') return null;
    throw invalid(path, `it could not be read (${(error as Error).message})`);
  }
  return parsePolicyText(path, text);
}

/** Turns a validated policy file into the effective policy. */
export function fromFile(source: string, file: PolicyFile): Policy {
  const instanceOrigin = file.instanceUrl === undefined ? null : new URL(file.instanceUrl).origin;
  return {
    source,
    instanceOrigin,
    // Pinning an instance means "only this one" unless IT says otherwise explicitly.
  allowOtherInstances: file.allowOtherInstances ?? instanceOrigin === null,
  defaultVisibility: file.defaultVisibility ?? DEFAULT_POLICY.defaultVisibility,
  requireAltText: file.requireAltText ?? DEFAULT_POLICY.requireAltText,
  hideDemo: file.hideDemo ?? DEFAULT_POLICY.hideDemo,
    accentColor: file.accentColor ?? null,
    allowUpdates: file.allowUpdates ?? DEFAULT_POLICY.allowUpdates,
    updateUrl: file.updateUrl ?? null,
    allowStartAtLogin: file.allowStartAtLogin ?? DEFAULT_POLICY.allowStartAtLogin,
  };
}

/** The part of the policy the renderer may know (see `shared/domain.ts`). */
export function toPublicPolicy(policy: Policy): PublicPolicy {
  return {
    pinnedInstanceUrl: policy.instanceOrigin,
  allowOtherInstances: policy.allowOtherInstances,
  defaultVisibility: policy.defaultVisibility,
  requireAltText: policy.requireAltText,
  hideDemo: policy.hideDemo,
    accentColor: policy.accentColor,
  };
}

/**
 * Throws a `forbidden_by_policy` failure when the policy does not let people sign in to `origin`.
 * Compares parsed origins, never string prefixes (`https://org.example.attacker.test` must not pass).
 */
export function assertInstanceAllowed(policy: Policy, origin: string): void {
  if (isInstanceAllowed(policy, origin) || policy.instanceOrigin === null) return;
  throw new AtriumFailure(
    'forbidden_by_policy',
    `Your organization only allows signing in to ${new URL(policy.instanceOrigin).host}; ` +
      `${new URL(origin).host} is not allowed on this computer.`,
  );
}

/** Whether the policy lets people use the instance at `origin` (sign in, or keep using an account there). */
export function isInstanceAllowed(policy: Policy, origin: string): boolean {
  if (policy.allowOtherInstances || policy.instanceOrigin === null) return true;
  return new URL(origin).origin === policy.instanceOrigin;
}
