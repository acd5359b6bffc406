import { MastoHttpError } from 'masto';
import type { MastoCall } from '../../shared/bridge';
import type { ServerCapabilities } from '../../shared/capabilities';
import type { StreamName } from '../../shared/domain';
import { AtriumFailure } from '../../shared/result';
import { detectCapabilities } from './detectCapabilities';

/** Something learnt about a server after the instance document: a feature it turned out not to have. */
export type CapabilityLesson = { kind: 'no-directory' } | { kind: 'no-grouped-notifications' } | { kind: 'stream-refused'; stream: StreamName };

/** The answers that teach something when they come back 404: the path as the renderer records it. */
const lessonsFrom404: Record<string, CapabilityLesson> = {
  'v1.directory.list': { kind: 'no-directory' },
  'v2.notifications.list': { kind: 'no-grouped-notifications' },
};

/**
 * Each signed-in account's server capabilities, kept in main with the account: read once from the instance
 * document, then corrected by what the server answers. Forgotten when the account signs out.
 */
export class CapabilityStore {
  private readonly known = new Map<string, Promise<ServerCapabilities>>();

  /** `instance` fetches the account's v2 instance document (masto's answer); it may fail or be malformed. */
  constructor(private readonly instance: (accountId: string) => Promise<unknown>) {}

  /** What the account's server can do. A failed look-up is asked again next time, never remembered. */
  get(accountId: string): Promise<ServerCapabilities> {
    let capabilities = this.known.get(accountId);
    if (!capabilities) {
      capabilities = this.instance(accountId).then(detectCapabilities);
      capabilities.catch(() => this.known.delete(accountId));
      this.known.set(accountId, capabilities);
    }
    return capabilities;
  }

  /** True when the server carries `stream` on the shared socket; false sends the subscriber to checking now and then. */
  async carries(accountId: string, stream: StreamName): Promise<boolean> {
    try {
      return (await this.get(accountId)).streams.includes(stream);
    } catch {
      // Without the instance document the stream is simply tried: a refusal is learnt when it comes.
      return true;
    }
  }

  /** Records a feature the server turned out not to have. */
  learn(accountId: string, lesson: CapabilityLesson): void {
    const current = this.known.get(accountId);
    if (!current) return;
    const updated = current.then((capabilities) => apply(capabilities, lesson));
    updated.catch(() => this.known.delete(accountId));
    this.known.set(accountId, updated);
  }

  /** Reads a failed masto call: a 404 on a call that exists only on some servers says the server lacks it. */
  learnFromFailure(call: MastoCall, error: unknown): void {
    const path = call.path.map((segment) => (typeof segment === 'string' ? segment : '$select')).join('.');
    const lesson = lessonsFrom404[path];
    if (lesson && statusOf(error) === 404) this.learn(call.accountId, lesson);
  }

  forget(accountId: string): void {
    this.known.delete(accountId);
  }
}

function apply(capabilities: ServerCapabilities, lesson: CapabilityLesson): ServerCapabilities {
  switch (lesson.kind) {
    case 'no-directory':
      return { ...capabilities, directory: false };
    case 'no-grouped-notifications':
      return { ...capabilities, groupedNotifications: false };
    case 'stream-refused':
      return { ...capabilities, streams: capabilities.streams.filter((stream) => stream !== lesson.stream) };
  }
}

/** The HTTP status of a failed call, whether masto's own error or the dispatcher's translation of it. */
function statusOf(error: unknown): number | undefined {
  if (error instanceof MastoHttpError) return error.statusCode;
  return error instanceof AtriumFailure && error.code === 'not_found' ? 404 : undefined;
}
