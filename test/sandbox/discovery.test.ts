import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../main/sandbox/server.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

describe('SuperID discovery (SuperOffice quirk: below /login, issuer without path)', () => {
  it('serves the document at {authority}/login/.well-known/openid-configuration with exactly SuperOffice’s endpoint URLs', async () => {
    const { authority } = sandbox.superoffice;
    expect(authority).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${authority}/login/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    const doc = (await response.json()) as Record<string, unknown>;
    expect(doc.issuer).toBe(authority);
    expect(doc.authorization_endpoint).toBe(`${authority}/login/common/oauth/authorize`);
    expect(doc.token_endpoint).toBe(`${authority}/login/common/oauth/tokens`);
    expect(doc.jwks_uri).toBe(`${authority}/login/.well-known/jwks`);
    expect(doc.revocation_endpoint).toBe(`${authority}/login/common/oauth/revoke`);
    expect(doc.end_session_endpoint).toBe(`${authority}/login/common/oauth/logout`);
    expect(doc.scopes_supported).toEqual(['openid']);
    expect(doc.token_endpoint_auth_methods_supported).toEqual(['client_secret_post', 'client_secret_basic']);
    expect(doc.id_token_signing_alg_values_supported).toEqual(['RS256']);
    expect(doc.response_modes_supported).toEqual(expect.arrayContaining(['query', 'form_post', 'fragment']));
    expect(doc.response_types_supported).toContain('code');
    expect(doc.grant_types_supported).toEqual(expect.arrayContaining(['authorization_code', 'refresh_token']));
    expect(doc.code_challenge_methods_supported).toEqual(['plain', 'S256']);
    expect(doc.claims_supported).toEqual(
      expect.arrayContaining(['sub', 'http://schemes.superoffice.net/identity/ctx', 'http://schemes.superoffice.net/identity/webapi_url']),
    );
  });

  it('has no userinfo endpoint, no PAR, no introspection, no registration, no DPoP (SuperOffice has none of them)', async () => {
    const doc = (await (await fetch(`${sandbox.superoffice.authority}/login/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
    for (const field of [
      'userinfo_endpoint',
      'pushed_authorization_request_endpoint',
      'introspection_endpoint',
      'registration_endpoint',
      'device_authorization_endpoint',
      'dpop_signing_alg_values_supported',
    ]) {
      expect(doc, field).not.toHaveProperty(field);
    }
  });

  it('does not serve discovery at {issuer}/.well-known/openid-configuration', async () => {
    const response = await fetch(`${sandbox.superoffice.authority}/.well-known/openid-configuration`);
    expect(response.status).toBe(404);
  });

  it('publishes one RS256 signing key in the JWKS, without private parts', async () => {
    const jwks = (await (await fetch(`${sandbox.superoffice.authority}/login/.well-known/jwks`)).json()) as { keys: Array<Record<string, unknown>> };
    expect(jwks.keys).toHaveLength(1);
    const [key] = jwks.keys;
    expect(key).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(typeof key?.kid).toBe('string');
    for (const secret of ['d', 'p', 'q', 'dp', 'dq', 'qi']) expect(key).not.toHaveProperty(secret);
  });

  it('exposes the client and users the app and tests rely on', () => {
    const { clientId, clientSecret, users } = sandbox.superoffice;
    expect(clientId).toBe('sandbox-video-meetings-tray');
    expect(clientSecret).toBe('sandbox-not-a-secret');
    expect(users.map((user) => [user.username, user.fullName, user.ctx, user.associateId, user.isAdministrator, user.password])).toEqual([
      ['alice@example.com', 'Alice Andersen', 'Cust12345', 5, false, 'sandbox'],
      ['bob@example.com', 'Bob Berg', 'Cust12345', 6, false, 'sandbox'],
      ['admin@example.com', 'Ada Admin', 'Cust12345', 1, true, 'sandbox'],
    ]);
  });
});
