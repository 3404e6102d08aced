import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox, type SuperOfficeSwitches } from '../../main/sandbox/server.js';
import { currentPrincipal, exchangeCode, signIn, signInForTokens, tokenRequest } from './support/oauth.js';

const DEFAULTS: SuperOfficeSwitches = {
  rotateRefreshTokens: false,
  accessTokenTtlSeconds: 3600,
  tokenEndpoint: 'normal',
  stateApi: 'normal',
  restApi: 'normal',
  diary: 'normal',
};

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());
afterEach(() => {
  Object.assign(sandbox.superoffice.switches, DEFAULTS);
});

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('switches', () => {
  it('all start off / normal', () => {
    expect(sandbox.superoffice.switches).toEqual(DEFAULTS);
  });

  it('accessTokenTtlSeconds sets expires_in', async () => {
    sandbox.superoffice.switches.accessTokenTtlSeconds = 120;
    const tokens = await signInForTokens(sandbox.superoffice);
    expect(tokens.expires_in).toBe(120);
  });

  it("tokenEndpoint 'server_error' → 500 {\"error\":\"server_error\"} and the code stays unused", async () => {
    const so = sandbox.superoffice;
    const result = await signIn(so);
    so.switches.tokenEndpoint = 'server_error';
    const failed = await exchangeCode(so, result);
    expect(failed.status).toBe(500);
    expect(failed.json).toEqual({ error: 'server_error' });
    so.switches.tokenEndpoint = 'normal';
    expect((await exchangeCode(so, result)).status).toBe(200);
  });

  it("tokenEndpoint 'malformed_json' → 200 with a body that is not JSON", async () => {
    const so = sandbox.superoffice;
    const result = await signIn(so);
    so.switches.tokenEndpoint = 'malformed_json';
    const response = await exchangeCode(so, result);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(isJson(response.text)).toBe(false);
  });

  it("tokenEndpoint 'slow' → the normal answer, after 10 s", { timeout: 20_000 }, async () => {
    const so = sandbox.superoffice;
    const result = await signIn(so);
    so.switches.tokenEndpoint = 'slow';
    await expect(
      tokenRequest(so, { grant_type: 'refresh_token', refresh_token: 'x' }, 'post', AbortSignal.timeout(1_000)),
    ).rejects.toThrow();
    const started = performance.now();
    const response = await exchangeCode(so, result);
    expect(performance.now() - started).toBeGreaterThanOrEqual(9_900);
    expect(response.status).toBe(200);
    expect(typeof response.json.access_token).toBe('string');
  });

  it("stateApi 'down' → 503; 'malformed_json' → 200 with a non-JSON body", async () => {
    const so = sandbox.superoffice;
    so.switches.stateApi = 'down';
    expect((await fetch(`${so.authority}/api/state/Cust12345`)).status).toBe(503);
    so.switches.stateApi = 'malformed_json';
    const response = await fetch(`${so.authority}/api/state/Cust12345`);
    expect(response.status).toBe(200);
    expect(isJson(await response.text())).toBe(false);
  });

  it("restApi 'server_error' → 500; 'malformed_json' → 200 with a non-JSON body", async () => {
    const so = sandbox.superoffice;
    const { access_token: token } = await signInForTokens(so);
    so.switches.restApi = 'server_error';
    expect((await currentPrincipal(so, token)).status).toBe(500);
    so.switches.restApi = 'malformed_json';
    const response = await currentPrincipal(so, token);
    expect(response.status).toBe(200);
    expect(isJson(await response.text())).toBe(false);
    so.switches.restApi = 'normal';
    expect((await currentPrincipal(so, token)).status).toBe(200);
  });
});

describe('control endpoint /__sandbox/switches', () => {
  const patch = (body: string, type = 'application/json') =>
    fetch(`${sandbox.superoffice.authority}/__sandbox/switches`, { method: 'PATCH', headers: { 'content-type': type }, body });

  it('GET returns the current switches', async () => {
    sandbox.superoffice.switches.restApi = 'server_error';
    const response = await fetch(`${sandbox.superoffice.authority}/__sandbox/switches`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ...DEFAULTS, restApi: 'server_error' });
  });

  it('PATCH merges a partial update into the live switches', async () => {
    const response = await patch(JSON.stringify({ rotateRefreshTokens: true, tokenEndpoint: 'malformed_json' }));
    expect(response.status).toBe(200);
    const expected = { ...DEFAULTS, rotateRefreshTokens: true, tokenEndpoint: 'malformed_json' };
    expect(await response.json()).toEqual(expected);
    expect(sandbox.superoffice.switches).toEqual(expected);
  });

  it.each([
    ['an unknown field', JSON.stringify({ nope: true })],
    ['a wrong type', JSON.stringify({ rotateRefreshTokens: 'yes' })],
    ['an unknown mode', JSON.stringify({ tokenEndpoint: 'sometimes' })],
    ['a zero TTL', JSON.stringify({ accessTokenTtlSeconds: 0 })],
    ['a fractional TTL', JSON.stringify({ accessTokenTtlSeconds: 1.5 })],
    ['an array', JSON.stringify([])],
    ['invalid JSON', '{"rotateRefreshTokens": '],
  ])('PATCH with %s → 400 and nothing changes', async (_label, body) => {
    const response = await patch(body);
    expect(response.status).toBe(400);
    expect(sandbox.superoffice.switches).toEqual(DEFAULTS);
  });

  it('PATCH without a JSON content type → 415', async () => {
    expect((await patch('rotateRefreshTokens=true', 'application/x-www-form-urlencoded')).status).toBe(415);
  });
});
