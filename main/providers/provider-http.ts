import type { z } from 'zod';
import type { ProviderId } from '../../preload/contract.js';
import { AppError, appError } from '../core/app-error.js';
import { fetchWithTimeout, isTimeout } from '../net/http.js';
import type { TokenSession } from '../oauth/token-session.js';
import { toAppError } from '../oauth/oauth-errors.js';
import type { Clock } from '../ports/clock.js';
import type { Logger } from '../ports/logger.js';
import { backoffMs, retryAfterMs } from './retry-after.js';
import { said } from '../i18n/local-text.js';

/** A provider's answer that was not a success, for the provider's own error mapping. */
export interface ProviderFailure {
  status: number;
  /** The parsed JSON body, or undefined when it was not JSON. */
  body: unknown;
}

export interface ProviderHttpOptions {
  provider: ProviderId;
  /** Absent for calls that need no user token. */
  session?: TokenSession;
  clock: Clock;
  logger: Logger;
  /** Maps a provider-specific failure (e.g. Google insufficientPermissions) to an AppError, 'retry' for a rate limit in disguise, or undefined → generic handling. */
  classify?: (failure: ProviderFailure) => AppError | 'retry' | undefined;
  /** Retries for 5xx, resets and timeouts (default 3). */
  maxRetries?: number;
  /** Longest Retry-After the app waits out by itself (default 20 s); longer ones become rate_limited. */
  maxWaitMs?: number;
  timeoutMs?: number;
  random?: () => number;
}

export interface ProviderRequest<T> {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  body?: unknown;
  schema?: z.ZodType<T>;
  headers?: Record<string, string>;
}

const RETRIABLE_STATUS = new Set([500, 502, 503, 504]);

/**
 * Calls a provider's REST API for one connection: bearer token from the session (one refresh and
 * retry on 401), Retry-After honoured in all its forms, 5xx / resets / timeouts retried with bounded
 * exponential backoff and jitter, every request with a deadline, every body validated by a schema.
 */
export class ProviderHttp {
  constructor(private readonly options: ProviderHttpOptions) {}

  async request<T>(url: string, request: ProviderRequest<T> = {}): Promise<T> {
    const response = await this.send(url, request);
    if (response.status === 204 || !request.schema) {
      await response.arrayBuffer().catch(() => undefined);
      return undefined as T;
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw appError('bad_response', said('error.unreadableAnswer', { title: this.title() }));
    }
    const parsed = request.schema.safeParse(body);
    if (!parsed.success) {
      this.options.logger.log('warn', 'provider.schema_mismatch', { provider: this.options.provider, path: new URL(url).pathname, issue: parsed.error.issues[0]?.path.join('.') });
      throw appError('bad_response', said('error.unreadableAnswer', { title: this.title() }));
    }
    return parsed.data;
  }

  private async send<T>(url: string, request: ProviderRequest<T>): Promise<Response> {
    const { session, logger, provider, clock } = this.options;
    const maxRetries = this.options.maxRetries ?? 3;
    let retries = 0;
    let refreshed = false;
    for (;;) {
      let response: Response;
      try {
        const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
        if (session) headers.authorization = `Bearer ${await session.getAccessToken()}`;
        if (request.body !== undefined) headers['content-type'] = 'application/json';
        response = await fetchWithTimeout(
          url,
          { method: request.method ?? 'GET', headers, redirect: 'error', ...(request.body !== undefined ? { body: JSON.stringify(request.body) } : {}) },
          this.options.timeoutMs ?? 20_000,
        );
      } catch (error) {
        const failure = toAppError(error);
        if (failure.code === 'network' && retries < maxRetries && (isTimeout(error) || error instanceof TypeError)) {
          await this.wait(backoffMs(retries++, this.options.random));
          continue;
        }
        throw failure.code === 'network' ? appError('network', said('error.unreachable', { title: this.title() })) : failure;
      }
      if (response.ok) return response;

      const failure: ProviderFailure = { status: response.status, body: await response.json().catch(() => undefined) };
      if (response.status === 401 && session && !refreshed) {
        refreshed = true;
        session.invalidateAccessToken();
        continue;
      }
      const specific = this.options.classify?.(failure);
      if (specific instanceof AppError) throw specific;
      if (response.status === 429 || specific === 'retry') {
        const wait = retryAfterMs(response.headers.get('retry-after'), clock.now()) ?? backoffMs(retries, this.options.random, 1_000, 8_000);
        if (retries < maxRetries && wait <= (this.options.maxWaitMs ?? 20_000)) {
          logger.log('info', 'provider.rate_limited', { provider, waitMs: wait });
          retries++;
          await this.wait(wait);
          continue;
        }
        throw appError('rate_limited', wait > 60_000 ? said('error.slowDownUntil', { title: this.title(), time: { instant: new Date(clock.now() + wait).toISOString() } }) : said('error.slowDown', { title: this.title() }));
      }
      if (RETRIABLE_STATUS.has(response.status)) {
        if (retries < maxRetries) {
          await this.wait(backoffMs(retries++, this.options.random));
          continue;
        }
        throw appError('provider_unavailable', said('error.providerDown', { title: this.title() }));
      }
      if (response.status === 401) throw appError('invalid_grant', said('error.signInNoLongerAccepted', { title: this.title() }));
      if (response.status === 403) throw appError('insufficient_scope', said('error.notPermitted', { title: this.title() }));
      if (response.status === 404 || response.status === 410) throw appError('not_found', said('error.unknownItem', { title: this.title() }));
      throw appError('bad_response', said('error.requestRefused', { title: this.title(), status: response.status }));
    }
  }

  /** A retry's wait is awaited: it keeps the process alive (an unref'd timer let the CLI exit 13 mid-backoff). */
  private wait(ms: number): Promise<void> {
    return new Promise((resolve) => this.options.clock.setTimer(ms, resolve, { keepAlive: true }));
  }

  private title(): string {
    return PROVIDER_TITLES[this.options.provider];
  }
}

export const PROVIDER_TITLES: Record<ProviderId, string> = {
  zoom: 'Zoom',
  google: 'Google Meet',
  teams: 'Microsoft Teams',
  webex: 'Webex',
  jitsi: 'Jitsi Meet',
  'superoffice-video': 'SuperOffice video meetings',
};
