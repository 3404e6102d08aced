import {
  PASSCODE_PROVIDER_IDS,
  PROVIDER_IDS,
  type ConnectionId,
  type ConnectionView,
  type PasscodeProviderId,
  type ProviderId,
} from '../../preload/contract.js';

/** True for the video-meeting providers (everything but SuperOffice). */
export function isProviderId(id: ConnectionId): id is ProviderId {
  return (PROVIDER_IDS as readonly string[]).includes(id);
}

/** True for the providers whose meetings take a passcode the user sets (Zoom, Webex). */
export function isPasscodeProviderId(id: ConnectionId): id is PasscodeProviderId {
  return (PASSCODE_PROVIDER_IDS as readonly string[]).includes(id);
}

/** A video provider view the core listed (kind 'video' with a provider id). */
export function isVideoView(view: ConnectionView): view is ConnectionView & { id: ProviderId } {
  return view.kind === 'video' && isProviderId(view.id);
}
