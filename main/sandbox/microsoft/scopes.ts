import { GRAPH_RESOURCE_ID, SANDBOX_APP } from './app-registration.js';
import { stsError, type StsError } from './sts-error.js';

/** OpenID Connect scopes: they shape the token response, not the access token. */
export const OIDC_SCOPES = ['openid', 'profile', 'email', 'offline_access'] as const;

/** The Graph permissions the sandbox knows, with the wording of the consent page. */
export const GRAPH_PERMISSIONS: Readonly<Record<string, string>> = {
  'User.Read': 'Sign you in and read your profile',
  'OnlineMeetings.ReadWrite': 'Read and create your online meetings',
  'OnlineMeetings.Read': 'Read your online meetings',
  'Calendars.ReadWrite': 'Have full access to your calendars',
  'Calendars.Read': 'Read your calendars',
};

/** The consent page's wording for OIDC scopes. */
export const OIDC_SCOPE_LABELS: Readonly<Record<string, string>> = {
  openid: 'Sign you in',
  profile: 'View your basic profile',
  email: 'View your email address',
  offline_access: 'Maintain access to data you have given it access to',
};

const GRAPH_PREFIXES = ['https://graph.microsoft.com/', `${GRAPH_RESOURCE_ID}/`];

/** A parsed `scope` parameter: canonical names, OIDC ones apart from Graph permissions. */
export interface RequestedScopes {
  oidc: string[];
  graph: string[];
}

/** All names, OIDC first: what consent is stored and checked against. */
export function allScopes(scopes: RequestedScopes): string[] {
  return [...scopes.oidc, ...scopes.graph];
}

/**
 * Parses a space-separated scope list the way Entra does: names are case-insensitive, Graph permissions may
 * carry the `https://graph.microsoft.com/` prefix, `.default` stands for the registration's permissions.
 * Unknown Graph permissions give AADSTS650053; other resources AADSTS500011.
 */
export function parseScopes(raw: string): RequestedScopes | StsError {
  const oidc = new Set<string>();
  const graph = new Set<string>();
  for (const item of raw.split(/\s+/).filter((part) => part !== '')) {
    const lower = item.toLowerCase();
    const oidcName = OIDC_SCOPES.find((name) => name === lower);
    if (oidcName !== undefined) {
      oidc.add(oidcName);
      continue;
    }
    const prefix = GRAPH_PREFIXES.find((candidate) => lower.startsWith(candidate.toLowerCase()));
    if (prefix === undefined && item.includes('/')) {
      const resource = item.slice(0, item.lastIndexOf('/'));
      return stsError(
        'invalid_resource',
        500011,
        `The resource principal named ${resource} was not found in the tenant named Contoso. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.`,
      );
    }
    const name = prefix === undefined ? item : item.slice(prefix.length);
    if (name.toLowerCase() === '.default') {
      for (const permission of SANDBOX_APP.graphPermissions) graph.add(permission);
      continue;
    }
    const known = Object.keys(GRAPH_PERMISSIONS).find((permission) => permission.toLowerCase() === name.toLowerCase());
    if (known === undefined) {
      return stsError(
        'invalid_client',
        650053,
        `The application '${SANDBOX_APP.displayName}' asked for scope '${name}' that doesn't exist on the resource '${GRAPH_RESOURCE_ID}'. Contact the app vendor.`,
      );
    }
    graph.add(known);
  }
  return { oidc: OIDC_SCOPES.filter((name) => oidc.has(name)), graph: [...graph] };
}
