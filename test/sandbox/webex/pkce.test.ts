import { describe, expect, it } from 'vitest';
import { s256 as sandboxS256 } from '../../../main/sandbox/webex/oauth/pkce.js';
import { useWebex } from './support/webex-fixture.js';
import { callbackParams, exchangeCode, newBrowser, authorizeUrl, randomVerifier, s256, signIn } from './support/webex-oauth.js';

const webex = useWebex();

/** RFC 7636 Appendix B. */
const VECTOR = { verifier: 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk', challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM' };

describe('PKCE (optional for integrations; a missing code_challenge_method means plain)', () => {
  it('the RFC 7636 Appendix B vector: both the sandbox and the test helper compute it', () => {
    expect(sandboxS256(VECTOR.verifier)).toBe(VECTOR.challenge);
    expect(s256(VECTOR.verifier)).toBe(VECTOR.challenge);
  });

  it('the Appendix B vector passes end to end with S256', async () => {
    const result = await signIn(webex(), { params: { code_challenge: VECTOR.challenge, code_challenge_method: 'S256' } });
    expect((await exchangeCode(webex(), result, { code_verifier: VECTOR.verifier })).status).toBe(200);
  });

  it('a challenge without a method is plain: the challenge itself is the verifier', async () => {
    const verifier = randomVerifier();
    const result = await signIn(webex(), { params: { code_challenge: verifier } });
    expect((await exchangeCode(webex(), result, { code_verifier: verifier })).status).toBe(200);
  });

  it('fails a client that computed S256 but forgot code_challenge_method (invalid_grant at the token endpoint)', async () => {
    const result = await signIn(webex(), { params: { code_challenge: VECTOR.challenge } });
    expect(callbackParams(result).get('code')).not.toBeNull();
    const response = await exchangeCode(webex(), result, { code_verifier: VECTOR.verifier });
    expect(response.status).toBe(400);
    expect(response.text).toContain('(invalid_grant)');
  });

  it('code_challenge_method=plain works the same way', async () => {
    const verifier = randomVerifier();
    const result = await signIn(webex(), { params: { code_challenge: verifier, code_challenge_method: 'plain' } });
    expect((await exchangeCode(webex(), result, { code_verifier: verifier })).status).toBe(200);
  });

  it('a wrong or missing verifier → invalid_grant', async () => {
    const wrong = await signIn(webex());
    expect((await exchangeCode(webex(), wrong, { code_verifier: randomVerifier() })).text).toContain('(invalid_grant)');
    const missing = await signIn(webex());
    const response = await exchangeCode(webex(), { ...missing, verifier: undefined });
    expect(response.status).toBe(400);
    expect(response.text).toContain('(invalid_grant)');
  });

  it('a verifier outside 43–128 unreserved characters → invalid_grant', async () => {
    const short = 'x'.repeat(42);
    const result = await signIn(webex(), { params: { code_challenge: 'y'.repeat(43), code_challenge_method: 'plain' } });
    expect((await exchangeCode(webex(), result, { code_verifier: short })).text).toContain('(invalid_grant)');
  });

  it.each([
    ['an unsupported method', { code_challenge: VECTOR.challenge, code_challenge_method: 'S512' }],
    ['a padded S256 challenge', { code_challenge: `${VECTOR.challenge}=`, code_challenge_method: 'S256' }],
    ['a standard-base64 S256 challenge', { code_challenge: VECTOR.challenge.replace('-', '+'), code_challenge_method: 'S256' }],
    ['a method without a challenge', { code_challenge_method: 'S256' }],
  ])('%s → redirect with error=invalid_request', async (_label, params) => {
    const landing = await newBrowser(webex()).navigate(authorizeUrl(webex(), { ...params, state: 'p' }));
    expect(landing.kind === 'callback' && landing.url.searchParams.get('error')).toBe('invalid_request');
  });

  it('no PKCE at all is accepted (integrations are confidential clients)', async () => {
    const result = await signIn(webex(), { noPkce: true });
    expect((await exchangeCode(webex(), result)).status).toBe(200);
  });
});
