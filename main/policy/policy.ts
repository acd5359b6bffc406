import { z } from 'zod';
import type { PublicPolicy, Visibility } from '../../shared/domain';
import { visibilitySchema } from '../../shared/domain';
import { AtriumFailure } from '../../shared/result';
import { isLoopbackHost } from '../auth/http';
import { type PolicyLocation, policyFilePath } from './policyFile';

// The keys IT may set; listed in the message when a file has an unknown one.
const policyKeys = {
  // Atrium signs in over https only (plain http on this computer, for a test server): a pin it could never use is refused here.
  instanceUrl: z
    .url({ protocol: /^https?$/ })
    .refine(secureOrLocal, 'must start with https:// (plain http only for this computer)')
    .optional(),
  allowOtherInstances: z.boolean().optional(),
  defaultVisibility: visibilitySchema.optional(),
  requireAltText: z.boolean().optional(),
  hideDemo: z.boolean().optional(),
  accentColor: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like "#1a73e8"')
    .optional(),
};

/**
 * One policy file as IT writes it. Strict: an unknown key is an error, because a misspelt
 * `allowOtherInstance` silently ignored would leave a rule unenforced.
 */
export const policyFileSchema = z.object(policyKeys).strict();

/** The policy once the built-in one and the machine's file are combined: it must let somebody sign in. */
const effectivePolicySchema = policyFileSchema.refine((p) => p.allowOtherInstances !== false || p.instanceUrl !== undefined, {
  message: 'forbids other instances but names none in "instanceUrl", so nobody could sign in',
  path: ['allowOtherInstances'],
});

/** The policy file's contents as written. */
export type PolicyFile = z.infer<typeof policyFileSchema>;

/** The managed configuration Atrium runs under, with defaults filled in. */
export interface Policy {
  /** The file it came from, or `null` when there was none (all defaults). */
  readonly source: string | null;
  /** Origin of the pinned instance (`https://host[:port]`), or `null`. */
  readonly instanceOrigin: string | null;
  /** Whether people may sign in to instances other than the pinned one. */
  readonly allowOtherInstances: boolean;
  readonly defaultVisibility: Visibility;
  readonly requireAltText: boolean;
  readonly hideDemo: boolean;
  readonly accentColor: string | null;
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
};

/** How the policy built into this copy of Atrium is named in messages and in {@link Policy.source}. */
export const BUILT_IN_SOURCE = 'the policy built into this copy of Atrium';

/** What {@link loadPolicy} needs from its surroundings. */
export interface LoadPolicyOptions extends PolicyLocation {
  /** Reads a UTF-8 file; rejects with an error whose `code` is `ENOENT` when the file does not exist. */
  readFile: (path: string) => Promise<string>;
  /** The policy baked in at build time (see `builtInPolicy.ts`), as JSON text, or `null`. */
  builtIn?: string | null;
}

/**
 * The effective policy: the machine's policy file over the policy built into this copy, over the
 * defaults, key by key. A missing file means "nothing set there"; an unreadable or invalid one throws an
 * `invalid_policy` failure naming the file and the bad key, so the app stops rather than running
 * without the rules IT set (fail closed).
 */
export async function loadPolicy(options: LoadPolicyOptions): Promise<Policy> {
  const builtIn = options.builtIn ? parsePolicyText(BUILT_IN_SOURCE, options.builtIn) : null;
  const path = policyFilePath(options);
  const machine = path === null ? null : await readPolicyFile(path, options.readFile);
  if (!builtIn && !machine) return DEFAULT_POLICY;
  const source = machine && path !== null ? path : BUILT_IN_SOURCE;
  const merged = effectivePolicySchema.safeParse({ ...builtIn, ...machine });
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

/** True for an https URL or a loopback http one; one that does not parse is left to the URL check. */
function secureOrLocal(url: string): boolean {
  if (!URL.canParse(url)) return true;
  const parsed = new URL(url);
  return parsed.protocol === 'https:' || isLoopbackHost(parsed.hostname);
}

/** Whether the policy lets people use the instance at `origin` (sign in, or keep using an account there). */
export function isInstanceAllowed(policy: Policy, origin: string): boolean {
  if (policy.allowOtherInstances || policy.instanceOrigin === null) return true;
  return new URL(origin).origin === policy.instanceOrigin;
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'it does not match the expected format';
  if (issue.code === 'unrecognized_keys') {
    return `unknown key ${issue.keys.map((k) => `"${k}"`).join(', ')} (allowed: ${Object.keys(policyKeys).join(', ')})`;
  }
  const key = issue.path.length > 0 ? `"${issue.path.join('.')}"` : 'the top level';
  return `${key} ${issue.message}`;
}

function invalid(source: string, reason: string): AtriumFailure {
  const what = source === BUILT_IN_SOURCE ? source : `The policy file ${source}`;
  return new AtriumFailure('invalid_policy', `${capitalize(what)} is invalid: ${reason}. Ask your IT department to correct it.`);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
