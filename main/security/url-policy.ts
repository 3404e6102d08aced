/**
 * Decides whether a URL may leave the app (system browser, new tab).
 * https only, to an allow-listed origin; http only for allow-listed loopback origins (the sandbox).
 */
export function isAllowedExternalUrl(url: string, allowedOrigins: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username || parsed.password) return false;
  if (parsed.protocol === 'http:') {
    if (parsed.hostname !== '127.0.0.1' && parsed.hostname !== '[::1]') return false;
  } else if (parsed.protocol !== 'https:') {
    return false;
  }
  return allowedOrigins.some((origin) => sameOrigin(origin, parsed.origin));
}

function sameOrigin(allowed: string, origin: string): boolean {
  try {
    return new URL(allowed).origin === origin;
  } catch {
    return false;
  }
}
