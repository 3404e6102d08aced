import { app } from 'electron';
import { homedir } from 'node:os';
import { APP_NAME } from '../config/app-config.js';
import { LINUX_EXECUTABLE } from '../platform/linux-executable.js';
import { autostartDirectory, XdgAutostart } from '../platform/xdg-autostart.js';
import type { LoginItem } from '../ports/login-item.js';

/** How to start this very app again: the AppImage file when running as one, else Electron's executable (plus the app folder in development). */
export function launchCommand(env: Readonly<Record<string, string | undefined>>): string[] {
  if (env.APPIMAGE) return [env.APPIMAGE];
  return app.isPackaged ? [process.execPath] : [process.execPath, app.getAppPath()];
}

/**
 * The host's LoginItem: Electron's login items on macOS (packaged app only: in development the login
 * item would be Electron itself) and Windows, an XDG autostart entry on Linux; none elsewhere.
 */
export function createLoginItem(platform: NodeJS.Platform = process.platform, env: Readonly<Record<string, string | undefined>> = process.env): LoginItem | undefined {
  if (platform === 'linux') {
    return new XdgAutostart({
      directory: autostartDirectory(env, homedir()),
      fileName: `${LINUX_EXECUTABLE}.desktop`,
      name: APP_NAME,
      comment: 'SuperOffice video meetings from the system tray',
      icon: LINUX_EXECUTABLE,
      command: launchCommand(env),
    });
  }
  if (platform === 'win32') {
    const [path = process.execPath, ...args] = launchCommand(env);
    // Electron passes args to the registry's command line as they are: paths need their quotes.
    return electronLoginItem({ path, args: args.map((arg) => `"${arg}"`) });
  }
  if (platform === 'darwin' && app.isPackaged) return electronLoginItem({});
  return undefined;
}

/** Electron's login item; disabling one that is not there does nothing (the core applies the preference at every start). */
function electronLoginItem(target: { path?: string; args?: string[] }): LoginItem {
  return {
    apply(enabled) {
      if (!enabled && !app.getLoginItemSettings(target).openAtLogin) return;
      app.setLoginItemSettings({ ...target, openAtLogin: enabled });
    },
  };
}
