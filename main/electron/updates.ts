import { autoUpdater } from 'electron-updater';
import { UpdateController, type UpdateControllerDeps } from '../desktop/updateController';

/** Builds the update controller on electron-updater's `autoUpdater`; the decisions live in the controller. */
export function createUpdates(deps: Omit<UpdateControllerDeps, 'updater' | 'every'>): UpdateController {
  // Downloaded in the background, installed when the person quits or chooses Restart to Update: never a restart they did not ask for.
  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = true;
  autoUpdater.logger = null;
  const controller = new UpdateController({
    ...deps,
    updater: {
      setFeedUrl: (url) => autoUpdater.setFeedURL({ provider: 'generic', url }),
      check: async () => void (await autoUpdater.checkForUpdates()),
      quitAndInstall: () => autoUpdater.quitAndInstall(),
    },
    every: (ms, run) => {
      const timer = setInterval(run, ms);
      return () => clearInterval(timer);
    },
  });
  autoUpdater.on('update-available', (info) => controller.onAvailable(info.version));
  autoUpdater.on('update-not-available', () => controller.onNotAvailable());
  autoUpdater.on('update-downloaded', (info) => controller.onDownloaded(info.version));
  autoUpdater.on('error', (error) => controller.onError(error));
  return controller;
}
