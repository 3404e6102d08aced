import { None, type AuthorizationServer } from 'oauth4webapi';
import { z } from 'zod';
import type { TeamsConfig } from '../../config/providers-config.js';
import { AppError, appError } from '../../core/app-error.js';
import { isLoopbackHttp, utcSeconds } from '../loopback-origin.js';
import type { Translator } from '../../i18n/translator.js';
import type { CreatedMeeting, MeetingRequest, ProviderAdapter, ProviderIdentity, RevokeOutcome } from '../provider-adapter.js';
import type { ProviderFailure, ProviderHttp } from '../provider-http.js';
import { backoffMs } from '../retry-after.js';
import { said } from '../../i18n/local-text.js';

const meSchema = z.object({ id: z.string(), displayName: z.string().nullish(), mail: z.string().nullish(), userPrincipalName: z.string().nullish() });
const onlineMeetingSchema = z.object({
  id: z.string(),
  joinWebUrl: z.url(),
  joinMeetingIdSettings: z.object({ joinMeetingId: z.string().nullish(), passcode: z.string().nullish() }).nullish(),
});
const eventSchema = z.object({ id: z.string(), onlineMeeting: z.object({ joinUrl: z.string().nullish(), conferenceId: z.string().nullish() }).nullish() });
const graphErrorSchema = z.object({ error: z.object({ code: z.string() }) });

/** Not an error for the user: /me/onlineMeetings is refused (e.g. personal accounts), so the calendar route is used. */
class OnlineMeetingsRefused extends AppError {}

/**
 * Microsoft Teams through Microsoft Graph: public client (no secret) with PKCE, a new refresh token on
 * every refresh, online meetings (calendar events with isOnlineMeeting as the fallback). There is no
 * per-app token revocation: disconnecting deletes the local tokens.
 */
export class TeamsAdapter implements ProviderAdapter {
  readonly id = 'teams' as const;
  readonly title = 'Microsoft Teams';
  readonly endpoint: string;
  readonly client;
  readonly clientAuth = None();
  readonly scope = 'offline_access User.Read OnlineMeetings.ReadWrite Calendars.ReadWrite';
  readonly callbackPath = '/teams/callback';
  readonly extraParameters = { response_mode: 'query', prompt: 'select_account' };
  readonly openId = false;
  readonly allowHttp: boolean;
  readonly noRevocationNote = 'note.teamsNoRevocation' as const;
  private readonly as: AuthorizationServer;

  constructor(private readonly config: TeamsConfig) {
    this.endpoint = config.graphBase;
    this.client = { client_id: config.clientId };
    this.allowHttp = isLoopbackHttp(config.authority);
    const base = `${config.authority}/${config.tenant}`;
    // Entra's discovery issuer is a {tenantid} template for multi-tenant segments: the endpoints are fixed instead.
    this.as = { issuer: `${base}/v2.0`, authorization_endpoint: `${base}/oauth2/v2.0/authorize`, token_endpoint: `${base}/oauth2/v2.0/token` };
  }

  async authorizationServer(): Promise<AuthorizationServer> {
    return this.as;
  }

  async identity(http: ProviderHttp): Promise<ProviderIdentity> {
    const me = await http.request(`${this.config.graphBase}/me`, { schema: meSchema });
    const email = me.mail || me.userPrincipalName || undefined;
    return { accountId: me.id, displayName: me.displayName || email || me.id, ...(email ? { email } : {}) };
  }

  async createMeeting(http: ProviderHttp, request: MeetingRequest): Promise<CreatedMeeting> {
    const end = new Date(request.start.getTime() + request.durationMinutes * 60_000);
    try {
      // createOrGet with the idempotency key as externalId: a retry returns the same meeting instead of a second one.
      const meeting = await http.request(`${this.config.graphBase}/me/onlineMeetings/createOrGet`, {
        method: 'POST',
        schema: onlineMeetingSchema,
        body: { startDateTime: utcSeconds(request.start), endDateTime: utcSeconds(end), subject: request.title, externalId: request.idempotencyKey },
      });
      const passcode = meeting.joinMeetingIdSettings?.passcode;
      return { id: `onlineMeeting:${meeting.id}`, joinUrl: meeting.joinWebUrl, meetingId: meeting.joinMeetingIdSettings?.joinMeetingId ?? meeting.id, ...(passcode ? { passcode } : {}) };
    } catch (error) {
      if (!(error instanceof OnlineMeetingsRefused)) throw error;
      return this.createCalendarMeeting(http, request, end);
    }
  }

  /** Calendar route: Graph wants an offset-less dateTime plus timeZone; joinUrl may be null at first. */
  private async createCalendarMeeting(http: ProviderHttp, request: MeetingRequest, end: Date): Promise<CreatedMeeting> {
    const local = (date: Date) => utcSeconds(date).replace(/Z$/, '');
    let event = await http.request(`${this.config.graphBase}/me/events`, {
      method: 'POST',
      schema: eventSchema,
      body: {
        subject: request.title,
        start: { dateTime: local(request.start), timeZone: 'UTC' },
        end: { dateTime: local(end), timeZone: 'UTC' },
        isOnlineMeeting: true,
        onlineMeetingProvider: 'teamsForBusiness',
        transactionId: request.idempotencyKey,
      },
    });
    for (let read = 0; !event.onlineMeeting?.joinUrl && read < 3; read++) {
      await new Promise((resolve) => setTimeout(resolve, 250 + backoffMs(read)));
      event = await http.request(`${this.config.graphBase}/me/events/${encodeURIComponent(event.id)}?$select=onlineMeeting`, { schema: eventSchema });
    }
    const joinUrl = event.onlineMeeting?.joinUrl;
    if (!joinUrl) {
      await http.request(`${this.config.graphBase}/me/events/${encodeURIComponent(event.id)}`, { method: 'DELETE' }).catch(() => undefined);
      throw appError('provider_unavailable', said('error.teamsNoLink'));
    }
    return { id: `event:${event.id}`, joinUrl, meetingId: event.onlineMeeting?.conferenceId ?? event.id };
  }

  async deleteMeeting(http: ProviderHttp, id: string): Promise<void> {
    const [kind, graphId] = id.split(/:(.*)/s) as [string, string];
    const path = kind === 'event' ? 'events' : 'onlineMeetings';
    await http.request(`${this.config.graphBase}/me/${path}/${encodeURIComponent(graphId)}`, { method: 'DELETE' });
  }

  /** Microsoft has no per-app revocation; revokeSignInSessions would sign the user out everywhere, so it is never called. */
  async revoke(): Promise<RevokeOutcome> {
    return 'not-supported';
  }

  classify(failure: ProviderFailure) {
    const body = graphErrorSchema.safeParse(failure.body);
    if (failure.status === 403 && failure.body !== undefined) return new OnlineMeetingsRefused('insufficient_scope', { message: said('error.teamsOnlineMeetingsUnavailable') });
    if (body.success && body.data.error.code === 'ErrorInvalidRequest') return appError('bad_response', said('error.graphRefused'));
    return undefined;
  }

  /** AADSTS700082 (expired by inactivity), 50173 (grant revoked), 65001 (consent missing). */
  classifyTokenError(error: { error: string; description?: string }) {
    const description = error.description ?? '';
    if (/AADSTS65001/.test(description)) return appError('consent_revoked', said('error.organisationConsentMissing'));
    if (error.error === 'invalid_grant' && /AADSTS(700082|50173)/.test(description)) return appError('invalid_grant', said('error.microsoftSignInExpired'));
    return undefined;
  }

  statusText(identity: { displayName: string }, tenant: string, { t }: Translator): string {
    return t('status.providerConnected', { provider: 'Teams', name: identity.displayName, tenant });
  }
}
