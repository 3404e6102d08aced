import { msg } from '@lit/localize';
import type { ProviderId } from '../../preload/contract.js';

/** A provider's product name as the user knows it, e.g. "Microsoft Teams" for 'teams'. */
export function providerTitle(id: ProviderId): string {
  switch (id) {
    case 'zoom':
      return msg('Zoom');
    case 'google':
      return msg('Google Meet');
    case 'teams':
      return msg('Microsoft Teams');
    case 'webex':
      return msg('Webex');
    case 'jitsi':
      return msg('Jitsi Meet');
    case 'superoffice-video':
      return msg('SuperOffice video meetings');
  }
}
