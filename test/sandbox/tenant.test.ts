import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../main/sandbox/server.js';
import { currentPrincipal, signInForTokens } from './support/oauth.js';

let sandbox: Sandbox;
let aliceToken: string;
beforeAll(async () => {
  sandbox = await startSandbox();
  aliceToken = (await signInForTokens(sandbox.superoffice, { username: 'alice@example.com' })).access_token;
});
afterAll(() => sandbox.close());

async function state(ctx: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${sandbox.superoffice.authority}/api/state/${ctx}`);
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

describe('tenant state API (no auth) on the authority host', () => {
  it('reports a running tenant on its numbered host', async () => {
    const so = sandbox.superoffice;
    const before = Date.now();
    const body = await state('Cust12345');
    const endpoint = so.tenantEndpoint('Cust12345');
    expect(endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/Cust12345$/);
    expect(new URL(endpoint).origin).not.toBe(so.authority);
    expect(body).toEqual({
      ContextIdentifier: 'Cust12345',
      Endpoint: endpoint,
      State: 'Running',
      IsRunning: true,
      ValidUntil: expect.any(String),
      Api: `${endpoint}/api`,
    });
    const validUntil = Date.parse(String(body.ValidUntil));
    expect(validUntil).toBeGreaterThanOrEqual(before + 59 * 60 * 1000);
    expect(validUntil).toBeLessThanOrEqual(Date.now() + 61 * 60 * 1000);
  });

  it('reports unknown tenants as Unknown, not running, with an empty endpoint', async () => {
    expect(await state('Cust99999')).toMatchObject({ ContextIdentifier: 'Cust99999', Endpoint: '', State: 'Unknown', IsRunning: false });
  });
});

describe('GET v1/User/currentPrincipal on the numbered host', () => {
  it('returns the signed-in user as a SoPrincipalCarrier', async () => {
    const response = await currentPrincipal(sandbox.superoffice, aliceToken);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      AssociateId: 5,
      PersonId: expect.any(Number),
      ContactId: expect.any(Number),
      FullName: 'Alice Andersen',
      EMailAddress: 'alice@example.com',
      UserName: 'alice@example.com',
      DatabaseContextIdentifier: 'Cust12345',
      IsPerson: true,
      Licenses: [],
      FunctionRights: [],
    });
  });

  it('matches the resource path case-insensitively, like SuperOffice', async () => {
    const base = sandbox.superoffice.tenantEndpoint('Cust12345');
    const response = await fetch(`${base}/api/v1/user/currentprincipal`, { headers: { authorization: `Bearer ${aliceToken}` } });
    expect(response.status).toBe(200);
  });

  it.each([
    ['no Authorization header', undefined, 'Bearer'],
    ['an unknown token', 'not-a-token', 'Bearer error="invalid_token"'],
  ])('answers 401 with WWW-Authenticate for %s', async (_label, token, challenge) => {
    const response = await currentPrincipal(sandbox.superoffice, token);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe(challenge);
  });

  it('answers 401 for a Basic header', async () => {
    const base = sandbox.superoffice.tenantEndpoint('Cust12345');
    const response = await fetch(`${base}/api/v1/User/currentPrincipal`, { headers: { authorization: 'Basic dGplMDpUamUw' } });
    expect(response.status).toBe(401);
  });

  it('answers 401 for an expired access token', async () => {
    const so = sandbox.superoffice;
    so.switches.accessTokenTtlSeconds = 1;
    try {
      const { access_token: token, expires_in: expiresIn } = await signInForTokens(so);
      expect(expiresIn).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 2100));
      expect((await currentPrincipal(so, token)).status).toBe(401);
    } finally {
      so.switches.accessTokenTtlSeconds = 3600;
    }
  });

  it('answers 404 for resources the sandbox does not have (after authentication)', async () => {
    const base = sandbox.superoffice.tenantEndpoint('Cust12345');
    const response = await fetch(`${base}/api/v1/Nothing/here`, { headers: { authorization: `Bearer ${aliceToken}` } });
    expect(response.status).toBe(404);
  });
});

describe('421 Misdirected Request ("Wrong subdomain used to access tenant")', () => {
  it('on the unnumbered authority host, i.e. the id_token webapi_url as is', async () => {
    const so = sandbox.superoffice;
    const response = await currentPrincipal(so, aliceToken, `${so.authority}/Cust12345`);
    expect(response.status).toBe(421);
    expect(await response.text()).toBe('Wrong subdomain used to access tenant');
    const soap = await fetch(`${so.authority}/Cust12345/Remote/Services88/`);
    expect(soap.status).toBe(421);
  });

  it('on a numbered host for a tenant that does not live there', async () => {
    const base = new URL(sandbox.superoffice.tenantEndpoint('Cust12345')).origin;
    const response = await currentPrincipal(sandbox.superoffice, aliceToken, `${base}/Cust99999`);
    expect(response.status).toBe(421);
  });

  it('on the old host after moveTenant, while the new host, the state API and the token keep working', async () => {
    const so = sandbox.superoffice;
    const old = so.tenantEndpoint('Cust12345');
    await so.moveTenant('Cust12345');
    const moved = so.tenantEndpoint('Cust12345');
    expect(moved).not.toBe(old);
    expect(moved).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/Cust12345$/);

    const stale = await currentPrincipal(so, aliceToken, old);
    expect(stale.status).toBe(421);
    expect(await stale.text()).toBe('Wrong subdomain used to access tenant');
    expect((await currentPrincipal(so, aliceToken, moved)).status).toBe(200);
    expect((await state('Cust12345')).Endpoint).toBe(moved);
  });

  it('the control endpoint moves a tenant too, and 404s unknown ones', async () => {
    const so = sandbox.superoffice;
    const old = so.tenantEndpoint('Cust12345');
    const response = await fetch(`${so.authority}/__sandbox/superoffice/move-tenant/Cust12345`, { method: 'POST' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body.Endpoint).toBe(so.tenantEndpoint('Cust12345'));
    expect(body.Endpoint).not.toBe(old);
    expect((await currentPrincipal(so, aliceToken, old)).status).toBe(421);
    const unknown = await fetch(`${so.authority}/__sandbox/superoffice/move-tenant/Cust99999`, { method: 'POST' });
    expect(unknown.status).toBe(404);
  });

  it('moveTenant rejects unknown tenants', async () => {
    await expect(sandbox.superoffice.moveTenant('Cust99999')).rejects.toThrow(/unknown tenant/);
    expect(() => sandbox.superoffice.tenantEndpoint('Cust99999')).toThrow(/unknown tenant/);
  });
});
