import { describe, expect, it } from 'vitest';
import { useSandbox } from './testing/harness';

/** A small organization: each block gets its own, since an answered request is gone. */
const small = { staff: 20, posts: 60, seed: 5 };

describe('follow requests: accept', () => {
  const t = useSandbox(small);

  it('lists the seeded request with its notification, and accepting makes the follow', async () => {
    const masto = t.client();
    const [requester, ...others] = await masto.v1.followRequests.list();
    expect(requester).toBeDefined();
    expect(others).toHaveLength(0);
    const notifications = await masto.v1.notifications.list({ types: ['follow_request'] });
    expect(notifications.map((n) => n.account.id)).toContain(requester?.id);
    const before = await masto.v1.accounts.relationships.fetch({ id: [requester?.id ?? ''] });
    expect(before[0]?.requestedBy).toBe(true);

    const relationship = await masto.v1.followRequests.$select(requester?.id ?? '').authorize();
    expect(relationship.followedBy).toBe(true);
    expect(relationship.requestedBy).toBe(false);
    expect(await masto.v1.followRequests.list()).toHaveLength(0);
  });
});

describe('follow requests: reject', () => {
  const t = useSandbox(small);

  it('rejecting removes the request without a follow, and a second answer is a 404', async () => {
    const masto = t.client();
    const [requester] = await masto.v1.followRequests.list();
    const relationship = await masto.v1.followRequests.$select(requester?.id ?? '').reject();
    expect(relationship.followedBy).toBe(false);
    await expect(masto.v1.followRequests.$select(requester?.id ?? '').reject()).rejects.toThrow();
  });
});
