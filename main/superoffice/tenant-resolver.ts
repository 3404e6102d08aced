import { z } from 'zod';
import { appError } from '../core/app-error.js';
import { fetchWithTimeout } from '../net/http.js';
import type { Clock } from '../ports/clock.js';
import type { Logger } from '../ports/logger.js';
import { isTrustedApiOrigin } from './superoffice-endpoints.js';
import { said } from '../i18n/local-text.js';

const tenantStateSchema = z.object({
  ContextIdentifier: z.string(),
  Endpoint: z.string(),
  State: z.string(),
  IsRunning: z.boolean(),
  ValidUntil: z.string().optional(),
  Api: z.string().optional(),
});

const USABLE_STATES = new Set(['Running', 'OnlineMaintenance']);
const MAX_CACHE_MS = 60 * 60_000;

/**
 * Finds the tenant's current numbered API host (sod2, online3, …) through the tenant state API and
 * caches it until ValidUntil. Unnumbered hosts are for sign-in only and answer 421 to API calls.
 */
export class TenantResolver {
  private cached: { apiBase: string; until: number } | undefined;
  /** The lookup under way: calls that come meanwhile (the agenda, markers and video state at start) share it. */
  private resolving: Promise<string> | undefined;
  /** Bumped by invalidate(): a lookup started before it does not fill the cache. */
  private generation = 0;

  constructor(
    private readonly options: { stateUrl: string; authority: string; clock: Clock; logger: Logger },
  ) {}

  /** The REST root, ending in "/api/". */
  async apiBase(): Promise<string> {
    if (this.cached && this.options.clock.now() < this.cached.until) return this.cached.apiBase;
    const resolving = (this.resolving ??= this.resolve().finally(() => {
      if (this.resolving === resolving) this.resolving = undefined;
    }));
    return resolving;
  }

  /** Forgets the cached host (after a 421 Misdirected Request); the next call looks it up afresh. */
  invalidate(): void {
    this.cached = undefined;
    this.resolving = undefined;
    this.generation++;
  }

  private async resolve(): Promise<string> {
    const { clock, logger, stateUrl, authority } = this.options;
    const generation = this.generation;
    const response = await fetchWithTimeout(stateUrl, { headers: { accept: 'application/json' } }, 15_000);
    if (response.status >= 500) throw appError('server_error', said('error.tenantServiceDown'));
    if (!response.ok) throw appError('tenant_unavailable', said('error.tenantServiceStatus', { status: response.status }));
    const state = tenantStateSchema.safeParse(await response.json().catch(() => undefined));
    if (!state.success) throw appError('bad_response', said('error.tenantServiceUnreadable'));
    const { State, IsRunning, Endpoint, Api, ValidUntil } = state.data;
    if (!IsRunning || !USABLE_STATES.has(State)) {
      throw appError('tenant_unavailable', said('error.tenantState', { state: State.replace(/[^\w]/g, '').slice(0, 32) }));
    }
    const apiBase = withTrailingSlash(Api || `${Endpoint.replace(/\/+$/, '')}/api`);
    if (!isTrustedApiOrigin(apiBase, authority)) throw appError('bad_response', said('error.tenantServiceHost'));
    const validUntil = ValidUntil ? Date.parse(ValidUntil) : Number.NaN;
    const now = clock.now();
    const until = Number.isFinite(validUntil) ? Math.min(validUntil, now + MAX_CACHE_MS) : now + 5 * 60_000;
    if (generation === this.generation) this.cached = { apiBase, until };
    logger.log('info', 'tenant.resolved', { host: new URL(apiBase).host });
    return apiBase;
  }
}

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
