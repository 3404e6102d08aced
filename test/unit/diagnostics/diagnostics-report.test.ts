import { describe, expect, it } from 'vitest';
import { formatDiagnosticsReport } from '../../../main/diagnostics/diagnostics-report.js';
import type { DiagnosticsInput } from '../../../main/diagnostics/diagnostics-input.js';
import { diagnosticsInput } from './diagnostics-fixture.js';

const EXPECTED_TEXT = `Video Meetings Tray 0.1.0 diagnostics — host: electron, environment: SuperOffice Online (online), OS: darwin 24.3.0 arm64, generated 2026-03-02T09:15:00.000Z

Connections
  SuperOffice CRM Online (superoffice)
    Status:               connected — Connected to Cust12345 as Alice Andersen
    Account:              Alice Andersen <alice@example.com>, tenant Cust12345
    Connected since:      2026-03-01T08:00:00.000Z
    Last success:         2026-03-02T09:14:30.000Z
    Access token expires: 2026-03-02T10:14:30.000Z
    Last error:           none

  Zoom (zoom)
    Status:                  connected — Connected to Zoom. Logged in as Zoe Zimmer, connected to Cust12345
    Account:                 Zoe Zimmer <zoe@example.com>
    Active for new meetings: yes
    Connected since:         2026-02-20T12:00:00.000Z
    Last success:            2026-03-02T09:10:00.000Z
    Access token expires:    2026-03-02T10:10:00.000Z
    Last error:              none

  Google Meet (google)
    Status:                  needs-reauth — Sign in to Google again
    Account:                 Gina Grant <gina@example.com>
    Active for new meetings: no
    Connected since:         2026-01-10T10:00:00.000Z
    Last success:            2026-02-28T16:00:00.000Z
    Access token expires:    no access token held
    Last error:              invalid_grant: Google no longer accepts this sign-in. Remedy: Sign in again.
    Diagnosis:               needs-reauth: Google ended the sign-in (it was revoked or expired). Remedy: Sign in to Google again. (button: Sign in again)

  Microsoft Teams (teams)
    Status:                  error — Not set up
    Account:                 none
    Active for new meetings: no
    Connected since:         not connected
    Last success:            never
    Access token expires:    no access token held
    Last error:              invalid_client: Microsoft Teams is not set up for this installation. Remedy: Ask your administrator to configure it (VMT_TEAMS_CLIENT_ID; see README).
    Diagnosis:               not-set-up: Microsoft Teams is not set up for this installation. Remedy: Ask your administrator to configure it. (button: Check again)

Settings
  Settings file:                       ok
  Active video provider:               zoom
  Reminder:                            1 min before
  Agenda horizon:                      2 days
  Invitations:                         tentative show, not answered dim, declined hide
  Open in desktop app:                 Zoom yes, Teams no
  Google account for Meet:             gina@example.com
  Join shortcut:                       CommandOrControl+Alt+J
  Meeting passcode saved:              Zoom yes, Webex no
  Unfinished video meeting operations: 0

Keychain
  Backend:   macOS Keychain
  Reachable: yes

Agenda
  Status:       fresh
  Items:        7
  Horizon:      2 days
  Last success: 2026-03-02T09:14:30.000Z
  Last error:   none
`;

/** A failing installation: keychain locked, SuperOffice erroring with secrets in its messages, a stale agenda. */
function troubledInput(): DiagnosticsInput {
  const input = diagnosticsInput();
  const superoffice = input.connections[0]!;
  superoffice.status = 'error';
  superoffice.statusText = 'SuperOffice sign-in failed';
  delete superoffice.accessTokenExpiresAt;
  superoffice.error = {
    code: 'bad_response',
    message: 'Token endpoint https://online.superoffice.com/login/common/oauth/tokens?code=Ab12Cd34Ef56&code_verifier=vErIfIeR0123456789abcdefABCDEF answered 500\nwith refresh_token=8A:Cust12345.AbCdEf0123456789xyzXYZ0123456789',
    remedy: 'Try again later.',
  };
  input.keychain = { backend: 'Secret Service (libsecret)', reachable: false, error: 'The keychain is locked, so the app cannot read your sign-in.' };
  input.settings = { ...input.settings, load: 'reset', unfinishedVideoOperations: 2 };
  delete input.settings.activeProvider;
  input.agenda = { status: 'stale', items: 3, horizonDays: 1, lastSuccessAt: '2026-03-01T17:00:00.000Z', error: { code: 'network', message: 'You are offline.', remedy: 'Check the network.' } };
  return input;
}

describe('diagnostics report (text)', () => {
  it('lays out the header, every connection, the settings that matter, the keychain and the agenda', () => {
    expect(formatDiagnosticsReport(diagnosticsInput(), 'text')).toBe(EXPECTED_TEXT);
  });

  it('shows failures: error code, message and remedy, an unreachable keychain, a stale agenda', () => {
    const text = formatDiagnosticsReport(troubledInput(), 'text');
    expect(text).toContain('    Status:               error — SuperOffice sign-in failed\n');
    expect(text).toContain('    Access token expires: no access token held\n');
    expect(text).toContain('  Reachable: no — The keychain is locked, so the app cannot read your sign-in.\n');
    expect(text).toContain('  Settings file:                       reset\n');
    expect(text).toContain('  Active video provider:               none\n');
    expect(text).toContain('  Unfinished video meeting operations: 2\n');
    expect(text).toContain('  Status:       stale\n');
    expect(text).toContain('  Last error:   network: You are offline. Remedy: Check the network.\n');
    expect(text).toMatch(/Last error: +bad_response: Token endpoint https:\/\/online\.superoffice\.com\/login\/common\/oauth\/tokens\?… answered 500 with refresh_token=\[redacted\] Remedy: Try again later\.\n/);
  });

  it('never shows the code, verifier or refresh token, and keeps a message on one line', () => {
    const text = formatDiagnosticsReport(troubledInput(), 'text');
    for (const secret of ['Ab12Cd34Ef56', 'vErIfIeR', '8A:Cust12345.AbCdEf', 'AbCdEf0123456789xyzXYZ0123456789']) expect(text).not.toContain(secret);
    expect(text.split('\n').filter((line) => line.startsWith('with '))).toEqual([]);
  });

  it('names the host platform when it differs from the OS', () => {
    const input = diagnosticsInput();
    input.app.platform = 'linux';
    expect(formatDiagnosticsReport(input, 'text').split('\n')[0]).toContain('OS: darwin 24.3.0 arm64 (app platform linux), generated');
  });
});

describe('diagnostics report (JSON)', () => {
  it('is one JSON object with the same data when there is nothing to redact', () => {
    const json = formatDiagnosticsReport(diagnosticsInput(), 'json');
    expect(json.endsWith('\n')).toBe(true);
    expect(json.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(json)).toEqual(diagnosticsInput());
  });

  it('redacts every string in it', () => {
    const parsed = JSON.parse(formatDiagnosticsReport(troubledInput(), 'json')) as DiagnosticsInput;
    expect(parsed.connections[0]!.error!.message).toBe(
      'Token endpoint https://online.superoffice.com/login/common/oauth/tokens?… answered 500\nwith refresh_token=[redacted]',
    );
    expect(parsed.keychain).toEqual(troubledInput().keychain);
    expect(parsed.connections[0]!.account).toEqual({ displayName: 'Alice Andersen', email: 'alice@example.com', tenant: 'Cust12345' });
  });
});
