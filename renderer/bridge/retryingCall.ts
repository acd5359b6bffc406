import { BridgeError } from './bridge';
import { isReadCall, retryPlan } from './retryPlan';
import { passingProblems, watchCall } from './serverWatch';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Sends a recorded masto call, and sends a read again as {@link retryPlan} says (after a server error,
 * with back-off; after a 429, when the server said). While it waits, or while an
 * answer is slow, the server watch knows, so the banner can say so. The last failure is thrown.
 */
export async function withRetries<T>(method: unknown, send: () => Promise<T>, wait: (ms: number) => Promise<void> = sleep): Promise<T> {
  const watch = watchCall();
  for (let retries = 0; ; retries++) {
    try {
      const value = await send();
      watch.done(true);
      return value;
    } catch (error) {
      const step = error instanceof BridgeError ? retryPlan(error, retries, isReadCall(method)) : null;
      if (!step || !(error instanceof BridgeError)) {
        // A refusal is an answer too (the server is there and well); a passing problem is not.
        watch.done(error instanceof BridgeError && !passingProblems.has(error.code));
        throw error;
      }
      watch.waiting({ reason: step.reason, seconds: Math.ceil(step.waitMs / 1000), ...(error.params['status'] ? { status: error.params['status'] } : {}) });
      await wait(step.waitMs);
      watch.sending();
    }
  }
}
