import type { Context } from 'koa';
import type { ResponseMode } from './authorize-request.js';
import { sendEntraPage } from './page-response.js';
import { formPostPage } from './pages/misc-pages.js';
import { newTrace, stsDescription, type StsError } from './sts-error.js';

export interface ReplyTarget {
  redirectUri: string;
  responseMode: ResponseMode;
  state: string | undefined;
}

/** Sends the browser back to the app's redirect URI (302), in the requested response mode. */
export function replyToApp(ctx: Context, target: ReplyTarget, fields: Record<string, string>): void {
  const all: Record<string, string> = { ...fields, ...(target.state === undefined ? {} : { state: target.state }) };
  if (target.responseMode === 'form_post') {
    sendEntraPage(ctx, formPostPage(target.redirectUri, all));
    return;
  }
  // A reply URL without a path comes back with a trailing '/': URL serialisation does exactly that.
  const url = new URL(target.redirectUri);
  if (target.responseMode === 'fragment') {
    url.hash = new URLSearchParams(all).toString();
  } else {
    for (const [name, value] of Object.entries(all)) url.searchParams.append(name, value);
  }
  ctx.status = 302;
  ctx.redirect(url.href);
  ctx.set('Cache-Control', 'no-store');
}

/** `code`, `state` and Entra's `session_state`. */
export function replyWithCode(ctx: Context, target: ReplyTarget, code: string, sessionId: string): void {
  replyToApp(ctx, target, { code, session_state: sessionId });
}

/** `error`, `error_description` (AADSTS text with trace ids), `error_subcode` when set, and `state`. */
export function replyWithError(ctx: Context, target: ReplyTarget, error: StsError, now: number): void {
  const fields: Record<string, string> = { error: error.error };
  if (error.subcode !== undefined) fields.error_subcode = error.subcode;
  fields.error_description = stsDescription(error, newTrace(now));
  replyToApp(ctx, target, fields);
}
