/** Static pages the loopback receiver shows in the browser. They never echo anything from the request. */

const page = (title: string, text: string): string => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title} – Video Meetings Tray</title>
<style>body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;display:grid;place-items:center;min-height:90vh;margin:0;color:#1f2328;background:#f6f8fa}
main{max-width:28rem;padding:2rem;background:#fff;border-radius:12px;box-shadow:0 1px 3px #0002;text-align:center}
h1{font-size:1.25rem;margin:0 0 .5rem}@media (prefers-color-scheme:dark){body{background:#0d1117;color:#e6edf3}main{background:#161b22}}</style>
</head><body><main><h1>${title}</h1><p>${text}</p></main></body></html>`;

export const SIGNED_IN_PAGE = page('You are signed in', 'You can close this tab and return to Video Meetings Tray.');
export const NOT_SIGNED_IN_PAGE = page('Sign-in did not complete', 'You can close this tab. Video Meetings Tray shows what happened and what to do next.');
export const BAD_REQUEST_PAGE = page('Not a sign-in answer', 'This address only accepts the answer of the sign-in that Video Meetings Tray started.');

/** Headers on every loopback response: nothing cached, nothing leaked, nothing loaded. */
export const LOOPBACK_HEADERS: Record<string, string> = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  Pragma: 'no-cache',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  Connection: 'close',
};
