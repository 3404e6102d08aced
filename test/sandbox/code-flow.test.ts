import { createRemoteJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../main/sandbox/server.js';
import { parseForms } from './support/html-forms.js';
import { codeOf, exchangeCode, signIn, tokenRequest } from './support/oauth.js';

const SO = 'http://schemes.superoffice.net/identity/';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

describe('authorization code flow with S256 PKCE', () => {
  it('signs in through the login and approval pages and redirects to the bare loopback URI with code, state and iss', async () => {
    const so = sandbox.superoffice;
    const result = await signIn(so, { username: 'bob@example.com', params: { nonce: 'n-0S6_WzA2Mj' } });
    expect(result.pages).toEqual(['login', 'approval']);
    expect(result.landing.kind).toBe('callback');
    const callback = result.landing.kind === 'callback' ? result.landing.url : new URL('http://invalid');
    expect(callback.origin).toBe(result.redirectUri);
    expect(callback.searchParams.get('state')).toBe(result.state);
    expect(callback.searchParams.get('iss')).toBe(so.authority);
    expect(callback.searchParams.get('code')).toBeTruthy();

    const tokens = await exchangeCode(so, result);
    expect(tokens.status).toBe(200);
    expect(tokens.headers.get('cache-control')).toContain('no-store');
    expect(tokens.json).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    expect(typeof tokens.json.access_token).toBe('string');
    expect(typeof tokens.json.refresh_token).toBe('string');
    expect(typeof tokens.json.id_token).toBe('string');
    expect(String(tokens.json.access_token).split('.')).toHaveLength(1); // opaque, not a JWT

    const jwks = createRemoteJWKSet(new URL(`${so.authority}/login/.well-known/jwks`));
    const { payload, protectedHeader } = await jwtVerify(String(tokens.json.id_token), jwks, {
      issuer: so.authority,
      audience: so.clientId,
      algorithms: ['RS256'],
    });
    expect(protectedHeader.alg).toBe('RS256');
    expect(payload).toMatchObject({
      sub: 'bob@example.com',
      iss: so.authority,
      aud: so.clientId,
      nonce: 'n-0S6_WzA2Mj',
      [`${SO}ctx`]: 'Cust12345',
      [`${SO}associateid`]: '6',
      [`${SO}webapi_url`]: `${so.authority}/Cust12345/api/`,
      [`${SO}netserver_url`]: `${so.authority}/Cust12345/Remote/Services88/`,
      [`${SO}email`]: 'bob@example.com',
      [`${SO}upn`]: 'bob@example.com',
      [`${SO}so_primary_email_address`]: 'bob@example.com',
      [`${SO}initials`]: 'BB',
      [`${SO}company_name`]: 'Sandbox Company AS',
      [`${SO}is_administrator`]: 'False',
      [`${SO}identityprovider`]: 'central-superid',
    });
    expect(typeof payload.iat).toBe('number');
    expect(typeof payload.exp).toBe('number');
  });

  it('marks administrators with is_administrator "True"', async () => {
    const so = sandbox.superoffice;
    const result = await signIn(so, { username: 'admin@example.com' });
    const tokens = await exchangeCode(so, result);
    const jwks = createRemoteJWKSet(new URL(`${so.authority}/login/.well-known/jwks`));
    const { payload } = await jwtVerify(String(tokens.json.id_token), jwks, { issuer: so.authority, audience: so.clientId });
    expect(payload[`${SO}is_administrator`]).toBe('True');
    expect(payload[`${SO}associateid`]).toBe('1');
  });

  it('issues a refresh token for scope openid alone (no offline_access needed)', async () => {
    const so = sandbox.superoffice;
    const result = await signIn(so, { username: 'alice@example.com', params: { scope: 'openid' } });
    const tokens = await exchangeCode(so, result);
    expect(tokens.json.scope).toBe('openid');
    expect(typeof tokens.json.refresh_token).toBe('string');
  });

  it('accepts client_secret_basic as well as client_secret_post', async () => {
    const so = sandbox.superoffice;
    const result = await signIn(so);
    const response = await tokenRequest(
      so,
      { grant_type: 'authorization_code', code: codeOf(result), redirect_uri: result.redirectUri, code_verifier: result.verifier ?? '' },
      'basic',
    );
    expect(response.status).toBe(200);
  });

  it('requires the client secret at the token endpoint', async () => {
    const so = sandbox.superoffice;
    const result = await signIn(so);
    const response = await tokenRequest(
      so,
      { grant_type: 'authorization_code', code: codeOf(result), redirect_uri: result.redirectUri, code_verifier: result.verifier ?? '' },
      'none',
    );
    expect(response.status).toBe(401);
    expect(response.json.error).toBe('invalid_client');
  });

  it('rejects a wrong client secret', async () => {
    const so = sandbox.superoffice;
    const result = await signIn(so);
    const response = await tokenRequest(so, {
      grant_type: 'authorization_code',
      code: codeOf(result),
      redirect_uri: result.redirectUri,
      code_verifier: result.verifier ?? '',
      client_secret: 'guess',
    });
    expect(response.status).toBe(401);
    expect(response.json.error).toBe('invalid_client');
  });

  it('redeems a code only once', async () => {
    const so = sandbox.superoffice;
    const result = await signIn(so);
    expect((await exchangeCode(so, result)).status).toBe(200);
    const second = await exchangeCode(so, result);
    expect(second.status).toBe(400);
    expect(second.json.error).toBe('invalid_grant');
  });

  it('rejects an S256 verifier that does not match', async () => {
    const so = sandbox.superoffice;
    const result = await signIn(so);
    const response = await exchangeCode(so, result, { code_verifier: 'x'.repeat(43) });
    expect(response.status).toBe(400);
    expect(response.json.error).toBe('invalid_grant');
  });

  it('rejects unknown clients and response types other than code at the authorize endpoint', async () => {
    const so = sandbox.superoffice;
    const unknown = await signIn(so, { params: { client_id: 'someone-else' } });
    expect(unknown.landing.kind).toBe('page');
    expect(unknown.landing.kind === 'page' ? unknown.landing.status : 0).toBe(400);
    const implicit = await signIn(so, { noPkce: true, params: { response_type: 'id_token', nonce: 'n' } });
    expect(implicit.landing.kind).toBe('callback');
    const callback = implicit.landing.kind === 'callback' ? implicit.landing.url : new URL('http://invalid');
    const error = new URLSearchParams(callback.hash.slice(1)).get('error') ?? callback.searchParams.get('error');
    expect(['invalid_request', 'unauthorized_client'], callback.href).toContain(error);
    expect(callback.searchParams.has('code') || callback.hash.includes('id_token=')).toBe(false);
  });

  it('supports response_mode=form_post (SuperOffice’s documented native-app setting): an auto-posting form to the loopback URI', async () => {
    const so = sandbox.superoffice;
    const result = await signIn(so, { params: { response_mode: 'form_post' } });
    expect(result.landing.kind).toBe('page');
    if (result.landing.kind !== 'page') return;
    const [form] = parseForms(result.landing.html);
    expect(form?.action).toBe(result.redirectUri);
    expect(form?.inputs.state).toBe(result.state);
    expect(form?.inputs.iss).toBe(so.authority);
    const code = form?.inputs.code ?? '';
    const response = await tokenRequest(so, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: result.redirectUri,
      code_verifier: result.verifier ?? '',
    });
    expect(response.status).toBe(200);
  });

  it('tolerates SuperOffice’s optional acr_values=tenant:… and login_hint parameters', async () => {
    const so = sandbox.superoffice;
    const result = await signIn(so, { username: 'alice@example.com', params: { acr_values: 'tenant:Cust12345', login_hint: 'alice@example.com' } });
    expect(result.landing.kind).toBe('callback');
    expect((await exchangeCode(so, result)).status).toBe(200);
  });
});
