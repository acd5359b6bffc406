import { describe, expect, it } from 'vitest';
import { readHomeCache, startHomeCacheRead } from '../../../../renderer/features/timelines/homeCacheRead';
import { installFakeBridge } from '../fakeBridge';
import { status } from './fixtures';

const kept = { savedAt: '2026-11-29T10:00:00.000Z', statuses: [status('9')] };
const reads = (bridge: ReturnType<typeof installFakeBridge>) => bridge.invoke.mock.calls.filter(([call]) => call === 'readHomeCache').length;

describe('reading the kept Home early', () => {
  it('hands the read started at the page start to Home, without asking main again', async () => {
    const bridge = installFakeBridge({ readHomeCache: () => ({ ok: true, value: kept }) });
    startHomeCacheRead('early@social.example');
    startHomeCacheRead('early@social.example');
    expect(await readHomeCache('early@social.example')).toEqual(kept);
    expect(reads(bridge)).toBe(1);
  });

  it('reads afresh the next time Home shows that account', async () => {
    const bridge = installFakeBridge({ readHomeCache: () => ({ ok: true, value: null }) });
    startHomeCacheRead('again@social.example');
    await readHomeCache('again@social.example');
    await readHomeCache('again@social.example');
    expect(reads(bridge)).toBe(2);
  });

  it('gives a failed early read to Home, which shows the server instead', async () => {
    installFakeBridge({ readHomeCache: () => ({ ok: false, error: { code: 'io', message: 'The disk said no.' } }) });
    startHomeCacheRead('broken@social.example');
    await expect(readHomeCache('broken@social.example')).rejects.toThrow('The disk said no.');
  });
});
