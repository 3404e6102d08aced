import type { z } from 'zod';
import { AppError, appError, type ErrorTexts } from '../core/app-error.js';
import { DEFAULT_REQUEST_TIMEOUT_MS, fetchWithTimeout } from '../net/http.js';
import type { Logger } from '../ports/logger.js';
import type { TokenSession } from '../oauth/token-session.js';
import { toAppError } from '../oauth/oauth-errors.js';
import type { TenantResolver } from './tenant-resolver.js';
import { said } from '../i18n/local-text.js';

/**
 * SuperOffice REST calls for the signed-in user: bearer token from the session (one refresh and retry
 * on 401), the tenant's numbered host from the resolver (one re-resolve and retry on 421), a deadline
 * on every request, and every response validated against a schema.
 */
export class SuperOfficeApi {
  constructor(
    private readonly session: TokenSession,
    private readonly resolver: TenantResolver,
    private readonly logger: Logger,
    private readonly timeoutMs = DEFAULT_REQUEST_TIMEOUT_MS,
  ) {}

  /** The same calls with another deadline per request (e.g. the tenant markers', which must not hang). */
  withTimeout(timeoutMs: number): SuperOfficeApi {
    return new SuperOfficeApi(this.session, this.resolver, this.logger, timeoutMs);
  }

  /** GET `path` (relative to the REST root, e.g. "v1/User/currentPrincipal") and validate the JSON. */
  get<T>(path: string, schema: z.ZodType<T>): Promise<T> {
    return this.json('GET', path, schema);
  }

  /** POST a JSON body (e.g. an agent call such as "v1/Agents/Appointment/GetMyDiary") and validate the answer. */
  post<T>(path: string, body: unknown, schema: z.ZodType<T>): Promise<T> {
    return this.json('POST', path, schema, body);
  }

  /** POST where the answer has no body (204), e.g. DeleteVideoMeetingReservation. */
  async postNoContent(path: string, body: unknown): Promise<void> {
    await this.send('POST', path, undefined, body);
  }

  /**
   * Any method with extra headers (e.g. PATCH with If-Unmodified-Since); answers the validated body and
   * the response headers. 409 and 412 (SuperOffice's "changed meanwhile") are `appointment_changed`.
   */
  async request<T>(method: 'GET' | 'PATCH', path: string, schema: z.ZodType<T>, options: { body?: unknown; headers?: Record<string, string> } = {}): Promise<{ value: T; headers: Headers }> {
    const response = await this.send(method, path, undefined, options.body, options.headers);
    return { value: await this.parse(response, path, schema), headers: response.headers };
  }

  private async json<T>(method: string, path: string, schema: z.ZodType<T>, body?: unknown): Promise<T> {
    return this.parse(await this.send(method, path, undefined, body), path, schema);
  }

  private async parse<T>(response: Response, path: string, schema: z.ZodType<T>): Promise<T> {
    let answer: unknown;
    try {
      answer = await response.json();
    } catch {
      throw appError('bad_response', said('error.unreadableAnswer', { title: 'SuperOffice' }));
    }
    const parsed = schema.safeParse(answer);
    if (!parsed.success) {
      this.logger.log('warn', 'superoffice.schema_mismatch', { path, issue: parsed.error.issues[0]?.path.join('.') });
      throw appError('bad_response', said('error.unreadableAnswer', { title: 'SuperOffice' }));
    }
    return parsed.data;
  }

  private async send(method: string, path: string, retried = { auth: false, host: false }, body?: unknown, extraHeaders: Record<string, string> = {}): Promise<Response> {
    let response: Response;
    try {
      const token = await this.session.getAccessToken();
      const url = new URL(path, await this.resolver.apiBase());
      const headers: Record<string, string> = { ...extraHeaders, accept: 'application/json', authorization: `Bearer ${token}` };
      if (body !== undefined) headers['content-type'] ??= 'application/json';
      response = await fetchWithTimeout(url, { method, headers, redirect: 'error', ...(body !== undefined ? { body: JSON.stringify(body) } : {}) }, this.timeoutMs);
    } catch (error) {
      throw toAppError(error);
    }
    if (response.status === 421 && !retried.host) {
      this.logger.log('info', 'superoffice.misdirected', { path });
      this.resolver.invalidate();
      return this.send(method, path, { ...retried, host: true }, body, extraHeaders);
    }
    if (response.status === 401 && !retried.auth) {
      this.session.invalidateAccessToken();
      return this.send(method, path, { ...retried, auth: true }, body, extraHeaders);
    }
    if (response.status === 409 || response.status === 412) throw appError('appointment_changed');
    if (response.status === 404) throw appError('not_found');
    if (response.status === 403) throw appError('not_allowed');
    if (response.status === 401) throw appError('invalid_grant', said('error.signInNoLongerAccepted', { title: 'SuperOffice' }));
    if (response.status >= 500) throw appError('server_error', said('error.superOfficeServerError'));
    if (!response.ok) throw new RequestRefused(appError('bad_response', said('error.requestRefused', { title: 'SuperOffice', status: response.status })).texts);
    return response;
  }
}

/** SuperOffice turned the request down (a 4xx without a code of its own): nothing was done. */
export class RequestRefused extends AppError {
  constructor(texts: ErrorTexts) {
    super('bad_response', texts);
  }
}

/** An answer in which SuperOffice turned a request down: nothing was done. */
export function isRefusedRequest(error: AppError): boolean {
  return error instanceof RequestRefused;
}
