import Router from '@koa/router';
import { readBody } from '../http/read-body.js';
import { switchesPatchSchema, type SuperOfficeSwitches } from '../superoffice/switches.js';

/** What the control endpoints act on. */
export interface SuperOfficeControl {
  switches: SuperOfficeSwitches;
  /** Moves the tenant and returns its new endpoint; rejects for unknown tenants. */
  moveTenant(ctx: string): Promise<void>;
  tenantEndpoint(ctx: string): string;
  /** Whether the tenant exists. */
  hasTenant(ctx: string): boolean;
}

/**
 * Test and demo controls on the authority host:
 * `GET /__sandbox/switches`, `PATCH /__sandbox/switches` (JSON merge, validated, 400 on bad input),
 * `POST /__sandbox/superoffice/move-tenant/{ctx}`.
 */
export function controlRoutes(control: SuperOfficeControl): Router {
  const router = new Router({ prefix: '/__sandbox' });

  router.use(async (ctx, next) => {
    ctx.set('Cache-Control', 'no-store');
    await next();
  });

  router.get('/switches', (ctx) => {
    ctx.body = control.switches;
  });

  router.patch('/switches', async (ctx) => {
    if (ctx.is('application/json') === false) {
      ctx.status = 415;
      ctx.body = { error: 'unsupported_media_type', message: 'send application/json' };
      return;
    }
    const raw = await readBody(ctx.req);
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw ?? '');
    } catch {
      ctx.status = 400;
      ctx.body = { error: 'invalid_json', message: 'the body is not valid JSON' };
      return;
    }
    const result = switchesPatchSchema.safeParse(parsed);
    if (!result.success) {
      ctx.status = 400;
      ctx.body = {
        error: 'invalid_switches',
        issues: result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
      };
      return;
    }
    Object.assign(control.switches, result.data);
    ctx.body = control.switches;
  });

  router.post('/superoffice/move-tenant/:ctx', async (ctx) => {
    const tenant = ctx.params.ctx ?? '';
    if (!control.hasTenant(tenant)) {
      ctx.status = 404;
      ctx.body = { error: 'unknown_tenant', message: `no tenant ${tenant}` };
      return;
    }
    await control.moveTenant(tenant);
    ctx.body = { ContextIdentifier: tenant, Endpoint: control.tenantEndpoint(tenant) };
  });

  return router;
}
