/** SuperOffice's well-known addresses under an authority such as https://online.superoffice.com. */
export interface SuperOfficeEndpoints {
  /** SuperID's issuer identifier is the bare origin… */
  issuer: string;
  /** …but its metadata lives under /login, not at `${issuer}/.well-known/openid-configuration`. */
  discoveryUrl: string;
  /** Tenant state API (no auth): where the tenant's numbered API host is now. */
  stateUrl(context: string): string;
}

export function superOfficeEndpoints(authority: string): SuperOfficeEndpoints {
  const origin = new URL(authority).origin;
  return {
    issuer: origin,
    discoveryUrl: `${origin}/login/.well-known/openid-configuration`,
    stateUrl: (context) => `${origin}/api/state/${encodeURIComponent(context)}`,
  };
}

/** Bearer tokens go only to SuperOffice hosts (or to the loopback sandbox when the authority is one). */
export function isTrustedApiOrigin(apiUrl: string, authority: string): boolean {
  let api: URL;
  try {
    api = new URL(apiUrl);
  } catch {
    return false;
  }
  const auth = new URL(authority);
  if (auth.protocol === 'http:' && auth.hostname === '127.0.0.1') return api.protocol === 'http:' && api.hostname === '127.0.0.1';
  return api.protocol === 'https:' && (api.hostname === 'superoffice.com' || api.hostname.endsWith('.superoffice.com'));
}
