import Koa from 'koa';
import type { Provider } from 'oidc-provider';
import type { GoogleSwitches } from '../switches.js';
import { bearerAuth } from './bearer-auth.js';
import type { CalendarStore } from './calendar-store.js';
import type { CalendarState } from './calendar-state.js';
import { notFound } from './errors.js';
import { calendarRoutes } from './events-routes.js';
import { injectedFaults, malformedJson, slowResponses } from './faults.js';

export interface CalendarApiDeps {
  provider: Provider;
  clientId: string;
  switches: GoogleSwitches;
  store: CalendarStore;
  /** Aborts pending `slowMs` delays when the sandbox closes. */
  lifetime: AbortSignal;
  log: (line: string) => void;
}

/**
 * The Calendar API (mounted at /calendar/v3 on the www.googleapis.com listener): slowMs, then the
 * malformedJson rewrite of 200 answers, bearer authentication, the injected faults (429/403/503), the routes.
 */
export function calendarApi(deps: CalendarApiDeps): Koa<CalendarState> {
  const app = new Koa<CalendarState>();
  app.silent = true;
  app.on('error', (error: unknown) => deps.log(`[google-apis] error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
  const router = calendarRoutes(deps.store, deps.switches);
  app.use(async (ctx, next) => {
    ctx.set('Cache-Control', 'no-cache, no-store, max-age=0, must-revalidate');
    ctx.set('Vary', 'Origin, X-Origin, Referer');
    await next();
  });
  app.use(slowResponses(deps.switches, deps.lifetime));
  app.use(malformedJson(deps.switches));
  app.use(bearerAuth(deps.provider, deps.clientId));
  app.use(injectedFaults(deps.switches));
  app.use(router.routes());
  app.use(router.allowedMethods());
  app.use(async (ctx) => {
    if (ctx.status === 404 && ctx.body === undefined) notFound(ctx);
  });
  return app;
}
