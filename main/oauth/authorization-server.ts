import { processDiscoveryResponse, type AuthorizationServer } from 'oauth4webapi';
import { fetchWithTimeout } from '../net/http.js';

/** Where to find an authorization server's metadata, and who it must say it is. */
export interface DiscoveryTarget {
  /** Some servers (SuperOffice) publish metadata under a path that is not `${issuer}/.well-known/...`. */
  discoveryUrl: string;
  issuer: string;
}

/** Fetches and validates the discovery document; the issuer in it must match exactly. */
export async function discoverAuthorizationServer(target: DiscoveryTarget, timeoutMs?: number): Promise<AuthorizationServer> {
  const response = await fetchWithTimeout(target.discoveryUrl, { headers: { accept: 'application/json' }, redirect: 'manual' }, timeoutMs);
  return processDiscoveryResponse(new URL(target.issuer), response);
}
