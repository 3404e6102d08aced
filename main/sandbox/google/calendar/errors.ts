import type { Context } from 'koa';

/** One entry of a Calendar error's `errors` array. */
export interface CalendarErrorItem {
  domain: string;
  reason: string;
  message: string;
  locationType?: string;
  location?: string;
}

/** Calendar's classic error body: `{"error":{"errors":[{domain,reason,message}],"code","message"}}`. */
export function sendCalendarError(ctx: Context, status: number, item: CalendarErrorItem): void {
  ctx.status = status;
  ctx.body = { error: { errors: [item], code: status, message: item.message } };
}

export function badRequest(ctx: Context, message: string, reason = 'invalid', domain = 'global'): void {
  sendCalendarError(ctx, 400, { domain, reason, message });
}

export function notFound(ctx: Context): void {
  sendCalendarError(ctx, 404, { domain: 'global', reason: 'notFound', message: 'Not Found' });
}

const REALM = 'Bearer realm="https://accounts.google.com/"';

/** 401 for a missing Authorization header (Google's "Login Required" variant). */
export function sendLoginRequired(ctx: Context): void {
  ctx.status = 401;
  ctx.set('WWW-Authenticate', REALM);
  ctx.body = {
    error: {
      code: 401,
      message:
        'Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.',
      errors: [{ message: 'Login Required.', domain: 'global', reason: 'required', location: 'Authorization', locationType: 'header' }],
      status: 'UNAUTHENTICATED',
    },
  };
}

/** 401 for an unknown, expired or revoked access token. */
export function sendInvalidCredentials(ctx: Context): void {
  ctx.status = 401;
  ctx.set('WWW-Authenticate', `${REALM}, error="invalid_token"`);
  ctx.body = {
    error: {
      code: 401,
      message: 'Invalid Credentials',
      errors: [{ domain: 'global', reason: 'authError', message: 'Invalid Credentials', locationType: 'header', location: 'Authorization' }],
      status: 'UNAUTHENTICATED',
    },
  };
}

/** 403 when the token lacks every scope that allows the method (e.g. the user unticked calendar.events). */
export function sendInsufficientScope(ctx: Context, method: string, scopes: ReadonlyArray<string>): void {
  ctx.status = 403;
  ctx.set('WWW-Authenticate', `${REALM}, error="insufficient_scope", scope="${scopes.join(' ')}"`);
  ctx.body = {
    error: {
      code: 403,
      message: 'Request had insufficient authentication scopes.',
      errors: [{ message: 'Insufficient Permission', domain: 'global', reason: 'insufficientPermissions' }],
      status: 'PERMISSION_DENIED',
      details: [
        {
          '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
          reason: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT',
          domain: 'googleapis.com',
          metadata: { service: 'calendar-json.googleapis.com', method },
        },
      ],
    },
  };
}
