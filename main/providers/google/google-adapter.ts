import { allowInsecureRequests, ClientSecretPost, processRevocationResponse, ResponseBodyError, revocationRequest, type AuthorizationServer } from 'oauth4webapi';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { GoogleConfig } from '../../config/providers-config.js';
import { AppError, appError } from '../../core/app-error.js';
import { deadlineSignal } from '../../net/http.js';
import { discoverAuthorizationServer } from '../../oauth/authorization-server.js';
import { isLoopbackHttp, utcSeconds } from '../loopback-origin.js';
import type { Translator } from '../../i18n/translator.js';
import type { CreatedMeeting, MeetingRequest, ProviderAdapter, ProviderIdentity, RevokeOutcome } from '../provider-adapter.js';
import type { ProviderFailure, ProviderHttp } from '../provider-http.js';
import { backoffMs } from '../retry-after.js';
import { said } from '../../i18n/local-text.js';

const CALENDAR_SCOPE = 'https://www.googleapis.com/auth/calendar.events';
const userinfoSchema = z.object({ sub: z.string(), name: z.string().optional(), email: z.string().optional() });
const eventSchema = z.object({
  id: z.string(),
  hangoutLink: z.string().optional(),
  conferenceData: z
    .object({
      createRequest: z.object({ status: z.object({ statusCode: z.string() }).optional() }).optional(),
      entryPoints: z.array(z.object({ entryPointType: z.string(), uri: z.string() })).optional(),
      conferenceId: z.string().optional(),
    })
    .optional(),
});
type CalendarEvent = z.infer<typeof eventSchema>;
const errorSchema = z.object({ error: z.object({ code: z.number().optional(), errors: z.array(z.object({ reason: z.string().optional() })).optional() }) });

const PENDING_POLLS = 8;

/** 409 duplicate: an insert with this event id happened before (a retry of the same create). */
class EventExists extends AppError {}

/** Google: desktop OAuth client with PKCE, OpenID identity, Calendar events with a Meet conference. */
export class GoogleAdapter implements ProviderAdapter {
  readonly id = 'google' as const;
  readonly title = 'Google Meet';
  readonly endpoint: string;
  readonly client;
  readonly clientAuth;
  readonly scope = `openid email profile ${CALENDAR_SCOPE}`;
  readonly requiredScopes = [CALENDAR_SCOPE];
  readonly callbackPath = '/google/callback';
  // offline + consent: a refresh token every time (Google omits it on repeat authorizations otherwise).
  readonly extraParameters = { access_type: 'offline', prompt: 'consent', include_granted_scopes: 'true' };
  readonly openId = true;
  readonly allowHttp: boolean;
  readonly noRevocationNote = 'note.googleNotRevoked' as const;
  private as: AuthorizationServer | undefined;

  constructor(private readonly config: GoogleConfig) {
    this.endpoint = config.issuer;
    this.client = { client_id: config.clientId };
    this.clientAuth = ClientSecretPost(config.clientSecret);
    this.allowHttp = isLoopbackHttp(config.issuer);
  }

  async authorizationServer(): Promise<AuthorizationServer> {
    this.as ??= await discoverAuthorizationServer({ issuer: this.config.issuer, discoveryUrl: `${this.config.issuer}/.well-known/openid-configuration` });
    return this.as;
  }

  async identity(http: ProviderHttp): Promise<ProviderIdentity> {
    const as = await this.authorizationServer();
    if (!as.userinfo_endpoint) throw appError('bad_response', said('error.noUserinfoEndpoint'));
    const user = await http.request(as.userinfo_endpoint, { schema: userinfoSchema });
    return { accountId: user.sub, displayName: user.name || user.email || user.sub, ...(user.email ? { email: user.email } : {}) };
  }

  /**
   * events.insert with conferenceDataVersion=1 (without it Google silently drops the conference), an event
   * id derived from the idempotency key (a retry finds the event instead of creating another), then polls
   * while the conference is pending.
   */
  async createMeeting(http: ProviderHttp, request: MeetingRequest): Promise<CreatedMeeting> {
    const calendar = `${this.config.calendarApiBase}/calendars/primary/events`;
    const eventId = createHash('sha256').update(request.idempotencyKey).digest('hex').slice(0, 40);
    const end = new Date(request.start.getTime() + request.durationMinutes * 60_000);
    let event: CalendarEvent;
    try {
      event = await http.request(`${calendar}?conferenceDataVersion=1`, {
        method: 'POST',
        schema: eventSchema,
        body: {
          id: eventId,
          summary: request.title,
          start: { dateTime: utcSeconds(request.start), timeZone: request.timeZone },
          end: { dateTime: utcSeconds(end), timeZone: request.timeZone },
          conferenceData: { createRequest: { requestId: request.idempotencyKey, conferenceSolutionKey: { type: 'hangoutsMeet' } } },
        },
      });
    } catch (error) {
      if (!(error instanceof EventExists)) throw error;
      event = await http.request(`${calendar}/${eventId}?conferenceDataVersion=1`, { schema: eventSchema });
    }
    for (let poll = 0; conferenceStatus(event) === 'pending' && poll < PENDING_POLLS; poll++) {
      await new Promise((resolve) => setTimeout(resolve, 250 + backoffMs(poll)));
      event = await http.request(`${calendar}/${event.id}`, { schema: eventSchema });
    }
    const joinUrl = event.conferenceData?.entryPoints?.find((entry) => entry.entryPointType === 'video')?.uri ?? event.hangoutLink;
    if (conferenceStatus(event) !== 'success' || !joinUrl) {
      await this.deleteMeeting(http, event.id).catch(() => undefined);
      throw appError('provider_unavailable', said('error.googleNoConference'));
    }
    return { id: event.id, joinUrl, meetingId: event.conferenceData?.conferenceId ?? new URL(joinUrl).pathname.slice(1) };
  }

  async deleteMeeting(http: ProviderHttp, id: string): Promise<void> {
    await http.request(`${this.config.calendarApiBase}/calendars/primary/events/${encodeURIComponent(id)}`, { method: 'DELETE' });
  }

  /** Google revokes the whole grant; an already invalid token (400 invalid_token) counts as revoked. */
  async revoke(tokens: { accessToken?: string; refreshToken?: string }): Promise<RevokeOutcome> {
    const token = tokens.refreshToken ?? tokens.accessToken;
    if (!token) return 'revoked';
    const as = await this.authorizationServer();
    if (!as.revocation_endpoint) return 'not-supported';
    try {
      const response = await revocationRequest(as, this.client, this.clientAuth, token, { [allowInsecureRequests]: this.allowHttp, signal: () => deadlineSignal(10_000) });
      await processRevocationResponse(response);
    } catch (error) {
      if (!(error instanceof ResponseBodyError && error.error === 'invalid_token')) throw error;
    }
    return 'revoked';
  }

  classify(failure: ProviderFailure) {
    const body = errorSchema.safeParse(failure.body);
    const reason = body.success ? body.data.error.errors?.[0]?.reason : undefined;
    if (failure.status === 403 && reason === 'insufficientPermissions') return appError('insufficient_scope', said('error.googleCalendarNotGranted'));
    if (failure.status === 403 && reason && /rateLimitExceeded|userRateLimitExceeded|quotaExceeded/.test(reason)) return 'retry' as const;
    if (failure.status === 409 && reason === 'duplicate') return new EventExists('bad_response', { message: said('error.googleEventExists') });
    return undefined;
  }

  statusText(identity: { displayName: string }, _tenant: string, { t }: Translator): string {
    return t('status.googleConnected', { name: identity.displayName });
  }
}

function conferenceStatus(event: CalendarEvent): string | undefined {
  return event.conferenceData?.createRequest?.status?.statusCode ?? (event.hangoutLink ? 'success' : undefined);
}
