import { SANDBOX_APP } from './app-registration.js';
import { stsError, type StsError } from './sts-error.js';

const URI = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)(\/[^?#]*)?(\?[^#]*)?(#.*)?$/i;
const AUTHORITY = /^(\[[^\]]*\]|[^:@]+)(?::(\d*))?$/;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1']);

interface ParsedUri {
  scheme: string;
  host: string;
  port: string | undefined;
  /** '' for no path (a bare '/' counts as no path). */
  path: string;
  query: string;
  fragment: string;
}

function parse(value: string): ParsedUri | undefined {
  const match = URI.exec(value);
  if (match === null) return undefined;
  const authority = AUTHORITY.exec(match[2] ?? '');
  if (authority === null) return undefined;
  const path = match[3] ?? '';
  return {
    scheme: (match[1] ?? '').toLowerCase(),
    host: (authority[1] ?? '').toLowerCase(),
    port: authority[2],
    path: path === '/' ? '' : path,
    query: match[4] ?? '',
    fragment: match[5] ?? '',
  };
}

function mismatch(value: string): StsError {
  return stsError(
    'invalid_request',
    50011,
    `The redirect URI '${value}' specified in the request does not match the redirect URIs configured for the application '${SANDBOX_APP.clientId}'. Make sure the redirect URI sent in the request matches one added to your application in the Azure portal. Navigate to https://aka.ms/redirectUriMismatchError to learn more about how to fix this.`,
  );
}

/**
 * Entra's reply-URL rule for this registration: scheme, host and query compare exactly, the path compares
 * case-sensitively, and for `localhost`/`127.0.0.1` the port is ignored (RFC 8252 §7.3). `[::1]` is not
 * supported. No path and a bare `/` are the same registration.
 */
export function matchRedirectUri(value: string | null, registered: ReadonlyArray<string> = SANDBOX_APP.redirectUris): StsError | undefined {
  if (value === null || value === '') return stsError('invalid_request', 900971, 'No reply address provided.');
  const wanted = parse(value);
  if (wanted === undefined || (wanted.port !== undefined && !/^\d{1,5}$/.test(wanted.port)) || Number(wanted.port ?? 0) > 65_535) {
    return stsError('invalid_request', 90102, "'redirect_uri' value must be a valid absolute Uri.");
  }
  if (wanted.fragment !== '') return mismatch(value);
  const matches = registered.some((entry) => {
    const candidate = parse(entry);
    if (candidate === undefined) return false;
    const portIgnored = LOOPBACK_HOSTS.has(candidate.host);
    return (
      candidate.scheme === wanted.scheme &&
      candidate.host === wanted.host &&
      (portIgnored || candidate.port === wanted.port) &&
      candidate.path === wanted.path &&
      candidate.query === wanted.query
    );
  });
  return matches ? undefined : mismatch(value);
}
