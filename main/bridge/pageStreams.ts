import type { BridgeHandlers } from './bridgeServer';

/**
 * Keeps the page's stream subscriptions to the account it acts for. When the page switches account
 * (or a sign-in makes another one active), the streams it opened for the others end, so it cannot keep
 * listening to an account it no longer shows; and it can end only subscriptions it opened itself, never
 * main's own (desktop notifications, the publish watch).
 */
export function withPageStreams(handlers: BridgeHandlers): BridgeHandlers {
  /** The page's subscriptions: id → the account it listens to. */
  const opened = new Map<string, string>();
  const endAllBut = async (accountId: string) => {
    for (const [subscriptionId, owner] of [...opened]) {
      if (owner === accountId) continue;
      opened.delete(subscriptionId);
      await handlers.unsubscribeStream({ subscriptionId });
    }
  };
  return {
    ...handlers,
    subscribeStream: async (request) => {
      const answer = await handlers.subscribeStream(request);
      opened.set(answer.subscriptionId, request.accountId);
      return answer;
    },
    unsubscribeStream: async ({ subscriptionId }) => {
      if (!opened.delete(subscriptionId)) return { done: true };
      return handlers.unsubscribeStream({ subscriptionId });
    },
    switchAccount: async (input) => {
      const answer = await handlers.switchAccount(input);
      await endAllBut(input.accountId);
      return answer;
    },
    signIn: async (input) => {
      const account = await handlers.signIn(input);
      await endAllBut(account.id);
      return account;
    },
  };
}
