import { describe, expect, it, vi } from 'vitest';
import { describeUpdateState, UpdateController, updateFeed, type UpdateContext, type UpdateNotice } from '../../../../main/desktop/updateController';
import { DEFAULT_POLICY, type Policy } from '../../../../main/policy/policy';

const feed = 'https://updates.example.org/atrium/';
const managed: Policy = { ...DEFAULT_POLICY, updateUrl: feed };
const packagedWindows: UpdateContext = { packaged: true, platform: 'win32', appImage: false };

function setUp(context: UpdateContext = packagedWindows) {
  const updater = { setFeedUrl: vi.fn<(url: string) => void>(), check: vi.fn(async () => undefined), quitAndInstall: vi.fn() };
  const notices: [UpdateNotice, string | undefined][] = [];
  const timers: { ms: number; run: () => void; stopped: boolean }[] = [];
  const controller = new UpdateController({
    updater,
    context,
    announce: (notice, version) => notices.push([notice, version]),
    onState: vi.fn(),
    log: vi.fn(),
    every: (ms, run) => {
      const timer = { ms, run, stopped: false };
      timers.push(timer);
      return () => (timer.stopped = true);
    },
  });
  return { controller, updater, notices, timers };
}

describe('updateFeed', () => {
  it('is on only in a packaged app, allowed by policy, with a feed', () => {
    expect(updateFeed(managed, packagedWindows)).toEqual({ on: true, url: feed });
    expect(updateFeed(managed, { ...packagedWindows, packaged: false })).toEqual({ on: false, reason: 'development' });
    expect(updateFeed({ ...managed, allowUpdates: false }, packagedWindows)).toEqual({ on: false, reason: 'policy' });
    expect(updateFeed(DEFAULT_POLICY, packagedWindows)).toEqual({ on: false, reason: 'no-feed' });
  });

  it('leaves deb and rpm installs to the package manager, and updates the AppImage', () => {
    expect(updateFeed(managed, { packaged: true, platform: 'linux', appImage: false })).toEqual({ on: false, reason: 'package-manager' });
    expect(updateFeed(managed, { packaged: true, platform: 'linux', appImage: true })).toEqual({ on: true, url: feed });
  });
});

describe('UpdateController', () => {
  it("checks the policy's feed at start and every four hours", async () => {
    const { controller, updater, timers } = setUp();
    controller.configure(managed);
    expect(updater.setFeedUrl).toHaveBeenCalledWith(feed);
    expect(updater.check).toHaveBeenCalledTimes(1);
    expect(timers[0]?.ms).toBe(4 * 60 * 60 * 1000);
    controller.onNotAvailable();
    timers[0]?.run();
    expect(updater.check).toHaveBeenCalledTimes(2);
  });

  it('announces a downloaded update and restarts only when the person asks', () => {
    const { controller, updater, notices } = setUp();
    controller.configure(managed);
    controller.restartNow();
    expect(updater.quitAndInstall).not.toHaveBeenCalled();
    controller.onAvailable('0.2.0');
    expect(controller.current()).toEqual({ kind: 'downloading', version: '0.2.0' });
    controller.onDownloaded('0.2.0');
    expect(notices).toEqual([['ready', '0.2.0']]);
    expect(updater.quitAndInstall).not.toHaveBeenCalled();
    controller.restartNow();
    expect(updater.quitAndInstall).toHaveBeenCalledTimes(1);
  });

  it('never checks when the policy turns updates off, and stops when it changes to off', () => {
    const { controller, updater, timers, notices } = setUp();
    controller.configure({ ...managed, allowUpdates: false });
    expect(updater.check).not.toHaveBeenCalled();
    expect(controller.current()).toEqual({ kind: 'off', reason: 'policy' });
    void controller.check(true);
    expect(notices).toEqual([['off', undefined]]);
    expect(updater.check).not.toHaveBeenCalled();

    controller.configure(managed);
    expect(updater.check).toHaveBeenCalledTimes(1);
    controller.configure({ ...managed, allowUpdates: false });
    expect(timers[0]?.stopped).toBe(true);
    expect(controller.current().kind).toBe('off');
  });

  it('keeps a downloaded update installable when the policy turns updates off', () => {
    const { controller, updater } = setUp();
    controller.configure(managed);
    controller.onDownloaded('0.2.0');
    controller.configure({ ...managed, allowUpdates: false });
    controller.restartNow();
    expect(updater.quitAndInstall).toHaveBeenCalled();
  });

  it('says "up to date" and failures only to someone who asked', async () => {
    const { controller, updater, notices } = setUp();
    controller.configure(managed);
    controller.onNotAvailable();
    await controller.check(true);
    controller.onNotAvailable();
    expect(notices).toEqual([['up-to-date', undefined]]);
    updater.check.mockRejectedValueOnce(new Error('HTTP 404'));
    await controller.check(false);
    expect(notices).toHaveLength(1);
    expect(describeUpdateState(controller.current())).toBe('the last check failed: HTTP 404');
    updater.check.mockRejectedValueOnce(new Error('HTTP 404'));
    await controller.check(true);
    expect(notices.at(-1)).toEqual(['failed', undefined]);
  });

  it('does not check twice at once', async () => {
    const { controller, updater } = setUp();
    controller.configure(managed);
    await controller.check(true);
    expect(updater.check).toHaveBeenCalledTimes(1);
  });
});
