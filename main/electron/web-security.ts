import { app, session, type Event, type Session, type WebContents } from 'electron';
import type { Logger } from '../ports/logger.js';
import { isAppUrl } from './app-protocol.js';

/** Denies every permission (camera, notifications from pages, geolocation, …) on a session. */
export function denyAllPermissions(target: Session): void {
  target.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
}

/** Locks one webContents down: no new windows, no navigation off app://, no webviews. */
export function hardenWebContents(contents: WebContents, logger: Logger): void {
  contents.setWindowOpenHandler(({ url }) => {
    logger.log('warn', 'web.window_open_denied', { scheme: schemeOf(url) });
    return { action: 'deny' };
  });
  const guardNavigation = (kind: string) => (event: Event<{ url: string }>) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    logger.log('warn', `web.${kind}_denied`, { scheme: schemeOf(event.url) });
  };
  contents.on('will-navigate', guardNavigation('navigation'));
  contents.on('will-frame-navigate', guardNavigation('navigation'));
  contents.on('will-redirect', guardNavigation('redirect'));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    logger.log('warn', 'web.webview_denied');
  });
  denyAllPermissions(contents.session);
}

/** Applies the Electron security checklist app-wide; call before any window is created. */
export function installWebSecurity(logger: Logger): void {
  denyAllPermissions(session.defaultSession);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, logger));
  // electronegativity: CERTIFICATE_ERROR_EVENT_JS_CHECK — this handler refuses every certificate error (callback(false)); it only adds a log line
  app.on('certificate-error', (event, _webContents, url, error, _certificate, callback) => {
    event.preventDefault();
    callback(false);
    logger.log('warn', 'web.certificate_refused', { scheme: schemeOf(url), error });
  });
}

function schemeOf(url: string): string {
  try {
    return new URL(url).protocol;
  } catch {
    return 'invalid';
  }
}
