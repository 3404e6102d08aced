import { REGISTERED_REDIRECT_URI } from './clients.js';

const LOOPBACK = /^http:\/\/127\.0\.0\.1(?::(\d{1,5}))?(\/[^?#]*)$/;

/**
 * Zoom's 2026 loopback rule for `http://127.0.0.1:{port}/{path}` redirects: the port is ignored, everything
 * else must equal the registered URL character for character (no `localhost`, no trailing slash, no query).
 * A port that no browser could reach (0 or above 65535) is refused.
 */
export function isAllowedRedirectUri(value: string, registered = REGISTERED_REDIRECT_URI): boolean {
  const match = LOOPBACK.exec(value);
  const expected = LOOPBACK.exec(registered);
  if (match === null || expected === null) return false;
  const [, port, path] = match;
  if (port !== undefined) {
    const number = Number(port);
    if (number < 1 || number > 65_535) return false;
  }
  return path === expected[2];
}
