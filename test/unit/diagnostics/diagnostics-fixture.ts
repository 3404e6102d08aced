import type { DiagnosticsInput } from '../../../main/diagnostics/diagnostics-input.js';

/** A realistic report input: SuperOffice connected, Zoom active and connected, Google needing re-authentication, Teams not set up. */
export function diagnosticsInput(): DiagnosticsInput {
  return {
    generatedAt: '2026-03-02T09:15:00.000Z',
    app: { name: 'Video Meetings Tray', version: '0.1.0', host: 'electron', environment: 'online', environmentLabel: 'SuperOffice Online', platform: 'darwin', systemLocale: 'nb-NO', launchAtLoginSupported: true },
    os: { platform: 'darwin', release: '24.3.0', arch: 'arm64' },
    connections: [
      {
        id: 'superoffice',
        title: 'SuperOffice CRM Online',
        status: 'connected',
        statusText: 'Connected to Cust12345 as Alice Andersen',
        account: { displayName: 'Alice Andersen', email: 'alice@example.com', tenant: 'Cust12345' },
        connectedSince: '2026-03-01T08:00:00.000Z',
        lastSuccessAt: '2026-03-02T09:14:30.000Z',
        accessTokenExpiresAt: '2026-03-02T10:14:30.000Z',
      },
      {
        id: 'zoom',
        title: 'Zoom',
        status: 'connected',
        statusText: 'Connected to Zoom. Logged in as Zoe Zimmer, connected to Cust12345',
        account: { displayName: 'Zoe Zimmer', email: 'zoe@example.com' },
        active: true,
        connectedSince: '2026-02-20T12:00:00.000Z',
        lastSuccessAt: '2026-03-02T09:10:00.000Z',
        accessTokenExpiresAt: '2026-03-02T10:10:00.000Z',
      },
      {
        id: 'google',
        title: 'Google Meet',
        status: 'needs-reauth',
        statusText: 'Sign in to Google again',
        account: { displayName: 'Gina Grant', email: 'gina@example.com' },
        active: false,
        connectedSince: '2026-01-10T10:00:00.000Z',
        lastSuccessAt: '2026-02-28T16:00:00.000Z',
        error: { code: 'invalid_grant', message: 'Google no longer accepts this sign-in.', remedy: 'Sign in again.' },
        diagnosis: { kind: 'needs-reauth', cause: 'Google ended the sign-in (it was revoked or expired).', remedy: 'Sign in to Google again.', action: 'reconnect', actionLabel: 'Sign in again' },
      },
      {
        id: 'teams',
        title: 'Microsoft Teams',
        status: 'error',
        statusText: 'Not set up',
        active: false,
        error: { code: 'invalid_client', message: 'Microsoft Teams is not set up for this installation.', remedy: 'Ask your administrator to configure it (VMT_TEAMS_CLIENT_ID; see README).' },
        diagnosis: { kind: 'not-set-up', cause: 'Microsoft Teams is not set up for this installation.', remedy: 'Ask your administrator to configure it.', action: 'retry', actionLabel: 'Check again' },
      },
    ],
    settings: {
      load: 'ok',
      activeProvider: 'zoom',
      preferences: {
        reminderMinutes: 1,
        horizonDays: 2,
        invitations: { tentative: 'show', notAnswered: 'dim', declined: 'hide' },
        openInApp: { zoom: true, teams: false },
        googleAccount: 'gina@example.com',
        joinShortcut: 'CommandOrControl+Alt+J',
        language: 'nb',
        hourCycle: 'h23',
        theme: 'dark',
        launchAtLogin: true,
      },
      passcodeSaved: { zoom: true, webex: false },
      unfinishedVideoOperations: 0,
    },
    keychain: { backend: 'macOS Keychain', reachable: true },
    agenda: { status: 'fresh', items: 7, horizonDays: 2, lastSuccessAt: '2026-03-02T09:14:30.000Z' },
  };
}
