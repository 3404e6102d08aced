import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../main/sandbox/server.js';
import { exchangeCode, randomVerifier, s256, signIn } from './support/oauth.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

/** RFC 7636 Appendix B. */
const VECTOR = { verifier: 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk', challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM' };

describe('PKCE (optional; a missing code_challenge_method means plain, as at SuperOffice)', () => {
  it('passes the RFC 7636 Appendix B vector with S256', async () => {
    const so = sandbox.superoffice;
    const result = await signIn(so, { params: { code_challenge: VECTOR.challenge, code_challenge_method: 'S256' } });
    expect((await exchangeCode(so, result, { code_verifier: VECTOR.verifier })).status).toBe(200);
  });

  it('treats a challenge without a method as plain: the challenge itself is the verifier', async () => {
    const so = sandbox.superoffice;
    const verifier = randomVerifier();
    const result = await signIn(so, { params: { code_challenge: verifier } });
    expect(result.landing.kind).toBe('callback');
    expect((await exchangeCode(so, result, { code_verifier: verifier })).status).toBe(200);
  });

  it('fails a client that computed S256 but forgot code_challenge_method (invalid_grant at the token endpoint)', async () => {
    const so = sandbox.superoffice;
    const result = await signIn(so, { params: { code_challenge: VECTOR.challenge } });
    expect(result.landing.kind).toBe('callback');
    const response = await exchangeCode(so, result, { code_verifier: VECTOR.verifier });
    expect(response.status).toBe(400);
    expect(response.json.error).toBe('invalid_grant');
  });

  it('accepts code_challenge_method=plain with the same semantics', async () => {
    const so = sandbox.superoffice;
    const verifier = randomVerifier();
    const ok = await signIn(so, { params: { code_challenge: verifier, code_challenge_method: 'plain' } });
    expect((await exchangeCode(so, ok, { code_verifier: verifier })).status).toBe(200);

    const wrong = await signIn(so, { params: { code_challenge: s256(verifier), code_challenge_method: 'plain' } });
    const response = await exchangeCode(so, wrong, { code_verifier: verifier });
    expect(response.json.error).toBe('invalid_grant');
  });

  it('works without PKCE at all (SuperOffice does not require it)', async () => {
    const so = sandbox.superoffice;
    const result = await signIn(so, { noPkce: true });
    expect(result.verifier).toBeUndefined();
    expect((await exchangeCode(so, result)).status).toBe(200);
  });

  it('then rejects a code_verifier sent for a code that had no challenge', async () => {
    const so = sandbox.superoffice;
    const result = await signIn(so, { noPkce: true });
    const response = await exchangeCode(so, result, { code_verifier: randomVerifier() });
    expect(response.status).toBe(400);
    expect(response.json.error).toBe('invalid_grant');
  });

  it('requires the verifier when a challenge was sent', async () => {
    const so = sandbox.superoffice;
    const result = await signIn(so);
    const response = await exchangeCode(so, { ...result, verifier: undefined });
    expect(response.status).toBe(400);
    expect(response.json.error).toBe('invalid_grant');
  });

  it('rejects a malformed plain challenge at the authorize endpoint', async () => {
    const so = sandbox.superoffice;
    const result = await signIn(so, { params: { code_challenge: 'too-short' } });
    expect(result.landing.kind).toBe('callback');
    const callback = result.landing.kind === 'callback' ? result.landing.url : new URL('http://invalid');
    expect(callback.searchParams.get('error')).toBe('invalid_request');
  });

  it('rejects unsupported methods', async () => {
    const so = sandbox.superoffice;
    const result = await signIn(so, { params: { code_challenge: VECTOR.challenge, code_challenge_method: 'S512' } });
    const callback = result.landing.kind === 'callback' ? result.landing.url : new URL('http://invalid');
    expect(callback.searchParams.get('error')).toBe('invalid_request');
  });
});
