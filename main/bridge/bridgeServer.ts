import type { z } from 'zod';
import { bridgeContract, type BridgeCall, type BridgeOutput } from '../../shared/bridge';
import { AtriumFailure, fail, ok, type Result } from '../../shared/result';
import { isSameOrigin } from '../security/urlGate';

/** What a handler receives: the parsed input of its call. */
export type BridgeInputParsed<K extends BridgeCall> = z.output<(typeof bridgeContract)[K]['input']>;

/** One handler per contract entry; a missing one is a compile error. */
export type BridgeHandlers = {
  readonly [K in BridgeCall]: (input: BridgeInputParsed<K>) => Promise<BridgeOutput<K>>;
};

/** Receives every call from a page, whichever transport carried it (Electron IPC or the test host). */
export interface BridgeServer {
  invoke(call: string, senderUrl: string, input: unknown): Promise<Result<unknown>>;
}

/** Reports unexpected errors somewhere a developer will see them. */
export type ErrorLog = (call: string, error: unknown) => void;

const isBridgeCall = (name: string): name is BridgeCall => Object.hasOwn(bridgeContract, name);

/**
 * The one place calls from the renderer come in: it checks the sender's origin,
 * parses the input against the contract, runs the handler, checks its output
 * and answers with a Result, so a handler never sees malformed input.
 */
export function createBridgeServer(handlers: BridgeHandlers, trustedOrigin: string, log: ErrorLog): BridgeServer {
  return {
    async invoke(call, senderUrl, rawInput) {
      if (!isSameOrigin(senderUrl, trustedOrigin)) {
        return fail('forbidden_sender', 'This page is not allowed to talk to Atrium.');
      }
      if (!isBridgeCall(call)) {
        // The name is the page's to choose: only a short, printable part of it goes into the answer (and any log).
        return fail('unknown_call', `Atrium has no call named “${printable(call)}”.`);
      }
      const contract = bridgeContract[call];
      const parsed = contract.input.safeParse(rawInput);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue && issue.path.length > 0 ? ` (at ${issue.path.join('.')})` : '';
        return fail('invalid_input', `The request “${call}” was malformed${where}: ${issue?.message ?? 'invalid input'}.`);
      }
      try {
        const handler = handlers[call] as (input: unknown) => Promise<unknown>;
        const output = contract.output.safeParse(await handler(parsed.data));
        if (!output.success) {
          log(call, output.error);
          return fail('internal', 'Atrium produced an answer it could not understand. Please try again.');
        }
        return ok(output.data);
      } catch (error) {
        if (error instanceof AtriumFailure) return fail(error.code, error.message, error.details);
        log(call, error);
        return fail('internal', 'Something went wrong inside Atrium. Please try again.');
      }
    },
  };
}

/** At most 64 characters of a name the page sent, with control and format characters dropped. */
function printable(name: string): string {
  const shown = name.replace(/[\p{Cc}\p{Cf}]/gu, '');
  return shown.length > 64 ? `${shown.slice(0, 64)}…` : shown;
}
