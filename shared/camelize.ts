/**
 * Streaming payloads arrive as Mastodon's raw JSON (snake_case), while REST answers come
 * through masto, which renames keys to camelCase. Main applies this to every stream payload,
 * so one `mastodon.v1.Status` type describes both. Keys already in camelCase pass unchanged.
 */
export function camelizeKeys<T>(value: unknown): T {
  return convert(value) as T;
}

function convert(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(convert);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [camel(key), convert(child)]));
}

const camel = (key: string): string => key.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
