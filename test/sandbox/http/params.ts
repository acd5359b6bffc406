import { ApiError } from '../core/errors';

/** A request's parameters after normalization: nested objects and arrays, string leaves. */
export type Params = Record<string, unknown>;

/**
 * Merges Rails-style bracket keys (`media_ids[]`, `poll[options][]`,
 * `fields_attributes[0][name]`) into nested values, because clients send them
 * that way in query strings, urlencoded forms and multipart bodies.
 */
export function normalizeParams(raw: unknown): Params {
  const out: Params = {};
  if (raw === null || typeof raw !== 'object') return out;
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const match = /^([^[\]]+)((?:\[[^\]]*\])+)$/.exec(key);
    if (!match) {
      out[key] = value;
      continue;
    }
    const path = [match[1] as string, ...[...(match[2] as string).matchAll(/\[([^\]]*)\]/g)].map((m) => m[1] as string)];
    let node: Record<string, unknown> = out;
    for (let i = 0; i < path.length - 1; i++) {
      const part = path[i] as string;
      if (path[i + 1] === '') {
        // `key[]`: append (repeated keys arrive as an array already).
        const prior = Array.isArray(node[part]) ? (node[part] as unknown[]) : [];
        node[part] = prior.concat(value);
        break;
      }
      if (typeof node[part] !== 'object' || node[part] === null) node[part] = {};
      node = node[part] as Record<string, unknown>;
      if (i === path.length - 2) node[path[i + 1] as string] = value;
    }
  }
  return out;
}

/** A string parameter, or undefined. */
export function str(params: Params, key: string): string | undefined {
  const value = params[key];
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** A boolean parameter the way Rails reads them (`true`, `1`, `on`...). */
export function bool(params: Params, key: string): boolean | undefined {
  const value = params[key];
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') return ['true', '1', 'on', 't'].includes(value.toLowerCase());
  return undefined;
}

/** An integer parameter; a malformed one is a 400 like Mastodon's. */
export function int(params: Params, key: string): number | undefined {
  const value = str(params, key);
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new ApiError(400, `${key} is invalid`);
  return Math.trunc(n);
}

/** An array parameter (a single value becomes a one-element array; objects keyed 0..n become arrays). */
export function list(params: Params, key: string): unknown[] {
  const value = params[key];
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>);
  return [value];
}

/** A string array parameter. */
export function strings(params: Params, key: string): string[] {
  return list(params, key).map((v) => String(v));
}
