import { allowInsecureRequests, None, processRevocationResponse, revocationRequest, type AuthorizationServer, type ClientAuth } from 'oauth4webapi';
import { z } from 'zod';
import type { ZoomConfig } from '../../config/providers-config.js';
import { appError } from '../../core/app-error.js';
import { deadlineSignal } from '../../net/http.js';
import { isLoopbackHttp, utcSeconds } from '../loopback-origin.js';
import { ZOOM_BASE_RULES, type PasscodeRules } from '../passcode/passcode-rules.js';
import type { Translator } from '../../i18n/translator.js';
import type { CreatedMeeting, MeetingRequest, ProviderAdapter, ProviderIdentity, RevokeOutcome } from '../provider-adapter.js';
import type { ProviderFailure, ProviderHttp } from '../provider-http.js';
import { said } from '../../i18n/local-text.js';

const userSchema = z.object({ id: z.string(), display_name: z.string().optional(), first_name: z.string().optional(), last_name: z.string().optional(), email: z.string().optional() });
const meetingSchema = z.object({ id: z.union([z.number(), z.string()]), join_url: z.url(), password: z.string().optional() });
const meetingListSchema = z.object({ meetings: z.array(z.object({ id: z.union([z.number(), z.string()]), agenda: z.string().optional() })) });
const settingsSchema = z.object({
  meeting_security: z
    .object({
      meeting_password_requirement: z
        .object({
          length: z.number().int().min(0).max(10).optional(),
          have_letter: z.boolean().optional(),
          have_number: z.boolean().optional(),
          have_special_character: z.boolean().optional(),
          have_upper_and_lower_characters: z.boolean().optional(),
          only_allow_numeric: z.boolean().optional(),
          consecutive_characters_length: z.number().int().min(0).optional(),
        })
        .optional(),
    })
    .optional(),
});
const errorSchema = z.object({ code: z.number(), message: z.string().optional() });

/**
 * Zoom reads `Authorization: Basic base64(client_id:client_secret)` as is. oauth4webapi's ClientSecretBasic
 * form-encodes both parts first (RFC 6749 §2.3.1), which changes secrets containing "-" and the like.
 */
function zoomBasicAuth(clientSecret: string): ClientAuth {
  return (_as, client, _body, headers) => {
    headers.set('authorization', `Basic ${Buffer.from(`${client.client_id}:${clientSecret}`).toString('base64')}`);
  };
}

/** Zoom: General app with user-managed OAuth (Basic client auth), REST v2, rotating refresh tokens. */
export class ZoomAdapter implements ProviderAdapter {
  readonly id = 'zoom' as const;
  readonly title = 'Zoom';
  readonly endpoint: string;
  readonly client;
  readonly clientAuth;
  readonly scope = 'user:read:user user:read:settings meeting:read:meeting meeting:read:list_meetings meeting:write:meeting meeting:delete:meeting';
  readonly callbackPath = '/zoom/callback';
  readonly extraParameters = {};
  readonly openId = false;
  readonly allowHttp: boolean;
  readonly noRevocationNote = 'note.zoomNotRevoked' as const;
  private readonly as: AuthorizationServer;

  constructor(private readonly config: ZoomConfig) {
    this.endpoint = config.apiBase;
    this.client = { client_id: config.clientId };
    // A confidential client authenticates with HTTP Basic; Zoom's public client ID sends only client_id.
    this.clientAuth = config.clientSecret ? zoomBasicAuth(config.clientSecret) : None();
    this.allowHttp = isLoopbackHttp(config.oauthOrigin);
    // Zoom publishes no discovery document: its endpoints are fixed.
    this.as = {
      issuer: config.oauthOrigin,
      authorization_endpoint: `${config.oauthOrigin}/oauth/authorize`,
      token_endpoint: `${config.oauthOrigin}/oauth/token`,
      revocation_endpoint: `${config.oauthOrigin}/oauth/revoke`,
    };
  }

  async authorizationServer(): Promise<AuthorizationServer> {
    return this.as;
  }

  async identity(http: ProviderHttp): Promise<ProviderIdentity> {
    const user = await http.request(`${this.config.apiBase}/users/me`, { schema: userSchema });
    const name = user.display_name || [user.first_name, user.last_name].filter(Boolean).join(' ') || user.email || user.id;
    return { accountId: user.id, displayName: name, ...(user.email ? { email: user.email } : {}) };
  }

  async createMeeting(http: ProviderHttp, request: MeetingRequest): Promise<CreatedMeeting> {
    const meeting = await http.request(`${this.config.apiBase}/users/me/meetings`, {
      method: 'POST',
      schema: meetingSchema,
      body: {
        topic: request.title.slice(0, 200),
        type: 2,
        start_time: utcSeconds(request.start),
        duration: request.durationMinutes,
        timezone: request.timeZone,
        ...(request.note ? { agenda: request.note.slice(0, 2000) } : {}),
        ...(request.passcode ? { password: request.passcode } : { default_password: true }),
      },
    });
    return { id: String(meeting.id), joinUrl: meeting.join_url, meetingId: String(meeting.id), ...(meeting.password ? { passcode: meeting.password } : {}) };
  }

  async deleteMeeting(http: ProviderHttp, id: string): Promise<void> {
    await http.request(`${this.config.apiBase}/meetings/${encodeURIComponent(id)}`, { method: 'DELETE' });
  }

  /** List meetings (scheduled: previous, live and upcoming; up to 300) for the one whose agenda holds `reference`, then read it for its passcode. */
  async findMeeting(http: ProviderHttp, reference: string): Promise<CreatedMeeting | undefined> {
    const list = await http.request(`${this.config.apiBase}/users/me/meetings?type=scheduled&page_size=300`, { schema: meetingListSchema });
    const found = list.meetings.find((meeting) => meeting.agenda?.includes(reference));
    if (!found) return undefined;
    const meeting = await http.request(`${this.config.apiBase}/meetings/${encodeURIComponent(String(found.id))}`, { schema: meetingSchema });
    return { id: String(meeting.id), joinUrl: meeting.join_url, meetingId: String(meeting.id), ...(meeting.password ? { passcode: meeting.password } : {}) };
  }

  /** Zoom revokes an access token (and with it the grant): POST /oauth/revoke → {"status":"success"}. */
  async revoke(tokens: { accessToken?: string }): Promise<RevokeOutcome> {
    if (!tokens.accessToken) throw appError('not_connected', said('error.zoomNoToken'));
    const response = await revocationRequest(this.as, this.client, this.clientAuth, tokens.accessToken, {
      [allowInsecureRequests]: this.allowHttp,
      signal: () => deadlineSignal(10_000),
    });
    await processRevocationResponse(response);
    return 'revoked';
  }

  /** Zoom's rules plus the account's own (GET /users/me/settings → meeting_password_requirement). */
  async passcodeRules(http: ProviderHttp): Promise<PasscodeRules> {
    const settings = await http.request(`${this.config.apiBase}/users/me/settings`, { schema: settingsSchema });
    const requirement = settings.meeting_security?.meeting_password_requirement ?? {};
    return {
      ...ZOOM_BASE_RULES,
      minLength: Math.max(1, requirement.length ?? 0),
      requireLetter: requirement.have_letter ?? false,
      requireDigit: requirement.have_number ?? false,
      requireSpecial: requirement.have_special_character ?? false,
      requireUpperAndLower: requirement.have_upper_and_lower_characters ?? false,
      onlyNumeric: requirement.only_allow_numeric ?? false,
      maxConsecutive: requirement.consecutive_characters_length ?? 0,
    };
  }

  classify(failure: ProviderFailure) {
    const body = errorSchema.safeParse(failure.body);
    if (!body.success) return undefined;
    if (body.data.code === 4711) return appError('insufficient_scope', said('error.zoomScope'));
    if (body.data.code === 300 && /password/i.test(body.data.message ?? '')) return appError('invalid_passcode', said('error.zoomPasscode'));
    if (body.data.code === 3001) return appError('not_found', said('error.zoomMeetingNotFound'));
    if (body.data.code === 1001) return appError('bad_response', said('error.zoomUnknownUser'));
    return undefined;
  }

  /** Zoom's token errors carry the reason in `reason`, with its number (4741: authorized on another device). */
  classifyTokenError(error: { error: string; description?: string }) {
    if (error.error !== 'invalid_grant') return undefined;
    if (/4741/.test(error.description ?? '')) return appError('reauth_other_device');
    if (/4738|4735/.test(error.description ?? '')) return appError('consent_revoked', said('error.zoomDisabled'));
    return undefined;
  }

  statusText(identity: { displayName: string }, tenant: string, { t }: Translator): string {
    return t('status.providerConnected', { provider: 'Zoom', name: identity.displayName, tenant });
  }
}
