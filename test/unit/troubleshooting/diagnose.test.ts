import { describe, expect, it } from 'vitest';
import { ERROR_CODES, type ConnectionView, type ErrorCode } from '../../../preload/contract.js';
import { appError } from '../../../main/core/app-error.js';
import { diagnose, withDiagnosis } from '../../../main/troubleshooting/diagnose.js';

const view = (over: Partial<ConnectionView> = {}): ConnectionView => ({ id: 'zoom', kind: 'video', title: 'Zoom', status: 'error', statusText: 'Connection problem with Zoom', nextAction: 'retry', ...over });
const failing = (code: ErrorCode, over: Partial<ConnectionView> = {}) => view({ error: appError(code).toApiError(), ...over });

describe('classifying a connection’s failure', () => {
  it.each([
    ['invalid_grant', 'needs-reauth', 'reconnect'],
    ['reauth_other_device', 'other-device', 'reconnect'],
    ['consent_revoked', 'consent-revoked', 'repair'],
    ['insufficient_scope', 'authorization-failed', 'repair'],
    ['access_denied', 'authorization-failed', 'reconnect'],
    ['tenant_missing', 'tenant-missing', 'repair'],
    ['reservation_failed', 'tenant-missing', 'repair'],
    ['rate_limited', 'rate-limited', 'retry'],
    ['provider_unavailable', 'provider-down', 'retry'],
    ['server_error', 'provider-down', 'retry'],
    ['network', 'offline', 'retry'],
    ['keychain_locked', 'keychain-locked', 'retry'],
    ['keychain_unavailable', 'keychain-unavailable', 'retry'],
    ['clock_skew', 'clock-skew', 'reconnect'],
  ] as const)('%s → %s with remedy %s, in plain language naming the connection', (code, kind, action) => {
    const diagnosis = diagnose(failing(code));
    expect(diagnosis).toMatchObject({ kind, action });
    expect(diagnosis!.cause.length).toBeGreaterThan(10);
    expect(diagnosis!.remedy.length).toBeGreaterThan(10);
  });

  it('nothing is wrong when connected without an error, disconnected without one, or signing in', () => {
    expect(diagnose(view({ status: 'connected', error: undefined }))).toBeUndefined();
    expect(diagnose(view({ status: 'disconnected', error: undefined }))).toBeUndefined();
    expect(diagnose(failing('network', { status: 'connecting' }))).toBeUndefined();
    expect(diagnose(failing('cancelled', { status: 'disconnected' }))).toBeUndefined();
  });

  it('a card that needs re-authentication is classified even without an error code', () => {
    expect(diagnose(view({ status: 'needs-reauth' }))?.kind).toBe('needs-reauth');
  });

  it('Google’s broken grant leads to the guided reset at Google', () => {
    expect(diagnose(failing('invalid_grant', { id: 'google', title: 'Google Meet', status: 'needs-reauth' }))).toMatchObject({ action: 'google-permissions' });
    expect(diagnose(failing('rate_limited', { id: 'google', title: 'Google Meet', status: 'connected' }))).toMatchObject({ action: 'retry' });
  });

  it('an unconfigured provider says so', () => {
    expect(diagnose(failing('invalid_client', { statusText: 'Not set up' }))?.kind).toBe('not-set-up');
  });

  it('every error code a card can carry either has a diagnosis or is a passing state of a sign-in attempt', () => {
    const unclassified = ERROR_CODES.filter((code) => !diagnose(failing(code)));
    expect(unclassified).toEqual(['invalid_argument', 'unknown_call', 'cancelled', 'timeout', 'already_in_progress', 'browser_unavailable', 'not_connected', 'invalid_passcode', 'superoffice_required', 'appointment_changed', 'not_found', 'meeting_left_behind', 'not_allowed', 'internal']);
  });

  it('withDiagnosis drops a stale diagnosis once the connection is fine', () => {
    const stale = { ...view({ status: 'connected' }), diagnosis: diagnose(failing('network'))! };
    expect(withDiagnosis(stale).diagnosis).toBeUndefined();
  });
});
