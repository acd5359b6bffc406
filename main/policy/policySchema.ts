import { z } from 'zod';
import { visibilitySchema } from '../../shared/domain';
import { AtriumFailure } from '../../shared/result';
import { isLoopbackHost } from '../auth/http';

/**
 * One key IT may set. This table is the single source of the policy: the Linux file is checked with
 * it, the Windows registry and macOS managed preferences are mapped through it, and
 * `scripts/generatePolicyTemplates.ts` writes the JSON Schema, the ADMX/ADML template and the example
 * configuration profile from it.
 */
export interface PolicyKeySpec {
  /** The value as IT writes it; every key is optional. */
  readonly schema: z.ZodType;
  /** How the value is stored in the registry and in a configuration profile. */
  readonly kind: 'string' | 'boolean';
  /** The allowed strings, for a key that is a choice. */
  readonly choices?: readonly string[];
  /**
   * True when a per-user policy (HKCU, a user profile) may set the key. Keys that decide which server
   * people may use, or what code runs, are machine-wide only.
   */
  readonly perUser: boolean;
  /** Short name, as Group Policy's editor lists it. */
  readonly title: string;
  /** What the key does and its default, in plain words (the admin guide and the templates say the same). */
  readonly description: string;
  /** A value for the example profile and the guide. */
  readonly example: string | boolean;
}

/** True for an https URL or a loopback http one; one that does not parse is left to the URL check. */
function secureOrLocal(url: string): boolean {
  if (!URL.canParse(url)) return true;
  const parsed = new URL(url);
  return parsed.protocol === 'https:' || isLoopbackHost(parsed.hostname);
}

// Atrium connects over https only (plain http on this computer, for a test server): an address it could never use is refused here.
const secureUrl = () => z.url({ protocol: /^https?$/ }).refine(secureOrLocal, 'must start with https:// (plain http only for this computer)');

/** Every policy key, in the order the templates list them. */
export const policySpecs = {
  instanceUrl: {
    schema: secureUrl(),
    kind: 'string',
    perUser: false,
    title: 'Organization server',
    description: 'Address of the organization\'s Mastodon server. The sign-in screen offers only this server. Default: none.',
    example: 'https://social.example.org',
  },
  allowOtherInstances: {
    schema: z.boolean(),
    kind: 'boolean',
    perUser: false,
    title: 'Allow other servers',
    description: 'Whether people may also sign in to servers other than instanceUrl. Default: false when instanceUrl is set, true otherwise.',
    example: false,
  },
  defaultVisibility: {
    schema: visibilitySchema,
    kind: 'string',
    choices: visibilitySchema.options,
    perUser: true,
    title: 'Default visibility of new posts',
    description: 'The visibility a new post starts with in the composer: public, unlisted, private or direct. Default: public.',
    example: 'unlisted',
  },
  requireAltText: {
    schema: z.boolean(),
    kind: 'boolean',
    perUser: true,
    title: 'Require image descriptions',
    description: 'The composer asks for a description of every image before posting. Default: false.',
    example: true,
  },
  hideDemo: {
    schema: z.boolean(),
    kind: 'boolean',
    perUser: true,
    title: 'Hide the demo organization',
    description: 'Hides the demo organization that development builds offer on the first screen. Default: false.',
    example: true,
  },
  accentColor: {
    schema: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like "#1a73e8"'),
    kind: 'string',
    perUser: true,
    title: 'Accent colour',
    description: 'The organization\'s colour for buttons, links and marks, as "#rrggbb"; Atrium adjusts it only as far as contrast needs. Default: Atrium\'s indigo.',
    example: '#0b5cad',
  },
  allowUpdates: {
    schema: z.boolean(),
    kind: 'boolean',
    perUser: false,
    title: 'Allow updates',
    description: 'Whether Atrium looks for updates at updateUrl. False: it never checks, IT deploys new versions. Default: true.',
    example: true,
  },
  updateUrl: {
    schema: secureUrl(),
    kind: 'string',
    perUser: false,
    title: 'Update feed',
    description: 'Address of the folder where the organization publishes Atrium\'s installers and latest.yml files. Default: none, so no updates are looked for.',
    example: 'https://updates.example.org/atrium/',
  },
  allowStartAtLogin: {
    schema: z.boolean(),
    kind: 'boolean',
    perUser: false,
    title: 'Allow starting at login',
    description: 'Whether people may choose to open Atrium when they log in. False: the setting is off and cannot be turned on. Default: true.',
    example: true,
  },
} as const satisfies Record<string, PolicyKeySpec>;

/** The name of a policy key. */
export type PolicyKey = keyof typeof policySpecs;

/** The policy keys, in the order of {@link policySpecs}. */
export const policyKeyNames = Object.keys(policySpecs) as PolicyKey[];

type OptionalKeys = { [K in PolicyKey]: z.ZodOptional<(typeof policySpecs)[K]['schema']> };

/**
 * One policy as IT writes it (a file, or the values found in the registry or a profile). Strict: an
 * unknown key is an error, because a misspelt `allowOtherInstance` silently ignored would leave a rule unenforced.
 */
export const policyFileSchema = z
  .object(Object.fromEntries(policyKeyNames.map((key) => [key, policySpecs[key].schema.optional()])) as OptionalKeys)
  .strict();

/** The policy as written, keys optional. */
export type PolicyFile = z.infer<typeof policyFileSchema>;

/** How the policy built into this copy of Atrium is named in messages and in `Policy.source`. */
export const BUILT_IN_SOURCE = 'the policy built into this copy of Atrium';

/** The first problem zod found, as a sentence naming the key. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'it does not match the expected format';
  if (issue.code === 'unrecognized_keys') {
    return `unknown key ${issue.keys.map((k) => `"${k}"`).join(', ')} (allowed: ${policyKeyNames.join(', ')})`;
  }
  const key = issue.path.length > 0 ? `"${issue.path.join('.')}"` : 'the top level';
  return `${key} ${issue.message}`;
}

/**
 * The `invalid_policy` failure: names where the policy came from and what is wrong, and says who can fix it.
 * `source` is a file's path, or a description starting with "the " ({@link BUILT_IN_SOURCE}, a registry key).
 */
export function invalidPolicy(source: string, reason: string): AtriumFailure {
  const what = source.startsWith('the ') ? source : `The policy file ${source}`;
  return new AtriumFailure('invalid_policy', `${capitalize(what)} is invalid: ${reason}. Ask your IT department to correct it.`);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
