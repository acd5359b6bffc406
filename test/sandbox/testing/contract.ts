import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/**
 * Validates sandbox responses against Mastodon's OpenAPI description
 * (`../shared/contract/mastodon-openapi.json`, JSON Schema 2020-12 via ajv).
 */

type Json = Record<string, unknown>;

const CONTRACT_PATH = fileURLToPath(new URL('../../../../shared/contract/mastodon-openapi.json', import.meta.url));

function loadContract(): Json {
  const doc = JSON.parse(readFileSync(CONTRACT_PATH, 'utf8')) as Json;
  const schemas = (doc.components as Json).schemas as Record<string, Json>;
  const props = (name: string) => (schemas[name] as { properties: Record<string, Json> }).properties;
  // Contract bug: real Mastodon sends "" for a link card's embed_url, author_url and
  // provider_url when there is none (PreviewCardSerializer), but the contract demands `format: uri`.
  for (const key of ['embed_url', 'author_url', 'provider_url']) {
    props('PreviewCard')[key] = { anyOf: [{ type: 'string', format: 'uri' }, { const: '' }] };
  }
  // Contract bug: Status.quote is oneOf [Quote, ShallowQuote, null], but both entities require only
  // `state`, so every quote matches both and fails oneOf. Mastodon's serializers always send
  // `quoted_status` (Quote) or `quoted_status_id` (ShallowQuote), which tells them apart.
  (schemas.Quote as { required: string[] }).required = ['state', 'quoted_status'];
  (schemas.ShallowQuote as { required: string[] }).required = ['state', 'quoted_status_id'];
  // The contract describes today's Mastodon; the sandbox also plays servers that predate `api_versions`
  // (Mastodon before 4.3, GoToSocial), whose instance documents are otherwise the same shape.
  const instance = schemas.Instance as { required: string[] };
  instance.required = instance.required.filter((key) => key !== 'api_versions');
  return doc;
}

interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  params: number;
  responses: Record<string, Json>;
}

/** A response the contract could not vouch for. */
export interface Violation {
  request: string;
  status: number;
  problem: string;
}

/** Compiled validators for every operation in the contract. */
export class Contract {
  private readonly ajv: Ajv2020;
  private readonly operations: Operation[] = [];

  constructor() {
    const doc = loadContract();
    // strict: false because OpenAPI adds keywords (externalDocs, example) that JSON Schema does not know.
    this.ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
    addFormats(this.ajv);
    // Not a JSON Schema format; languages in Mastodon are ISO 639-1 (2 letters), or null.
    this.ajv.addFormat('iso-639-1', /^[a-z]{2}$/);
    this.ajv.addSchema(doc, 'contract');
    for (const [template, item] of Object.entries(doc.paths as Record<string, Json>)) {
      for (const [method, op] of Object.entries(item)) {
        const responses = (op as Json).responses as Record<string, Json> | undefined;
        if (!responses) continue;
        const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '([^/]+)');
        this.operations.push({ method: method.toUpperCase(), template, pattern: new RegExp(`^${source}$`), params: (template.match(/\{/g) ?? []).length, responses });
      }
    }
    // Literal segments win over parameters (verify_credentials before {id}).
    this.operations.sort((a, b) => a.params - b.params);
  }

  /** The contract path template for a request, if any. */
  find(method: string, pathname: string): Operation | undefined {
    return this.operations.find((o) => o.method === method && o.pattern.test(pathname));
  }

  private errorShape(body: unknown): string | null {
    const validate = this.ajv.getSchema('contract#/components/schemas/Error');
    if (!validate) return 'no Error schema';
    return validate(body) ? null : this.ajv.errorsText(validate.errors, { separator: '; ' });
  }

  /** Validates one response body; returns a problem description or null. */
  check(method: string, pathname: string, status: number, body: unknown): string | null {
    const op = this.find(method, pathname);
    if (!op) return `${method} ${pathname} is not in the contract`;
    const response = op.responses[String(status)];
    if (!response) {
      // Contract silent: Mastodon answers 403 (scopes), 400 and others on every endpoint, but
      // the contract lists only some per operation. Undocumented errors must still be an Error.
      if (status >= 400) return this.errorShape(body);
      return `status ${status} is not documented for ${method} ${op.template}`;
    }
    const content = response.content as Record<string, Json> | undefined;
    const schema = content?.['application/json']?.schema as Json | undefined;
    // Contract silent: some responses (206 for media, `{}` bodies) have no schema to check against.
    if (!schema || Object.keys(schema).length === 0) return null;
    const pointer = ['paths', op.template, method.toLowerCase(), 'responses', String(status), 'content', 'application/json', 'schema']
      .map((s) => s.replace(/~/g, '~0').replace(/\//g, '~1'))
      .join('/');
    const validate = this.ajv.getSchema(`contract#/${pointer}`);
    if (!validate) return `no validator for ${op.template}`;
    if (validate(body)) return null;
    return this.ajv.errorsText(validate.errors?.slice(0, 5), { separator: '; ' });
  }
}

let shared: Contract | undefined;

/** The contract, compiled once per test file. */
export function contract(): Contract {
  shared ??= new Contract();
  return shared;
}

const CHECKED_PREFIXES = ['/api/', '/oauth/token', '/oauth/revoke', '/.well-known/'];

/**
 * Wraps `globalThis.fetch` so that every JSON response from `origin` (including the
 * ones masto fetches) is validated against the contract. Returns the collected
 * violations and a way to restore fetch.
 */
export function watchResponses(origin: () => string): { violations: Violation[]; checked: () => number; restore(): void } {
  const original = globalThis.fetch;
  const violations: Violation[] = [];
  let checked = 0;
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    // Read method and URL without building a Request: that would consume masto's request body.
    const method = (input instanceof Request ? input.method : (init?.method ?? 'GET')).toUpperCase();
    const url = new URL(input instanceof Request ? input.url : String(input));
    const response = await original(input, init);
    if (url.origin !== origin() || !CHECKED_PREFIXES.some((p) => url.pathname.startsWith(p))) return response;
    const type = response.headers.get('content-type') ?? '';
    if (!type.includes('application/json')) return response;
    const body: unknown = await response.clone().json();
    checked += 1;
    const problem = contract().check(method, url.pathname, response.status, body);
    if (problem) violations.push({ request: `${method} ${url.pathname}${url.search}`, status: response.status, problem });
    return response;
  };
  return { violations, checked: () => checked, restore: () => (globalThis.fetch = original) };
}
