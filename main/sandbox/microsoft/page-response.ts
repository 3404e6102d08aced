import type { Context } from 'koa';
import { sendPage } from '../http/html.js';

/**
 * The shared page CSP plus `http://localhost:*`: Entra apps may register localhost reply URLs, and a
 * form's redirect to them counts against form-action.
 */
const ENTRA_PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self' http://127.0.0.1:* http://localhost:*; frame-ancestors 'none'; base-uri 'none'";

/** Sends a sign-in page with the sandbox security headers. */
export function sendEntraPage(ctx: Context, html: string, status = 200): void {
  sendPage(ctx, html, status);
  ctx.set('Content-Security-Policy', ENTRA_PAGE_CSP);
}
