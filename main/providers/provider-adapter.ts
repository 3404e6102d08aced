import type { AuthorizationServer, Client, ClientAuth } from 'oauth4webapi';
import type { ProviderId } from '../../preload/contract.js';
import type { AppError } from '../core/app-error.js';
import type { Translator } from '../i18n/translator.js';
import type { PasscodeRules } from './passcode/passcode-rules.js';
import type { ProviderFailure, ProviderHttp } from './provider-http.js';
import type { MessageKey } from '../i18n/catalogue.js';

/** Providers the user signs in to with OAuth (Jitsi needs no account; SuperOffice's own service rides on the CRM sign-in). */
export type OAuthProviderId = Exclude<ProviderId, 'jitsi' | 'superoffice-video'>;

/** Who is signed in at the provider. */
export interface ProviderIdentity {
  accountId: string;
  displayName: string;
  email?: string;
}

/** A meeting to create for a diary appointment (or a test meeting). */
export interface MeetingRequest {
  title: string;
  start: Date;
  durationMinutes: number;
  /** IANA zone of the appointment, e.g. Europe/Oslo. */
  timeZone: string;
  passcode?: string;
  /** Same key → the provider must not create a second meeting (where it supports it). */
  idempotencyKey: string;
  /**
   * A line for the meeting's agenda naming where it came from, with the idempotency key as reference, so
   * the meeting can be found again after a crash where the provider has no idempotency keys.
   */
  note?: string;
}

export interface CreatedMeeting {
  /** The provider's id for later deletion. */
  id: string;
  joinUrl: string;
  /** The number or code people type to join. */
  meetingId: string;
  /** What the provider actually set (may differ from the request). */
  passcode?: string;
}

/** The outcome of revoking a grant at the provider. */
export type RevokeOutcome = 'revoked' | 'not-supported';

/**
 * Everything provider-specific: OAuth endpoints and client authentication, the identity call, meeting
 * creation and deletion, revocation, passcode rules, and the provider's error vocabulary.
 */
export interface ProviderAdapter {
  readonly id: OAuthProviderId;
  readonly title: string;
  /** The endpoint the settings record is tied to (a record of another environment is ignored). */
  readonly endpoint: string;
  readonly client: Client;
  readonly clientAuth: ClientAuth;
  readonly scope: string;
  /** Distinct per provider (RFC 8252 §8.10 mix-up defence). */
  readonly callbackPath: string;
  readonly extraParameters: Record<string, string>;
  readonly openId: boolean;
  readonly allowHttp: boolean;
  /** Fixed loopback port where the provider matches redirect URIs port included (Webex). */
  readonly redirectPort?: number;
  authorizationServer(): Promise<AuthorizationServer>;
  identity(http: ProviderHttp): Promise<ProviderIdentity>;
  createMeeting(http: ProviderHttp, request: MeetingRequest): Promise<CreatedMeeting>;
  deleteMeeting(http: ProviderHttp, id: string): Promise<void>;
  /**
   * Providers without idempotency keys (Zoom, Webex): the meeting whose agenda carries `reference`, if one
   * was created. Providers that honour the key (Google's event id, Teams' transactionId) need no look-up.
   */
  findMeeting?(http: ProviderHttp, reference: string, start: Date): Promise<CreatedMeeting | undefined>;
  /** Revokes the grant at the provider; 'not-supported' where the provider has no such endpoint. */
  revoke(tokens: { accessToken?: string; refreshToken?: string }): Promise<RevokeOutcome>;
  /** What to tell the user after a disconnect where the provider could not revoke the grant. */
  readonly noRevocationNote?: MessageKey;
  passcodeRules?(http: ProviderHttp): Promise<PasscodeRules>;
  /** Maps provider-specific failures of API calls; undefined leaves it to the generic handling. */
  classify(failure: ProviderFailure): AppError | 'retry' | undefined;
  /** Scopes the grant must include (granular consent lets users untick some). */
  readonly requiredScopes?: string[];
  /** Maps provider-specific token-endpoint errors (e.g. Zoom's 4741); undefined → generic. */
  classifyTokenError?(error: { error: string; description?: string }): AppError | undefined;
  /** The card's status line when connected, with the SuperOffice tenant, in the user's language. */
  statusText(identity: { displayName: string }, tenant: string, texts: Translator): string;
}
