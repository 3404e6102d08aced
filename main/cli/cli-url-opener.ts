import { spawn } from 'node:child_process';
import type { Logger } from '../ports/logger.js';
import type { UrlOpener } from '../ports/url-opener.js';
import { isOpenableUrl } from '../security/openable-url.js';

/**
 * The CLI's UrlOpener: prints the page to standard error (the person may be on a remote shell) and, unless
 * VMT_CLI_OPEN_BROWSER=0, also hands it to the system browser. Only allow-listed URLs, as in the app.
 */
export class CliUrlOpener implements UrlOpener {
  constructor(
    private readonly options: {
      allowedOrigins: readonly string[];
      logger: Logger;
      stderr: (text: string) => void;
      env: Record<string, string | undefined>;
      platform?: NodeJS.Platform;
    },
  ) {}

  async open(url: string): Promise<boolean> {
    if (!isOpenableUrl(url, this.options.allowedOrigins)) {
      this.options.logger.log('warn', 'opener.refused', { url });
      return false;
    }
    const href = new URL(url).href;
    this.options.stderr(`Open this page in your browser to sign in: ${href}\n`);
    if (this.options.env.VMT_CLI_OPEN_BROWSER !== '0') openInSystemBrowser(href, this.options.platform ?? process.platform, this.options.env);
    return true;
  }
}

/** Best effort, like the launcher: a detached xdg-open / open / explorer; failures are ignored (the URL is printed). */
function openInSystemBrowser(url: string, platform: NodeJS.Platform, env: Record<string, string | undefined>): void {
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) return;
  const command = platform === 'darwin' ? 'open' : platform === 'win32' ? 'explorer' : 'xdg-open';
  try {
    const child = spawn(command, [url], { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No browser launcher here: the printed URL is the way.
  }
}
