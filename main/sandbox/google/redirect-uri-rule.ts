import type Provider from 'oidc-provider';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

/**
 * Google's rule for Desktop-app clients, which register no redirect URIs, so every `http` loopback URI
 * (127.0.0.1, [::1] or localhost), any port, any path; no fragment and no user info.
 */
export function isDesktopLoopbackRedirectUri(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (
    url.protocol === 'http:' &&
    LOOPBACK_HOSTS.has(url.hostname) &&
    url.username === '' &&
    url.password === '' &&
    url.hash === '' &&
    !value.includes('#')
  );
}

/** Replaces oidc-provider's registered-URI matching with {@link isDesktopLoopbackRedirectUri}. */
export function installRedirectUriRule(provider: Provider): void {
  provider.Client.prototype.redirectUriAllowed = function redirectUriAllowed(value: string): boolean {
    return isDesktopLoopbackRedirectUri(value);
  };
}
