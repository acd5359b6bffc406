import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createPkcePair, createState } from '../../../../main/auth/pkce';

describe('PKCE pair', () => {
  it('makes a high-entropy verifier whose S256 challenge is base64url(sha256(verifier))', async () => {
    const pair = await createPkcePair();
    expect(pair.method).toBe('S256');
    expect(pair.verifier).toMatch(/^[A-Za-z0-9\-._~]{43,128}$/);
    expect(pair.challenge).toBe(createHash('sha256').update(pair.verifier).digest('base64url'));
    expect(pair.challenge).not.toBe(pair.verifier);
  });

  it('never repeats a verifier or a state', async () => {
    const [a, b] = await Promise.all([createPkcePair(), createPkcePair()]);
    expect(a.verifier).not.toBe(b.verifier);
    expect(createState()).not.toBe(createState());
    expect(createState().length).toBeGreaterThanOrEqual(32);
  });
});
