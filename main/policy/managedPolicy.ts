import { describeIssue, invalidPolicy, policyKeyNames, policySpecs, type PolicyFile, type PolicyKey } from './policySchema';

/**
 * The raw values found where the operating system keeps managed settings: on Windows the registry
 * (`machine` from HKLM\Software\Policies\Atrium, `user` from HKCU\…), on macOS the preferences a
 * configuration profile forces. Values are as the store holds them (a REG_DWORD is a number).
 */
export interface ManagedPolicyValues {
  readonly machine: Readonly<Record<string, unknown>>;
  readonly user: Readonly<Record<string, unknown>>;
}

/** How the two layers are named in messages, e.g. `the managed policy in HKLM\Software\Policies\Atrium`. */
export interface ManagedPolicyWhere {
  readonly machine: string;
  readonly user: string;
}

/**
 * Reads managed settings from the operating system. `osPolicyReader.ts` implements it with
 * `@vscode/policy-watcher` on Windows and macOS; tests and Linux pass a stand-in.
 */
export interface ManagedPolicyReader {
  readonly where: ManagedPolicyWhere;
  /** The values in force now. */
  read(): Promise<ManagedPolicyValues>;
  /** Calls `onChange` when IT changes a value while Atrium runs; returns a stop function. */
  watch(onChange: () => void): () => void;
}

/** The managed values mapped through the schema. */
export interface ManagedPolicy {
  /** The keys set, checked; per-user values only for keys that allow them, machine values winning. */
  readonly values: PolicyFile;
  /** Where the values came from, for `Policy.source` and messages. */
  readonly source: string;
  /** Per-user values of machine-only keys, which were not applied (worth a line in the log). */
  readonly ignored: readonly string[];
}

/**
 * Maps registry or profile values through the policy schema: types checked (a boolean may be the
 * REG_DWORD 0 or 1), an unknown value refused, the machine's value over the user's, and a per-user value
 * taken only for a key whose {@link PolicyKeySpec.perUser} allows it. Returns `null` when nothing is set;
 * throws `invalid_policy` naming the place and the key, as a bad policy file does (fail closed).
 */
export function managedPolicy(found: ManagedPolicyValues, where: ManagedPolicyWhere): ManagedPolicy | null {
  const machine = checkLayer(found.machine, where.machine);
  const user = checkLayer(found.user, where.user);
  const values: Record<string, unknown> = {};
  const ignored: string[] = [];
  for (const key of policyKeyNames) {
    if (machine[key] !== undefined) values[key] = machine[key];
    else if (user[key] !== undefined && policySpecs[key].perUser) values[key] = user[key];
    else if (user[key] !== undefined) ignored.push(key);
  }
  if (Object.keys(values).length === 0 && ignored.length === 0) return null;
  return { values: values as PolicyFile, source: Object.keys(machine).length > 0 ? where.machine : where.user, ignored };
}

/** One layer's values, each checked against its key's schema. */
function checkLayer(raw: Readonly<Record<string, unknown>>, source: string): Partial<Record<PolicyKey, unknown>> {
  const checked: Partial<Record<PolicyKey, unknown>> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined || value === null) continue;
    if (!isPolicyKey(name)) throw invalidPolicy(source, `unknown value "${name}" (allowed: ${policyKeyNames.join(', ')})`);
    const spec = policySpecs[name];
    const parsed = spec.schema.safeParse(spec.kind === 'boolean' ? asBoolean(value) : value);
    if (!parsed.success) throw invalidPolicy(source, describeIssue(prefixed(parsed.error, name)));
    checked[name] = parsed.data;
  }
  return checked;
}

function isPolicyKey(name: string): name is PolicyKey {
  return Object.hasOwn(policySpecs, name);
}

/** Group Policy writes a boolean as a REG_DWORD, 1 or 0; anything else stays as it is for the schema to refuse. */
function asBoolean(value: unknown): unknown {
  if (value === 1) return true;
  if (value === 0) return false;
  return value;
}

/** The error with the key in front of its path, so the message names it. */
function prefixed<E extends { issues: { path: PropertyKey[] }[] }>(error: E, key: string): E {
  for (const issue of error.issues) issue.path = [key, ...issue.path];
  return error;
}
