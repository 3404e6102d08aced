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

/** After a full run (SuperOffice and Zoom signed in, a passcode saved, a test meeting made), the report holds no secret. */
describe('diagnostics report after a full run', () => {
  const app = new CoreApp();
  const keychain = () => new KeytarSecretStore(app.keychainService);
  let zoomAccount: string;
  let meeting: MeetingView;
  let passcode: string;
  let reports: string[];

  beforeAll(async () => {
    await app.start();
    await app.call('connect', 'superoffice');
    app.person.user = { ...PROVIDER_USERS.zoom };
    await app.call('connect', 'zoom');
    await app.call('setActiveProvider', 'zoom');
    passcode = await app.call('generatePasscode', 'zoom');
    await app.call('savePasscode', 'zoom', passcode);
    meeting = await app.call('createTestMeeting', 'zoom');
    await app.call('refreshAgenda');
    zoomAccount = (JSON.parse(app.read('config.json')) as { video: { providers: { zoom: { keychainAccount: string } } } }).video.providers.zoom.keychainAccount;
    const input = await app.core.diagnostics();
    reports = [formatDiagnosticsReport(input, 'text'), formatDiagnosticsReport(input, 'json')];
  }, 60_000);
  afterAll(async () => {
    await app.call('disconnect', 'zoom').catch(() => undefined);
    await app.close();
  });

  it('describes both connections with their identities', () => {
    const [text] = reports;
    expect(text).toContain('Alice Andersen <alice@example.com>, tenant Cust12345');
    expect(text).toMatch(/  Zoom \(zoom\)\n    Status: +connected — /);
    expect(text).toMatch(/Active for new meetings: yes/);
    expect(text).toMatch(/Meeting passcode saved: +Zoom yes, Webex no/);
  });

  it('contains no token from the keychain entries', async () => {
    const secrets = [...secretsIn((await keychain().get('superoffice:Cust12345:5'))!), ...secretsIn((await keychain().get(zoomAccount))!)];
    expect(secrets.length).toBeGreaterThanOrEqual(2);
    for (const report of reports) for (const secret of secrets) expect(report).not.toContain(secret);
  });

  it('contains neither the Zoom passcode nor the meeting link', () => {
    expect(meeting.passcode).toBeTruthy();
    for (const report of reports) {
      expect(report).not.toContain(passcode);
      expect(report).not.toContain(meeting.passcode!);
      expect(report).not.toContain(meeting.joinUrl);
    }
  });

  it('has no code=, access_token or other token-like strings', () => {
    for (const report of reports) {
      expect(report).not.toMatch(/code=|access_token|refresh_token|id_token|code_verifier/i);
      expect(tokenLikeStrings(report)).toEqual([]);
    }
  });
});
