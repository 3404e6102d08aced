import type { Context } from 'koa';
import { findClient, type RegisteredClient } from '../clients.js';
import { REASONS } from './token-errors.js';

export type ClientAuthResult = { ok: true; client: RegisteredClient } | { ok: false; reason: string };

function parseBasic(header: string): { id: string; secret: string } | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
  if (match === null) return undefined;
  const decoded = Buffer.from(match[1] ?? '', 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { id: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}

/**
 * Client authentication at /oauth/token and /oauth/revoke.
 * Confidential client: `Authorization: Basic base64(id:secret)` only; a secret in the body is refused.
 * Public client (2026): `client_id` in the body, no secret and no Basic header.
 */
export function authenticateClient(ctx: Context, form: URLSearchParams): ClientAuthResult {
  const header = ctx.get('Authorization');
  const bodyId = form.get('client_id') ?? undefined;
  if (form.has('client_secret')) return { ok: false, reason: REASONS.invalidClient };
  if (header !== '') {
    const basic = parseBasic(header);
    const client = basic === undefined ? undefined : findClient(basic.id);
    if (basic === undefined || client === undefined || client.kind !== 'confidential' || client.clientSecret !== basic.secret) {
      return { ok: false, reason: REASONS.invalidClient };
    }
    if (bodyId !== undefined && bodyId !== client.clientId) return { ok: false, reason: REASONS.invalidClient };
    return { ok: true, client };
  }
  if (bodyId === undefined || bodyId === '') return { ok: false, reason: REASONS.clientMissing };
  const client = findClient(bodyId);
  if (client === undefined) return { ok: false, reason: REASONS.invalidClient };
  // A confidential client that put its id (and maybe secret) in the body has no credentials Zoom reads.
  if (client.kind === 'confidential') return { ok: false, reason: REASONS.clientMissing };
  return { ok: true, client };
}

/** Whether the query string carries a token value, which Zoom refuses since February 2023. */
export function tokenInQuery(ctx: Context): boolean {
  return ['token', 'refresh_token', 'access_token', 'code', 'client_secret', 'code_verifier'].some((name) => ctx.query[name] !== undefined);
}
