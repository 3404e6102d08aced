/**
 * GetVideoMeetingConnectedState's ProviderId while the service is available. SuperOffice documents the
 * field only as "information about the provider configured on the tenant"; this value is the sandbox's own.
 */
export const VIDEO_MEETING_PROVIDER_ID = 'superoffice-videomeetings';
