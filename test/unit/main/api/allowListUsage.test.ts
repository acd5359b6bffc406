import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { allowedMastoCalls, isAllowedCall } from '../../../../main/api/allowList';
import { scanRendererCalls, type RendererCalls } from './support/rendererCalls';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

// The allow-list is exactly what the renderer calls: an entry nothing uses is a door left open for an
// injected script, and a call missing from it is a feature that fails for everyone.
describe('the masto allow-list against the renderer', () => {
  let found: RendererCalls;
  beforeAll(() => {
    found = scanRendererCalls(root);
  }, 60_000);

  it('can follow every remote call the renderer makes (no blind spots in the scan)', () => {
    expect(found.unresolved).toEqual([]);
    // A scan that found nothing would pass the two tests below for the wrong reason.
    expect(found.calls.length).toBeGreaterThan(50);
  });

  it('allows every call the renderer makes', () => {
    const missing = found.calls.filter((call) => !allowedMastoCalls.has(call.key)).map((call) => `${call.key} (${call.file})`);
    expect(missing).toEqual([]);
  });

  it('allows nothing the renderer does not call', () => {
    const used = new Set(found.calls.map((call) => call.key));
    expect([...allowedMastoCalls].filter((key) => !used.has(key))).toEqual([]);
  });

  it('refuses the calls that change an account or wipe its notifications', () => {
    for (const path of [['v1', 'accounts', 'updateCredentials'], ['v1', 'notifications', 'clear'], ['v1', 'notifications', { select: '1' }, 'dismiss']]) {
      expect(isAllowedCall(path)).toBe(false);
    }
  });
});
