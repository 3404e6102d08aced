import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyIdToken } from '../../../main/oauth/id-token.js';
import { AppError } from '../../../main/core/app-error.js';
import { startJwksServer } from '../../support/jwks-server.js';

let jwks: Awaited<ReturnType<typeof startJwksServer>>;
beforeAll(async () => {
  jwks = await startJwksServer();
});
afterAll(() => jwks.close());

const ISSUER = 'https://sod.superoffice.com';
const NOW = Math.floor(Date.now() / 1000);
const claims = (overrides: Record<string, unknown> = {}) => ({
  iss: ISSUER,
  aud: 'client-1',
  sub: 'alice@example.com',
  nonce: 'nonce-1',
  iat: NOW,
  exp: NOW + 3600,
  ...overrides,
});
const expected = () => ({ jwksUri: jwks.jwksUri, issuer: ISSUER, audience: 'client-1', nonce: 'nonce-1' });

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('id_token verification', () => {
  it('accepts a token signed by the issuer’s key with the expected claims', async () => {
    const payload = await verifyIdToken(await jwks.sign(claims()), expected());
    expect(payload.sub).toBe('alice@example.com');
  });

  it.each([
    ['issuer', { iss: 'https://evil.example' }],
    ['audience', { aud: 'someone-else' }],
    ['nonce', { nonce: 'replayed' }],
    ['missing nonce', { nonce: undefined }],
  ])('rejects a wrong %s', async (_name, override) => {
    const error = await rejection(verifyIdToken(await jwks.sign(claims(override)), expected()));
    expect(error.code).toBe('id_token_invalid');
  });

  it('rejects a token signed by another key (signature)', async () => {
    const forged = await jwks.sign(claims(), await jwks.otherKey());
    expect((await rejection(verifyIdToken(forged, expected()))).code).toBe('id_token_invalid');
  });

  it('rejects a tampered payload and an unsigned token', async () => {
    const [header, , signature] = (await jwks.sign(claims())).split('.');
    const tampered = `${header}.${Buffer.from(JSON.stringify(claims({ sub: 'mallory' }))).toString('base64url')}.${signature}`;
    expect((await rejection(verifyIdToken(tampered, expected()))).code).toBe('id_token_invalid');
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims())).toString('base64url')}.`;
    expect((await rejection(verifyIdToken(unsigned, expected()))).code).toBe('id_token_invalid');
  });

  it('judges expiry by the injected clock, and calls a just-issued token that looks expired a clock problem', async () => {
    const token = await jwks.sign(claims());
    const later = () => (NOW + 2 * 3600) * 1000;
    const error = await rejection(verifyIdToken(token, { ...expected(), now: later }));
    expect(error).toMatchObject({ code: 'clock_skew', message: expect.stringMatching(/about 120 minutes ahead of the sign-in server/) });
    expect(error.remedy).toMatch(/Set the clock/);
  });

  it('a token not valid yet (nbf in the future by our clock) means the clock is behind', async () => {
    const token = await jwks.sign(claims({ nbf: NOW + 3600, iat: NOW + 3600, exp: NOW + 7200 }));
    const error = await rejection(verifyIdToken(token, { ...expected(), now: () => NOW * 1000 }));
    expect(error).toMatchObject({ code: 'clock_skew', message: expect.stringMatching(/about 60 minutes behind/) });
  });
});
