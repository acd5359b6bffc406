import type { mastodon } from 'masto';

/** How long streamed posts gather before they reach the store together. */
export const STREAM_BATCH_MS = 100;

/**
 * Gathers the posts a timeline's stream sends and hands them over together, at most every
 * {@link STREAM_BATCH_MS}: one store update each made a busy organization (a hundred posts a second)
 * copy the post table and redraw every column a hundred times a second, and typing stalled.
 * A timer, not a frame: a window in the background still takes its posts in.
 */
export class StreamBatch {
  private readonly waiting = new Map<string, mastodon.v1.Status[]>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly deliver: (key: string, statuses: mastodon.v1.Status[]) => void) {}

  /** Queues a streamed post of the timeline `key`. */
  add(key: string, status: mastodon.v1.Status): void {
    const list = this.waiting.get(key);
    if (list) list.push(status);
    else this.waiting.set(key, [status]);
    this.timer ??= setTimeout(() => this.flush(), STREAM_BATCH_MS);
  }

  /** Hands over everything queued now (before a delete or an edit, so they apply in the order sent). */
  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const batches = [...this.waiting];
    this.waiting.clear();
    for (const [key, statuses] of batches) this.deliver(key, statuses);
  }
}
