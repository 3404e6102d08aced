import type { Context } from 'koa';
import type { Grant } from '../grants.js';
import { sendZoomError } from './errors.js';

/** True when the grant holds `scope`; otherwise answers Zoom's 400 (not 403) code 4711 and returns false. */
export function requireScope(ctx: Context, grant: Grant, scope: string): boolean {
  if (grant.scope.includes(scope)) return true;
  sendZoomError(ctx, 400, { code: 4711, message: `Invalid access token, does not contain scopes:[${scope}].` });
  return false;
}
