import Router from '@koa/router';
import type { Context } from 'koa';
import { ZOOM_ACCOUNTS, type ZoomAccount } from '../accounts.js';
import type { ApiDeps, ApiState } from './deps.js';
import { sendZoomError } from './errors.js';
import { requireScope } from './scopes.js';
import { userResource, userSettingsResource } from './user-resources.js';

/**
 * The token owner when `userId` names them (`me`, their id or their e-mail); anyone else answers 404 code
 * 1001: the two sandbox users live in different accounts and cannot see each other.
 */
export function resolveUser(ctx: Context, owner: ZoomAccount, userId: string): ZoomAccount | undefined {
  const wanted = userId.toLowerCase();
  if (wanted === 'me' || userId === owner.userId || wanted === owner.username) {
    return ZOOM_ACCOUNTS.find((account) => account.username === owner.username);
  }
  sendZoomError(ctx, 404, { code: 1001, message: `User does not exist: ${userId}.` });
  return undefined;
}

/** `GET /v2/users/{userId}` and `GET /v2/users/{userId}/settings`. */
export function userRoutes(deps: ApiDeps): Router<ApiState> {
  const router = new Router<ApiState>({ prefix: '/v2/users' });

  router.get('/:userId', (ctx) => {
    const { grant } = ctx.state;
    if (!requireScope(ctx, grant, 'user:read:user')) return;
    const user = resolveUser(ctx, grant.account, ctx.params.userId ?? '');
    if (user !== undefined) ctx.body = userResource(user);
  });

  router.get('/:userId/settings', (ctx) => {
    const { grant } = ctx.state;
    if (!requireScope(ctx, grant, 'user:read:settings')) return;
    const user = resolveUser(ctx, grant.account, ctx.params.userId ?? '');
    if (user !== undefined) ctx.body = userSettingsResource(deps.switches);
  });

  return router;
}
