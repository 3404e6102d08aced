import type { Logger } from '../ports/logger.js';
import type { UrlOpener } from '../ports/url-opener.js';
import { isOpenableUrl } from '../security/openable-url.js';
import type { EventStreams } from './event-stream.js';

/** The page-side bridge opens this message's URL in a new tab of the same browser. */
export const OPEN_URL_MESSAGE = 'host:open-url';

/** Opens allow-listed URLs as new tabs of the browser that shows the app. */
export class WebUrlOpener implements UrlOpener {
  constructor(
    private readonly streams: EventStreams,
    private readonly allowedOrigins: readonly string[],
    private readonly logger: Logger,
  ) {}

  async open(url: string): Promise<boolean> {
    if (!isOpenableUrl(url, this.allowedOrigins)) {
      this.logger.log('warn', 'opener.refused', { url });
      return false;
    }
    const sent = this.streams.sendToNewest({ name: OPEN_URL_MESSAGE, payload: { url: new URL(url).href } });
    if (!sent) this.logger.log('warn', 'opener.no_page');
    return sent;
  }
}
