/** How the client authenticates at /oauth/token and /oauth/revoke. */
export type ClientKind = 'confidential' | 'public';

/** The sandbox's registered General app (user-managed OAuth). */
export interface RegisteredClient {
  clientId: string;
  /** Undefined for the public (PKCE, no secret) client id. */
  clientSecret: string | undefined;
  kind: ClientKind;
}

/** The app's one registered redirect URL. Loopback rule: the port is ignored, host and path must match exactly. */
export const REGISTERED_REDIRECT_URI = 'http://127.0.0.1/zoom/callback';

/**
 * Granular scopes configured on the sandbox app in the Marketplace; all of them are granted when the request
 * names none. Zoom requires `user:read:settings` for GET /users/{id}/settings, `meeting:read:meeting` for
 * GET /meetings/{id} and `meeting:read:list_meetings` for GET /users/{id}/meetings, so an app that calls
 * those must have them configured.
 */
export const APP_SCOPES: ReadonlyArray<string> = [
  'user:read:user',
  'user:read:settings',
  'meeting:read:meeting',
  'meeting:write:meeting',
  'meeting:delete:meeting',
  'meeting:read:list_meetings',
];

/** The display name on the consent page. */
export const APP_NAME = 'Video Meetings Tray';

export const CONFIDENTIAL_CLIENT: RegisteredClient = {
  clientId: 'vmtSandboxZoomClient01',
  clientSecret: 'zoom-sandbox-secret-not-real-7c1f2e',
  kind: 'confidential',
};

/** The separate 2026 public client id: sends client_id in the body and has no secret. */
export const PUBLIC_CLIENT: RegisteredClient = {
  clientId: 'vmtSandboxZoomPublic01',
  clientSecret: undefined,
  kind: 'public',
};

export function findClient(clientId: string): RegisteredClient | undefined {
  return [CONFIDENTIAL_CLIENT, PUBLIC_CLIENT].find((client) => client.clientId === clientId);
}
