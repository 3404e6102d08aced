import { z } from 'zod';

/** Where the app reaches each video provider, and as which registered client. */
export interface ZoomConfig {
  /** zoom.us: /oauth/authorize, /oauth/token, /oauth/revoke. */
  oauthOrigin: string;
  /** api.zoom.us/v2 */
  apiBase: string;
  clientId: string;
  clientSecret?: string;
}
export interface GoogleConfig {
  /** accounts.google.com: OpenID discovery, authorization. */
  issuer: string;
  calendarApiBase: string;
  clientId: string;
  /** Google's desktop clients get a secret that is not secret but must be sent. */
  clientSecret: string;
}
export interface TeamsConfig {
  /** login.microsoftonline.com */
  authority: string;
  /** organizations: Teams online meetings need a work or school account. */
  tenant: string;
  graphBase: string;
  clientId: string;
}
export interface WebexConfig {
  /** webexapis.com/v1: /authorize, /access_token, /people/me, /meetings. */
  apiBase: string;
  clientId: string;
  clientSecret: string;
  /** Webex compares registered redirect URIs exactly, port included: the port registered with the integration. */
  redirectPort?: number;
}
export interface JitsiConfig {
  /** The Jitsi Meet server rooms are created on. */
  server: string;
}

export interface ProvidersConfig {
  /** Deadline of one provider API request (VMT_REQUEST_TIMEOUT_MS, default 20 s). */
  requestTimeoutMs: number;
  zoom?: ZoomConfig;
  google?: GoogleConfig;
  teams?: TeamsConfig;
  webex?: WebexConfig;
  jitsi: JitsiConfig;
}

/** What the sandbox prints for each emulated provider (see main/sandbox/<provider>/). */
export const sandboxProvidersSchema = z.object({
  zoom: z.object({ oauthOrigin: z.url(), apiBase: z.url(), clientId: z.string(), clientSecret: z.string() }).optional(),
  google: z.object({ issuer: z.url(), calendarApiBase: z.url(), clientId: z.string(), clientSecret: z.string() }).optional(),
  microsoft: z.object({ authority: z.url(), tenant: z.string(), graphBase: z.url(), clientId: z.string() }).optional(),
  webex: z.object({ apiBase: z.url(), clientId: z.string(), clientSecret: z.string() }).optional(),
});
export type SandboxProviders = z.infer<typeof sandboxProvidersSchema>;

const DEFAULT_JITSI_SERVER = 'https://meet.jit.si';

/** The providers of the sandbox: every endpoint on loopback. */
export function sandboxProvidersConfig(sandbox: SandboxProviders, env: Record<string, string | undefined>): ProvidersConfig {
  return {
    ...(sandbox.zoom ? { zoom: sandbox.zoom } : {}),
    ...(sandbox.google ? { google: sandbox.google } : {}),
    ...(sandbox.microsoft ? { teams: sandbox.microsoft } : {}),
    ...(sandbox.webex ? { webex: { ...sandbox.webex, ...webexPort(env) } } : {}),
    jitsi: { server: jitsiServer(env) },
    requestTimeoutMs: requestTimeout(env),
  };
}

/** The real providers, for those whose client ID is configured (VMT_ZOOM_CLIENT_ID, …). */
export function realProvidersConfig(env: Record<string, string | undefined>): ProvidersConfig {
  const secret = (name: string) => env[name] || undefined;
  return {
    ...(env.VMT_ZOOM_CLIENT_ID
      ? { zoom: { oauthOrigin: 'https://zoom.us', apiBase: 'https://api.zoom.us/v2', clientId: env.VMT_ZOOM_CLIENT_ID, ...(secret('VMT_ZOOM_CLIENT_SECRET') ? { clientSecret: secret('VMT_ZOOM_CLIENT_SECRET')! } : {}) } }
      : {}),
    ...(env.VMT_GOOGLE_CLIENT_ID && env.VMT_GOOGLE_CLIENT_SECRET
      ? { google: { issuer: 'https://accounts.google.com', calendarApiBase: 'https://www.googleapis.com/calendar/v3', clientId: env.VMT_GOOGLE_CLIENT_ID, clientSecret: env.VMT_GOOGLE_CLIENT_SECRET } }
      : {}),
    ...(env.VMT_TEAMS_CLIENT_ID
      ? { teams: { authority: 'https://login.microsoftonline.com', tenant: env.VMT_TEAMS_TENANT || 'organizations', graphBase: 'https://graph.microsoft.com/v1.0', clientId: env.VMT_TEAMS_CLIENT_ID } }
      : {}),
    ...(env.VMT_WEBEX_CLIENT_ID && env.VMT_WEBEX_CLIENT_SECRET
      ? { webex: { apiBase: 'https://webexapis.com/v1', clientId: env.VMT_WEBEX_CLIENT_ID, clientSecret: env.VMT_WEBEX_CLIENT_SECRET, ...webexPort(env) } }
      : {}),
    jitsi: { server: jitsiServer(env) },
    requestTimeoutMs: requestTimeout(env),
  };
}

/** Origins the system browser may be sent to for the providers' sign-in pages. */
export function providerSignInOrigins(providers: ProvidersConfig): string[] {
  const origins: string[] = [];
  if (providers.zoom) origins.push(new URL(providers.zoom.oauthOrigin).origin);
  if (providers.google) origins.push(new URL(providers.google.issuer).origin);
  if (providers.teams) origins.push(new URL(providers.teams.authority).origin);
  if (providers.webex) origins.push(new URL(providers.webex.apiBase).origin);
  return origins;
}

function requestTimeout(env: Record<string, string | undefined>): number {
  if (!env.VMT_REQUEST_TIMEOUT_MS) return 20_000;
  const ms = Number(env.VMT_REQUEST_TIMEOUT_MS);
  if (!Number.isInteger(ms) || ms < 100 || ms > 300_000) throw new Error('VMT_REQUEST_TIMEOUT_MS must be a number of milliseconds from 100 to 300000.');
  return ms;
}

function webexPort(env: Record<string, string | undefined>): { redirectPort?: number } {
  if (!env.VMT_WEBEX_REDIRECT_PORT) return {};
  const port = Number(env.VMT_WEBEX_REDIRECT_PORT);
  if (!Number.isInteger(port) || port < 1024 || port > 65535) throw new Error('VMT_WEBEX_REDIRECT_PORT must be a port number from 1024 to 65535.');
  return { redirectPort: port };
}

function jitsiServer(env: Record<string, string | undefined>): string {
  const server = env.VMT_JITSI_SERVER || DEFAULT_JITSI_SERVER;
  const url = new URL(server);
  if (url.protocol !== 'https:') throw new Error('VMT_JITSI_SERVER must be an https:// address.');
  return url.origin;
}
