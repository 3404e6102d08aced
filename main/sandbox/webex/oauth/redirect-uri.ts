import { SANDBOX_INTEGRATION } from '../integration.js';

/**
 * Whether `value` is the integration's registered redirect URI: http, host 127.0.0.1, path /webex/callback,
 * no query, fragment or userinfo. `port` null accepts any port (the sandbox's loopback allowance); a number
 * accepts only that port, which is how Webex compares registered URIs (as an exact string).
 */
export function isRegisteredRedirectUri(value: string, port: number | null): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' || url.hostname !== SANDBOX_INTEGRATION.redirectHost) return false;
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '' || value.includes('#')) return false;
  if (url.pathname !== SANDBOX_INTEGRATION.redirectPath) return false;
  if (url.port === '') return false;
  return port === null || Number(url.port) === port;
}
