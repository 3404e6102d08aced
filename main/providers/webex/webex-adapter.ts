import { ClientSecretPost, type AuthorizationServer } from 'oauth4webapi';
import { z } from 'zod';
import type { WebexConfig } from '../../config/providers-config.js';
import { appError } from '../../core/app-error.js';
import { isLoopbackHttp } from '../loopback-origin.js';
import { DIGITS, LETTERS, type PasscodeRules } from '../passcode/passcode-rules.js';
import type { Translator } from '../../i18n/translator.js';
import type { CreatedMeeting, MeetingRequest, ProviderAdapter, ProviderIdentity, RevokeOutcome } from '../provider-adapter.js';
import type { ProviderFailure, ProviderHttp } from '../provider-http.js';
import { said } from '../../i18n/local-text.js';

const personSchema = z.object({ id: z.string(), displayName: z.string().nullish(), emails: z.array(z.string()).nullish() });
const meetingSchema = z.object({ id: z.string(), webLink: z.url(), meetingNumber: z.union([z.string(), z.number()]).nullish(), password: z.string().nullish() });
const meetingListSchema = z.object({ items: z.array(meetingSchema.extend({ agenda: z.string().nullish() })) });
const errorSchema = z.object({ message: z.string().optional(), errors: z.array(z.object({ description: z.string().optional() })).optional() });

/**
 * Webex meeting passwords: Webex sites require strong passwords (it cannot be turned off): at least 8
 * characters with letters in both cases and a digit; spaces, quotes, slashes, & < > = [ ] are refused.
 */
export const WEBEX_PASSCODE_RULES: PasscodeRules = {
  maxLength: 16,
  minLength: 8,
  alphabet: `${LETTERS}${DIGITS}@-_*!#$%`,
  requireLetter: true,
  requireDigit: true,
  requireSpecial: false,
  requireUpperAndLower: true,
  onlyNumeric: false,
  maxConsecutive: 0,
  maxRepeated: 0,
};

/** Webex: OAuth integration (client secret in the body), People and Meetings REST API, no revocation endpoint. */
export class WebexAdapter implements ProviderAdapter {
  readonly id = 'webex' as const;
  readonly title = 'Webex';
  readonly endpoint: string;
  readonly client;
  readonly clientAuth;
  readonly scope = 'spark:people_read meeting:schedules_read meeting:schedules_write';
  readonly callbackPath = '/webex/callback';
  readonly extraParameters = {};
  readonly openId = false;
  readonly allowHttp: boolean;
  readonly redirectPort?: number;
  readonly noRevocationNote = 'note.webexNoRevocation' as const;
  private readonly as: AuthorizationServer;

  constructor(private readonly config: WebexConfig) {
    this.endpoint = config.apiBase;
    this.client = { client_id: config.clientId };
    this.clientAuth = ClientSecretPost(config.clientSecret);
    this.allowHttp = isLoopbackHttp(config.apiBase);
    if (config.redirectPort) this.redirectPort = config.redirectPort;
    this.as = { issuer: new URL(config.apiBase).origin, authorization_endpoint: `${config.apiBase}/authorize`, token_endpoint: `${config.apiBase}/access_token` };
  }

  async authorizationServer(): Promise<AuthorizationServer> {
    return this.as;
  }

  async identity(http: ProviderHttp): Promise<ProviderIdentity> {
    const person = await http.request(`${this.config.apiBase}/people/me`, { schema: personSchema });
    const email = person.emails?.[0];
    return { accountId: person.id, displayName: person.displayName || email || person.id, ...(email ? { email } : {}) };
  }

  async createMeeting(http: ProviderHttp, request: MeetingRequest): Promise<CreatedMeeting> {
    const end = new Date(request.start.getTime() + request.durationMinutes * 60_000);
    const meeting = await http.request(`${this.config.apiBase}/meetings`, {
      method: 'POST',
      schema: meetingSchema,
      body: {
        title: request.title,
        start: request.start.toISOString(),
        end: end.toISOString(),
        timezone: request.timeZone,
        ...(request.note ? { agenda: request.note.slice(0, 1300) } : {}),
        ...(request.passcode ? { password: request.passcode } : {}),
      },
    });
    const passcode = meeting.password ?? undefined;
    return { id: meeting.id, joinUrl: meeting.webLink, meetingId: String(meeting.meetingNumber ?? meeting.id), ...(passcode ? { passcode } : {}) };
  }

  async deleteMeeting(http: ProviderHttp, id: string): Promise<void> {
    await http.request(`${this.config.apiBase}/meetings/${encodeURIComponent(id)}`, { method: 'DELETE' });
  }

  /** List Meetings (series) starting within a day of `start` for the one whose agenda holds `reference`. */
  async findMeeting(http: ProviderHttp, reference: string, start: Date): Promise<CreatedMeeting | undefined> {
    const day = 24 * 3600_000;
    const query = new URLSearchParams({ meetingType: 'meetingSeries', from: new Date(start.getTime() - day).toISOString(), to: new Date(start.getTime() + day).toISOString(), max: '100' });
    const list = await http.request(`${this.config.apiBase}/meetings?${query}`, { schema: meetingListSchema });
    const meeting = list.items.find((item) => item.agenda?.includes(reference));
    if (!meeting) return undefined;
    const passcode = meeting.password ?? undefined;
    return { id: meeting.id, joinUrl: meeting.webLink, meetingId: String(meeting.meetingNumber ?? meeting.id), ...(passcode ? { passcode } : {}) };
  }

  /** Webex integrations have no token revocation endpoint: disconnecting deletes the local tokens. */
  async revoke(): Promise<RevokeOutcome> {
    return 'not-supported';
  }

  async passcodeRules(): Promise<PasscodeRules> {
    return WEBEX_PASSCODE_RULES;
  }

  classify(failure: ProviderFailure) {
    const body = errorSchema.safeParse(failure.body);
    const text = body.success ? [body.data.message, ...(body.data.errors ?? []).map((e) => e.description)].join(' ') : '';
    if (failure.status === 400 && /password/i.test(text)) return appError('invalid_passcode', said('error.webexPassword'));
    return undefined;
  }

  statusText(identity: { displayName: string }, tenant: string, { t }: Translator): string {
    return t('status.providerConnected', { provider: 'Webex', name: identity.displayName, tenant });
  }
}
