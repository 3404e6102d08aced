import Router from '@koa/router';
import { sendMalformedJson } from './malformed.js';
import type { SuperOfficeSwitches } from './switches.js';
import type { TenantHosts } from './tenant-hosts.js';

/** How long a state answer stays valid (`ValidUntil`). */
const VALID_FOR_MS = 60 * 60 * 1000;

/** SuperOffice's tenant state API (no auth): `GET {authority}/api/state/{ctx}`. */
export function stateApiRoutes(tenants: TenantHosts, switches: SuperOfficeSwitches): Router {
  const router = new Router();
  router.get('/api/state/:ctx', (ctx) => {
    ctx.set('Cache-Control', 'no-store');
    if (switches.stateApi === 'down') {
      ctx.status = 503;
      ctx.type = 'text/plain';
      ctx.body = 'Service Unavailable';
      return;
    }
    if (switches.stateApi === 'malformed_json') {
      sendMalformedJson(ctx);
      return;
    }
    const requested = ctx.params.ctx ?? '';
    const endpoint = tenants.endpoint(requested);
    const validUntil = new Date(Date.now() + VALID_FOR_MS).toISOString();
    ctx.body =
      endpoint === undefined
        ? { ContextIdentifier: requested, Endpoint: '', State: 'Unknown', IsRunning: false, ValidUntil: validUntil, Api: '' }
        : {
            ContextIdentifier: tenants.canonical(requested) ?? requested,
            Endpoint: endpoint,
            State: 'Running',
            IsRunning: true,
            ValidUntil: validUntil,
            Api: `${endpoint}/api`,
          };
  });
  return router;
}
