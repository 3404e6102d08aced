import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callbackOf, codeOf, endpoints, exchangeCode, randomVerifier, s256, signIn, tokenRequest } from './support/google-oauth.js';
import { startTestGoogle } from './support/start.js';

let google: Awaited<ReturnType<typeof startTestGoogle>>;
beforeAll(async () => {
  google = await startTestGoogle();
});
afterAll(() => google.close());

function codeParams(result: Awaited<ReturnType<typeof signIn>>): Record<string, string> {
  return { grant_type: 'authorization_code', code: codeOf(result), redirect_uri: result.redirectUri, code_verifier: result.verifier ?? '' };
}

describe('token endpoint client authentication (Desktop app: the secret is not secret but required)', () => {
  it('rejects a missing client_secret: 400 invalid_request "client_secret is missing."', async () => {
    const result = await signIn(google.api);
    const response = await tokenRequest(google.api, codeParams(result), 'no-secret');
    expect(response.status).toBe(400);
    expect(response.json).toEqual({ error: 'invalid_request', error_description: 'client_secret is missing.' });
    // Nothing was consumed: the same code still works with the secret.
    expect((await tokenRequest(google.api, codeParams(result))).status).toBe(200);
  });

  it('accepts client_secret_basic as well as client_secret_post', async () => {
    const result = await signIn(google.api);
    expect((await tokenRequest(google.api, codeParams(result), 'basic')).status).toBe(200);
  });

  it('rejects a wrong secret (401 invalid_client "Unauthorized"), an unknown client and a missing client_id', async () => {
    const result = await signIn(google.api);
    const wrong = await tokenRequest(google.api, { ...codeParams(result), client_secret: 'guess' });
    expect(wrong.status).toBe(401);
    expect(wrong.json).toEqual({ error: 'invalid_client', error_description: 'Unauthorized' });
    const unknown = await tokenRequest(google.api, { ...codeParams(result), client_id: 'other.apps.googleusercontent.com' });
    expect(unknown.status).toBe(401);
    expect(unknown.json).toEqual({ error: 'invalid_client', error_description: 'The OAuth client was not found.' });
    const { token } = await endpoints(google.api);
    const anonymous = await fetch(token, { method: 'POST', body: new URLSearchParams(codeParams(result)) });
    expect(anonymous.status).toBe(400);
    expect(await anonymous.json()).toEqual({ error: 'invalid_request', error_description: 'Could not determine client ID from request.' });
  });

  it('rejects unsupported grant types', async () => {
    const response = await tokenRequest(google.api, { grant_type: 'password', username: 'gina@example.com', password: 'sandbox' });
    expect(response.status).toBe(400);
    expect(response.json).toEqual({ error: 'unsupported_grant_type', error_description: 'Invalid grant_type: password' });
  });
});

describe('authorization codes', () => {
  it('are single-use: a second exchange gets invalid_grant "Bad Request"', async () => {
    const result = await signIn(google.api);
    expect((await exchangeCode(google.api, result)).status).toBe(200);
    const again = await exchangeCode(google.api, result);
    expect(again.status).toBe(400);
    expect(again.json).toEqual({ error: 'invalid_grant', error_description: 'Bad Request' });
  });

  it('need the exact redirect_uri of the authorization request (400 redirect_uri_mismatch)', async () => {
    const result = await signIn(google.api, { params: { redirect_uri: 'http://127.0.0.1:53682/cb' } });
    for (const other of ['http://localhost:53682/cb', 'http://127.0.0.1:53682/cb/', 'http://127.0.0.1:53683/cb']) {
      const response = await exchangeCode(google.api, result, { redirect_uri: other });
      expect(response.status, other).toBe(400);
      expect(response.json).toEqual({ error: 'redirect_uri_mismatch', error_description: 'Bad Request' });
    }
    expect((await exchangeCode(google.api, result)).status).toBe(200);
  });

  it('reject unknown codes and a missing code or redirect_uri', async () => {
    const result = await signIn(google.api);
    expect((await exchangeCode(google.api, result, { code: 'not-a-code' })).json).toEqual({ error: 'invalid_grant', error_description: 'Bad Request' });
    const { redirect_uri: _dropped, ...withoutRedirect } = codeParams(result);
    expect((await tokenRequest(google.api, withoutRedirect)).json).toEqual({
      error: 'invalid_request',
      error_description: 'Missing required parameter: redirect_uri',
    });
  });
});

/** RFC 7636 Appendix B. */
const VECTOR = { verifier: 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk', challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM' };

describe('PKCE (plain and S256; a missing code_challenge_method means plain)', () => {
  it('passes the RFC 7636 Appendix B vector with S256', async () => {
    expect(s256(VECTOR.verifier)).toBe(VECTOR.challenge);
    const result = await signIn(google.api, { params: { code_challenge: VECTOR.challenge, code_challenge_method: 'S256' } });
    expect((await exchangeCode(google.api, result, { code_verifier: VECTOR.verifier })).status).toBe(200);
  });

  it('treats a challenge without a method as plain: the challenge itself is the verifier', async () => {
    const verifier = randomVerifier();
    const result = await signIn(google.api, { params: { code_challenge: verifier } });
    expect((await exchangeCode(google.api, result, { code_verifier: verifier })).status).toBe(200);
  });

  it('fails a client that computed S256 but forgot code_challenge_method: invalid_grant "Invalid code verifier."', async () => {
    const result = await signIn(google.api, { params: { code_challenge: VECTOR.challenge } });
    expect(callbackOf(result).searchParams.get('code')).toBeTruthy();
    const response = await exchangeCode(google.api, result, { code_verifier: VECTOR.verifier });
    expect(response.status).toBe(400);
    expect(response.json).toEqual({ error: 'invalid_grant', error_description: 'Invalid code verifier.' });
  });

  it('accepts code_challenge_method=plain with the same semantics', async () => {
    const verifier = randomVerifier();
    const ok = await signIn(google.api, { params: { code_challenge: verifier, code_challenge_method: 'plain' } });
    expect((await exchangeCode(google.api, ok, { code_verifier: verifier })).status).toBe(200);
    const wrong = await signIn(google.api, { params: { code_challenge: s256(verifier), code_challenge_method: 'plain' } });
    expect((await exchangeCode(google.api, wrong, { code_verifier: verifier })).json.error).toBe('invalid_grant');
  });

  it('works without PKCE (Google recommends it but does not require it)', async () => {
    const result = await signIn(google.api, { noPkce: true });
    expect((await exchangeCode(google.api, result)).status).toBe(200);
  });

  it('rejects a verifier for a code that had no challenge: "code_verifier or verifier is not needed."', async () => {
    const result = await signIn(google.api, { noPkce: true });
    const response = await exchangeCode(google.api, result, { code_verifier: randomVerifier() });
    expect(response.status).toBe(400);
    expect(response.json).toEqual({ error: 'invalid_grant', error_description: 'code_verifier or verifier is not needed.' });
  });

  it('requires the verifier when a challenge was sent: "Missing code verifier."', async () => {
    const result = await signIn(google.api);
    const response = await exchangeCode(google.api, { ...result, verifier: undefined });
    expect(response.status).toBe(400);
    expect(response.json).toEqual({ error: 'invalid_grant', error_description: 'Missing code verifier.' });
  });

  it('rejects a wrong or malformed verifier, and the code still works with the right one', async () => {
    const result = await signIn(google.api);
    expect((await exchangeCode(google.api, result, { code_verifier: 'x'.repeat(43) })).json.error_description).toBe('Invalid code verifier.');
    expect((await exchangeCode(google.api, result, { code_verifier: 'short' })).json.error_description).toBe('Invalid code verifier.');
    expect((await exchangeCode(google.api, result)).status).toBe(200);
  });

  it('redirects unsupported methods and malformed plain challenges with error=invalid_request', async () => {
    const method = await signIn(google.api, { params: { code_challenge: VECTOR.challenge, code_challenge_method: 'S512' } });
    expect(callbackOf(method).searchParams.get('error')).toBe('invalid_request');
    const malformed = await signIn(google.api, { params: { code_challenge: 'too-short' } });
    expect(callbackOf(malformed).searchParams.get('error')).toBe('invalid_request');
  });
});
