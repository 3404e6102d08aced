import type Provider from 'oidc-provider';

/**
 * The allowed-redirect regex SuperOffice's Developer Portal registers for "Native app" clients, verbatim:
 * loopback IPv4 on any 4–10 digit port, no path, no trailing slash, not `localhost`.
 */
export const NATIVE_APP_REDIRECT_PATTERN = /^http:\/\/127.0.0.1\:\d{4,10}$/;

/**
 * Whether SuperOffice would accept this redirect_uri for a native app. On top of the regex the port must
 * exist (≤ 65535): the regex would pass 99999, which no browser can be redirected to.
 */
export function isNativeAppRedirectUri(value: string): boolean {
  if (!NATIVE_APP_REDIRECT_PATTERN.test(value)) return false;
  const port = Number(value.slice(value.lastIndexOf(':') + 1));
  return port >= 1 && port <= 65_535;
}

/** Replaces oidc-provider's registered-URI matching (exact or RFC 8252 any-port) with SuperOffice's regex. */
export function installRedirectUriRule(provider: Provider): void {
  provider.Client.prototype.redirectUriAllowed = function redirectUriAllowed(value: string): boolean {
    return isNativeAppRedirectUri(value);
  };
}
