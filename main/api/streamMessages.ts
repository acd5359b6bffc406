import { camelizeKeys } from '../../shared/camelize';
import type { StreamRequest } from './streamHub';

// How Mastodon's streaming messages read, and which subscription a message belongs to.

/** Mastodon answers a subscription it refuses with `{ "error": "…", "status": 400 }` (an event never has `error`). */
export function isRefusal(raw: string): boolean {
  try {
    const message: unknown = JSON.parse(raw);
    return typeof message === 'object' && message !== null && typeof (message as Record<string, unknown>)['error'] === 'string' && !('event' in message);
  } catch {
    return false;
  }
}

/**
 * Mastodon sends `{ stream: [...], event, payload }` with the payload as a JSON string (a bare id
 * for `delete`). The payload comes out with camelCase keys, the shape masto gives REST answers.
 */
export function parseStreamMessage(raw: string): { stream: string[]; event: string; payload: unknown } | undefined {
  try {
    const message: unknown = JSON.parse(raw);
    if (typeof message !== 'object' || message === null) return undefined;
    const { stream, event, payload } = message as Record<string, unknown>;
    if (!Array.isArray(stream) || typeof event !== 'string') return undefined;
    // A delete's payload is a status id: parsing it as JSON would turn it into an imprecise number.
    const parsed = event === 'delete' || typeof payload !== 'string' ? payload : camelizeKeys(JSON.parse(payload));
    return { stream: stream.map(String), event, payload: parsed };
  } catch {
    return undefined;
  }
}


export function streamKey(request: StreamRequest): string {
  return [request.stream, request.tag?.toLowerCase() ?? '', request.list ?? ''].join('\u0000');
}

export function sameStream(a: StreamRequest, b: StreamRequest): boolean {
  return streamKey(a) === streamKey(b);
}

export function matches(subscription: StreamRequest, stream: string[]): boolean {
  const [name, parameter] = stream;
  if (name !== subscription.stream) return false;
  if (subscription.stream === 'hashtag') return parameter?.toLowerCase() === subscription.tag?.toLowerCase();
  if (subscription.stream === 'list') return parameter === subscription.list;
  return true;
}
