/** Static pages the loopback receiver shows in the browser. They never echo anything from the request. */
import { APP_NAME } from '../config/app-config.js';
import { ENGLISH, type Translator } from '../i18n/translator.js';

const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

const page = (title: string, text: string, lang = 'en'): string => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title} – Video Meetings Tray</title>
<style>body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;display:grid;place-items:center;min-height:90vh;margin:0;color:#1f2328;background:#f6f8fa}
main{max-width:28rem;padding:2rem;background:#fff;border-radius:12px;box-shadow:0 1px 3px #0002;text-align:center}
h1{font-size:1.25rem;margin:0 0 .5rem}@media (prefers-color-scheme:dark){body{background:#0d1117;color:#e6edf3}main{background:#161b22}}</style>
</head><body><main><h1>${title}</h1><p>${text}</p></main></body></html>`;

/** The three pages in one language: after a sign-in that worked, one that did not, and for anything else. */
export interface LoopbackPages {
  signedIn: string;
  notSignedIn: string;
  badRequest: string;
}

/** The pages in the user's language (the receiver's answers; nothing from the request is in them). */
export function loopbackPages({ t, locale }: Translator): LoopbackPages {
  const make = (title: string, text: string) => page(escapeHtml(title), escapeHtml(text), locale);
  return {
    signedIn: make(t('page.signedInTitle'), t('page.signedInText', { app: APP_NAME })),
    notSignedIn: make(t('page.notSignedInTitle'), t('page.notSignedInText', { app: APP_NAME })),
    badRequest: make(t('page.badRequestTitle'), t('page.badRequestText', { app: APP_NAME })),
  };
}

const ENGLISH_PAGES = loopbackPages(ENGLISH);
export const SIGNED_IN_PAGE = ENGLISH_PAGES.signedIn;
export const NOT_SIGNED_IN_PAGE = ENGLISH_PAGES.notSignedIn;
export const BAD_REQUEST_PAGE = ENGLISH_PAGES.badRequest;

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
