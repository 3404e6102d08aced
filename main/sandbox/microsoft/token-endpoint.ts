import Router from '@koa/router';
import type { Context } from 'koa';
import { readForm } from '../http/read-body.js';
import { SANDBOX_APP } from './app-registration.js';
import { redeemCode } from './code-grant.js';
import type { EntraContext } from './context.js';
import { redeemRefreshToken } from './refresh-grant.js';
import { missingParameter, newTrace, stsError, stsErrorBody, type StsError } from './sts-error.js';
import { STS } from './sts-errors.js';
import { resolveTenant } from './tenant.js';

const PUBLIC_CLIENT_WITH_SECRET = stsError('invalid_client', 700025, "Client is public so neither 'client_assertion' nor 'client_secret' should be presented.");

function sendJson(ctx: Context, status: number, body: Record<string, unknown>, traceId: string): void {
  ctx.status = status;
  ctx.set('Cache-Control', 'no-store, no-cache');
  ctx.set('Pragma', 'no-cache');
  ctx.set('x-ms-request-id', traceId);
  ctx.type = 'application/json; charset=utf-8';
  ctx.body = JSON.stringify(body);
}

/** The client id from the body, or from an `Authorization: Basic` header (which itself is a credential). */
function basicClientId(header: string): string | undefined {
  const match = /^Basic\s+(\S+)$/i.exec(header);
  if (match === null) return undefined;
  const decoded = Buffer.from(match[1] ?? '', 'base64').toString('utf8');
  return decodeURIComponent(decoded.slice(0, Math.max(0, decoded.indexOf(':'))));
}

/**
 * `POST {tenant}/oauth2/v2.0/token` for the public client: no secret, no assertion, no Basic header
 * (AADSTS700025); authorization_code and refresh_token grants. Errors are Entra's JSON with trace ids.
 */
export function tokenRoutes(entra: EntraContext): Router {
  const router = new Router();
  router.all('/:tenant/oauth2/v2.0/token', async (ctx) => {
    const trace = newTrace(entra.clock.now(), ctx.get('client-request-id') || undefined);
    const fail = (error: StsError): void => sendJson(ctx, 400, stsErrorBody(error, trace, entra.authority), trace.traceId);
    if (ctx.method !== 'POST') {
      return fail(stsError('invalid_request', 900561, `The endpoint only accepts POST, OPTIONS requests. Received a ${ctx.method} request.`));
    }
    const tenant = resolveTenant(ctx.params.tenant ?? '');
    if (tenant === undefined) return fail({ ...STS.tenantNotFound(ctx.params.tenant ?? ''), error: 'invalid_request' });
    const form = await readForm(ctx.req);
    const grantType = form.get('grant_type');
    if (grantType === null || grantType === '') return fail(missingParameter('grant_type'));
    const basic = basicClientId(ctx.get('Authorization'));
    const clientId = form.get('client_id') ?? basic;
    if (clientId === undefined || clientId === '') return fail(missingParameter('client_id'));
    if (clientId !== SANDBOX_APP.clientId) {
      return fail(stsError('unauthorized_client', 700016, `Application with identifier '${clientId}' was not found in the directory 'Contoso'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`));
    }
    if (basic !== undefined || form.has('client_secret') || form.has('client_assertion')) return fail(PUBLIC_CLIENT_WITH_SECRET);
    if (tenant.kind === 'consumers') {
      return fail(stsError('unauthorized_client', 9002332, `Application '${clientId}'(${SANDBOX_APP.displayName}) is configured for use by Azure Active Directory users only. Please do not use the /consumers endpoint to serve this request.`));
    }
    let result;
    if (grantType === 'authorization_code') result = await redeemCode(entra, clientId, form);
    else if (grantType === 'refresh_token') result = await redeemRefreshToken(entra, clientId, form);
    else return fail(stsError('unsupported_grant_type', 70003, `The app requested an unsupported grant type '${grantType}'.`));
    if ('error' in result) return fail(result.error);
    sendJson(ctx, 200, result.body, trace.traceId);
  });
  return router;
}
