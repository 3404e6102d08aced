import { shell } from 'electron';
import type { Logger } from '../ports/logger.js';
import type { UrlOpener } from '../ports/url-opener.js';
import { isOpenableUrl } from '../security/openable-url.js';

/** UrlOpener over shell.openExternal that opens only allow-listed URLs (checklist #15). */
export function createElectronUrlOpener(allowedOrigins: readonly string[], logger: Logger): UrlOpener {
  return {
    async open(url: string): Promise<boolean> {
      if (!isOpenableUrl(url, allowedOrigins)) {
        logger.log('warn', 'opener.refused', { scheme: schemeOf(url) });
        return false;
      }
      try {
        // The parsed and re-serialised form: what the policy judged is exactly what the OS gets.
        // electronegativity: OPEN_EXTERNAL_JS_CHECK — only URLs isOpenableUrl allows get here (allow-listed https origins, meeting links; test/hostile/bridge-guards.test.ts)
        await shell.openExternal(new URL(url).href, { activate: true });
        return true;
      } catch (error) {
        logger.log('error', 'opener.failed', { error });
        return false;
      }
    },
  };
}

function schemeOf(url: string): string {
  try {
    return new URL(url).protocol;
  } catch {
    return 'invalid';
  }
}
