import type { Context } from 'koa';

/**
 * No scripts at all; inline CSS only; forms post to this host, and the redirects that follow may go to any
 * loopback redirect URI a desktop client may use (127.0.0.1, localhost or [::1], any port).
 */
export const GOOGLE_PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self' http://127.0.0.1:* http://localhost:* http://[::1]:*; frame-ancestors 'none'; base-uri 'none'";

/** Sends a complete HTML page with the sandbox's security headers. */
export function sendGooglePage(ctx: Context, html: string, status = 200): void {
  ctx.status = status;
  ctx.set('Content-Security-Policy', GOOGLE_PAGE_CSP);
  ctx.set('Cache-Control', 'no-store');
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.set('Referrer-Policy', 'no-referrer');
  ctx.type = 'html';
  ctx.body = html;
}
