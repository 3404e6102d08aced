import type { z } from 'zod';
import { appError } from '../core/app-error.js';
import { fetchWithTimeout } from '../net/http.js';
import type { Logger } from '../ports/logger.js';
import type { TokenSession } from '../oauth/token-session.js';
import { toAppError } from '../oauth/oauth-errors.js';
import type { TenantResolver } from './tenant-resolver.js';

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
  ) {}

  /** GET `path` (relative to the REST root, e.g. "v1/User/currentPrincipal") and validate the JSON. */
  async get<T>(path: string, schema: z.ZodType<T>): Promise<T> {
    const response = await this.send('GET', path);
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw appError('bad_response', 'SuperOffice sent an answer the app could not read.');
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      this.logger.log('warn', 'superoffice.schema_mismatch', { path, issue: parsed.error.issues[0]?.path.join('.') });
      throw appError('bad_response', 'SuperOffice sent an answer the app could not read.');
    }
    return parsed.data;
  }

  private async send(method: string, path: string, retried = { auth: false, host: false }): Promise<Response> {
    let response: Response;
    try {
      const token = await this.session.getAccessToken();
      const url = new URL(path, await this.resolver.apiBase());
      response = await fetchWithTimeout(url, { method, headers: { accept: 'application/json', authorization: `Bearer ${token}` }, redirect: 'error' });
    } catch (error) {
      throw toAppError(error);
    }
    if (response.status === 421 && !retried.host) {
      this.logger.log('info', 'superoffice.misdirected', { path });
      this.resolver.invalidate();
      return this.send(method, path, { ...retried, host: true });
    }
    if (response.status === 401 && !retried.auth) {
      this.session.invalidateAccessToken();
      return this.send(method, path, { ...retried, auth: true });
    }
    if (response.status === 401) throw appError('invalid_grant', 'SuperOffice no longer accepts your sign-in.');
    if (response.status >= 500) throw appError('server_error', 'SuperOffice is having problems answering.');
    if (!response.ok) throw appError('bad_response', `SuperOffice refused the request (${response.status}).`);
    return response;
  }
}
