/**
 * The sandbox's clock: real time plus an offset that tests can advance, so that a
 * scheduled status due in an hour can be published without waiting an hour.
 */
export class SandboxClock {
  private offsetMs = 0;
  private readonly listeners: Array<() => void> = [];

  /** The sandbox's idea of now. */
  now(): Date {
    return new Date(this.nowMs());
  }

  /** The sandbox's idea of now, in epoch milliseconds. */
  nowMs(): number {
    return Date.now() + this.offsetMs;
  }

  /** Moves the clock forward and lets due work (scheduled statuses, media) run. */
  advance(ms: number): void {
    if (!(ms >= 0)) throw new Error('The sandbox clock only moves forward');
    this.offsetMs += ms;
    for (const listener of this.listeners) listener();
  }

  /** Runs `listener` after every advance. */
  onAdvance(listener: () => void): void {
    this.listeners.push(listener);
  }
}
