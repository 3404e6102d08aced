import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingView } from '../../preload/contract.js';
import { formatDiagnosticsReport } from '../../main/diagnostics/diagnostics-report.js';
import { KeytarSecretStore } from '../../main/secrets/keytar-secret-store.js';
import { CoreApp } from '../support/core-app.js';
import { tokenLikeStrings } from '../support/token-like.js';
import { PROVIDER_USERS } from './meetings/support.js';

/** Every string in a keychain entry (refresh tokens and whatever else a session keeps there). */
function secretsIn(entry: string): string[] {
  const strings: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(JSON.parse(entry));
  return strings.filter((value) => value.length >= 8);
}

/** Every value under a key that names a secret (client secrets of the sandbox's registrations). */
function namedSecrets(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return /secret/i.test(key) && value.length >= 8 ? [value] : [];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([name, inner]) => namedSecrets(inner, name));
}

/**
 * After a full run (SuperOffice, Zoom, Google Meet, Teams and Webex signed in, a passcode saved, a test meeting made
 * at each), the report holds no secret.
 */
describe('diagnostics report after a full run', () => {
  const app = new CoreApp();
  const keychain = () => new KeytarSecretStore(app.keychainService);
  let meeting: MeetingView;
  const others: MeetingView[] = [];
  let passcode: string;
  let reports: string[];

  beforeAll(async () => {
    await app.start();
    await app.call('connect', 'superoffice');
    for (const provider of ['google', 'teams', 'webex'] as const) {
      app.person.user = { ...PROVIDER_USERS[provider] };
      await app.call('connect', provider);
      others.push(await app.call('createTestMeeting', provider));
    }
    app.person.user = { ...PROVIDER_USERS.zoom };
    await app.call('connect', 'zoom');
    await app.call('setActiveProvider', 'zoom');
    passcode = await app.call('generatePasscode', 'zoom');
    await app.call('savePasscode', 'zoom', passcode);
    meeting = await app.call('createTestMeeting', 'zoom');
    await app.call('refreshAgenda');
    const input = await app.core.diagnostics();
    reports = [formatDiagnosticsReport(input, 'text'), formatDiagnosticsReport(input, 'json')];
  }, 60_000);
  afterAll(async () => {
    for (const provider of ['zoom', 'google', 'teams', 'webex'] as const) await app.call('disconnect', provider).catch(() => undefined);
    await app.close();
  });

  it('describes both connections with their identities', () => {
    const [text] = reports;
    expect(text).toContain('Alice Andersen <alice@example.com>, tenant Cust12345');
    expect(text).toMatch(/  Zoom \(zoom\)\n    Status: +connected — /);
    expect(text).toMatch(/Active for new meetings: yes/);
    expect(text).toMatch(/Meeting passcode saved: +Zoom yes, Webex no/);
  });

  it('contains no token from any keychain entry (SuperOffice and the four providers) and no client secret of the sandbox', async () => {
    const providers = (JSON.parse(app.read('config.json')) as { video: { providers: Record<string, { keychainAccount: string }> } }).video.providers;
    const accounts = ['superoffice:Cust12345:5', ...Object.values(providers).map((record) => record.keychainAccount)];
    expect(accounts).toHaveLength(5);
    const secrets: string[] = [];
    for (const account of accounts) secrets.push(...secretsIn((await keychain().get(account))!));
    expect(secrets.length).toBeGreaterThanOrEqual(5);
    const clientSecrets = namedSecrets(app.sandbox.describe());
    expect(clientSecrets.length).toBeGreaterThanOrEqual(4);
    for (const report of reports) for (const secret of [...secrets, ...clientSecrets]) expect(report).not.toContain(secret);
  });

  it('names each provider connected, the last success and the keychain backend, reachable', () => {
    const [text] = reports;
    for (const title of ['Google Meet (google)', 'Microsoft Teams (teams)', 'Webex (webex)']) expect(text).toMatch(new RegExp(`  ${title.replace(/[()]/g, '\\$&')}\n    Status: +connected — `));
    const superOffice = text!.slice(text!.indexOf('  SuperOffice CRM Online (superoffice)'), text!.indexOf('  Zoom (zoom)'));
    const lastSuccess = /Last success: +(\S+)/.exec(superOffice)?.[1];
    expect(Date.parse(lastSuccess!)).toBeGreaterThan(Date.now() - 60_000);
    // The real keychain of these tests: gnome-keyring over the Secret Service API.
    expect(text).toMatch(/\nKeychain\n  Backend: +Secret Service \(libsecret\)\n  Reachable: +yes\n/);
  });

  it('contains neither the Zoom passcode nor the meeting link', () => {
    expect(meeting.passcode).toBeTruthy();
    for (const report of reports) {
      expect(report).not.toContain(passcode);
      expect(report).not.toContain(meeting.passcode!);
      expect(report).not.toContain(meeting.joinUrl);
      for (const other of others) {
        expect(report).not.toContain(other.joinUrl);
        if (other.passcode) expect(report).not.toContain(other.passcode);
      }
    }
  });

  it('has no code=, access_token or other token-like strings', () => {
    for (const report of reports) {
      expect(report).not.toMatch(/code=|access_token|refresh_token|id_token|code_verifier/i);
      expect(tokenLikeStrings(report)).toEqual([]);
    }
  });
});
