import { describe, expect, it } from 'vitest';
import { useZoomSandbox } from './support/setup.js';
import { exchangeCode, randomVerifier, s256, signIn } from './support/zoom-client.js';

const fixture = useZoomSandbox();

/** RFC 7636 Appendix B. */
const VECTOR = { verifier: 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk', challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM' };

function callbackError(result: Awaited<ReturnType<typeof signIn>>): string | null {
  return result.landing.kind === 'callback' ? result.landing.url.searchParams.get('error') : 'no-callback';
}

describe('PKCE (a missing code_challenge_method means plain, as Zoom documents)', () => {
  it('passes the RFC 7636 Appendix B vector with S256', async () => {
    const { zoom } = fixture;
    expect(s256(VECTOR.verifier)).toBe(VECTOR.challenge);
    const result = await signIn(zoom, { params: { code_challenge: VECTOR.challenge, code_challenge_method: 'S256' } });
    expect((await exchangeCode(zoom, result, { code_verifier: VECTOR.verifier })).status).toBe(200);
  });

  it('fails a client that computed S256 but left out code_challenge_method (invalid_grant at the token endpoint)', async () => {
    const { zoom } = fixture;
    const result = await signIn(zoom, { params: { code_challenge: VECTOR.challenge } });
    expect(result.landing.kind).toBe('callback');
    const response = await exchangeCode(zoom, result, { code_verifier: VECTOR.verifier });
    expect(response.status).toBe(400);
    expect(response.json).toEqual({ reason: 'Invalid code_verifier.', error: 'invalid_grant' });
  });

  it('treats a challenge without a method as plain: the challenge itself is the verifier', async () => {
    const { zoom } = fixture;
    const verifier = randomVerifier();
    const result = await signIn(zoom, { params: { code_challenge: verifier } });
    expect((await exchangeCode(zoom, result, { code_verifier: verifier })).status).toBe(200);
  });

  it('supports code_challenge_method=plain explicitly', async () => {
    const { zoom } = fixture;
    const verifier = randomVerifier();
    const result = await signIn(zoom, { params: { code_challenge: verifier, code_challenge_method: 'plain' } });
    expect((await exchangeCode(zoom, result, { code_verifier: verifier })).status).toBe(200);
  });

  it('rejects a wrong verifier and a missing verifier with invalid_grant', async () => {
    const { zoom } = fixture;
    const wrong = await exchangeCode(zoom, await signIn(zoom), { code_verifier: randomVerifier() });
    expect(wrong.json).toEqual({ reason: 'Invalid code_verifier.', error: 'invalid_grant' });
    const missing = await signIn(zoom);
    const response = await exchangeCode(zoom, { ...missing, verifier: undefined });
    expect(response.json).toEqual({ reason: 'Missing code_verifier.', error: 'invalid_grant' });
  });

  it('rejects a verifier shorter than 43 characters even when it matches', async () => {
    const { zoom } = fixture;
    const short = 'a'.repeat(42);
    const result = await signIn(zoom, { params: { code_challenge: s256(short), code_challenge_method: 'S256' } });
    expect((await exchangeCode(zoom, result, { code_verifier: short })).json.error).toBe('invalid_grant');
  });

  it('refuses padded or standard-base64 S256 challenges and unknown methods at authorize (invalid_request)', async () => {
    const { zoom } = fixture;
    for (const params of [
      { code_challenge: `${VECTOR.challenge}=`, code_challenge_method: 'S256' },
      { code_challenge: VECTOR.challenge.replace('-', '+'), code_challenge_method: 'S256' },
      { code_challenge: VECTOR.challenge, code_challenge_method: 'S512' },
      { code_challenge: 'too-short', code_challenge_method: 'plain' },
    ]) {
      const result = await signIn(zoom, { params });
      expect(callbackError(result)).toBe('invalid_request');
    }
  });

  it('lets the confidential client skip PKCE', async () => {
    const { zoom } = fixture;
    const result = await signIn(zoom, { noPkce: true });
    expect((await exchangeCode(zoom, result)).status).toBe(200);
  });

  it('requires a challenge from the public client', async () => {
    const { zoom } = fixture;
    const result = await signIn(zoom, { noPkce: true, params: { client_id: zoom.publicClientId } });
    expect(callbackError(result)).toBe('invalid_request');
  });
});
