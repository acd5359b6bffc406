import type { Draft } from '../../../../shared/drafts';
import type { MastoCall } from '../../../../shared/bridge';
import type { Result } from '../../../../shared/result';
import { callKey } from '../../../../main/api/allowList';
import { installFakeBridge, type FakeAnswers } from '../fakeBridge';
import { account, status } from '../timelines/fixtures';

type Route = (call: MastoCall) => unknown;

/** A fake failure as the bridge reports one (`network` when the answer was lost). */
export const bridgeFailure = (code: string, message: string) => Object.assign(new Error(message), { code });

/** The instance and account the composer asks about first, with Mastodon 4.5's quote support. */
export const composerBasics: Record<string, Route> = {
  'v2.instance.fetch': () => ({
    version: '4.5.0',
    apiVersions: { mastodon: 7 },
    configuration: { statuses: { maxCharacters: 500, charactersReservedPerUrl: 23, maxMediaAttachments: 4 }, mediaAttachments: { descriptionLimit: 1500 }, polls: { maxOptions: 4 } },
  }),
  'v1.accounts.verifyCredentials': () => ({ ...account({ acct: 'me' }), source: { privacy: 'unlisted', language: 'es' } }),
  'v1.statuses.create': (call) => status('900', { content: `<p>${String(call.params?.['status'])}</p>`, account: account({ acct: 'me' }) }),
};

/**
 * The bridge as the composer uses it: masto calls answered by route (a thrown error fails the call
 * with its `code`), and drafts kept in memory as main would keep them on disk.
 */
export function installComposerBridge(routes: Record<string, Route>) {
  const drafts = new Map<string, Draft>();
  const calls: MastoCall[] = [];
  const fail = (error: unknown): Result<unknown> => ({
    ok: false,
    error: { code: String((error as { code?: unknown }).code ?? 'unexpected'), message: (error as Error).message },
  });
  const answers: FakeAnswers = {
    callMastodon: async (input) => {
      const call = input as MastoCall;
      calls.push(call);
      const route = routes[callKey(call.path)];
      if (!route) return fail(bridgeFailure('unexpected', `No route for ${callKey(call.path)}`));
      try {
        const data = await route(call);
        return { ok: true, value: callKey(call.path).endsWith('.list') ? data : { data } };
      } catch (error) {
        return fail(error);
      }
    },
    // Newest first, as main lists them.
    listDrafts: (input) => ({
      ok: true,
      value: {
        drafts: [...drafts.values()].filter((draft) => draft.accountId === (input as { accountId: string }).accountId).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
      },
    }),
    saveDraft: (input) => {
      const { draft } = input as { draft: Draft };
      drafts.set(draft.id, draft);
      return { ok: true, value: { done: true } };
    },
    deleteDraft: (input) => {
      drafts.delete((input as { draftId: string }).draftId);
      return { ok: true, value: { done: true } };
    },
    // What main would learn from the instance document above: Mastodon 4.5, with quotes.
    getCapabilities: () => ({
      ok: true,
      value: { software: 'mastodon', version: '4.5.0', mastodonApiVersion: 7, quotes: true, groupedNotifications: true, directory: true, streams: ['user'] },
    }),
  };
  const bridge = installFakeBridge(answers);
  /** The masto calls made to one path (`v1.statuses.create`). */
  const callsTo = (key: string) => calls.filter((call) => callKey(call.path) === key);
  /** Adds or replaces answers for other calls (uploads), after the bridge is installed. */
  const answer = (more: FakeAnswers) => Object.assign(answers, more);
  return { ...bridge, drafts, callsTo, answer };
}
