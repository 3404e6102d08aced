import { afterEach, describe, expect, it } from 'vitest';
import { loopbackPages } from '../../../main/oauth/loopback-pages.js';
import { startLoopbackReceiver, type LoopbackReceiver } from '../../../main/oauth/loopback-receiver.js';
import { translator } from '../../../main/i18n/translator.js';
import { FakeClock } from '../../support/fake-clock.js';
import { rawRequest } from '../../support/raw-http.js';

let receiver: LoopbackReceiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

describe('sign-in pages in Danish', () => {
  it('the receiver answers in the user’s language, marked as Danish', async () => {
    receiver = await startLoopbackReceiver({ expectedState: 'state-0123456789', callbackPath: '/', deadlineMs: 60_000, clock: new FakeClock(), pages: loopbackPages(translator('da')) });
    const stray = await rawRequest(`${receiver.redirectUri}/elsewhere`);
    expect(stray.status).toBe(400);
    expect(stray.body).toContain('<html lang="da">');
    expect(stray.body).toContain('<h1>Ikke et login-svar</h1>');
    expect(stray.body).toContain('Denne adresse modtager kun svaret på det login, som Video Meetings Tray startede.');
  });

  it('has a Danish page for a sign-in that worked and one that did not', () => {
    const pages = loopbackPages(translator('da'));
    expect(pages.signedIn).toContain('<title>Du er logget ind – Video Meetings Tray</title>');
    expect(pages.signedIn).toContain('Du kan lukke denne fane og vende tilbage til Video Meetings Tray.');
    expect(pages.notSignedIn).toContain('<h1>Login blev ikke gennemført</h1>');
    expect(loopbackPages(translator('en')).signedIn).toContain('<html lang="en">');
  });
});
