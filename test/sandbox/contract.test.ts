import { describe, expect, it } from 'vitest';
import { contract } from './testing/contract';

// The contract check must be able to fail, or every other test proves nothing.
describe('contract checker', () => {
  it('rejects a body that does not match the documented schema', () => {
    expect(contract().check('GET', '/api/v1/accounts/123', 200, { id: 123 })).toMatch(/must have required property/);
    expect(contract().check('GET', '/api/v1/statuses/1', 404, { message: 'nope' })).toMatch(/error/);
  });

  it('prefers literal paths over parameters and flags undocumented ones', () => {
    expect(contract().find('GET', '/api/v1/accounts/verify_credentials')?.template).toBe('/api/v1/accounts/verify_credentials');
    expect(contract().check('GET', '/api/v1/nowhere', 200, {})).toMatch(/not in the contract/);
  });

  it('accepts a well-formed Mastodon error', () => {
    expect(contract().check('GET', '/api/v1/statuses/1', 404, { error: 'Record not found' })).toBeNull();
  });
});
