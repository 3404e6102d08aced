/** The resource (application) id of Microsoft Graph; also the `aud` of Graph access tokens. */
export const GRAPH_RESOURCE_ID = '00000003-0000-0000-c000-000000000000';

/**
 * The sandbox's app registration: multi-tenant (work and school accounts only, `AzureADMultipleOrgs`),
 * platform "Mobile and desktop applications" (a public client, no secret). `http://localhost` reply URLs
 * come from the portal; the `http://127.0.0.1` ones were added through the manifest (`replyUrlsWithType`),
 * the only way Entra allows an http loopback IP.
 */
export const SANDBOX_APP = {
  clientId: '5e0c7a31-9b2d-4f6e-8c14-7a2b9d3e6f01',
  displayName: 'Video Meetings Tray (sandbox)',
  redirectUris: ['http://localhost', 'http://localhost/teams/callback', 'http://127.0.0.1', 'http://127.0.0.1/teams/callback'],
  /** The Graph permissions configured on the registration (what `.default` stands for). */
  graphPermissions: ['User.Read', 'OnlineMeetings.ReadWrite', 'Calendars.ReadWrite'],
} as const;
