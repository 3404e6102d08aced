import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConnectionId } from '../../../preload/contract.js';
import { KeytarSecretStore } from '../../../main/secrets/keytar-secret-store.js';
import { parseGrant } from '../../../main/oauth/stored-grant.js';
import { CoreApp } from '../../support/core-app.js';
import { oauthPost } from '../../sandbox/zoom/support/zoom-client.js';
import { useProvider } from '../meetings/support.js';

let app: CoreApp;
beforeEach(async () => {
  app = await new CoreApp().start();
  await app.call('connect', 'superoffice');
});
afterEach(() => app.close());

const act = (id: ConnectionId, action: 'start' | 'next' | 'back' | 'cancel' | 'confirm' | 'unconfirm') => app.call('removalWizardAction', id, action);
const storedAccounts = (): string[] => {
  const settings = JSON.parse(app.read('config.json')) as { connections: { superoffice?: { keychainAccount: string } }; video: { providers: Record<string, { keychainAccount: string } | undefined> } };
  return [settings.connections.superoffice?.keychainAccount, ...Object.values(settings.video.providers).map((record) => record?.keychainAccount)].filter((account): account is string => Boolean(account));
};

/** The page step 3's button opens (SuperOffice's is on the environment's own host: here the sandbox). */
const PAGE_URLS = {
  'zoom-installed-apps': /^https:\/\/marketplace\.zoom\.us\/user\/installed$/,
  'google-permissions': /^https:\/\/myaccount\.google\.com\/permissions$/,
  'entra-enterprise-apps': /^https:\/\/entra\.microsoft\.com\/#view\/Microsoft_AAD_IAM\/StartboardApplicationsMenuBlade\//,
  'webex-control-hub': /^https:\/\/admin\.webex\.com\/apps\/integrations$/,
  'superoffice-video-settings': /^http:\/\/127\.0\.0\.1:\d+\/$/,
} as const;

describe('the disconnect / revoke / uninstall wizard', () => {
  it.each([
    ['zoom', /Revoked at Zoom\. .* A refresh with the old sign-in was refused: revocation verified\./, 'zoom-installed-apps'],
    ['google', /Revoked at Google Meet\. .* revocation verified\./, 'google-permissions'],
    ['teams', /Microsoft Teams has no per-app revocation\..*still accepts the old sign-in until it expires/, 'entra-enterprise-apps'],
    ['webex', /Webex has no per-app revocation\..*still accepts the old sign-in until it expires/, 'webex-control-hub'],
    ['superoffice', /Revoked at SuperOffice CRM Online\. .* revocation verified\./, 'superoffice-video-settings'],
  ] as const)('%s: four numbered steps; revoke verified against the sandbox; the provider page; a summary', async (id, revokeOutcome, page) => {
    if (id !== 'superoffice') await useProvider(app, id);
    const accounts = storedAccounts();
    const account = id === 'superoffice' ? accounts[0]! : accounts.find((each) => each.startsWith(`${id}:`))!;
    expect(await new KeytarSecretStore(app.keychainService).get(account)).toBeTruthy();

    const fresh = await app.call('getRemovalWizard', id);
    expect(fresh.status).toBe('not-started');
    expect(fresh.steps.map((step) => `${step.number} ${step.title}`)).toEqual(['1 Disconnect in the app', '2 Revoke access', `3 ${fresh.steps[2]!.title}`, '4 Done']);

    let view = await act(id, 'start');
    expect(view).toMatchObject({ status: 'in-progress', current: 1 });
    view = await act(id, 'next');
    expect(view.steps[0]).toMatchObject({ state: 'done', outcome: expect.any(String) });
    view = await act(id, 'next');
    expect(view.steps[1]!.outcome).toMatch(revokeOutcome);
    expect(await new KeytarSecretStore(app.keychainService).get(account)).toBeNull();
    expect(view.current).toBe(3);
    expect(view.steps[2]).toMatchObject({ state: 'current', page: { id: page } });

    const before = app.person.opened.length;
    await app.call('openProviderPage', page);
    expect(app.person.opened.slice(before)[0]).toMatch(PAGE_URLS[page]);
    view = await act(id, 'confirm');
    expect(view.steps[2]!.confirmed).toBe(true);
    view = await act(id, 'next');
    expect(view.status).toBe('done');
    expect(view.summary!.at(-1)).toMatch(/Nothing is left to do/);

    const text = await app.call('removalWizardText', id);
    expect(text).toMatch(/all steps done/);
  });

  it('Jitsi: nothing to revoke or uninstall, said so', async () => {
    await useProvider(app, 'jitsi');
    await act('jitsi', 'start');
    await act('jitsi', 'next');
    let view = await act('jitsi', 'next');
    expect(view.steps[1]).toMatchObject({ state: 'not-needed', outcome: expect.stringMatching(/nothing to revoke/) });
    view = await act('jitsi', 'next');
    expect(view).toMatchObject({ status: 'done' });
    expect(view.steps[2]!.state).toBe('not-needed');
    expect((await app.call('listConnections')).find((each) => each.id === 'jitsi')!.status).toBe('disconnected');
  });

  it('survives a restart in the middle, and goes back; Copy steps lists what is left with stable numbers and the page', async () => {
    await useProvider(app, 'zoom');
    await act('zoom', 'start');
    await act('zoom', 'next');
    await act('zoom', 'next');
    await app.boot();
    let view = await app.call('getRemovalWizard', 'zoom');
    expect(view).toMatchObject({ status: 'in-progress', current: 3 });
    expect(view.steps[1]!.outcome).toMatch(/revocation verified/);
    const text = await app.call('removalWizardText', 'zoom');
    expect(text).toContain('Step 3 of 4: Uninstall at Zoom');
    expect(text).toContain('Page: https://marketplace.zoom.us/user/installed');
    expect(text).toMatch(/Already done:\n  Step 1: .*\n  Step 2: /);
    expect(text).not.toContain('Step 1 of 4');
    view = await act('zoom', 'back');
    expect(view.current).toBe(2);
    expect(view.steps[1]!.state).toBe('done');
  });

  it('Back to step 1 and Next, Next again: the done steps are not run again, their outcomes and the summary stay', async () => {
    await useProvider(app, 'zoom');
    await act('zoom', 'start');
    await act('zoom', 'next');
    await act('zoom', 'next');
    const atStep3 = await act('zoom', 'confirm');
    const outcomes = atStep3.steps.slice(0, 2).map((step) => [step.state, step.outcome]);
    expect(outcomes[1]).toEqual(['done', expect.stringMatching(/^Revoked at Zoom\. .*revocation verified\.$/)]);
    expect(app.requests('[zoom] POST /oauth/revoke')).toBe(1);

    expect((await act('zoom', 'back')).current).toBe(2);
    expect((await act('zoom', 'back')).current).toBe(1);
    let view = await act('zoom', 'next');
    expect(view.current).toBe(2);
    view = await act('zoom', 'next');
    expect(view.current).toBe(3);
    expect(view.steps.slice(0, 2).map((step) => [step.state, step.outcome])).toEqual(outcomes);
    expect(app.requests('[zoom] POST /oauth/revoke')).toBe(1);
    view = await act('zoom', 'next');
    expect(view.status).toBe('done');
    expect(view.summary).toEqual([
      `Step 1: ${outcomes[0]![1]}`,
      `Step 2: ${outcomes[1]![1]}`,
      'Step 3: You removed the app at Zoom.',
      'Nothing is left to do: Zoom is removed.',
    ]);
  });

  it('step 2 verified directly at the sandbox: the old refresh token, read from the keychain before step 2, is refused by Zoom', async () => {
    await useProvider(app, 'zoom');
    const account = storedAccounts().find((each) => each.startsWith('zoom:'))!;
    const old = parseGrant(await new KeytarSecretStore(app.keychainService).get(account))!.refreshToken;
    await act('zoom', 'start');
    await act('zoom', 'next');
    await act('zoom', 'next');
    const answer = await oauthPost(app.sandbox.zoom, '/oauth/token', { grant_type: 'refresh_token', refresh_token: old });
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ error: 'invalid_grant' });
  });

  it('a revoke Zoom cannot answer (500): step 2 failed, "Press Next to try again", nothing deleted; Next tries again and it is verified', async () => {
    await useProvider(app, 'zoom');
    const account = storedAccounts().find((each) => each.startsWith('zoom:'))!;
    const keychain = new KeytarSecretStore(app.keychainService);
    const stored = await keychain.get(account);
    await act('zoom', 'start');
    await act('zoom', 'next');
    app.sandbox.zoom.switches.revokeErrors = 1;
    let view = await act('zoom', 'next');
    expect(view.current).toBe(2);
    expect(view.steps[1]).toMatchObject({
      state: 'failed',
      outcome: 'Revoking did not finish: Zoom could not be reached to revoke the app’s access, so the sign-in is still stored on this computer. Try again in a few minutes. Press Next to try again.',
    });
    // Nothing half-deleted: the sign-in is still in the keychain and still works at Zoom.
    expect(await keychain.get(account)).toBe(stored);
    expect(app.requests('[zoom] POST /oauth/revoke → 500')).toBe(1);
    const copied = await app.call('removalWizardText', 'zoom');
    expect(copied).toContain('Step 2 of 4: Revoke access');
    expect(copied).toContain('So far: Revoking did not finish');

    view = await act('zoom', 'next');
    expect(view.current).toBe(3);
    expect(view.steps[1]).toMatchObject({ state: 'done', outcome: expect.stringMatching(/^Revoked at Zoom\. .*revocation verified\.$/) });
    expect(await keychain.get(account)).toBeNull();
    expect(app.requests('[zoom] POST /oauth/revoke → 200')).toBe(1);
  });

  it('Zoom down while its access token has expired: the refresh before the revoke fails, so nothing is deleted and Next tries again', async () => {
    await useProvider(app, 'zoom');
    const account = storedAccounts().find((each) => each.startsWith('zoom:'))!;
    const keychain = new KeytarSecretStore(app.keychainService);
    const stored = await keychain.get(account);
    await act('zoom', 'start');
    await act('zoom', 'next');
    app.clock.offsetMs += 2 * 3600_000;
    app.sandbox.zoom.switches.tokenErrors = 20;
    let view = await act('zoom', 'next');
    expect(view.current).toBe(2);
    expect(view.steps[1]).toMatchObject({ state: 'failed', outcome: expect.stringContaining('Zoom could not be reached to revoke the app’s access, so the sign-in is still stored on this computer.') });
    expect(await keychain.get(account)).toBe(stored);
    expect(app.requests('[zoom] POST /oauth/revoke')).toBe(0);

    app.sandbox.zoom.switches.tokenErrors = 0;
    view = await act('zoom', 'next');
    expect(view.current).toBe(3);
    expect(view.steps[1]).toMatchObject({ state: 'done', outcome: expect.stringMatching(/^Revoked at Zoom\. .*revocation verified\.$/) });
    expect(await keychain.get(account)).toBeNull();
  });

  it('a revocation whose proof could not be made (Zoom’s token service down) stays failed after Back and Next: nothing is left to try it with', async () => {
    await useProvider(app, 'zoom');
    await act('zoom', 'start');
    await act('zoom', 'next');
    app.sandbox.zoom.switches.tokenErrors = 20;
    let view = await act('zoom', 'next');
    expect(view.current).toBe(3);
    const failed = view.steps[1]!;
    expect(failed).toMatchObject({ state: 'failed', outcome: expect.stringMatching(/^The sign-in was deleted from this computer’s keychain\. Zoom could not be asked/) });
    expect(app.requests('[zoom] POST /oauth/revoke → 200')).toBe(1);

    app.sandbox.zoom.switches.tokenErrors = 0;
    await act('zoom', 'back');
    view = await act('zoom', 'next');
    expect(view.current).toBe(3);
    expect(view.steps[1]).toEqual(failed);
    view = await act('zoom', 'cancel');
    expect(view.summary!.at(-1)).toMatch(/make sure Zoom no longer accepts the app’s sign-in/);
  });

  it('cancelled after a failed revoke: the summary lists the revoke as still to do, and the sign-in is still stored', async () => {
    await useProvider(app, 'zoom');
    const account = storedAccounts().find((each) => each.startsWith('zoom:'))!;
    await act('zoom', 'start');
    await act('zoom', 'next');
    app.sandbox.zoom.switches.revokeErrors = 1;
    await act('zoom', 'next');
    const view = await act('zoom', 'cancel');
    expect(view.summary![0]).toBe('Cancelled at step 2. Nothing else was changed.');
    expect(view.summary!.join('\n')).toMatch(/Step 2: Revoking did not finish: Zoom could not be reached/);
    expect(view.summary!.at(-1)).toBe('Still to do: make sure Zoom no longer accepts the app’s sign-in (step 2, or step 3); remove the app at Zoom (step 3).');
    expect(await new KeytarSecretStore(app.keychainService).get(account)).toBeTruthy();
  });

  it('cancel after the revoke: the summary says what was already removed and what is left', async () => {
    await useProvider(app, 'google');
    await act('google', 'start');
    await act('google', 'next');
    await act('google', 'next');
    const view = await act('google', 'cancel');
    expect(view.status).toBe('cancelled');
    expect(view.summary![0]).toMatch(/Cancelled at step 3/);
    expect(view.summary!.join('\n')).toMatch(/Step 2: Revoked at Google Meet/);
    expect(view.summary!.at(-1)).toMatch(/Still to do: remove the app at Google Meet \(step 3\)/);
    await expect(act('google', 'next')).rejects.toMatchObject({ code: 'invalid_argument' });
    expect((await act('google', 'start')).status).toBe('in-progress');
  });

  it('finishing without ticking "I have done this" leaves the uninstall on the to-do list', async () => {
    await useProvider(app, 'teams');
    await act('teams', 'start');
    await act('teams', 'next');
    await act('teams', 'next');
    const view = await act('teams', 'next');
    expect(view.status).toBe('done');
    expect(view.summary!.at(-1)).toMatch(/Still to do: remove the app at Microsoft Teams \(step 3\)/);
  });
});
