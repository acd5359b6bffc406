import type { Policy } from '../policy/policy';

/** Why Atrium does not look for updates. */
export type UpdatesOffReason = 'development' | 'policy' | 'no-feed' | 'package-manager';

/** Where updates stand, for the menus, the tray and the diagnostics. */
export type UpdateState =
  | { kind: 'off'; reason: UpdatesOffReason }
  | { kind: 'idle' }
  | { kind: 'checking'; manual: boolean }
  | { kind: 'downloading'; version: string }
  | { kind: 'ready'; version: string }
  | { kind: 'failed'; message: string };

/** What the controller needs from electron-updater's `autoUpdater` (adapted in main/electron/updates.ts). */
export interface UpdaterPort {
  /** Points the updater at the organization's feed (a generic provider: a folder with latest*.yml). */
  setFeedUrl(url: string): void;
  /** Looks for an update; one found is downloaded, and the adapter reports through the controller's `on…` methods. */
  check(): Promise<void>;
  /** Quits, installs the downloaded update and starts again. Only ever called on the person's request. */
  quitAndInstall(): void;
}

/** What decides whether updates are on. */
export interface UpdateContext {
  /** Electron's `app.isPackaged`. */
  packaged: boolean;
  platform: NodeJS.Platform;
  /** True when Linux runs the AppImage (`APPIMAGE` is set); deb and rpm are updated by the package manager. */
  appImage: boolean;
}

/**
 * Whether Atrium looks for updates, and where: only in what people install, only when the policy
 * allows it and names the organization's feed, and on Linux only for the AppImage (a deb or rpm is
 * updated through the organization's package repository, as IT expects).
 */
export function updateFeed(policy: Policy, context: UpdateContext): { on: true; url: string } | { on: false; reason: UpdatesOffReason } {
  if (!context.packaged) return { on: false, reason: 'development' };
  if (!policy.allowUpdates) return { on: false, reason: 'policy' };
  if (policy.updateUrl === null) return { on: false, reason: 'no-feed' };
  if (context.platform === 'linux' && !context.appImage) return { on: false, reason: 'package-manager' };
  return { on: true, url: policy.updateUrl };
}

/** What the controller tells the person, through a desktop notification or a dialog. */
export type UpdateNotice = 'ready' | 'up-to-date' | 'off' | 'failed';

/** The controller's surroundings. */
export interface UpdateControllerDeps {
  updater: UpdaterPort;
  context: UpdateContext;
  /** Tells the person something (the glue picks the words and the way). */
  announce(notice: UpdateNotice, version?: string): void;
  /** Called on every change of state: the menus and the tray show "Restart to Update". */
  onState(state: UpdateState): void;
  log(error: unknown): void;
  /** Starts a repeating timer; returns its stop function. Injected so tests need no clock. */
  every(ms: number, run: () => void): () => void;
  /** How often to look again. Default: every 4 hours. */
  intervalMs?: number;
}

/**
 * Decides when Atrium looks for updates and what it says. It never restarts on its own: a downloaded
 * update is announced, installed when the person quits, or at once when they choose "Restart to Update".
 */
export class UpdateController {
  private state: UpdateState = { kind: 'off', reason: 'development' };
  private stopTimer: () => void = () => undefined;

  constructor(private readonly deps: UpdateControllerDeps) {}

  /** Where updates stand now. */
  current(): UpdateState {
    return this.state;
  }

  /** Applies the policy at start and whenever IT changes it: turns checking on or off, or moves the feed. */
  configure(policy: Policy): void {
    this.stopTimer();
    this.stopTimer = () => undefined;
    const feed = updateFeed(policy, this.deps.context);
    if (!feed.on) {
      // An update already downloaded stays installable: turning updates off stops looking, not a choice made.
      if (this.state.kind !== 'ready') this.setState({ kind: 'off', reason: feed.reason });
      return;
    }
    this.deps.updater.setFeedUrl(feed.url);
    if (this.state.kind === 'off') this.setState({ kind: 'idle' });
    this.stopTimer = this.deps.every(this.deps.intervalMs ?? 4 * 60 * 60 * 1000, () => void this.check(false));
    void this.check(false);
  }

  /** Looks for an update; `manual` (Help ▸ Check for Updates) also says when there is none. */
  async check(manual: boolean): Promise<void> {
    if (this.state.kind === 'off') {
      if (manual) this.deps.announce('off');
      return;
    }
    if (this.state.kind === 'checking' || this.state.kind === 'downloading' || this.state.kind === 'ready') return;
    this.setState({ kind: 'checking', manual });
    try {
      await this.deps.updater.check();
    } catch (error) {
      this.onError(error);
    }
  }

  /** The updater found a newer version and downloads it. */
  onAvailable(version: string): void {
    this.setState({ kind: 'downloading', version });
  }

  /** The updater found nothing newer. */
  onNotAvailable(): void {
    const manual = this.state.kind === 'checking' && this.state.manual;
    this.setState({ kind: 'idle' });
    if (manual) this.deps.announce('up-to-date');
  }

  /** The update is downloaded: the person is told, and nothing restarts until they say so. */
  onDownloaded(version: string): void {
    this.setState({ kind: 'ready', version });
    this.deps.announce('ready', version);
  }

  /** A check or a download failed: logged, said only to someone who asked, tried again at the next interval. */
  onError(error: unknown): void {
    const manual = this.state.kind === 'checking' && this.state.manual;
    this.deps.log(error);
    if (this.state.kind === 'off' || this.state.kind === 'ready') return;
    this.setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    if (manual) this.deps.announce('failed');
  }

  /** The person chose "Restart to Update". */
  restartNow(): void {
    if (this.state.kind === 'ready') this.deps.updater.quitAndInstall();
  }

  /** Stops the timer (the app quits). */
  dispose(): void {
    this.stopTimer();
  }

  private setState(state: UpdateState): void {
    this.state = state;
    this.deps.onState(state);
  }
}

/** One line on updates for the diagnostics. */
export function describeUpdateState(state: UpdateState): string {
  switch (state.kind) {
    case 'off':
      return `off (${{ development: 'development build', policy: 'turned off by policy', 'no-feed': 'no updateUrl in the policy', 'package-manager': 'installed from a package' }[state.reason]})`;
    case 'ready':
      return `version ${state.version} downloaded, waiting for a restart`;
    case 'downloading':
      return `downloading version ${state.version}`;
    case 'failed':
      return `the last check failed: ${state.message}`;
    default:
      return state.kind;
  }
}
