import { ResponseBodyError } from 'oauth4webapi';
import { describe, expect, it } from 'vitest';
import { appError } from '../../../main/core/app-error.js';
import { say } from '../../../main/i18n/local-text.js';
import { ENGLISH } from '../../../main/i18n/translator.js';
import { SecretStoreError } from '../../../main/ports/secret-store.js';
import { revocationOutcome } from '../../../main/troubleshooting/removal-steps.js';
import { revocationCanBeRetried, verifyRefreshRefused, type RevocationReport } from '../../../main/troubleshooting/revocation-report.js';

const refused = (code: Parameters<typeof appError>[0]) => () => Promise.reject(appError(code));

describe('verifyRefreshRefused: a refresh with the old refresh token proves the revocation', () => {
  it('a refresh that succeeds: the old sign-in is still accepted', async () => {
    expect(await verifyRefreshRefused(() => Promise.resolve({ access_token: 'new' }))).toBe('still-accepted');
  });

  it.each(['invalid_grant', 'consent_revoked', 'reauth_other_device'] as const)('refused with %s: verified', async (code) => {
    expect(await verifyRefreshRefused(refused(code))).toBe('refused');
  });

  it.each(['network', 'server_error', 'provider_unavailable', 'bad_response', 'rate_limited'] as const)('%s proves nothing: not checked', async (code) => {
    expect(await verifyRefreshRefused(refused(code))).toBe('not-checked');
  });

  it('a thrown non-AppError (a fetch failure) is not taken as a refusal', async () => {
    expect(await verifyRefreshRefused(() => Promise.reject(new TypeError('fetch failed')))).toBe('not-checked');
  });
});

describe('revocationOutcome: what the revoke step says, and whether it failed', () => {
  const outcome = (report: RevocationReport) => {
    const { text, failed } = revocationOutcome('Zoom', report);
    return { text: say(ENGLISH, text), failed };
  };

  it('revoked and verified', () => {
    expect(outcome({ revoked: 'revoked', verified: 'refused' })).toEqual({
      text: 'Revoked at Zoom. The sign-in was deleted from this computer’s keychain. A refresh with the old sign-in was refused: revocation verified.',
      failed: false,
    });
  });

  it('not revoked, but the old sign-in is refused anyway (already dead at the provider): verified', () => {
    expect(outcome({ revoked: 'failed', verified: 'refused' })).toEqual({
      text: 'The sign-in was deleted from this computer’s keychain. A refresh with the old sign-in was refused: revocation verified.',
      failed: false,
    });
  });

  it('revocation failed and the old sign-in still accepted: failed, step 3 ends it', () => {
    expect(outcome({ revoked: 'failed', verified: 'still-accepted' })).toEqual({
      text: 'The sign-in was deleted from this computer’s keychain. But Zoom still accepts the old sign-in: revoking did not work. Step 3 removes the app at Zoom, which ends it.',
      failed: true,
    });
  });

  it('no per-app revocation: said plainly, not a failure', () => {
    expect(outcome({ revoked: 'not-supported', verified: 'still-accepted' })).toEqual({
      text: 'Zoom has no per-app revocation. The sign-in was deleted from this computer’s keychain. Zoom still accepts the old sign-in until it expires: step 3 ends it for good.',
      failed: false,
    });
  });

  it.each(['revoked', 'failed'] as const)('%s but not checked (offline): failed, step 3 is the certain way', (revoked) => {
    expect(outcome({ revoked, verified: 'not-checked' })).toEqual({
      text: 'The sign-in was deleted from this computer’s keychain. Zoom could not be asked whether the old sign-in still works (offline?). Step 3 removes the app at Zoom for certain.',
      failed: true,
    });
  });

  it('nothing stored: nothing to revoke, not a failure', () => {
    expect(outcome({ revoked: 'nothing-stored', verified: 'not-checked' })).toEqual({ text: 'No Zoom sign-in was stored on this computer: nothing to revoke.', failed: false });
  });
});

describe('revocationCanBeRetried: a provider that could not be asked, not one that refused', () => {
  const bodyError = (status: number, error: string) => new ResponseBodyError('revocation failed', { cause: { error }, response: new Response(JSON.stringify({ error }), { status }) });

  it.each([
    [500, 'server_error', true],
    [503, 'temporarily_unavailable', true],
    [429, 'too_many_requests', true],
    [400, 'invalid_token', false],
    [401, 'invalid_client', false],
  ] as const)('HTTP %i %s → %s', (status, error, expected) => {
    expect(revocationCanBeRetried(bodyError(status, error))).toBe(expected);
  });

  it('offline (fetch failed) can be retried; a keychain failure or an app error that is no network failure cannot', () => {
    expect(revocationCanBeRetried(new TypeError('fetch failed'))).toBe(true);
    expect(revocationCanBeRetried(appError('network'))).toBe(true);
    expect(revocationCanBeRetried(appError('not_connected'))).toBe(false);
    expect(revocationCanBeRetried(new SecretStoreError('keychain_locked', 'locked'))).toBe(false);
  });
});
