import { randomUUID } from 'node:crypto';
import type { Draft } from '../../../../shared/drafts';

/** A valid draft of a plain public post for `1@social.example`, with whatever `overrides` change. */
export function makeDraft(overrides: Partial<Draft> = {}): Draft {
  const now = new Date(Date.UTC(2026, 10, 29, 12, 0)).toISOString();
  return {
    id: randomUUID(),
    accountId: '1@social.example',
    createdAt: now,
    updatedAt: now,
    text: 'Hello #allhands',
    spoilerText: '',
    sensitive: false,
    visibility: 'public',
    language: 'en',
    inReplyTo: null,
    quote: null,
    quoteApprovalPolicy: 'public',
    poll: null,
    media: [],
    idempotencyKey: randomUUID(),
    editingStatusId: null,
    scheduledAt: null,
    ...overrides,
  };
}
